# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""A list item that completes what its lead-in reports (``leadins.reports``; blind review
13a, C2): "The questionnaire found that:" + "17 agencies upload ... within 30 days" gave a
stem that said neither whose agencies nor which survey. An item under a lead-in that stops
on the "that" of a verb of reporting is the finding it reports: it is shown after the
lead-in, as one sentence, or not asked when the lead-in points back in turn. A text of our
own, drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

FINDINGS = """# Custody of children: inspection findings

## Findings

The 2024 Harbour Police custody inspection found that:

- 12 custody suites call an appropriate adult for a detained child within 2 hours of arrival;
- the remaining suites keep no record of the call.

## Survey

The unit sent a short questionnaire on child custody to every force in the region in 2024. The questionnaire found that:

- 9 forces interview a detained child within 6 hours of arrest;
- most forces have no child custody lead.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> list[DraftQuestion]:
    kept, below = chosen(tmp_path_factory.mktemp("findings"), FINDINGS, matcher)
    return kept + below


def test_an_item_under_a_lead_in_that_reports_is_shown_after_it(drafted: list[DraftQuestion]) -> None:
    suites = [q.prompt for q in drafted if "custody suites" in q.prompt]
    assert suites == [
        "The 2024 Harbour Police custody inspection found that ____ custody suites call an appropriate adult for a detained child within 2 hours of arrival.",
        "The 2024 Harbour Police custody inspection found that 12 custody suites call an appropriate adult for a detained child within ____ hours of arrival.",
        "The 2024 Harbour Police custody inspection found that 12 custody suites call an appropriate adult for a detained child within 2 hours of arrival.",
    ]


def test_an_item_whose_reporting_lead_in_points_back_is_not_asked(drafted: list[DraftQuestion]) -> None:
    """ "The questionnaire" is named earlier: the finding says which survey only with the
    sentence before, so neither the item alone nor the item after its lead-in is asked."""
    assert [q.prompt for q in drafted if "interview a detained child" in q.prompt] == []
