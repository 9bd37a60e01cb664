# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule and who acts (blind review 12): a publishing office (a press office, a communications department, a help centre) speaks
for its body: "we" and the rules of its texts are the force's or the platform's (``publisher.py``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import candidates, one, prompts

from curriculum.draft.publisher import speaking_for
from curriculum.draft.themes import ThemeMatcher


@pytest.mark.parametrize(("name", "body"), [
    ("Halsted Constabulary Corporate Communications", "Halsted Constabulary"),
    ("Corporate Communications, Halsted Constabulary", "Halsted Constabulary"),
    ("Press Office of the Halsted Constabulary", "Halsted Constabulary"),
    ("Halsted Constabulary's Press Office", "Halsted Constabulary"),
    ("Halsted Constabulary Media Relations", "Halsted Constabulary"),
    ("Loopline Help Centre", "Loopline"),
    ("Loopline Customer Support", "Loopline"),
    ("Ministry of Justice Press Office", "Ministry of Justice"),
    # an office that acts keeps its name; an office alone names no body
    ("Victim Support Unit", "Victim Support Unit"),
    ("Halsted Constabulary Public Protection Unit", "Halsted Constabulary Public Protection Unit"),
    ("National Press Office", "National Press Office"),
    ("Associated Press", "Associated Press"),
    ("Press Office", ""),
])
def test_a_publishing_office_speaks_for_its_body(name: str, body: str) -> None:
    assert speaking_for(name) == body


_LINES = (
    "Title: Lines to take: referrals of online abuse\n"
    "Publisher: Halsted Constabulary Corporate Communications\n"
    "Date: 4 May 2026\n"
    "---\n\n"
    "Lines to take: referrals of online abuse\n\n"
    "We keep the record of every referral for 6 years.\n\n"
    "Every referral is reviewed by a detective sergeant within 2 working days.\n"
)


def test_a_press_offices_we_and_its_rules_are_the_forces(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _LINES, matcher)
    one(questions, "Halsted Constabulary keeps the record of every referral for ____ years.")
    one(questions, "According to Halsted Constabulary, every referral is reviewed by a detective sergeant within 2 working days.")
    assert not [p for p in prompts(questions) if "Communications" in p]


def test_a_help_centres_we_is_the_platform(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Pebblecast Help Centre: How we work with police\n\n"
        "Pebblecast is a podcast app for teenagers and adults.\n\n"
        "We answer emergency requests from police within 2 hours.\n"
    )
    questions = candidates(tmp_path, text, matcher)
    statement = one(questions, "Pebblecast answers emergency requests from police within 2 hours.")
    assert statement.stem_rule == 'sentence, "We" named as the author (the document\'s title)'
    assert not [p for p in prompts(questions) if "Help Centre" in p]
