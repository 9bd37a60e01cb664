# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9: a list item under a lead-in that stops on a relative word ("in every case in
which:") is a condition of the lead-in's rule, even when it has its own subject and verb,
so it is asked with its lead-in, never as a fact of its own (blind review 13b: "A child
witness under 13 years of age is to give evidence" -> True, cut from "A ground rules
hearing must be held in every case in which:"); so is an item under a lead-in that names
its items as criteria to be met (``criteria.py``); a duty's item reads on from "must:"
without the colon (``context.verb_waits``). A short text of our own, with the exact
stems."""

from __future__ import annotations

import pytest
import yaml
from draft_fixtures import DATA, candidates, prompts

from curriculum.draft import criteria, nlp
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

_TEXT = """# Handling Reports of Missing Children

A strategy meeting must be held in every case in which:

a. a missing child has been away from home for two nights; or

b. a child under 12 years of age is to be interviewed by the police.

The meeting must be chaired by an inspector.

A warning notice is served only when all three conditions are satisfied:

1. a child under 16 years of age lives at the address;
2. the adult named in the notice has a conviction for a sexual offence; and
3. a supervisor has approved the notice.

Once a notice is served, officers must:

1. inform the child's parents within 48 hours;
2. review the notice after 28 days.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> list[DraftQuestion]:
    themes = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    matcher = ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)
    return candidates(tmp_path_factory.mktemp("conditions"), _TEXT, matcher)


def test_an_item_under_a_relative_lead_in_is_asked_with_it(drafted: list[DraftQuestion]) -> None:
    """The item with its own subject and verb is read with "in every case in which"."""
    assert "A strategy meeting must be held in every case in which a child under 12 years of age is to be interviewed by the police." in prompts(drafted)


def test_no_item_under_it_is_asked_as_a_fact_of_its_own(drafted: list[DraftQuestion]) -> None:
    """Neither condition is a stem without the rule it is a condition of."""
    assert not [p for p in prompts(drafted) if p.startswith(("A child under 12", "A missing child"))]



def test_an_item_of_criteria_to_be_met_is_not_asked_alone(drafted: list[DraftQuestion]) -> None:
    """Under "... only when all three conditions are satisfied:", an item with its own
    subject and verb is one condition of the rule, never a fact (blind review 14b, P2)."""
    assert not [p for p in prompts(drafted) if p.startswith(("A child under 16", "A supervisor"))]


def test_it_is_asked_after_the_rule_it_is_a_condition_of(drafted: list[DraftQuestion]) -> None:
    """"only when all three conditions are satisfied": each is necessary, so "only if" it
    is a true statement of the rule."""
    assert "A warning notice is served only if a child under 16 years of age lives at the address." in prompts(drafted)


@pytest.mark.parametrize(("lead", "named", "front"), [
    ("A warning notice is served only when all three conditions are satisfied:", True,
     "A warning notice is served only if"),
    ("A referral is made when the following conditions apply:", True, None),
    ("The criteria are:", True, None),
    ("A referral is made only when one of these criteria is met:", True, None),
    ("Officers should record the following details:", False, None),
])
def test_which_lead_ins_name_criteria(lead: str, named: bool, front: str | None) -> None:
    parsed = nlp.parse([lead])[0]
    assert criteria.names_criteria(lead, parsed) is named
    assert criteria.only_front(parsed, "") == front


def test_a_duty_item_reads_on_from_its_modal_without_the_colon(
        drafted: list[DraftQuestion]) -> None:
    """"officers must:" + "inform ...": one clause, no colon in the stem (14b, P2)."""
    assert "Once a notice is served, officers must inform the child's parents within ____ hours." in prompts(drafted)
    assert not [p for p in prompts(drafted) if "must:" in p]
