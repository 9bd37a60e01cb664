# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 14 (blind review 13b, classes E and H): trivia, threshold and place
filters that held back operational rules, and place blanks on the words of a title. A
duty's deadline counted from an event is a rule, not when an event took place; a
definition's age is its boundary, not a threshold claim; where a field's named model
originated is field knowledge; a title's words are never a place. The filters still hold
what they were made for (an event's date, a claim's "more than"). One short text of our
own, drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, key_of, one, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

TEXT = (
    "# Practice note on interview hearings\n\n"
    "The planning hearing must take place not later than 7 working days before the first day "
    "of the trial.\n\n"
    "The Young Witnesses Regulation defines a young person as any person below the age of 16 years.\n\n"
    "The Aldermoor protocol, which originated in Norway in 2004, guides the interview of a "
    "child witness.\n\n"
    "The Board applies the Guidelines on Fairness in Matters involving Young Witnesses.\n\n"
    "A review hearing must be held in every case in which:\n\n"
    "a. a witness under 10 years of age is to give evidence; or\n"
    "b. the defence asks for one.\n\n"
    "The regional conference took place 10 days after the election.\n\n"
    "More than 40 countries have joined the witness network.\n\n"
    "Naming a young witness in print is an offence punishable by a fine of up to 20,000 euros.\n\n"
    "The agency paid a fee of 3,000 euros for the hall.\n\n"
    "A panel of six detectives, chaired by the Head of Major Crime, wrote the guide in four "
    "meetings at the training centre in Leeds.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("filters"), TEXT, matcher)


def test_a_duty_deadline_counted_from_an_event_is_asked(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, _ = drafted
    question = one(kept, "The planning hearing must take place not later than ____ working days before the first day of the trial.")
    assert key_of(question) == ["7"]
    assert not [r for r in question.reasons if "trivia" in r or r.startswith("fatal")]


def test_an_event_that_took_place_after_another_is_still_trivia(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    _, below = drafted
    question = one(below, "The regional conference took place ____ days after the election.")
    assert "-0.35 trivia: where, when or how an event took place" in question.reasons


def test_a_definition_age_is_its_boundary_not_a_threshold(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, _ = drafted
    question = one(kept, "The Young Witnesses Regulation defines a young person as any person below the age of ____ years.")
    assert key_of(question) == ["16"]
    assert not [r for r in question.reasons if "threshold" in r]


def test_a_claim_with_more_than_stays_a_threshold(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    _, below = drafted
    question = one(below, "More than ____ countries have joined the witness network.")
    assert question.score == 0.0
    assert any(r.startswith('fatal: "more than" makes the figure a threshold') for r in question.reasons)


def test_where_a_named_model_originated_is_asked(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    question = one(kept, "The Aldermoor protocol, which originated in ____ in 2004, guides the interview of a child witness.")
    assert key_of(question) == ["Norway"]
    year = one(below, "The Aldermoor protocol, which originated in Norway in ____, guides the interview of a child witness.")
    assert any(r.startswith("not worth asking: a year that dates an event") for r in year.reasons)


def test_a_word_of_a_title_is_never_drafted_as_a_place(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    assert not [p for p in prompts(kept + below) if "Fairness in ____" in p]


def test_an_item_of_a_relative_lead_in_is_asked_with_it(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    question = one(kept, "A review hearing must be held in every case in which a witness under 10 years of age is to give evidence.")
    assert question.truth is True
    assert not [p for p in prompts(kept + below) if p.startswith("A witness under")]


def test_a_fine_the_law_sets_is_a_penalty(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    question = one(kept, "Naming a young witness in print is an offence punishable by a fine of up to 20,000 euros.")
    assert question.truth is True
    fee = one(below, "The agency paid a fee of ____ euros for the hall.")
    assert any(r.startswith('not worth asking: a count of "euros"') for r in fee.reasons)


def test_where_a_training_centre_sits_is_a_venue(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    _, below = drafted
    question = one(below, "A panel of six detectives, chaired by the Head of Major Crime, wrote the guide in four meetings at the training centre in ____.")
    assert question.score == 0.45
    assert any(r.startswith("not worth asking: a place where something happened") for r in question.reasons)
