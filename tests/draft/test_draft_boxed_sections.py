# ruff: noqa: E501  (expected texts are kept whole so they read as the source does)
"""Issue #9, blind review 10 (R2): a report whose sections are boxes (number | heading |
text, one bordered row per section, running over page breaks) was read as a data table:
each page's first row taken for the column names and given with every other row, a row
repeated after a page break, "page has no text" for a page whose text was in the table,
and no row ever gave a candidate. Such a table is a layout: its rows are read as headings
and paragraphs. A table whose first row names its columns stays a table. Short texts of
our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import docx
from draft_fixtures import run

FILLER = (
    "The inspectors visited the harbour station on two days and spoke to the officers on"
    " every shift. They read the records kept at the front desk and the notes of the"
    " weekly meetings. They also watched how calls from the public were answered and how"
    " the answers were written down. "
)

BOXED = """<html><head><title>Harbour station inspection notice</title><style>
@page {{ size: A6; margin: 10mm }}
body {{ font: 8pt/1.3 DejaVu Serif }}
table {{ border-collapse: collapse; width: 100% }}
td {{ border: 0.75pt solid black; padding: 2pt; vertical-align: top }}
</style></head><body>
<p>Inspection notice for the harbour station.</p>
<table>
<tr><td>1</td><td>SCOPE</td><td>This notice records what the inspectors found at the harbour station. It is sent to the station commander and to the harbour authority. {filler}</td></tr>
<tr><td>2</td><td>FINDINGS</td><td>{filler}{filler}The inspectors found that reports of online grooming were logged in the general queue. Officers had no written guidance on how to answer them.</td></tr>
<tr><td>3</td><td>REPLY</td><td>The station commander must send a written reply to the inspectors within 28 days of the inspection. The reply must say what the station will change. {filler}</td></tr>
<tr><td>4</td><td>SIGNATURE</td><td>Chief inspector, harbour region</td></tr>
</table>
</body></html>"""


def extracted(project: Path, html: str, name: str) -> str:
    from weasyprint import HTML

    HTML(string=html).write_pdf(project / "sources" / name)
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    return (project / "drafts" / "sources" / f"{name}.md").read_text("utf-8")


def test_boxed_sections_of_a_pdf_are_headings_and_paragraphs(project: Path) -> None:
    text = extracted(project, BOXED.format(filler=FILLER), "notice.pdf")
    lines = text.splitlines()
    assert [ln for ln in lines if ln.startswith("### ")] == [
        "### 1 SCOPE", "### 2 FINDINGS", "### 3 REPLY", "### 4 SIGNATURE",
    ]
    assert not [ln for ln in lines if ln.startswith("|")]  # no table, no column names
    assert text.count("The inspectors found that reports of online grooming") == 1
    assert (
        "The station commander must send a written reply to the inspectors within 28 days of"
        " the inspection. The reply must say what the station will change." in text
    )
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert "has no text" not in audit
    # the section's time limit is drafted as a question that passes the gates (a table row
    # never gave one); no theme's words are in it, so the audit offers it to the author
    no_theme = audit.split("## Questions that fit no theme")[1].split("\n## ")[0]
    assert "count, `drafts/sources/notice.pdf.md` line " in no_theme
    assert (
        "quote: The station commander must send a written reply to the inspectors within 28"
        " days of the inspection." in no_theme
    )


NAMED_COLUMNS = """<html><head><title>Harbour station terms</title><style>
@page {{ size: A6; margin: 10mm }}
body {{ font: 8pt/1.3 DejaVu Serif }}
table {{ border-collapse: collapse; width: 100% }}
td {{ border: 0.75pt solid black; padding: 2pt; vertical-align: top }}
</style></head><body>
<p>Terms used by the harbour station.</p>
<table>
<tr><td>No.</td><td>Term</td><td>Meaning</td></tr>
<tr><td>1</td><td>Berth log</td><td>The book in which the duty officer writes each vessel that ties up at the station quay. It is kept at the front desk and checked every night.</td></tr>
<tr><td>2</td><td>Quay watch</td><td>The officer who walks the quay during the night shift and answers calls from vessels. The watch changes at midnight and again at four.</td></tr>
</table>
</body></html>"""


def test_a_table_whose_first_row_names_its_columns_stays_a_table(project: Path) -> None:
    text = extracted(project, NAMED_COLUMNS, "terms.pdf")
    assert "| No. | Term | Meaning |" in text.splitlines()
    assert not [ln for ln in text.splitlines() if ln.startswith("#")]


def test_boxed_sections_of_a_docx_are_headings_and_paragraphs(project: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Inspection notice for the harbour station.")
    table = document.add_table(rows=0, cols=3)
    sections = [
        ("1", "SCOPE", ["This notice records what the inspectors found at the harbour station. It is sent to the station commander."]),
        ("2", "REPLY", ["The station commander must send a written reply to the inspectors within 28 days of the inspection. The reply must say what the station will change.", "A late reply is reported to the harbour authority."]),
    ]
    for number, heading, paragraphs in sections:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, heading
        cells[2].text = paragraphs[0]
        for more in paragraphs[1:]:
            cells[2].add_paragraph(more)
    document.save(str(project / "sources" / "notice.docx"))
    result = run("draft", "sources/notice.docx", "--out", "drafts")
    assert result.exit_code == 0, result.output
    text = (project / "drafts" / "sources" / "notice.docx.md").read_text("utf-8")
    assert (
        "### 2 REPLY\n\nThe station commander must send a written reply to the inspectors within"
        " 28 days of the inspection. The reply must say what the station will change.\n\n"
        "A late reply is reported to the harbour authority." in text
    )
    assert not [ln for ln in text.splitlines() if ln.startswith("|")]
