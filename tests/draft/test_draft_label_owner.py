# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 29 (context): a list entry titled "[Owner: what the page is](url) -
summary" sums up a body's page; a stem lifted from the summary names the body, "According
to EUROWATCH, ...", as the title does (blind review 44, a3: E, the stem lost "INTERPOL").
A title that names a law or a place, or opens on a run-in word ("Note:"), names no owner.
Each text is our own and is drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

LINKS = (
    "# Resources for safeguarding leads\n\n"
    "A short list of pages we use in training.\n\n"
    "## Travel and notices\n\n"
    "- [EUROWATCH: Missing persons (Amber Flags)](https://example.org/amber) - Amber Flags "
    "help police find a missing child within 24 hours of a report.\n"
    "- [Westmark: Harbour Safety Act 2019](https://example.org/act) - Every skipper must "
    "hold a licence for at least 3 years before carrying children on school trips.\n"
    "- [Note: how we chose these pages](https://example.org/note) - Each page must have "
    "been reviewed by 2 trainers within the last year.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> list[DraftQuestion]:
    kept, below = chosen(tmp_path_factory.mktemp("owner"), LINKS, matcher)
    return kept + below


def test_the_title_s_body_is_named_in_front_of_the_summary(drafted: list[DraftQuestion]) -> None:
    stems = [p for p in prompts(drafted) if "Amber Flags help" in p]
    assert stems
    assert all(p.startswith("According to EUROWATCH, Amber Flags help police find a missing child within") for p in stems), stems


def test_a_place_or_a_run_in_word_names_no_owner(drafted: list[DraftQuestion]) -> None:
    stems = [p for p in prompts(drafted) if "skipper" in p or "reviewed by" in p]
    assert not [p for p in stems if "Westmark" in p or "Note" in p]
