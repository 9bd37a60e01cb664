# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 29 (context): "X went further: <rule>" compares X with a law the
sentence before named, so the stem points back; it is asked "Under X, <rule>" (a
country: "In X, <rule>"), the same fact with nothing compared. A body that "went
further" is left as it was. Each text is our own and is drafted once."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import candidates, chosen, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

BRIEFING = (
    "# Travel rules for registered offenders\n\n"
    "## Two laws compared\n\n"
    "The Northmere Offenders Act 2012 requires a registered sex offender to notify the police "
    "7 days before any travel abroad. The Southmere Travel Restriction Act 2019 went further: "
    "a registered sex offender can be refused a passport for up to 5 years.\n\n"
    "## Schools\n\n"
    "Westland asks schools to name a safeguarding lead. Norway went further: every school "
    "must appoint a safeguarding lead within 30 days.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> list[DraftQuestion]:
    kept, below = chosen(tmp_path_factory.mktemp("further"), BRIEFING, matcher)
    return kept + below


def test_a_law_that_went_further_is_asked_under_its_name(drafted: list[DraftQuestion]) -> None:
    stems = [p for p in prompts(drafted) if "Southmere" in p]
    assert stems
    assert all(p.startswith("Under the Southmere Travel Restriction Act 2019, a registered sex offender can be refused a passport")
               for p in stems), stems


def test_the_law_s_rule_is_not_cut_as_a_fragment(drafted: list[DraftQuestion]) -> None:
    found = [q for q in drafted if q.prompt.startswith("Under the Southmere")]
    assert found
    assert not [q for q in found if any("cut inside a clause" in r for r in q.reasons)], found


def test_a_country_that_went_further_is_asked_in_its_name(drafted: list[DraftQuestion]) -> None:
    stems = [p for p in prompts(drafted) if "Norway" in p]
    assert stems
    assert all(p.startswith("In Norway, every school must appoint a safeguarding lead within") for p in stems), stems


def test_no_stem_says_went_further(drafted: list[DraftQuestion]) -> None:
    assert not [p for p in prompts(drafted) if "further" in p]


def test_a_body_that_went_further_is_left_as_written(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Hotline practice\n\n"
            "The Westfold Safeguarding Unit went further: every report must be read by two analysts within 24 hours.\n")
    stems = [p for p in prompts(candidates(tmp_path, text, matcher)) if "analysts" in p]
    assert all(not p.startswith("Under ") for p in stems), stems
