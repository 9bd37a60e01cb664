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
