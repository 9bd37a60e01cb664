# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule and who acts (blind review 12): a unit's own staff carry the unit's name, and a dated lead lowers the capital after it
(``staff.py``, ``clauses.render``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one

from curriculum.draft.themes import ThemeMatcher

_UNIT = (
    "---\n"
    "title: Welfare arrangements for image reviewers\n"
    "publisher: National Child Crime Agency (NCCA)\n"
    "date: 2026-02-10\n"
    "---\n\n"
    "# Welfare arrangements for image reviewers\n\n"
    "The National Child Crime Agency (NCCA) reviews seized material for the whole country. "
    "We look after every one of our reviewers.\n\n"
    "All staff who grade indecent images currently have a mandatory psychological assessment every 6 months.\n\n"
    "Staff may grade images for no more than 4 hours in a shift.\n"
)


def test_a_units_own_staff_carry_its_name_and_a_dated_lead_lowers_the_capital(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _UNIT, matcher)
    dated = one(questions, "As of February 2026, all NCCA staff who grade indecent images have a mandatory psychological assessment every ____ months.")
    assert dated.stem_rule.endswith('"staff" named as the author\'s (the document\'s metadata)')
    one(questions, "NCCA staff may grade images for no more than 4 hours in a shift.")


def test_guidance_to_others_leaves_their_staff_unnamed(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _UNIT.replace("We look after every one of our reviewers.", "Forces choose how reviewers are supported.")
    questions = candidates(tmp_path, text, matcher)
    one(questions, "Staff may grade images for no more than 4 hours in a shift.")
    one(questions, "As of February 2026, all staff who grade indecent images have a mandatory psychological assessment every ____ months.")
