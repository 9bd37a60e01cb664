# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, stems that lean on the document's own role nouns (blind review 18, the largest
class of drops): a party to the case told in the past ("The applicant was ...") is held, a
party in a rule is not (``roles.case_party``); a part of the document ("Option C") and a
motion put to the reader ("That you agree ...") are held (``roles.judge``); an opening "For
comparison," is struck (``linking.py``); a bare event that "is expected" points back, even
when another clause of the sentence has a modal (``standalone.bare_event``); "the State
party" and "the Republic" are named from the document's head (``country.name_state``).
Two short texts of our own, each drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, one, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = """# Views of the Panel on communication No. 7/2024

State party: Velmora

## Facts as submitted

The applicant was over the age at which a child may consent to medical treatment in the State party, which is 14 years.

## Procedure

The State party's hotline must acknowledge every report of online child sexual exploitation within 24 hours.

The applicant must be told of the decision on admissibility within 10 working days.

Where the abuse took place when the applicant was under 18, an application must be received within 4 years of the applicant's 18th birthday.

## Travel notification

Option C follows the model of the Harbour Travel Act 2019, under which every registered sex offender must notify the police at least 14 days before any travel abroad.

That you agree to a statutory duty for registered sex offenders to notify the police of any travel abroad at least 12 days before departure.

## Image database

For comparison, INTERPOL reported in 2023 that 68 countries were connected to its image database.

In Velmora, connection is expected within 9 months, because investigators must first be trained.
"""

_REPUBLIC = """# Written answers: Ministry of Justice, Republic of Tessaly

## Image database

The Republic was connected to the International Child Sexual Exploitation (ICSE) database on 3 March 2020.
"""

Drafted = tuple[list[DraftQuestion], list[DraftQuestion]]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> Drafted:
    return chosen(tmp_path_factory.mktemp("role-nouns"), _TEXT, matcher)


def _held(drafted: Drafted, opening: str) -> list[DraftQuestion]:
    kept, below = drafted
    assert not [p for p in prompts(kept) if p.startswith(opening)]
    held = [q for q in below if q.prompt.startswith(opening)]
    assert held, prompts(below)
    return held


def test_a_party_to_the_case_told_in_the_past_is_held(drafted: Drafted) -> None:
    held = _held(drafted, "The applicant was over the age")
    assert all('not worth asking: one case\'s party: "the applicant" is a party to the case the document is about, whom the stem cannot name, and what happened to one party is no fact to quiz' in q.reasons for q in held)


@pytest.mark.parametrize("opening", ["The applicant must be told", "Where the abuse took place when the applicant was under 18"])
def test_a_party_in_a_rule_is_not_one_cases_party(drafted: Drafted, opening: str) -> None:
    kept, below = drafted
    rule = [q for q in kept + below if q.prompt.startswith(opening)]
    assert rule and not [r for q in rule for r in q.reasons if "one case's party" in r]


def test_a_part_of_the_document_is_held(drafted: Drafted) -> None:
    held = _held(drafted, "Option C follows the model")
    assert all('not worth asking: points to a part of the document ("Option C"), which a learner reading one question cannot see; an option or a recommendation put forward is not yet a fact' in q.reasons for q in held)


def test_a_motion_put_to_the_reader_is_held(drafted: Drafted) -> None:
    held = _held(drafted, "That you agree to a statutory duty")
    assert all('not worth asking: a motion put to the reader ("That you agree ..."): a subordinate clause with no main clause, a recommendation awaiting a decision, not a fact' in q.reasons for q in held)


def test_an_opening_for_comparison_is_struck(drafted: Drafted) -> None:
    kept, below = drafted
    q = one(kept, "INTERPOL reported in 2023 that ____ countries were connected to its image database.")
    assert [o for o, right in q.options if right] == ["68"]
    assert not any(p.startswith("For comparison") for p in prompts(kept + below))


def test_an_expected_bare_event_points_back(drafted: Drafted) -> None:
    held = _held(drafted, "In Velmora, connection is expected within")
    assert all('-0.50 points back: "connection" names an event the stem does not introduce (of what? whose?)' in q.reasons for q in held)


def test_the_state_party_is_named_from_the_metadata_line(drafted: Drafted) -> None:
    kept, _ = drafted
    q = one(kept, "Velmora's hotline must acknowledge every report of online child sexual exploitation within ____ hours.")
    assert [o for o, right in q.options if right] == ["24"]
    assert q.stem_rule.endswith(', "the State party" named as Velmora (the document\'s metadata)')


def test_the_republic_is_named_from_the_head(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path_factory.mktemp("republic"), _REPUBLIC, matcher)
    one(kept, "The Republic of Tessaly was connected to the ____ (ICSE) database on 3 March 2020.")
    assert not [p for p in prompts(kept + below) if p.startswith("The Republic was")]
