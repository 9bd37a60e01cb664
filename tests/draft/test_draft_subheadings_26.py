# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 26 ("structure"): a plain text's sub-heading with room left on its line is
not fused into the paragraph under it; wrapped prose still goes on. Short texts of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.analysis import analyse
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

_REPORT = """HARBOUR DISTRICT PROBATION SERVICE - ASSESSMENT REPORT

Contact with the defendant
I met the defendant twice at the district office and once at his home, and I
read the police summary, the interview record and the list of previous
convictions supplied by the court before writing this report for the bench.

Likelihood of further offending among adult offenders
The screening tool is scored for men convicted of image offences and must not be
used for anyone under 18 at the date of sentence, as the guidance written by
Inspector Hale for the district explains in its second part.
"""


def test_a_sub_heading_with_room_left_on_its_line_is_not_fused(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A plain text wrapped at its width: a line with room for the next line's first word
    was ended by its writer (a sub-heading over its paragraph), while a line that stops near
    the width before a capital ("Inspector" / "Hale") is wrapped prose and goes on."""
    analysis = analysed(tmp_path, _REPORT, matcher)
    firsts = [analysis.doc.display(s.start, s.end) for s in analysis.sentences]
    assert "Likelihood of further offending among adult offenders" in [f.rstrip(".") for f in firsts], firsts
    assert any(f.startswith("The screening tool is scored") and "Inspector Hale for the district" in f
               for f in firsts), firsts
    assert any(f.startswith("I met the defendant") for f in firsts), firsts


_POST = """# Towpath forum

Keepers close the towpath at a drained lock and post a diversion notice at both ends of the closure at least seven days before the work starts.

Keepers repeat the water rescue course every two years, and the course covers throw lines and reach poles.

Volunteers may work a lock only when a keeper is on duty at the same lock and wear the blue tabard.

Boaters must not moor in a lock approach, and a keeper may ask any boat moored there to move on at once.

Ana Reyes | Lock keeper, Northern Reach | Canal Trust
Reminder: the towpath at the top lock is closed until Friday.
"""


def test_a_markdown_byline_over_a_short_post_is_not_fused(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Markdown runs the two lines together, but its writer set the byline apart: the
    line had room for the next line's first word, no wrap broke it."""
    path = tmp_path / "forum.md"
    path.write_text(_POST, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    firsts = [analysis.doc.display(s.start, s.end) for s in analysis.sentences]
    assert any(f.startswith("Reminder: the towpath") for f in firsts), firsts
