# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 27 (a reviewed keep lost since blind review 13): a long rule whose
second part opens with its own condition ("within 24 hours of ..., and, where a child is at
risk, within 1 hour") was cut after that condition, so the stem ended "..., and, where there
is a risk to a child." and failed as a fragment. The condition governs the next part: the
stem of the first figure ends before the coordinator. A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.themes import ThemeMatcher

_CODE = (
    "# Harbourline Online Safety Code 2031\n\n"
    "## Part 2: Reporting duties\n\n"
    "Clause 7 of the Harbourline Online Safety Code requires a messaging platform that finds child sexual abuse material on its "
    "service to report it to the Harbourline Child Protection Hub, with the account details it holds, promptly and in any event within 24 hours "
    "of a moderator confirming the material, and, where the account appears to belong to an adult in contact with a child, within 2 hours "
    "through the Hub's urgent line.\n"
)


def test_a_condition_of_the_next_part_is_cut_with_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _CODE, matcher)
    first = [q for q in questions if q.rule == "count" and "within ____ hours of a moderator" in q.prompt]
    assert len(first) == 1, [q.prompt for q in questions]
    assert first[0].prompt.endswith("in any event within ____ hours of a moderator confirming the material."), first[0].prompt
    assert "next part's condition dropped" in first[0].stem_rule
    assert not [r for r in first[0].reasons if r.startswith("fatal")], first[0].reasons
    assert first[0].score >= 0.6
