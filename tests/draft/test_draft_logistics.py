# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 15: a document's own administration (an office's opening hours, the
length of a reply, a debrief, a screen's lead time; since blind review 21, a course's slides,
attendees, certificates, learning portal and knowledge check) is held as not worth asking, with the
reason in the audit; the rules of the work that use the same nouns ("the duty desk must
decide within 30 minutes", "a strategy meeting must be held") are still asked
(``logistics.py``). One short text of our own, chosen once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import nlp
from curriculum.draft.logistics import administration
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Reporting a missing child: guide for partner agencies\n\n"
    "The duty desk must decide within 30 minutes whether to issue a public appeal for a missing child. "
    "Partners must share the appeal within 20 minutes of receiving it.\n\n"
    "The Northgate and Riverside offices accept reports 24 hours a day.\n\n"
    "Applicants must answer each question in no more than 300 words.\n\n"
    "After every appeal the coordination unit holds a debrief within 10 days.\n\n"
    "Missing child cases nearing their review date appear on the dashboard 45 days in advance.\n\n"
    "A strategy meeting must be held within 12 hours of the report of a missing child.\n")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("logistics"), _TEXT, matcher)


def _held(q: DraftQuestion, what: str) -> bool:
    return (f"not worth asking: the document's own administration ({what}): its reader's "
            "errands, not a rule of the work") in q.reasons


def test_only_the_rules_of_the_work_reach_a_module(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, _ = drafted
    assert prompts(kept) == [
        "The duty desk must decide within ____ minutes whether to issue a public appeal for a missing child.",
        "Partners must share the appeal within ____ minutes of receiving it.",
        "A strategy meeting must be held within ____ hours of the report of a missing child.",
    ]


@pytest.mark.parametrize(("stem", "what"), [
    ("The Northgate and Riverside offices accept reports 24 hours a day.", "opening hours"),
    ("Applicants must answer each question in no more than 300 words.", 'the length of a reply ("no more than 300 words")'),
    ("After every appeal the coordination unit holds a debrief within 10 days.", 'a review meeting ("holds a debrief")'),
    ("Missing child cases nearing their review date appear on the dashboard ____ days in advance.", 'a screen\'s lead time ("appear 45 days in advance")'),
])
def test_the_documents_own_administration_is_held_with_its_reason(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]], stem: str, what: str) -> None:
    _, below = drafted
    found = [q for q in below if q.prompt == stem]
    assert found and all(_held(q, what) for q in found), prompts(below)


@pytest.mark.parametrize(("sentence", "found"), [
    ("Tenderers must send their answers through the portal by noon on 4 May.", 'a tender\'s procedure: "Tenderers"'),
    ("All members of the search team are invited to a workshop after the operation.", "who is invited to a meeting"),
    ("The front counter is open from 09:00 to 17:00, Monday to Friday.", "opening hours"),
    ("The social worker must be invited to the strategy meeting.", ""),
    ("The control room is told within 15 minutes of every sighting.", ""),
    ("The slide pack will be shared with all attendees within 3 days.", 'a course\'s materials ("slide")'),
    ("A certificate is sent to everyone who completes the session.", 'a certificate of attendance ("certificate")'),
    ("Finish the knowledge check within 10 days of the course.", 'a knowledge check ("the knowledge check")'),
    ("Course notes stay on the e-learning portal for 12 months.", 'a learning portal ("the e-learning portal")'),
    ("A certificate of the conviction must reach the registry within 14 days.", ""),
    ("Requests sent through the provider's law enforcement portal are answered within 5 days.", ""),
])
def test_what_counts_as_administration(sentence: str, found: str) -> None:
    assert administration(nlp.parse([sentence])[0]) == found
