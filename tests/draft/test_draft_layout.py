# ruff: noqa: E501  (expected texts are kept whole so they read as the source does)
"""Issue #9, layout that cut sentences and tables apart: a ruled PDF table cut by a page
break (its header row read as a heading, a cut row lost, a row's step number taken for a
footnote), a paragraph cut by a page break, and numbered paragraphs hard-wrapped at a fixed
width (a wrapped line that opens with a capital, a figure or "(2)" started a new
paragraph). Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import run

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

CUSTODY_TABLE = """<html><head><title>Harbour unit custody guide</title><style>
@page {{ size: A6; margin: 12mm }}
body {{ font: 9pt/1.3 DejaVu Serif }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.75pt solid black; padding: 2pt; vertical-align: top }}
th {{ background: #ddd; font-size: 10pt }}
</style></head><body>
<p>The harbour unit keeps the custody records of every arrest at sea.<sup>2</sup></p>
<div style="height: {spacer}mm"></div>
<table>
<tr><th>Step</th><th>Record</th><th>Time limit</th></tr>
<tr><td>1</td><td>The arresting officer writes the grounds for the arrest in the custody record and signs the entry before the detained person reaches the harbour</td><td>Within 2 hours of the arrest</td></tr>
<tr><td>2</td><td>The custody sergeant reviews the detention</td><td>Within 6 hours</td></tr>
</table>
<p>Records are audited every quarter.</p>
<p style="font-size: 7pt">2 Arrests made by the harbour unit only.</p>
</body></html>"""

ROW_1 = "| 1 | The arresting officer writes the grounds for the arrest in the custody record and signs the entry before the detained person reaches the harbour | Within 2 hours of the arrest |"
ROW_2 = "| 2 | The custody sergeant reviews the detention | Within 6 hours |"


def extracted(project: Path, html: str, name: str) -> str:
    from weasyprint import HTML

    HTML(string=html).write_pdf(project / "sources" / name)
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    return (project / "drafts" / "sources" / f"{name}.md").read_text("utf-8")


@pytest.mark.parametrize(
    ("spacer", "cut"),
    [
        (72, "inside the first row: the rest of it and the second row on the next page"),
        (62, "inside the second row: its number above the break, its text below, no grid"),
        (68, "between the rows: the next page's part has no header of its own"),
    ],
)
def test_a_ruled_table_cut_by_a_page_break_is_read_as_one_table(
    project: Path, spacer: int, cut: str
) -> None:
    """The header row (shaded, larger) is the table's first row, never a heading; every
    row is whole, under that header, and no step number is a footnote."""
    text = extracted(project, CUSTODY_TABLE.format(spacer=spacer), "custody.pdf")
    lines = text.splitlines()
    assert lines.count(ROW_1) == 1, cut
    assert lines.count(ROW_2) == 1, cut
    header = lines.index(ROW_1) - 2
    assert lines[header : header + 2] == ["| Step | Record | Time limit |", "|---|---|---|"]
    part = lines.index(ROW_2)
    assert lines[part - 1] in (ROW_1, "|---|---|---|")
    assert not [ln for ln in lines if ln.startswith("#") or ln.startswith("[^2]: The custody")]
    assert not [ln for ln in lines if "Step Record" in ln or ln.startswith("2 The custody")]
    assert run("validate", "drafts").exit_code == 0


BREAK = """<html><head><title>Harbour unit patrol notes</title><style>
@page { size: A6; margin: 12mm }
body { font: 9pt/1.3 DejaVu Serif }
</style></head><body>
<div style="height: 96mm"></div>
<p>A patrol officer who finds a child alone on a vessel at night must take the child to a
place of safety and must inform the duty inspector of the harbour unit within one hour of
finding the child, whatever the child says about the adults on board.</p>
<p>The duty inspector decides whether the vessel is searched.</p>
</body></html>"""


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph(project: Path, matcher: ThemeMatcher) -> None:
    text = extracted(project, BREAK, "patrol.pdf")
    paragraph = next(p for p in text.split("\n\n") if p.startswith("A patrol officer"))
    assert " ".join(paragraph.split()) == (
        "A patrol officer who finds a child alone on a vessel at night must take the child to a"
        " place of safety and must inform the duty inspector of the harbour unit within one hour"
        " of finding the child, whatever the child says about the adults on board."
    )
    doc = read_source(project / "sources" / "patrol.pdf", project, project / "drafts" / "sources" / "patrol.pdf.md")
    analysis = analyse(doc, "patrol", matcher)
    assert [(doc.page_of(s.start), doc.page_of(s.end - 1), s.kind) for s in analysis.kept()] == [
        (1, 2, "para"),  # the cut sentence starts on page 1 and ends on page 2
        (2, 2, "para"),
    ]
    assert run("validate", "drafts").exit_code == 0


NUMBERED = """Detained children: custody guidance

Part 1: Arrival at the station

1. This guidance applies to every child who is brought into a custody suite of the
Harbour Police Service. It was revised after the inspection of custody suites.

2. The custody sergeant must inform the Youth Justice Service of the detention within
2 hours of the child's arrival. An appropriate adult is called at the same time.

Part 2: Reviews

3. The detention of a child for an offence defined in subsection
(2) of section 14 is reviewed by an inspector within 6 hours of its start. The
inspector records each review in the custody record.
"""


def analysed(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> Analysis:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "t", matcher)


def chosen(analysis: Analysis, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis) + procedure_rules(analysis))


@pytest.mark.parametrize("name", ["guidance.txt", "guidance.md"])
def test_hard_wrapped_numbered_paragraphs_are_prose_sentences(
    tmp_path: Path, matcher: ThemeMatcher, name: str
) -> None:
    """A wrapped line is a continuation unless the line before ended a sentence, whether it
    opens with a capital ("Harbour"), a figure ("2 hours") or a paragraph number ("(2)"); the
    numbered paragraphs are prose, so each sentence is a statement with its own questions."""
    analysis = analysed(tmp_path, name, NUMBERED, matcher)
    assert [(s.line, s.kind, analysis.doc.display(s.start, s.end)) for s in analysis.kept()] == [
        (5, "para", "This guidance applies to every child who is brought into a custody suite of the Harbour Police Service."),
        (6, "para", "It was revised after the inspection of custody suites."),
        (8, "para", "The custody sergeant must inform the Youth Justice Service of the detention within 2 hours of the child's arrival."),
        (9, "para", "An appropriate adult is called at the same time."),
        (13, "para", "The detention of a child for an offence defined in subsection (2) of section 14 is reviewed by an inspector within 6 hours of its start."),
        (14, "para", "The inspector records each review in the custody record."),
    ]
    kept, _ = chosen(analysis, matcher)
    assert [(q.rule, q.prompt) for q in kept] == [
        ("count", "The custody sergeant must inform the Youth Justice Service of the detention within ____ hours of the child's arrival."),
        # a review's limit (a time is never what a review itself looked at)
        ("count", "The detention of a child for an offence defined in subsection (2) of section 14 is reviewed by an inspector within ____ hours of its start."),
    ]


LISTS = """# Seizing a phone

When a phone is seized, the officer must:

1. Place the phone in a signal-blocking bag at once.
2. Record the seizure in the exhibit book within 2 hours.
3. Tell the digital forensic unit the same day.

## Devices seen most often

1. Mobile phones
2. Tablets

## At the scene

1. Go to the address first. Search every room, the loft and the cars, even if the
   family says this has been done.
2. Note everyone who was in the house in the last two days.
3. Keep the child's phone switched on.

## Check your knowledge

1. Who grades the report? (Answer: the duty inspector.)
2. How soon is the report graded? (Answer: within two hours.)
"""


def test_numbered_items_under_a_lead_in_or_short_stay_a_list(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    analysis = analysed(tmp_path, "lists.md", LISTS, matcher)
    """Under a lead-in, short items, steps of one sentence with one longer step among
    them, and numbered questions: each stays a list item (the long step is one unit)."""
    kinds: dict[int, set[str]] = {}
    for sentence in analysis.kept():  # an item may be read one sentence at a time (items.py)
        kinds.setdefault(sentence.line, set()).add(sentence.kind)
    assert kinds == {
        3: {"para"}, 5: {"bullet"}, 6: {"bullet"}, 7: {"bullet"}, 11: {"bullet"}, 12: {"bullet"},
        16: {"bullet"}, 18: {"bullet"}, 19: {"bullet"}, 23: {"bullet"}, 24: {"bullet"},
    }


NOTES_AND_ITEMS = """<html><head><title>Harbour unit audit</title><style>
@page { size: A6; margin: 12mm }
body { font: 9pt/1.3 DejaVu Serif }
h2 { font-size: 11pt; margin: 4pt 0 }
p { margin: 0 0 5pt 0 }
</style></head><body>
<p>The harbour unit audited its custody records in the spring.<sup>1</sup> The audit found two
gaps in the records of night arrests.<sup>2</sup></p>
<div style="height: 46mm"></div>
<h2>Recommendations</h2>
<p>1. The unit should check every custody record within one week of the arrest.</p>
<p>2. The unit should train its night sergeants in record keeping.</p>
<h2>Progress</h2>
<p>Both recommendations were accepted by the unit.</p>
<p style="page-break-before: always; font-size: 8pt">Notes</p>
<p style="font-size: 8pt">1 Records of arrests made at sea only.<br>2 Found by the internal audit team.<br>3 Counted by hand.</p>
<p style="font-size: 8pt; margin-top: 12pt">The unit thanks the harbour staff for their help.</p>
</body></html>"""


def test_a_numbered_item_is_no_footnote_and_end_notes_are_read(project: Path) -> None:
    """A recommendation "2." in body type low on a page that has a marker "2" is the
    second item of its list: the items and the heading under it stay text. The notes on
    the last page, under a "Notes" line, are the notes of the markers on page 1; the note
    numbered next ("3") is a note of its own though no marker points at it, and the
    paragraph set apart under the notes stays text."""
    text = extracted(project, NOTES_AND_ITEMS, "audit.pdf")
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    assert paragraphs[paragraphs.index("## Recommendations") :] == [
        "## Recommendations",
        "1. The unit should check every custody record within one week of the arrest.",
        "2. The unit should train its night sergeants in record keeping.",
        "## Progress",
        "Both recommendations were accepted by the unit.",
        "The unit thanks the harbour staff for their help.",
        "[^1]: Records of arrests made at sea only.",
        "[^2]: Found by the internal audit team.",
        "[^3]: Counted by hand.",
    ]
    assert "spring.[^1]" in text and "night arrests.[^2]" in text
    assert "Notes" not in paragraphs
    assert run("validate", "drafts").exit_code == 0


LABELLED_CELLS = """<html><head><title>Harbour fines</title><style>
@page { size: A6; margin: 12mm }
body { font: 9pt/1.3 DejaVu Serif }
table { border-collapse: collapse; width: 100% }
th, td { border: 0.75pt solid black; padding: 2pt; vertical-align: top }
</style></head><body>
<p>The harbour court uses the table below.</p>
<table>
<tr><th>Offence</th><th>Penalty</th></tr>
<tr><td>Mooring without a permit</td><td>Fine: 200 crowns<br>Repeat: 500 crowns</td></tr>
<tr><td>Speeding in the harbour</td><td>Fine: 300 crowns<br>the boat may be held</td></tr>
</table>
</body></html>"""


def test_labelled_lines_in_a_pdf_cell_stay_apart(project: Path) -> None:
    """A cell whose lines each open with a label gives "Fine: ...; Repeat: ...", never
    "Fine: 200 crowns Repeat: 500 crowns"; a plain wrapped line joins with a space."""
    text = extracted(project, LABELLED_CELLS, "fines.pdf")
    assert "| Mooring without a permit | Fine: 200 crowns; Repeat: 500 crowns |" in text
    assert "| Speeding in the harbour | Fine: 300 crowns the boat may be held |" in text
