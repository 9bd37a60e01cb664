# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9: a list item under a lead-in that stops on a relative word ("in every case in
which:") is a condition of the lead-in's rule, even when it has its own subject and verb,
so it is asked with its lead-in, never as a fact of its own (blind review 13b: "A child
witness under 13 years of age is to give evidence" -> True, cut from "A ground rules
hearing must be held in every case in which:"). A short text of our own, with the exact
stems."""

from __future__ import annotations

import pytest
import yaml
from draft_fixtures import DATA, candidates, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

_TEXT = """# Handling Reports of Missing Children

A strategy meeting must be held in every case in which:

a. a missing child has been away from home for two nights; or

b. a child under 12 years of age is to be interviewed by the police.

The meeting must be chaired by an inspector.
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
