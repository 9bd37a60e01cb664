# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 21: stems that need their referent or their instrument. A connective
inside the main clause ("instead", "also", ", however,") points back at the sentence before
and is struck, where the claim stands without it (``tighten.unlinked_within``); so is a
lead-in clause before a colon whose subject points back ("Many originate from ...:",
``linking.pointing_lead_end``). A treaty's own text names the treaty in front of its rules
and definitions, not the page's publisher (``jurisdiction.document_treaty``). A law's
short name ("the Act") of a text that names two Acts is held, not only costed: no theme
takes it for want of another question (``citations.judge``). Short texts of our own."""

from __future__ import annotations

import re
from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.stemcheck import HELD
from curriculum.draft.themes import ThemeMatcher

_LINKED = (
    "# Response to the review of missing child referrals\n\n"
    "The review proposed that every referral be graded within 12 hours. The proposal was rejected.\n\n"
    "The national standard instead requires every referral of a missing child to be graded within 24 hours of receipt.\n\n"
    "Officers must also search the home of every missing child within 4 hours of the report.\n\n"
    "The guidance, however, requires a return interview within 72 hours of the child's return.\n\n"
    "A child's photograph may be shared whether or not it is also published by the family within 48 hours.\n")


def test_a_connective_inside_the_main_clause_is_struck(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _LINKED, matcher)
    shown = prompts(kept + below)
    assert "The national standard requires every referral of a missing child to be graded within ____ hours of receipt." in shown, shown
    assert "Officers must search the home of every missing child within ____ hours of the report." in shown, shown
    assert "The guidance requires a return interview within ____ hours of the child's return." in shown, shown
    assert not any(re.search(r"\b(?:instead|however)\b|must also", p) for p in shown), shown


def test_a_connective_of_a_clause_of_its_own_stays(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _LINKED, matcher)
    shown = prompts(kept + below)
    assert any("whether or not it is also published" in p for p in shown), shown


_LEAD_IN = (
    "# Annual report of the commissioner\n\n"
    "The hub received 412 referrals about online abuse in 2025.\n\n"
    "Many come from online platforms: platforms based in Ostmark are required by law to report child sexual abuse material to the Ostmark Centre for Missing Children (OCMC).\n\n"
    "Some argue: the period should be 30 days.\n")


def test_a_lead_in_that_points_back_is_struck_before_its_colon(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _LEAD_IN, matcher)
    shown = prompts(kept + below)
    assert "Platforms based in Ostmark are required by law to report child sexual abuse material to the ____ (OCMC)." in shown, shown
    assert not any(p.startswith("Many come") for p in shown), shown


_TREATY = (
    "---\ntitle: Optional Protocol to the Varden Convention on Police Cooperation concerning the Protection of Children\n"
    "publisher: Secretariat of the Varden Union\n---\n\n"
    "# Optional Protocol to the Varden Convention on Police Cooperation concerning the Protection of Children\n\n"
    "## Article 2 - Definitions\n\n"
    "For the purposes of this Protocol:\n\n"
    "\"child\" means any person below the age of 18 years.\n\n"
    "## Article 7 - Preservation\n\n"
    "A Party may extend a preservation order once for a further period of 90 days.\n\n"
    "The identity of a child victim shall not be made public within 30 days of a report.\n")


def test_a_treatys_own_rules_are_the_treatys_not_its_publishers(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TREATY, matcher)
    shown = prompts(kept + below)
    lead = "Under the Optional Protocol to the Varden Convention on Police Cooperation, "
    assert lead + '"child" means any person below the age of ____ years.' in shown, shown
    assert lead + "a Party may extend a preservation order once for a further period of ____ days." in shown, shown
    assert not any("Secretariat" in p for p in shown), shown


_TWO_ACTS = (
    "# Application for a production order\n\n"
    "A production order is made under section 14 of the Electronic Evidence Act 2021.\n\n"
    "The offence under investigation is one under section 6 of the Protection of Children Act 2015.\n\n"
    "The default period for compliance in the Act is 7 days; a shorter period must be justified.\n")


def test_a_bare_short_name_of_a_law_is_held_when_the_text_names_two_of_its_kind(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TWO_ACTS, matcher)
    period = [q for q in kept + below if "in the Act is" in q.prompt]
    assert period and not any(q in kept for q in period), prompts(kept)
    assert all(q.score <= HELD for q in period), [(q.score, q.reasons) for q in period]
    assert any('2 names for "Act"' in r for q in period for r in q.reasons), [q.reasons for q in period]


def test_a_short_name_the_text_defines_is_not_held_as_ambiguous(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _TWO_ACTS.replace("Electronic Evidence Act 2021.", 'Electronic Evidence Act 2021 ("the Act").')
    kept, below = chosen(tmp_path, text, matcher)
    period = [q for q in kept + below if "default period for compliance" in q.prompt]
    assert period and not any('names for "Act"' in r for q in period for r in q.reasons), [
        (q.prompt, q.reasons) for q in period]
