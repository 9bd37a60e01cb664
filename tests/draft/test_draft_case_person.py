# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule and who acts (blind review 12): a case person's "his" that the stem does not resolve is a fragment; a general rule's
"his" has its role in the stem (``stemcheck.pointers``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.themes import ThemeMatcher

_OUTCOME = (
    "Title: Misconduct hearing outcome: PC Owen Marsh\n"
    "Publisher: Wexmoor Constabulary Professional Standards Department\n"
    "Date: 9 April 2026\n"
    "---\n\n"
    "A misconduct panel found that PC Owen Marsh searched police records for a personal reason.\n\n"
    "Notice of appeal must be given within 10 working days of his receiving the written decision.\n\n"
    "An officer must tell his line manager about any criminal charge within 2 days.\n"
)


def test_a_case_persons_his_points_back_and_a_general_rules_his_does_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _OUTCOME, matcher)
    appeal = [q for q in questions if "his receiving" in q.prompt]
    assert appeal and all('points back: "his receiving"' in " ".join(q.reasons) for q in appeal)
    general = [q for q in questions if "his line manager" in q.prompt]
    assert general and not [r for q in general for r in q.reasons if "points back" in r]
