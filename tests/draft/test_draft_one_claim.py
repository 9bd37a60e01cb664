# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 29 (context): a long true/false stem that joins a claim and its
ground with a colon ("The number of calls a helpline logs depends as much on its opening
hours as on harm: schools in Westmark must report ... within 2 days") asks two claims
at once; it is asked from after the colon (blind review 44, b1: E, keep one of its two
claims). A colon after a verb whose object it spells out ("agreed a plan: ...") and a
claim after it that points back, or that a place, a law or a date before the colon scopes, are left whole. Each text is our own and is drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import nlp
from curriculum.draft.frames import one_claim
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

PAPER = (
    "# Reading helpline figures\n\n"
    "## Why the numbers rise\n\n"
    "The number of calls a regional helpline logs in a single year depends as much on its "
    "opening hours and its publicity as on the harm done to children: schools in Westmark "
    "must report every disclosure of abuse to the helpline within 2 working days.\n\n"
    "## Regional meeting\n\n"
    "The regional safeguarding partners who met in the spring of last year agreed a common "
    "approach to disclosures at school: each school in the region would report every "
    "disclosure of abuse to the local helpline within 3 working days of the disclosure.\n"
)
SCOPED = ("Eastmark has had the strictest travel rule for registered offenders in the whole of "
          "the region since 2019: registered offenders must notify the police at least 30 days "
          "before any travel abroad.")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> list[DraftQuestion]:
    kept, below = chosen(tmp_path_factory.mktemp("claim"), PAPER, matcher)
    return kept + below


def test_a_long_statement_is_asked_from_after_its_colon(drafted: list[DraftQuestion]) -> None:
    statements = [q.prompt for q in drafted if q.qtype == "true_false" and "Westmark" in q.prompt]
    assert statements
    assert all(p.startswith("Schools in Westmark must report every disclosure of abuse to the helpline within") for p in statements), statements


def test_a_place_before_the_colon_keeps_the_statement_whole() -> None:
    parsed = nlp.parse([SCOPED])[0]
    at = SCOPED.index("30")
    assert one_claim(parsed, 0, len(SCOPED), (at, at + 2)) is None
    unscoped = SCOPED.replace("Eastmark", "The county").replace(" since 2019", " for many years now")
    at = unscoped.index("30")
    assert one_claim(nlp.parse([unscoped])[0], 0, len(unscoped), (at, at + 2)) is not None


def test_what_a_meeting_agreed_keeps_the_meeting(drafted: list[DraftQuestion]) -> None:
    stems = [p for p in prompts(drafted) if "3 working days" in p or "____ working days of the" in p]
    assert not [p for p in stems if p.startswith("Each school")], stems
