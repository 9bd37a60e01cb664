# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 30 (recall): a lettered sub-item that names a tool in its first
sentence and goes on about it with "Its ..." and "It ..." (blind set 29: a parole
decision's "a. Static-99R is a ten-item actuarial instrument ... It is not designed for
women or for people who were under 18 when released", held as pointing back). "It" is the
item's named subject, and the stem names it; a sentence with a subject of its own between
them, or another paragraph, leaves "It" unresolved. A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, prompts

from curriculum.draft.themes import ThemeMatcher

_NOTES = """# Notes on risk tools for offender managers

The unit reviews every registered sex offender each year.

a. Kestrel-7 is a seven-item actuarial instrument for adult men with a conviction for a sexual offence. Its scoring manual was revised in 2019. It is not designed for people who were under 18 when released.

b. Harrier-3 is a screening tool. The unit bought the licence in 2021. It is not designed for people who are under 21 years old.

It is not designed for people who are under 25 years old.
"""


def test_it_in_a_lettered_item_is_the_tool_the_item_names(tmp_path: Path, matcher: ThemeMatcher) -> None:
    asked = prompts(candidates(tmp_path, _NOTES, matcher))
    assert "Kestrel-7 is not designed for people who were under 18 when released." in asked, asked


def test_another_subject_or_paragraph_between_leaves_it_unnamed(tmp_path: Path, matcher: ThemeMatcher) -> None:
    asked = prompts(candidates(tmp_path, _NOTES, matcher))
    assert not [p for p in asked if p.startswith(("Harrier-3 is not", "Kestrel-7 is not designed for people who are under 2"))], asked
    assert "It is not designed for people who are under 21 years old." in asked, asked
