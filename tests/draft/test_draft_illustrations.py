# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 22: a worked example's details, the spread of a value across
bodies, and who took part in an event are not worth a question (``illustration.py``,
``variation.py``, ``value._EVENT``). Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TYPOLOGY = """# Payments linked to online grooming

Offenders who groom children online often send small gifts of money to gain their trust.

Banks must report a suspicion of grooming payments to the financial intelligence unit within 3 working days.

**Case example 2.** A bank saw an account receive 46 small transfers in five weeks from 31 different senders. Each sender was a child contacted online by the same offender.
"""

_EXERCISE = """# Tabletop exercise on online grooming

## 2. Scenario background

A parent calls the control room. The offender who groomed the child online demands a payment within three hours.

## 3. What officers must do

Officers must refer every report of online grooming to the on-call investigator within 2 hours.
"""


def test_a_case_examples_figures_are_held_and_the_rule_beside_it_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TYPOLOGY, matcher)
    assert prompts(kept) == [
        "Banks must report a suspicion of grooming payments to the financial intelligence unit within ____ working days."]
    held = [q for q in below if "A bank saw" in q.prompt]
    assert held and all(any('a detail of an illustrative case ("Case example 2.")' in r for r in q.reasons) for q in held)


def test_a_scenarios_details_are_held_under_its_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _EXERCISE, matcher)
    assert prompts(kept) == [
        "Officers must refer every report of online grooming to the on-call investigator within ____ hours."]
    held = [q for q in below if "demands a payment" in q.prompt]
    assert held and all(any('a detail of an illustrative case ("2. Scenario background")' in r for r in q.reasons) for q in held)


def test_the_spread_of_a_period_across_states_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The period for which providers must preserve data in an online grooming investigation varies from 30 to 120 days among the member states.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert kept == []
    assert below and all(any('one end of a spread ("vary")' in r for r in q.reasons) for q in below)


def test_taking_part_in_an_event_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Three national units participated in an INTERPOL victim identification task force on child sexual abuse material in 2025.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert kept == []
    assert below and any(any("where, when or how an event took place" in r for r in q.reasons) for q in below)


def test_a_duty_with_a_bound_on_a_length_is_a_rule_not_an_events_length(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Under Article 12 of the Harwell Convention on online grooming, a preservation of computer data must last at least 90 days so that the requesting party can ask for its disclosure.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert not any("how long an event lasted" in r for q in kept + below for r in q.reasons)
    assert prompts(kept) == ["Under Article 12 of the Harwell Convention on online grooming, a preservation of computer data must last at least 90 days so that the requesting party can ask for its disclosure."]


def test_a_figure_a_named_source_warns_of_is_a_finding_not_a_workload(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "In March 2023 the Harwell Crime Agency warned that between 2020 and 2022 police forces received more than 4,000 reports of online grooming of children.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert not any("a workload" in r for q in kept + below for r in q.reasons)
    assert prompts(kept) == [text.strip()]


def test_a_finding_on_how_consistently_bodies_comply_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("In Eastholt and Marlow police, online grooming referrals are not consistently risk-assessed within 24 hours.\n\n"
            "Forces must risk-assess every online grooming referral within 24 hours.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert prompts(kept) == ["Forces must risk-assess every online grooming referral within ____ hours."]
    held = [q for q in below if q.prompt.startswith("In Eastholt")]
    assert held and all(any('how consistently bodies comply ("not consistently")' in r for r in q.reasons) for q in held)
