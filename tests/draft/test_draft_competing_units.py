# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule and who acts (blind review 12): "the unit" with two units named just before is held, not named after the nearer one
(``referents.earlier_name``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one

from curriculum.draft.themes import ThemeMatcher


def test_the_unit_with_two_units_just_before_is_held_and_one_unit_is_named(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Harbour Child Exploitation Unit was set up in 2019. The Device Examination Unit helps it with phones.\n\n"
        "In 2025 the unit examined 640 phones for other teams.\n\n"
        "The Runaway Children Team was set up in 2020. In 2025 the team traced 88 children.\n"
    )
    questions = candidates(tmp_path, text, matcher)
    held = [q for q in questions if "examined" in q.prompt]
    assert held and all(q.prompt.startswith("In 2025 the unit examined") for q in held)
    assert all(any('points back: "the unit"' in r for r in q.reasons) for q in held)
    one(questions, "In 2025 the Runaway Children Team traced ____ children.")
