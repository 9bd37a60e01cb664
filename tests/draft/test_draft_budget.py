# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13: a proposal's budget line is trivia, and a count the stem computes
from a rate and a total ("£95,000 a year for ____ years (£285,000 in total)") gives its
answer away; a rule about funding and a figure with no rate or total beside it are still
asked. Each on a short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.budget import BUDGET, COMPUTED
from curriculum.draft.themes import ThemeMatcher

PROPOSAL = ("# Proposal: an online grooming investigator for the county\n\n"
            "The Commissioner's proposal costs £95,000 a year for three years (£285,000 in total). "
            "The Home Office will fund 2 digital forensic analysts with £120,000 in 2027. "
            "The investigator must review every grooming referral within 3 working days of receipt.\n")


def test_a_count_the_stems_rate_and_total_compute_is_given_away(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, PROPOSAL, matcher)
    costed = [q for q in kept + below if "in total" in q.prompt]
    count = next(q for q in costed if q.rule == "count")
    assert count.prompt == "The Commissioner's proposal costs £95,000 a year for ____ years (£285,000 in total)."
    assert count.score == 0 and f"fatal: {COMPUTED}" in count.reasons
    assert not any(q in kept for q in costed)


def test_a_budget_line_is_held_but_a_rule_in_the_same_proposal_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, PROPOSAL, matcher)
    funded = [q for q in kept + below if "will fund" in q.prompt]
    assert funded and all(q not in kept and f"not worth asking: {BUDGET}" in q.reasons for q in funded)
    assert [q.prompt for q in kept] == ["The investigator must review every grooming referral within ____ working days of receipt."]


def test_figures_with_no_rate_or_total_are_not_computed(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "# Operation Larch\n\nIn 2025, officers identified 12 children in 4 countries, and 3 suspects were charged with child sexual abuse offences.\n"
    kept, below = chosen(tmp_path, text, matcher)
    counts = [q for q in kept + below if q.rule in ("count", "false-statement")]
    assert counts and all(f"fatal: {COMPUTED}" not in q.reasons for q in counts)
