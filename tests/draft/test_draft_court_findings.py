# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 21 (a human-rights court's judgment, X 4, 7): what a court or a
committee "observes", "considers" or "recalls" happened in the case before it is that case's
history, not a standing fact, and is no true/false item unless dated; what it "reiterates" a
State must do is judged as that duty (``statements._REPORTING``). A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one

from curriculum.draft.themes import ThemeMatcher

_TEXT = """# Judgment in the case of A.R. v. Estrelia

## The Court's assessment

The Court observes that no request to preserve the account data was sent to the provider in the first 11 months of the investigation.

The Court reiterates that States must enable their authorities to order the preservation of stored computer data for up to 90 days.
"""


def test_what_a_court_observes_of_the_case_is_held_and_what_it_reiterates_is_a_duty(tmp_path: Path, matcher: ThemeMatcher) -> None:
    found = candidates(tmp_path, _TEXT, matcher)
    observed = one(found, "The Court observes that no request to preserve the account data was sent to the provider in the first 11 months of the investigation.")
    assert "-0.45 not worth a true/false item: a past finding about one case, with no date" in observed.reasons
    rule = one(found, "The Court reiterates that States must enable their authorities to order the preservation of stored computer data for up to 90 days.")
    assert not [r for r in rule.reasons if "not worth a true/false item" in r], rule.reasons
