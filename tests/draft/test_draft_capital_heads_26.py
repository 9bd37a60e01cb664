# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 26 ("structure"): a heading in capitals run in at the start of a
paragraph ("RISK ASSESSMENT Detainees under 18 must ...") is the paragraph's heading, never
the subject of its first sentence. Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.capital_heads import REASON
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
