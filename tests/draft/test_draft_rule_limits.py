# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 15 (tbound): limits set by a rule are asked, and genuine bounds, plans
and narrated durations are still held. A negation in another clause or in the rule's
own trigger is no negation of its figure (``negation.py``); a service target, a standing
cap and an instruction under a "must:" lead-in set limits (``standing.py``); a name with
a past tense read as a participle is a sentence (``finite.py``); an age takes ages rules
set as options (``ages.py``); a false statement held back by the per-text cap takes the
place of a true one when every kept true/false item is true (``truth.admit_false``).
Each on a short text of our own, drafted once, with the exact outcome."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, one, prompts

from curriculum.draft.choosing import cap
from curriculum.draft.modules import ThemeMaterial
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

LIMITS = (
    "# Emergency protection and alerts\n\n"
    "An officer may keep a child in police protection for up to 72 hours; this power does not give the officer parental responsibility.\n\n"
    "If the court has not decided the application within eight weeks, the family may ask the court to explain the delay.\n\n"
    "Norvania connected to INTERPOL's International Child Sexual Exploitation (ICSE) database in 2019.\n\n"
    'Under the protocol, a "young person" means any person under the age of sixteen years.\n\n'
    "The search of the river ran for up to 36 hours. The unit aims to train all staff within two years of the launch.\n\n"
    "## Alerts\n\n"
    "- The alert desk aims to decide on a request within 20 minutes of receiving it.\n"
    "- An alert stays live for up to 48 hours.\n\n"
    "The desk sends a cancellation notice. Partners must:\n\n"
    "1. withdraw the alert from all their channels within 10 minutes;\n"
    "2. not republish the child's photograph after cancellation.\n"
)
SEIZED = (
    "# Seized devices\n\n"
    "An officer may keep a seized phone for up to 48 hours without a warrant.\n\n"
    "A supervisor may extend the hold on a seized phone for up to 24 hours.\n\n"
    "The seizure record must not contain the name of the person who reported the phone.\n"
)

Drafted = tuple[list[DraftQuestion], list[DraftQuestion]]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, Drafted]:
    """Each text's kept and held-back candidates, drafted once."""
    return {name: chosen(tmp_path_factory.mktemp("limits"), text, matcher)
            for name, text in (("limits", LIMITS), ("seized", SEIZED))}


def _all(drafted: dict[str, Drafted], name: str) -> list[DraftQuestion]:
    kept, below = drafted[name]
    return kept + below


def _fatal(question: DraftQuestion) -> list[str]:
    return [r for r in question.reasons if r.startswith("fatal")]


def test_a_negation_in_the_next_clause_leaves_the_limit_asked(drafted: dict[str, Drafted]) -> None:
    question = one(_all(drafted, "limits"), "An officer may keep a child in police protection for up to ____ hours.")
    assert _fatal(question) == [] and question.options[-1] == ("72", True)


def test_a_negated_trigger_is_the_rules_condition(drafted: dict[str, Drafted]) -> None:
    question = one(_all(drafted, "limits"), "If the court has not decided the application within ____ weeks, the family may ask the court to explain the delay.")
    assert _fatal(question) == []
    assert question.options == [("four", False), ("six", False), ("eight", True), ("twelve", False)]


def test_a_service_target_is_asked_and_a_plan_is_not(drafted: dict[str, Drafted]) -> None:
    kept, below = drafted["limits"]
    assert "The alert desk aims to decide on a request within ____ minutes of receiving it." in prompts(kept)
    plan = one(below, "The unit aims to train all staff within ____ years of the launch.")
    assert 'fatal: "within" makes the figure a bound, and the sentence sets no rule whose limit it is: other options may be true as well' in plan.reasons


def test_a_standing_cap_is_a_rule_and_a_narrated_duration_is_not(drafted: dict[str, Drafted]) -> None:
    kept, below = drafted["limits"]
    assert "An alert stays live for up to 48 hours." in prompts(kept)
    cap_count = one(below, "An alert stays live for up to ____ hours.")
    assert _fatal(cap_count) == [] and not [r for r in cap_count.reasons if "lasted" in r]
    narrated = one(below, "The search of the river ran for up to ____ hours.")
    assert 'trivia: how long an event lasted ("hour")' in " ".join(narrated.reasons)
    assert _fatal(narrated)


def test_an_instruction_under_a_must_lead_in_asks_its_limit(drafted: dict[str, Drafted]) -> None:
    kept, _ = drafted["limits"]
    question = one(kept, "Partners must withdraw the alert from all their channels within ____ minutes.")  # no colon: context.verb_waits
    assert ("10", True) in question.options


def test_a_name_with_a_past_tense_read_as_a_participle_is_a_sentence(drafted: dict[str, Drafted]) -> None:
    kept, _ = drafted["limits"]
    question = one(kept, "Norvania connected to INTERPOL's ____ (ICSE) database in 2019.")
    assert question.answers == ["International Child Sexual Exploitation"]


def test_an_age_takes_ages_rules_set_as_options(drafted: dict[str, Drafted]) -> None:
    question = one(_all(drafted, "limits"), 'Under the protocol, a "young person" means any person under the age of ____ years.')
    assert question.options == [("thirteen", False), ("fourteen", False), ("sixteen", True), ("seventeen", False)]


def test_a_capped_false_statement_takes_the_weakest_true_ones_place(drafted: dict[str, Drafted], matcher: ThemeMatcher) -> None:
    kept, _ = drafted["seized"]
    material = ThemeMaterial(matcher.themes[0], questions=list(kept))
    held = cap([material], per_text=2)
    assert [(q.prompt, q.truth) for q in material.questions] == [
        ("An officer may keep a seized phone for up to 48 hours without a warrant.", True),
        ("The seizure record is allowed to contain the name of the person who reported the phone.", False)]
    assert [q.prompt for q in held] == ["A supervisor may extend the hold on a seized phone for up to 24 hours."]
    assert held[0].reasons[-1].endswith("a false statement from the same source, took its place, so that not every true/false answer is True")
