# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13: asides of a report are not asked. The unit that took part in one
dated operation ("At 05:45 on 9 May 2026, officers from the ____ (RCAT) ...") and a note
on where a letter's figures came from ("Figures ... were supplied by the ____ (CPIA) on
...") are held with the reason; a standing fact about a unit and what figures show are
still asked. Each on a short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.asides import DATA_NOTE, ONE_EVENT
from curriculum.draft.themes import ThemeMatcher


def held(reason: str) -> str:
    return f"not worth asking: {reason}"


def test_a_unit_named_in_one_dated_operation_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Two men charged after child abuse image investigation\n\n"
            "At 05:45 on 9 May 2026, detectives from the Regional Child Abuse Team (RCAT) arrested two men at a house in Oldmere. "
            "On 11 May 2026, officers from the Digital Forensics Unit (DFU) examined the seized phones.\n")
    kept, below = chosen(tmp_path, text, matcher)
    acronyms = [q for q in kept + below if q.rule == "acronym"]
    assert sorted(q.prompt for q in acronyms) == [
        "At 05:45 on 9 May 2026, detectives from the ____ (RCAT) arrested two men at a house in Oldmere.",
        "On 11 May 2026, officers from the ____ (DFU) examined the seized phones.",
    ]
    assert all(q not in kept and held(ONE_EVENT) in q.reasons for q in acronyms)


def test_a_units_standing_duty_and_a_databases_acronym_are_still_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Child abuse image investigations\n\n"
            "The Regional Child Abuse Team (RCAT) reviews every referral about an indecent image of a child within 24 hours. "
            "On 2 June 2025, the unit uploaded the series to the International Child Sexual Exploitation (ICSE) database.\n")
    kept, below = chosen(tmp_path, text, matcher)
    acronyms = [q for q in kept + below if q.rule == "acronym"]
    assert acronyms and all(held(ONE_EVENT) not in q.reasons for q in acronyms)


def test_a_note_on_who_supplied_the_figures_is_held_but_their_finding_is_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Letter to the committee on child protection\n\n"
            "Figures from the national register show that officers safeguarded 412 children after online grooming reports in 2025. "
            "Figures are for financial years and were supplied by the Child Protection Intelligence Agency (CPIA) on 3 March 2026.\n")
    kept, below = chosen(tmp_path, text, matcher)
    note = [q for q in kept + below if "were supplied" in q.prompt]
    assert "Figures are for financial years and were supplied by the ____ (CPIA) on 3 March 2026." in [q.prompt for q in note]
    assert all(q not in kept and held(DATA_NOTE) in q.reasons for q in note)
    shown = [q for q in kept + below if "show that" in q.prompt]
    assert shown and all(held(DATA_NOTE) not in q.reasons for q in shown)
