# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13: a platform's procedure for its own users ("You can appeal ... in
Settings > Account status", "A different reviewer looks at every appeal ...") is held
with the reason; the same page's duties toward the police and children are still asked.
Each on a short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.service_users import HOLD
from curriculum.draft.themes import ThemeMatcher

HELP_PAGE = (
    "# Child safety on Chatterbox: how we protect children from online sexual abuse\n\n"
    "Chatterbox removes every image of child sexual abuse and any message that grooms a child.\n\n"
    "## When we suspend your account\n\n"
    "You can ask for a review of a suspension within 14 days from Profile > Help > Review. "
    "A second moderator decides every review, usually within 5 days. "
    "Members aged 13 to 15 can switch off direct messages from strangers in the app.\n\n"
    "## How we work with the police\n\n"
    "Chatterbox keeps the records of a reported account for 120 days when the police send a preservation request. "
    "Chatterbox answers an urgent police request about a child in danger within 2 hours.\n")


def held(q_reasons: list[str]) -> bool:
    return f"not worth asking: {HOLD}" in q_reasons


def test_a_platforms_steps_for_its_users_are_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, HELP_PAGE, matcher)
    users = [q for q in kept + below if "review" in q.prompt.lower() or "direct messages" in q.prompt]
    assert {q.prompt for q in users} >= {"A second moderator decides every review, usually within 5 days.",
                                         r"You can ask for a review of a suspension within 14 days from Profile \> Help \> Review."}
    assert all(held(q.reasons) and q not in kept for q in users)


def test_the_platforms_duties_toward_the_police_are_still_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, HELP_PAGE, matcher)
    police = [q for q in kept + below if "police" in q.prompt]
    assert police and not any(held(q.reasons) for q in police)
    assert any(q in kept for q in police)


def test_a_police_systems_guide_that_says_you_is_not_a_services_page(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# ATLAS image database: guide for analysts\n\n"
            "You must complete the ATLAS course before you upload any child sexual abuse material.\n\n"
            "## Accounts\n\n"
            "In ATLAS, an account that is not used for 60 days is locked automatically. "
            "You must report a shared password to your supervisor within 24 hours.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert kept and not any(held(q.reasons) for q in kept + below)
