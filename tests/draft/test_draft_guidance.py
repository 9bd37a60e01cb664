"""Reading guidance documents: document dates from control lines and file properties.

Each test is a short text of our own with the exact outcome expected (the date the
document is read as, and where from).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.lines import split_lines
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


@pytest.mark.parametrize(
    ("head", "expected", "source"),
    [
        # a record's approval status, its date in the bracket that closes the phrase
        ("Status: approved at meeting no. 4 (9 June 2025). Handling: OFFICIAL.", date(2025, 6, 9),
         "publication phrase"),
        ("Approved by the Safeguarding Board on 12 March 2025.", date(2025, 3, 12),
         "publication phrase"),
        # a resolution's adoption line
        ("Resolution 14/2, adopted by the Regional Assembly on 4 June 2024 at its 31st sitting.",
         date(2024, 6, 4), "publication phrase"),
        # minutes dated only by the meeting they record
        ("Meeting no. 3. Held on Tuesday 8 April 2025, 14:00 to 16:00, Room 2, Town Hall.",
         date(2025, 4, 8), "meeting phrase"),
        # a bill's memorandum dated only by its first reading
        ("First reading: 19 May 2025", date(2025, 5, 19), "meeting phrase"),
    ],
)
def test_an_approval_adoption_meeting_or_reading_line_dates_the_document(
    tmp_path: Path, head: str, expected: date, source: str
) -> None:
    analysis = analysed(tmp_path, "minutes.txt", f"Missing teenager procedure\n{head}\n\n{RULE}")
    assert (analysis.cleaned.doc_date, analysis.cleaned.date_source) == (expected, source)


def test_a_meeting_date_ranks_below_the_records_approval(tmp_path: Path) -> None:
    head = ("Held on Tuesday 8 April 2025, 14:00 to 16:00, Room 2, Town Hall.\n"
            "Status: approved at meeting no. 4 (6 May 2025).\n")
    analysis = analysed(tmp_path, "minutes.txt", f"Missing teenager group: minutes\n{head}\n{RULE}")
    assert analysis.cleaned.doc_date == date(2025, 5, 6)


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


# -- list items that are sentences, instructions, FAQs -------------------------------------

ITEMS = (
    "# Missing teenager procedure\n"
    "\n"
    "Published: 4 March 2025\n"
    "\n"
    "## Seizing a phone\n"
    "\n"
    "When you seize a phone from a missing teenager's room:\n"
    "\n"
    "- log it on the exhibit register within 2 hours\n"
    "- keep it switched on and connected to a charger\n"
    "- Phones and tablets\n"
    "\n"
    "## Reporting\n"
    "\n"
    "- Record the report of a missing teenager on the case system within one hour.\n"
    "- The duty inspector reviews every high-risk case within 4 hours.\n"
    "- Do not close a case before the teenager has been seen by an officer.\n"
)


def test_list_items_that_are_sentences_are_read_as_sentences(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, "sop.md", ITEMS)
    read = [
        (s.line, s.whole, s.instruction, analysis.is_statement(s))
        for s in analysis.kept()
        if s.kind == "bullet"
    ]
    assert read == [
        (9, True, True, True),  # goes on from its lead-in, an instruction
        (10, True, True, True),
        (11, False, False, False),  # a noun phrase: a list item only
        (15, True, True, True),
        (16, True, False, True),  # subject and finite verb
        (17, True, True, True),
    ]
    assert [s.lead.line if s.lead else None for s in analysis.kept() if s.line in (9, 15)] == [
        7, None]


def test_an_instruction_with_a_target_year_or_addressed_to_nobody_is_no_guidance(
    tmp_path: Path,
) -> None:
    plan = (
        "# Action plan\n\n## Actions\n\n"
        "- Train 150 officers in victim identification by 2026.\n"
        "- The ministry funds two analysts.\n"
    )
    items = analysed(tmp_path, "plan.md", plan).kept()
    assert [(s.line, s.whole, s.instruction) for s in items] == [(5, False, False),
                                                                 (6, True, False)]
    ahead = (
        "# Annual review\n\nPublished: 3 May 2025\n\n## Looking ahead to 2025\n\n"
        "- Answer every call from a parent within 10 minutes.\n"
        "- Open a second office in the north.\n"
    )
    items = analysed(tmp_path, "ahead.md", ahead).kept()
    assert [(s.line, s.whole, s.instruction) for s in items] == [(7, False, False),
                                                                 (8, False, False)]
    did = (
        "# Annual review\n\nWe thank you and your teams for your support.\n\n## What we did\n\n"
        "- Joined two reporting programmes run by platforms.\n"
        "- Gave evidence to the inquiry on online safety.\n"
        "- Ran 64 school assemblies with the education board.\n"
    )
    items = [s for s in analysed(tmp_path, "did.md", did).kept() if s.kind == "bullet"]
    assert [(s.line, s.instruction) for s in items] == [(7, False), (8, False), (9, False)]
    lone = "# Report\n\nThe unit met twice.\n\n- Check the register for duplicates.\n"
    items = analysed(tmp_path, "lone.md", lone).kept()
    assert [(s.line, s.instruction) for s in items] == [(3, False), (5, False)]
    negated = "# Report\n\nThe unit met twice.\n\n- Never leave a child alone with a suspect.\n"
    items = analysed(tmp_path, "neg.md", negated).kept()
    assert [(s.line, s.instruction) for s in items] == [(3, False), (5, True)]


CHECKLIST_LINES = [
    "Officers entering a home where a missing teenager may be must:",
    "- check the address against the case record",
    "* Wear gloves when handling any device.",
    "\u2022 Photograph each room before anything is moved.",
    "1. Ask the adult present who uses each phone.",
    "2. Mobile phones and tablets",
    "(a) The exhibit officer logs each seized device within 2 hours.",
    "(b) Chargers and cables",
    "\u2610 Keep a seized phone switched on.",
    "\u2610 Signal bags",
    "Do not look through the messages on a seized phone.",
]


def _checklist_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Device seizure checklist", style="Title")
    document.add_paragraph("Published: 4 March 2025")
    document.add_paragraph(CHECKLIST_LINES[0])
    for text in CHECKLIST_LINES[1:5]:
        document.add_paragraph(text[2:], style="List Bullet")
    for text in CHECKLIST_LINES[5:-1]:
        document.add_paragraph(text.split(" ", 1)[1], style="List Number")
    document.add_paragraph(CHECKLIST_LINES[-1])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _checklist_html() -> str:
    items = "\n".join(f"<li>{line.split(' ', 1)[1]}</li>" for line in CHECKLIST_LINES[1:5])
    numbered = "\n".join(f"<li>{line.split(' ', 1)[1]}</li>" for line in CHECKLIST_LINES[5:-1])
    return (
        "<html><head><title>Device seizure checklist</title></head><body>\n"
        "<h1>Device seizure checklist</h1>\n<p>Published: 4 March 2025</p>\n"
        f"<p>{CHECKLIST_LINES[0]}</p>\n<ul>\n{items}\n</ul>\n<ol>\n{numbered}\n</ol>\n"
        f"<p>{CHECKLIST_LINES[-1]}</p>\n</body></html>\n"
    )


CHECKLISTS = {
    "checklist.md": "# Device seizure checklist\n\nPublished: 4 March 2025\n\n"
    + "\n".join(CHECKLIST_LINES) + "\n",
    "checklist.txt": "Device seizure checklist\n\nPublished: 4 March 2025\n\n"
    + "\n".join(CHECKLIST_LINES) + "\n",
    "checklist.html": _checklist_html(),
    "checklist.docx": _checklist_docx(),
}


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_every_line_of_a_list_is_accounted_for(project: Path, name: str) -> None:
    from draft_fixtures import run

    data = CHECKLISTS[name]
    source = project / "sources" / name
    source.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    drafts = project / "drafts"
    written = "\n".join(p.read_text("utf-8") for p in sorted(drafts.glob("*.yaml")))
    audit = (drafts / "draft-audit.md").read_text("utf-8")
    named = {int(n) for n in re.findall(r"\bline:? (\d+)", audit + written)}
    extract = drafts / "sources" / f"{name}.md" if name.endswith(".docx") else None
    doc = read_source(source, project, extract)
    with_text = {
        line.number for line in split_lines(doc) if doc.display(line.start, line.end)
    }
    assert with_text - named == set()
    assert len(with_text) >= len(CHECKLIST_LINES)
    # the whole items were read as sentences: each is a fact, a question or listed
    for text in ("Wear gloves when handling any device.",
                 "The exhibit officer logs each seized device within 2 hours."):
        assert text in audit + written
    assert "a list item, not a sentence: read only with its list" in audit  # the fragments


def _quiz(drafts: Path) -> list[tuple[str, str, str, str]]:
    """(theme, type, prompt, key) of every module question."""
    import yaml

    out = []
    for path in sorted(drafts.glob("*-draft.yaml")):
        module = yaml.safe_load(path.read_text("utf-8"))
        for q in (module.get("quiz") or {}).get("questions", []):
            key = str(q.get("answer", "")) + "".join(
                o["text"] for o in q.get("options", []) if o.get("correct"))
            out.append((module["theme"], q["type"], " ".join(q["prompt"].split()), key))
    return out


def test_guidance_in_lists_and_faqs_reaches_the_module(project: Path) -> None:
    from draft_fixtures import run

    faq = (
        "\n## What should I do if a missing teenager is found abroad?\n\n"
        "Send the return interview request to the liaison desk within 72 hours.\n"
    )
    (project / "sources" / "sop.md").write_text(ITEMS + faq, "utf-8")
    result = run("draft", "sources/sop.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    theme = "serious-violent-crimes"
    assert _quiz(project / "drafts") == [
        # a practice's limit, stated true (a time is no longer "what a review looked at",
        # so the statement outscores its choice)
        (theme, "true_false", "The duty inspector reviews every high-risk case within 4 hours.",
         "True"),
        (theme, "single_choice", "When you seize a phone from a missing teenager's room: log it "
         "on the exhibit register within ____.", "2 hours"),
        (theme, "single_choice", "Record the report of a missing teenager on the case system "
         "within ____.", "one hour"),
        (theme, "single_choice", "What should I do if a missing teenager is found abroad? Send "
         "the return interview request to the liaison desk within ____.", "72 hours"),
    ]
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert ("line 19: heading: the context of the text under it, not a sentence: What should "
            "I do if a missing teenager is found abroad?") in audit
    assert ("line 11: a list item, not a sentence: read only with its list (fits no theme): "
            "Phones and tablets") in audit


def test_a_decision_for_a_year_ahead_stays_a_list_item(tmp_path: Path) -> None:
    text = (
        "# Meeting report\n\n## Decisions\n\n"
        "- The next meeting will be held in October 2026 in the capital.\n"
        "- Each force will name a contact officer within 10 days.\n"
    )
    items = analysed(tmp_path, "report.md", text).kept()
    assert [(s.line, s.whole) for s in items] == [(5, False), (6, True)]


def test_a_dialled_number_and_half_a_financial_year_are_not_asked(tmp_path: Path) -> None:
    from curriculum.draft.questions import sentence_rules

    text = (
        "Advice for parents\n\n"
        "If a child is in immediate danger, call 999 now and stay on the line.\n\n"
        "Officers identified 212 child victims in 2023/24, against 187 children in 2022/23.\n"
    )
    analysis = analysed(tmp_path, "advice.txt", text)
    asked = [(q.rule, analysis.doc.display(*q.key)) for q in sentence_rules(
        analysis, ThemeMatcher(THEMES))]
    assert ("count", "999") not in asked
    assert not [a for a in asked if a[0] == "year"]
    assert ("count", "212") in asked  # a count of children is still asked


def test_the_same_period_points_back_unless_its_sentence_is_shown(tmp_path: Path) -> None:
    from curriculum.draft.choosing import choose
    from curriculum.draft.questions import sentence_rules

    text = (
        "Referral procedure\n\n"
        "The school reports the disclosure to the police within 24 hours.\n\n"
        "The social care team informs the parents within the same 24 hours.\n"
    )
    analysis = analysed(tmp_path, "procedure.txt", text)
    kept, below = choose(sentence_rules(analysis, ThemeMatcher(THEMES)))
    same = [q for q in kept + below if "the same" in q.prompt]
    assert same and all(
        'points back: "the same hours" says the same as what' in "; ".join(q.reasons)
        for q in same)
    assert not [q for q in kept if "the same" in q.prompt]
