# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 14 (tfirst): a meeting's or an address's frame around a fact is dropped
and the fact asked alone ("Members will recall that ...", "I remind you that ...", "As I
told you, ...", "Please note that ...", "It is important to note that ..."); an
invitation to comment on a document whose relative clause holds the fact is asked as the
document's ("The draft standard in annex II proposes ..."); a case fact inside a frame
stays held. Each text is our own and is drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, one, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.scoring import THRESHOLD
from curriculum.draft.themes import ThemeMatcher

AGENDA = (
    "# Regional Working Group on Missing Children\n\n"
    "## Annotated agenda\n\n"
    "### Item 3. Hotline figures\n\n"
    "Members will recall that the Northfield hotline passed 412 reports of missing children "
    "to the police in 2025. Delegations are invited to comment on the draft standard in annex "
    "II, which proposes that every open case of a missing child is reviewed within 90 days.\n\n"
    "### Item 4. Travel\n\n"
    "Participants are reminded that a registered sex offender must notify the police 7 days "
    "before any travel abroad.\n\n"
    "### Item 5. Registers\n\n"
    "Members are reminded that the register is reviewed every 12 months and that a visit is "
    "made within 3 days.\n"
)

DIRECTIONS = (
    "DIRECTIONS TO THE JURY\n\n"
    "1. I remind you that the prosecution must serve a recorded interview on the defence "
    "within 14 days of charge.\n\n"
    "2. As I told you at the start of the trial, a witness under 18 may give evidence from a "
    "live link room within 30 metres of the court.\n\n"
    "3. I direct you that Child C was interviewed on 3 occasions.\n"
)

LETTER = (
    "LETTER TO A GUARDIAN\n\n"
    "Dear Ms Grey,\n\n"
    "Please note that a request for review must be made within 3 months of the decision. "
    "You should be aware that the local authority must review the care plan of a child victim "
    "within 28 days.\n\n"
    "It is important to note that a child victim of trafficking must be referred within 48 "
    "hours.\n\n"
    "Yours sincerely,\n"
)

Drafted = tuple[list[DraftQuestion], list[DraftQuestion]]


@pytest.fixture(scope="module")
def agenda(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> Drafted:
    return chosen(tmp_path_factory.mktemp("agenda"), AGENDA, matcher)


@pytest.fixture(scope="module")
def directions(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> Drafted:
    return chosen(tmp_path_factory.mktemp("directions"), DIRECTIONS, matcher, "directions.txt")


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> Drafted:
    return chosen(tmp_path_factory.mktemp("letter"), LETTER, matcher, "letter.txt")


def _key(question: DraftQuestion) -> str:
    return next(text for text, right in question.options if right)


def test_what_members_will_recall_is_asked_without_the_frame(agenda: Drafted) -> None:
    kept, below = agenda
    question = one(kept, "The Northfield hotline passed ____ reports of missing children to the police in 2025.")
    assert _key(question) == "412"
    assert not [p for p in prompts(kept + below) if "recall" in p]


def test_what_participants_are_reminded_of_is_asked_without_the_frame(agenda: Drafted) -> None:
    kept, _ = agenda
    question = one(kept, "A registered sex offender must notify the police ____ days before any travel abroad.")
    assert _key(question) == "7"


def test_a_document_put_to_comment_is_asked_as_what_it_proposes(agenda: Drafted) -> None:
    kept, below = agenda
    question = one(kept, "The draft standard in annex II proposes that every open case of a missing child is reviewed within ____ days.")
    assert _key(question) == "90"
    assert not [p for p in prompts(kept + below) if "invited" in p]


def test_what_a_judge_reminds_the_jury_of_is_asked_as_the_rule(directions: Drafted) -> None:
    kept, _ = directions
    question = one(kept, "The prosecution must serve a recorded interview on the defence within ____ days of charge.")
    assert _key(question) == "14"


def test_a_fronted_as_i_told_you_is_dropped(directions: Drafted) -> None:
    kept, _ = directions
    question = one(kept, "A witness under 18 may give evidence from a live link room within 30 metres of the court.")
    assert question.truth is True


def test_a_case_fact_inside_a_frame_stays_held(directions: Drafted) -> None:
    kept, below = directions
    assert not [p for p in prompts(kept) if "Child C" in p]
    for question in below:
        if "Child C" in question.prompt:
            assert question.prompt.startswith("Child C was interviewed")
            assert question.score < THRESHOLD


def test_a_letter_s_please_note_and_be_aware_are_dropped(letter: Drafted) -> None:
    kept, _ = letter
    assert _key(one(kept, "A request for review must be made within ____ months of the decision.")) == "3"
    assert _key(one(kept, "The local authority must review the care plan of a child victim within ____ days.")) == "28"


def test_an_impersonal_it_is_important_to_note_is_dropped(letter: Drafted) -> None:
    kept, _ = letter
    assert _key(one(kept, "A child victim of trafficking must be referred within ____ hours.")) == "48"


def test_a_frame_over_two_that_clauses_is_left_whole(agenda: Drafted) -> None:
    kept, below = agenda
    stems = [p for p in prompts(kept + below) if "visit is made" in p]
    assert stems
    assert all(p.startswith("Members are reminded that the register") for p in stems)
