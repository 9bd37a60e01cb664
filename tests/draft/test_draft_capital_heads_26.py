# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 26 ("structure"): a heading in capitals run in at the start of a
paragraph ("RISK ASSESSMENT Detainees under 18 must ...") is the paragraph's heading, never
the subject of its first sentence. Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.analysis import analyse
from curriculum.draft.capital_heads import REASON
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

_SUITE = """Custody suite inspection

HEALTH CARE Every detainee who asks for a nurse must be seen within one hour of asking, and the nurse records the visit.

INTERPOL ICSE Holds images shared by member countries, and the unit searches it before every new case.

UK NCA officers may attend the suite when a detainee is held for an online offence.

The suite has twelve cells, and the health care room is next to the booking desk.
"""


def test_a_run_in_heading_in_capitals_is_the_paragraphs_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The heading's words are words the text also writes in lower case ("health care");
    acronyms opening a sentence ("INTERPOL ICSE", "UK NCA") stay part of it."""
    analysis = analysed(tmp_path, _SUITE, matcher)
    shown = {analysis.doc.display(s.start, s.end): s for s in analysis.sentences}
    first = next(s for t, s in shown.items() if t.startswith("Every detainee who asks"))
    assert first.heading == "HEALTH CARE", first.heading
    assert any(t.startswith("INTERPOL ICSE Holds images") for t in shown), list(shown)
    assert any(t.startswith("UK NCA officers may attend") for t in shown), list(shown)
    assert [d.text for d in analysis.dropped if d.reason == REASON] == ["HEALTH CARE"]


_NOTES = """# Custody notes

**Appropriate adults** Detainees under 18 must be seen by an appropriate adult within two hours of arrival.

**Medical care** A nurse must see every detainee who asks for medical attention within one hour.

**All staff** must complete the custody first-aid course every year.
"""

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour resolutions</title></head><body>
<h1>Harbour resolutions</h1>
<p>The Harbour Board, meeting at the Customs House on 3 March 2026,</p>
<p><b>RECALLING ALSO</b> Resolution 12, which set the speed limit in the inner harbour at five knots,</p>
<p><strong>Pilotage</strong> Every vessel longer than eighty metres takes a pilot on board before the outer buoy.</p>
<p>The <a href="#code">Harbour Code</a> requires every mooring to be inspected once a year.</p>
</body></html>
"""


def test_an_emphasised_heading_with_no_stop_is_the_paragraphs_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Markdown's and HTML's emphasis opening a paragraph with no stop, before a capital:
    the paragraph's heading. An emphasised opening that goes on in lower case, a
    resolution's clause and a link stay words of their sentences."""
    path = tmp_path / "notes.md"
    path.write_text(_NOTES, "utf-8")
    notes = analyse(read_source(path, tmp_path), "t", matcher)
    shown = [notes.doc.display(s.start, s.end) for s in notes.sentences]
    assert shown[:3] == ["Detainees under 18 must be seen by an appropriate adult within two hours of arrival.",
                         "A nurse must see every detainee who asks for medical attention within one hour.",
                         "All staff must complete the custody first-aid course every year."], shown
    path = tmp_path / "page.html"
    path.write_text(_PAGE, "utf-8")
    page = analyse(read_source(path, tmp_path), "t", matcher)
    shown = [page.doc.display(s.start, s.end) for s in page.sentences]
    assert any(t.startswith("RECALLING ALSO Resolution 12") for t in shown), shown
    assert any(t.startswith("Every vessel longer than eighty metres") for t in shown), shown
    assert any(t.startswith("The Harbour Code requires") for t in shown), shown
