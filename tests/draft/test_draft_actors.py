# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, instructions and who must act on them (``actors.py``): a bare order under a
heading that names a role ("Duties of custody sergeants") is asked with that role as its
subject; an order that nothing gives an actor (no role in its heading, no lead-in, no
"you" in the text) is held back with a plain reason. Short texts of our own, each with
the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp
from curriculum.draft.actors import HOLD, actor_of, duty_lead
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.scoring import THRESHOLD
from curriculum.draft.themes import ThemeMatcher

POLICY = (
    "# Detention of Young People\n\n"
    "This policy sets the standards for children held in custody suites.\n\n"
    "## {heading}\n\n"
    "- Inform a parent of each detained child within 2 hours of arrival.\n"
    "- Record every welfare check on the custody log.\n"
    "- Never leave a child alone in a cell with an adult.\n\n"
    "## Other matters\n\n"
    "Cells are cleaned every day by the contractor.\n"
)


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Every candidate of ``text`` (a Markdown file), chosen: kept and below."""
    path = tmp_path / "policy.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + procedure_rules(analysis))


def test_a_heading_that_names_a_role_gives_an_order_its_subject(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, POLICY.format(heading="3. Duties of custody sergeants"), matcher)
    question = next(q for q in kept + below if q.rule == "time-limit")
    assert question.prompt == "Custody sergeants must inform a parent of each detained child within ____ of arrival."
    assert question.score >= THRESHOLD
    assert question.stem_rule == 'sentence, whose duty from its heading "3. Duties of custody sergeants"'
    text = POLICY.format(heading="3. Duties of custody sergeants")
    assert text[question.quote[0]:question.quote[1]] == "Inform a parent of each detained child within 2 hours of arrival."


def test_an_order_in_a_text_that_says_whom_it_is_for_is_its_reader_s(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = POLICY.format(heading="3. Detention standards").replace(
        "This policy sets the standards for children held in custody suites.",
        "This policy applies to every custody officer who deals with a detained child.")
    kept, below = drafted(tmp_path, text, matcher)
    question = next(q for q in kept + below if q.rule == "time-limit")
    assert question.prompt == "Inform a parent of each detained child within ____ of arrival."
    assert question.score >= THRESHOLD
    assert not [r for r in question.reasons if HOLD in r]


DESK = (
    "# Custody desk instructions\n\n"
    "These desk instructions tell {readers} what to do when a child is detained.\n\n"
    "## Part A: On arrival\n\n"
    "1. Inform a parent of each detained child within 2 hours of arrival.\n"
    "2. Record every welfare check on the custody log.\n"
    "3. Check each child every 30 minutes.\n"
    "4. Tell your supervisor if a child is unwell.\n"
)


def test_the_reader_a_text_names_in_its_opening_is_whose_duty_its_orders_are(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, DESK.format(readers="custody sergeants at every station"), matcher)
    question = next(q for q in kept + below if q.rule == "time-limit")
    assert question.prompt == "Custody sergeants must inform a parent of each detained child within ____ of arrival."
    assert question.score >= THRESHOLD
    assert question.stem_rule == "sentence, whose duty: the reader the text's title or opening names"


def test_readers_named_as_a_list_give_no_one_role_and_the_order_stays_as_written(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, DESK.format(readers="custody sergeants and detention officers"), matcher)
    question = next(q for q in kept + below if q.rule == "time-limit")
    assert question.prompt == "Inform a parent of each detained child within ____ of arrival."
    assert question.score >= THRESHOLD and not [r for r in question.reasons if HOLD in r]


@pytest.mark.parametrize(
    ("stem", "lead", "rest"),
    [
        ("Telephone a parent within ____.", "Custody sergeants must ", "telephone a parent within ____."),
        ("Do not question the child.", "Custody sergeants must not ", "question the child."),
        ("Never leave a child alone.", "Custody sergeants must never ", "leave a child alone."),
    ],
)
def test_an_order_becomes_the_role_s_duty_or_prohibition(stem: str, lead: str, rest: str) -> None:
    assert duty_lead("Custody sergeants must", stem) == (lead, rest)


def test_an_order_that_names_no_one_is_held_with_a_plain_reason(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, POLICY.format(heading="3. Detention standards"), matcher)
    question = next(q for q in kept + below if q.rule == "time-limit")
    assert question.prompt == "Inform a parent of each detained child within ____ of arrival."
    assert question.score < THRESHOLD
    assert f"not worth asking: {HOLD}" in question.reasons


def test_an_order_in_a_text_that_speaks_to_its_reader_is_the_reader_s(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = POLICY.format(heading="3. Detention standards").replace(
        "This policy sets", "As a custody officer, you must know your duties. This policy sets")
    kept, below = drafted(tmp_path, text, matcher)
    question = next(q for q in kept + below if q.rule == "time-limit")
    assert question.prompt == "Inform a parent of each detained child within ____ of arrival."
    assert question.score >= THRESHOLD
    assert not [r for r in question.reasons if HOLD in r]


@pytest.mark.parametrize(
    ("heading", "actor"),
    [
        ("Duties of supervisors", "Supervisors must"),
        ("Responsibilities of the SIO", "The SIO must"),
        ("Actions for the duty inspector", "The duty inspector must"),
        ("The custody sergeant's duties", "The custody sergeant must"),
        ("Call handler checklist", "The call handler must"),
        ("First attending officer", "The first attending officer must"),
        ("Recommendations for first responding officers", "First responding officers should"),
        ("What the reviewing officer does", "The reviewing officer must"),
        ("Procedure for search officers", "Search officers must"),
        ("Key responsibilities", ""),
        ("Procedure for reporting", ""),
        ("Risk assessment", ""),
        ("Limits on viewing", ""),
        ("Duties of the register", ""),
        ("Recording", ""),
    ],
)
def test_the_role_a_heading_names(heading: str, actor: str) -> None:
    assert actor_of(nlp.parse([heading])[0]) == actor

