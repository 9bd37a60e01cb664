# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, duties that seem to point back but do not: a role in a standing rule ("The
sergeant telephones ... within 2 hours", whichever sergeant does the work) and "he or
she" standing for a role the stem itself names ("An applicant ... where he or she is
registered"). Each on a short text of our own, with the exact outcome; the same words
as a past event, or a pronoun with nothing in the stem, still point back."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted, reasons

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
    text = "An applicant who lives abroad must send a copy of the passport to the office where he or she is registered within 14 days.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    question = next(q for q in kept if q.rule == "count")
    assert question.prompt == "An applicant who lives abroad must send a copy of the passport to the office where he or she is registered within ____ days."
    assert not [r for r in question.reasons if "points back" in r]


def test_he_with_no_person_in_the_stem_still_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Registration officers check every form on the day it arrives.\n\n"
        "The form is returned if he has not signed it within 14 days.\n"
    )
    _, below = drafted(tmp_path, text, matcher)
    assert '-0.50 points back: "he" is not in the stem' in reasons(below, "The form is returned")
