# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 32: a notice the session's third blind set showed asked as a fact,
on a short text of our own words with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import every_chosen

from curriculum.draft.themes import ThemeMatcher


def test_a_notice_naming_a_childrens_act_is_still_the_notice(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "... the fictional Lyndmere Children Act 2019 and local time limits (72 hours ...)
    are invented" says how to read the text: "Children" names the Act, it does not make the
    sentence one about children."""
    text = (
        "# Strategy meeting action log\n\n"
        "The missing child was found and the strategy meeting agreed a return home interview for the missing child.\n\n"
        "Legal references to the fictional Lyndmere Children Act 2019 and local time limits (72 hours for the return home interview, 28-day review) are invented.\n"
    )
    notice = [q for q in every_chosen(tmp_path, text, matcher) if "are invented" in q.prompt]
    assert notice and all(q.score == 0 and "the document's notice that what it names is invented" in "; ".join(q.reasons) for q in notice)


def test_a_citation_set_off_by_a_space_leaves_the_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """IEEE-style "... through ICSE [1]." leaves no "[1]" in a stem; a paragraph cited by
    its number ("at [18]") stays."""
    from curriculum.draft.footnotes import citation_markers

    text = "# Victim identification\n\nINTERPOL reported in November 2022 that 68 countries were connected to the ICSE database and that more than 31,000 victims had been identified through it [1]. Growth in connections continued.\n"
    asked = [q for q in every_chosen(tmp_path, text, matcher) if "68" in q.prompt or "____ countries" in q.prompt]
    assert asked and not [q.prompt for q in asked if "[1" in q.prompt]
    cited = "confirmed at [18], where the court held"
    assert citation_markers(cited) == []
