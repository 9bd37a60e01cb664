# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 12: a stem dated by the document ("currently" cut, "As of <month
year>, " in front) kept its first word's capital ("As of March 2025, All ..."). After the
date only a name keeps it, as the parse says (a proper noun, a named entity). Short texts
of our own, with the exact stems."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted

from curriculum.draft.themes import ThemeMatcher

HEADER = "Title: Shelter review\nDate: 4 June 2026\n---\n\n"


def _counts(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[str]:
    kept, below = drafted(tmp_path, HEADER + text, matcher)
    return [q.prompt for q in kept + below if q.rule == "count"]


def test_a_common_first_word_is_lowercased_after_the_date(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("All 11 night shelters of the Dunmore network are now open to children.\n\n"
            "Most of the 30 Dunmore mentors currently work at weekends.\n")
    assert sorted(_counts(tmp_path, text, matcher)) == [
        "As of June 2026, all ____ night shelters of the Dunmore network are open to children.",
        "As of June 2026, most of the ____ Dunmore mentors work at weekends.",
    ]


def test_a_name_keeps_its_capital_after_the_date(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Dunmore currently has 6 night shelters for children.\n"
    assert _counts(tmp_path, text, matcher) == [
        "As of June 2026, Dunmore has ____ night shelters for children.",
    ]
