"""Reading guidance documents: document dates from control lines and file properties.

Each test is a short text of our own with the exact outcome expected (the date the
document is read as, and where from).
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Missing children"}]}
).themes
RULE = "Officers must log every report of a missing teenager within one hour.\n"


def analysed(tmp_path: Path, name: str, data: str | bytes) -> Analysis:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    extract = tmp_path / f"{name}.md" if name.endswith(".docx") else None
    return analyse(read_source(path, tmp_path, extract), "src", ThemeMatcher(THEMES))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Effective date: 1 April 2025", date(2025, 4, 1)),
        ("Valid from: 1 May 2025", date(2025, 5, 1)),
        ("Date of issue: 3 March 2025", date(2025, 3, 3)),
        ("Version 3, March 2025", date(2025, 3, 1)),  # 3 is the version, not the day
        ("Issue 4 (June 2024)", date(2024, 6, 1)),
        ("Last reviewed: 12 May 2025", date(2025, 5, 12)),
        ("Review date: June 2026", None),  # the next review
        ("Valid until: 30 June 2026", None),
    ],
)
def test_a_control_line_dates_the_document(
    tmp_path: Path, head: str, expected: date | None
) -> None:
    analysis = analysed(tmp_path, "sop.txt", f"Missing teenager procedure\n{head}\n\n{RULE}")
    assert analysis.cleaned.doc_date == expected
    assert [s.line for s in analysis.kept()] == [4]  # the control line is never a sentence


def test_an_edition_line_with_a_month_dates_the_document_and_prose_does_not(
    tmp_path: Path,
) -> None:
    prose = (
        "The Model Rules on Hearing Young Witnesses, adopted by the Assembly of Regions on "
        "4 May 2009 after three years of consultation with judges, prosecutors, social "
        "workers and the children's advocates of eleven regions, set out five principles.\n"
    )
    text = f"Hearing young witnesses\n{prose}\n{RULE}"
    assert analysed(tmp_path, "a.txt", text).cleaned.doc_date is None
    edition = "Issued by the Witness Care Board, 2nd edition, April 2022.\n"
    text = f"Hearing young witnesses\n{edition}{prose}\n{RULE}"
    assert analysed(tmp_path, "b.txt", text).cleaned.doc_date == date(2022, 4, 1)


def test_issue_beats_effect_beats_review(tmp_path: Path) -> None:
    head = (
        "Last reviewed: 12 May 2025\n"
        "Effective date: 1 April 2025\n"
        "Date of issue: 3 March 2025\n"
        "Next review: March 2026\n"
    )
    analysis = analysed(tmp_path, "sop.txt", f"Missing teenager procedure\n{head}\n{RULE}")
    assert analysis.cleaned.doc_date == date(2025, 3, 3)
    without_issue = head.replace("Date of issue: 3 March 2025\n", "")
    analysis = analysed(tmp_path, "b.txt", f"Missing teenager procedure\n{without_issue}\n{RULE}")
    assert analysis.cleaned.doc_date == date(2025, 4, 1)


def test_a_control_line_at_the_end_dates_the_document(tmp_path: Path) -> None:
    body = "".join(
        f"Paragraph {n} tells officers how the duty desk works on shift {n}.\n\n"
        for n in range(1, 12)
    )
    text = f"Missing teenager procedure\n\n{body}{RULE}\nLast reviewed: 12 May 2025\n"
    analysis = analysed(tmp_path, "sop.txt", text)
    assert analysis.cleaned.doc_date == date(2025, 5, 12)
    assert analysis.cleaned.date_source == "control line"
    last = len(text.splitlines())
    assert (last, "control line (Last reviewed): metadata, not text") in [
        (d.line, d.reason) for d in analysis.dropped
    ]


def _docx(created: datetime | None, table: bool = False) -> bytes:
    document = docx.Document()
    document.add_paragraph("Missing Teenager Procedure", style="Title")
    if table:
        grid = document.add_table(rows=3, cols=2)
        rows = [("Owner", "Public Protection Unit"), ("Version", "3.0"),
                ("Effective date", "1 April 2025")]
        for index, (key, value) in enumerate(rows):
            grid.cell(index, 0).text, grid.cell(index, 1).text = key, value
    document.add_heading("Procedure", 1)
    document.add_paragraph(RULE.strip())
    if created is not None:
        document.core_properties.created = created
        document.core_properties.author = "Duty Desk"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_is_dated_by_its_properties_unless_they_are_the_template_s(
    tmp_path: Path,
) -> None:
    dated = analysed(tmp_path, "a.docx", _docx(datetime(2024, 6, 3, 9, 0, tzinfo=UTC)))
    assert dated.cleaned.doc_date == date(2024, 6, 3)
    assert dated.doc.meta.publisher == "Duty Desk"
    plain = analysed(tmp_path, "b.docx", _docx(None))  # python-docx's own template values
    assert plain.cleaned.doc_date is None
    assert plain.doc.meta.publisher == ""


def test_a_docx_control_table_is_metadata_not_rows(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, "a.docx", _docx(None, table=True))
    assert analysis.cleaned.doc_date == date(2025, 4, 1)
    assert [s.kind for s in analysis.kept()] == ["para"]
    assert "Effective date: 1 April 2025" in analysis.doc.raw
