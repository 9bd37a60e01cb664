# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a local body's name asked in one case of its own (``asides.py``, rubric 7): an
acronym question whose name is a body the text spells out, in a sentence telling one past
event with no date at all, is held back with that reason, also when the body's word stands
inside its name ("Office for Police Conduct Westmarch"); a body's rule in the present, a
body of international standing (even in a dated past event), and a body's yearly record are
not. One short text of our own, with the exact outcome."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen

from curriculum.draft.asides import ONE_CASE, ONE_EVENT
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_BRIEFING = (
    "# Briefing: online child sexual exploitation\n\n"
    "## The case\n\n"
    "At 06:10 on 4 March 2026, officers from the Online Child Exploitation Team (OCET) executed a search warrant at an address in Dunmere.\n\n"
    "After the hearing, Westmarch Police referred the grooming complaint to the Office for Police Conduct Westmarch (OPCW).\n\n"
    "On 6 March 2026 Westmarch Police sent the grooming file to the Bureau for Online Safety Eastmoor (BOSE).\n\n"
    "On 5 March 2026 the image analysts searched the International Child Sexual Exploitation Unit (ICSEU) records for the victims.\n\n"
    "## How referrals work\n\n"
    "Every referral about a child at risk of online grooming goes to the Child Safeguarding Hub (CSH) within 24 hours.\n\n"
    "In 2023 the National Child Crime Agency (NCCA) received 30,000 referrals about online child sexual abuse.\n"
)


@pytest.fixture(scope="module")
def acronyms(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, DraftQuestion]:
    kept, below = chosen(tmp_path_factory.mktemp("local"), _BRIEFING, matcher)
    for q in kept:
        q.reasons.append("in the module")
    return {q.answers[0]: q for q in kept + below if q.rule == "acronym"}


def _held(q: DraftQuestion, reason: str) -> bool:
    return f"not worth asking: {reason}" in q.reasons


def test_a_local_bodys_name_in_one_cases_undated_history_is_held(acronyms: dict[str, DraftQuestion]) -> None:
    q = acronyms["Office for Police Conduct Westmarch"]
    assert "in the module" not in q.reasons, q.reasons
    assert _held(q, ONE_CASE), q.reasons


@pytest.mark.parametrize("name", [
    "Online Child Exploitation Team",  # held before
    "Bureau for Online Safety Eastmoor",  # the body's word before what it is for
])
def test_a_local_bodys_name_in_a_dated_event_is_held(acronyms: dict[str, DraftQuestion], name: str) -> None:
    assert "in the module" not in acronyms[name].reasons, acronyms[name].reasons
    assert _held(acronyms[name], ONE_EVENT), acronyms[name].reasons


@pytest.mark.parametrize("name", [
    "Child Safeguarding Hub",  # a body's rule in the present: practice
    "International Child Sexual Exploitation Unit",  # international standing, though dated
    "National Child Crime Agency",  # a year only: a body's yearly record
])
def test_a_rule_an_international_body_or_a_yearly_record_is_not_held_so(acronyms: dict[str, DraftQuestion], name: str) -> None:
    assert name in acronyms, sorted(acronyms)
    assert not _held(acronyms[name], ONE_CASE) and not _held(acronyms[name], ONE_EVENT), acronyms[name].reasons
