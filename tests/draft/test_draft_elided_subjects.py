# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 24 (structure): a subject cut down to the last noun of a name that the
heading or the sentence before gives in full ("Sets older than 30 days ..." after "the
reference hash sets"; blind review 23, a6) does not say which ones, and is held; the full
name in the stem, a noun for people, or a compound the section never names leaves the
subject alone. Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

REASON = ('-0.40 points back: "{word}" is the last word of a name the heading or the '
          "sentence before gives in full (which {lower}?)")


def asked(questions: list[DraftQuestion], words: str) -> list[DraftQuestion]:
    """Every candidate whose prompt holds ``words`` (at least one)."""
    found = [q for q in questions if words in q.prompt]
    assert found, [q.prompt for q in questions]
    return found


def test_a_subject_cut_from_the_sentence_before_s_compound_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Checking seized devices for child sexual abuse material\n\n"
        "Before a search, check that the victim identification lists are up to date. "
        "Lists older than 14 days must be refreshed from the national victim identification database.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert not [q for q in kept if q.prompt.startswith("Lists")]
    for question in asked(below, "Lists older than"):
        assert REASON.format(word="Lists", lower="lists") in question.reasons


def test_a_subject_cut_from_the_heading_s_compound_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Victim identification\n\n"
        "Specialists compare new material with known material.\n\n"
        "## Storing image hash sets\n\n"
        "Sets of victim identification material must be kept on the national server for 10 years.\n\n"
        "Large sets must be reviewed by a victim identification specialist every 6 months.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert not [q for q in kept if q.prompt.startswith("Large sets")]
    for question in asked(below, "Large sets must be reviewed"):
        assert REASON.format(word="sets", lower="sets") in question.reasons
    for question in asked(kept + below, "Sets of victim identification material"):
        assert not any("last word of a name" in r for r in question.reasons)  # "of" says which


def test_a_subject_a_phrase_restricts_is_another_set_and_stands(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Requests from law enforcement about child sexual abuse\n\n"
        "Emergency disclosure requests were answered within a median of 41 minutes. "
        "Requests from outside the country must come through mutual legal assistance within 30 days.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    for question in asked(kept + below, "Requests from outside the country"):
        assert not any("last word of a name" in r for r in question.reasons), question.reasons


def test_a_subject_that_names_the_whole_compound_or_people_stands(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Victim identification hash sets\n\n"
        "The victim identification hash sets are shared with partner forces. "
        "Hash sets older than 14 days must be refreshed from the national victim identification database.\n\n"
        "## Registered sex offenders\n\n"
        "Registered sex offenders are managed under the multi-agency arrangements. "
        "Offenders must notify the police of a new address within 3 days.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    for words in ("Hash sets older than", "Offenders must notify"):
        for question in asked(kept + below, words):
            assert not any("last word of a name" in r for r in question.reasons), question.reasons
