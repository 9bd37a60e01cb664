# ruff: noqa: E501  (expected stems and accounts are kept whole so they read as authors see them)
"""Issue #9, placement (blind review 45, a2: an induction workbook's rules for its mentors and
resits, placed in online exploitation by its title, "... Checklist: Online Child Sexual
Exploitation Team (OCSET)"; X, 7 and 9). A body's name in a title or heading says whose
document it is, not what it is about: its words place nothing, as inside a sentence. Each
on a short text of our own, with the exact theme and account."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.analysis import analyse
from curriculum.draft.placement import _heading_text, place
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

_WORKBOOK = """{title}

Purpose of this booklet

This booklet records the first weeks of each new joiner. The buddy must have served at least 2 years on the team and must not be the joiner's manager.

A joiner who fails the end-of-course quiz may retake it once after at least 10 working days.
"""


def _placed(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    """Every sentence-rule question's prompt -> (theme, account), read as plain text."""
    analysis = analysed(tmp_path, text, matcher)
    return {q.prompt: place(q, matcher) for q in sentence_rules(analysis, matcher)}


def test_a_teams_name_in_the_title_does_not_place_its_workbooks_rules(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"Missing Persons Coordination Team (MPCT)" names the team the workbook is for; the
    rules on buddies and retakes name no theme of their own, so they fit no theme (they
    went to serious and violent crime by the name's "Missing")."""
    title = "Joiner Booklet: Missing Persons Coordination Team (MPCT)"
    placed = _placed(tmp_path, _WORKBOOK.format(title=title), matcher)
    stem = "A joiner who fails the end-of-course quiz may retake it once after at least ____ working days."
    assert placed[stem] == (None, "no theme reaches 1.0 (no theme words)")


def test_a_title_that_names_the_theme_outside_a_name_still_places_the_rules(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """Control: "Missing children" is what the title is about, not a body's name; the same
    rule is placed by it as before."""
    title = "Joiner Booklet: Missing Children Investigations"
    placed = _placed(tmp_path, _WORKBOOK.format(title=title), matcher)
    stem = "A joiner who fails the end-of-course quiz may retake it once after at least ____ working days."
    assert placed[stem] == (
        "serious-violent-crimes",
        "its own words name no theme clearly; the document's title names serious-violent-crimes",
    )


def test_which_title_words_are_a_bodys_name() -> None:
    """A run of capitalised words ending in a kind of body (with its initials, or in
    capitals in a banner) is left out; a kind that a capitalised word goes on from is no
    name's end ("Team Briefing"), and a task force is an operation, not a body."""
    assert _heading_text("Joiner Booklet: Missing Persons Coordination Team (MPCT)") == "joiner booklet:  "
    assert _heading_text("NORTHVALE SERIOUS CRIME DIRECTORATE") == " "
    assert _heading_text("Managing Online Grooming: Team Briefing") == "managing online grooming: team briefing"
    assert _heading_text("Online Grooming Response Team Briefing") == "online grooming response team briefing"
    assert _heading_text("Victim Identification Task Force results") == "victim identification task force results"


_REVIEW = """# Annual review of the liaison office

This review covers the office's work in 2026.

## {heading}

Requests from a foreign central authority must be answered within 30 days.

## Online grooming

The office received 40 referrals of online grooming in 2026, and 12 of them came from platforms abroad.

| Area | Rating |
|---|---|
| {heading} | Largely met |
"""


def _placed_md(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    """Every sentence-rule question's prompt -> (theme, account), read as Markdown."""
    (tmp_path / "review.md").write_text(text, "utf-8")
    analysis = analyse(read_source(tmp_path / "review.md", tmp_path), "t", matcher)
    return {q.prompt: place(q, matcher) for q in sentence_rules(analysis, matcher)}


def test_a_heading_that_joins_another_subject_does_not_place_a_rule_under_it(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"Cross-border cooperation and missing children" heads a section on two subjects, one
    of which names no theme: a rule under it that names none may be the cooperation's, so
    the heading does not place it (blind review 40, b6: "placed in victim identification by
    a heading"). The ratings table that repeats the heading in a cell does not make the two
    one matter."""
    text = _REVIEW.format(heading="Cross-border cooperation and missing children")
    placed = _placed_md(tmp_path, text, matcher)
    stem = "Requests from a foreign central authority must be answered within ____ days."
    assert placed[stem] == (
        None,
        "the rule and its title and heading say little of internet-facilitated-crimes (0.00) and the document is not mainly about it (internet-facilitated-crimes 1.07, serious-violent-crimes 0.43)",
    )


def test_a_heading_of_one_subject_still_places_a_rule_under_it(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """Control: "Missing children and runaways" is one subject (a bare noun joined), so the
    heading places the same rule as before."""
    text = _REVIEW.format(heading="Missing children and runaways")
    placed = _placed_md(tmp_path, text, matcher)
    stem = "Requests from a foreign central authority must be answered within ____ days."
    assert placed[stem] == (
        "serious-violent-crimes",
        "its own words name no theme clearly; the document's section heading names serious-violent-crimes",
    )
