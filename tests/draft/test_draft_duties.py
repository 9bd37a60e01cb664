# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, duties that seem to point back but do not: a role in a standing rule ("The
sergeant telephones ... within 2 hours", whichever sergeant does the work), "he or
she" standing for a role the stem itself names ("A registered person ... where he or she is
registered"), and a list item that is a bare verb phrase under a lead-in that says
whose duty it is ("the arresting officer must:"). Each on a short text of our own,
with the exact outcome; the same words as a past event, a pronoun with nothing in the
stem, or a lead-in whose own subject points back, still point back."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted, reasons

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

CUSTODY = (
    "Custody suites hold adults and children who have been arrested.\n\n"
    "The custody sergeant decides whether detention is necessary.\n\n"
    "The sergeant {verb} a parent of every detained child within 2 hours of arrival at the station.\n"
)


def test_a_role_in_a_standing_rule_with_a_time_limit_is_read_as_generic(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = drafted(tmp_path, CUSTODY.format(verb="telephones"), matcher)
    statement = next(q for q in kept if q.prompt.startswith("The sergeant"))
    assert statement.prompt == "The sergeant telephones a parent of every detained child within 2 hours of arrival at the station."
    assert '-0.10 "The sergeant" may point back (in a rule, read as generic)' in statement.reasons


def test_the_same_role_in_a_past_event_still_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, CUSTODY.format(verb="telephoned"), matcher)
    assert not [q for q in kept if q.prompt.startswith("The sergeant")]
    assert '-0.40 points back: "The sergeant" is named earlier in the text, not in the stem' in reasons(below, "The sergeant telephoned")


def test_he_or_she_stands_for_the_role_the_stem_names(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "A registered person who lives abroad must send a copy of the passport to the office where he or she is registered within 14 days.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    question = next(q for q in kept if q.rule == "count")
    assert question.prompt == "A registered person who lives abroad must send a copy of the passport to the office where he or she is registered within ____ days."
    assert not [r for r in question.reasons if "points back" in r]


def test_he_with_no_person_in_the_stem_still_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Registration officers check every form on the day it arrives.\n\n"
        "The form is returned if he has not signed it within 14 days.\n"
    )
    _, below = drafted(tmp_path, text, matcher)
    assert '-0.50 points back: "he" is not in the stem' in reasons(below, "The form is returned")


def led(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """The time-limit questions (``procedures.py``) of ``text``, chosen: kept and below."""
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(procedure_rules(analysis))


SEIZURE = (
    "Handling a seized phone\n\n"
    "{condition}the arresting officer must:\n\n"
    "- place the phone in a signal-blocking bag at once;\n"
    "- record the seizure in the exhibit book within 2 hours;\n"
    "- the supervisor checks the entry within 3 days.\n"
)


def test_a_list_lead_in_gives_a_bare_item_its_subject_and_duty(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = SEIZURE.format(condition="When a suspect's phone is seized during an arrest, ")
    kept, below = led(tmp_path, text, matcher)
    question = next(q for q in kept + below if "exhibit book" in q.prompt)
    assert question.prompt == "When a suspect's phone is seized during an arrest, the arresting officer must record the seizure in the exhibit book within ____."
    assert question.stem_rule == "sentence, lead-in carried from line 3"
    assert question in kept
    # the quote runs from the lead-in to the item, verbatim
    assert text[question.quote[0]:question.quote[1]].startswith("When a suspect's phone is seized")
    assert text[question.quote[0]:question.quote[1]].endswith("within 2 hours;")
    # an item with a subject of its own is asked as it is, without the lead
    own = next(q for q in kept + below if "supervisor" in q.prompt)
    assert own.prompt == "The supervisor checks the entry within ____." and own.carried is None


def test_a_condition_that_points_back_is_left_out_of_the_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = SEIZURE.format(condition="When this happens, ")
    kept, below = led(tmp_path, text, matcher)
    question = next(q for q in kept + below if "exhibit book" in q.prompt)
    assert question.prompt == "The arresting officer must record the seizure in the exhibit book within ____."


def test_a_lead_in_whose_subject_points_back_gives_no_question(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = SEIZURE.format(condition="").replace("the arresting officer must:", "They must:")
    kept, below = led(tmp_path, text, matcher)
    assert not [q for q in kept + below if "exhibit book" in q.prompt]
