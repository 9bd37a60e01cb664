# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 18: a stem must not lose what it depends on. A rule of an impact
assessment's preferred option, or one framed by an instrument not yet in force ("Under the
proposed scheme, ..."), is a proposal, held back as one (``proposed.py``); a legend's entry
("Priority: H = within 6 months") is a key to the document's own codes, not a statement
(``claims.py``); a number question whose stem names the asked period in other words ("an
annual review ... in the previous ____ months") gives its answer away (``periods.py``). One
short text of our own, chosen once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import periods
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Mandatory reporting of child sexual abuse material: impact assessment\n\n"
    "## Key elements of the preferred option\n\n"
    "- Time limit: providers must report child sexual abuse material to the police within 24 hours of detection.\n\n"
    "## The present law\n\n"
    "Under the Online Safety Act 2023, providers must remove child sexual abuse material within 48 hours of a police request.\n\n"
    "Under the proposed scheme, online providers must preserve the data of every report of child sexual abuse material for 12 months.\n\n"
    "## Victim identification unit\n\n"
    "Psychological support for the victim identification unit exists on paper (a compulsory annual review), but only four of nine staff had attended a review in the previous 12 months.\n\n"
    "Victim identification officers must complete a weekly debrief and must report every image of a child at risk within 3 days of its upload.\n\n"
    "## Recommendations\n\n"
    "Priority: H = within 6 months; M = within 12 months; L = within 24 months.\n")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("setting"), _TEXT, matcher)


def _below(drafted: tuple[list[DraftQuestion], list[DraftQuestion]], stem: str) -> list[DraftQuestion]:
    found = [q for q in drafted[1] if q.prompt == stem]
    assert found, prompts(drafted[1])
    assert not [q for q in drafted[0] if q.prompt == stem]
    return found


@pytest.mark.parametrize(("stem", "why"), [
    ("Time limit: providers must report child sexual abuse material to the police within ____ hours of detection.",
     'not worth asking: part of a proposal (under "Key elements of the preferred option"): a rule put forward, not one in force'),
    ("Under the proposed scheme, online providers must preserve the data of every report of child sexual abuse material for ____ months.",
     'not worth asking: part of a proposal ("the proposed scheme"): a rule put forward, not one in force'),
])
def test_a_rule_put_forward_is_held_as_a_proposal(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]], stem: str, why: str) -> None:
    assert all(why in q.reasons for q in _below(drafted, stem))


def test_the_law_in_force_beside_the_proposal_is_still_asked(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    assert "Under the Online Safety Act 2023, providers must remove child sexual abuse material within ____ hours of a police request." in prompts(drafted[0])


def test_a_legends_entry_is_no_statement(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    for q in _below(drafted, "Priority: H = within 6 months."):
        assert q.score == 0
        assert ('fatal: a key to the document\'s own codes ("H = ..."): it says how to read a '
                "table or a score, not a rule or a fact") in q.reasons


def test_a_period_the_stem_names_in_other_words_is_not_asked(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    (q,) = _below(drafted, "Psychological support for the victim identification unit exists on paper (a compulsory annual review), but only four of nine staff had attended a review in the previous ____ months.")
    assert q.score == 0
    assert ('fatal: the stem\'s "annual" names a period as long as the one asked: it gives the '
            "answer away") in q.reasons


def test_a_period_word_of_another_length_is_no_cue(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    assert "Victim identification officers must complete a weekly debrief and must report every image of a child at risk within ____ days of its upload." in prompts(drafted[0])


@pytest.mark.parametrize(("stem", "days", "found"), [
    ("a compulsory annual review ... in the previous ____ months", 12 * 30.4, "annual"),
    ("training refreshed at least every two years, due ____ months after the last", 24 * 30.4, "two years"),
    ("reviewed once a year; the first review within ____ weeks", 52 * 7, "a year"),
    ("reviewed every month; the first review within ____ days", 30, "every month"),
    ("a quarterly return; the first within ____ months", 6 * 30.4, ""),
    ("an annual report published within ____ months", 6 * 30.4, ""),
])
def test_which_period_words_cue_the_asked_period(stem: str, days: float, found: str) -> None:
    assert periods.cue(stem, days) == found


_REGULATIONS = (
    "---\n"
    'title: "The Child Runaway Notices Regulations 2026"\n'
    'author: "Department for Justice"\n'
    "---\n\n"
    "# The Child Runaway Notices Regulations 2026\n\n"
    "## Authority to give a notice\n\n"
    "A notice may be given only with the written authority of an officer of at least the rank of inspector. "
    "In an urgent case, authority may be given orally, but must be confirmed in writing within 24 hours.\n")


def test_an_opening_case_is_no_place_and_the_rule_names_its_law(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> None:
    kept, _ = chosen(tmp_path_factory.mktemp("regulations"), _REGULATIONS, matcher)
    assert "Under the Child Runaway Notices Regulations 2026, in an urgent case, authority may be given orally, but must be confirmed in writing within ____ hours." in prompts(kept)
