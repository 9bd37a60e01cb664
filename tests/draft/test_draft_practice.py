# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13: a procedure's present-tense practice with a time limit is its rule,
and a procedure whose title names no theme takes the theme its opening names.

"Laptops seized at a search are imaged within 72 hours" in a procedure that sets rules of
its own is the unit's standing practice, asked as a time limit; the same sentence in a
text that sets no rules, an active plural subject ("Pupils who skip class return ..."),
and a hedged or quantified passive stay findings. A desk card titled by its number whose
opening is about online grooming places its rules there; an opening whose theme word is
inside a name, or that names two themes, places nothing. Each on a short text of our own
words."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import analysed

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.placement import place
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

PROCEDURE = (
    "# Handling seized laptops\n\n"
    "Officers must label every laptop with the exhibit number.\n\n"
    "Officers must store each laptop in a sealed bag.\n\n"
    "The exhibits officer must sign the property register.\n\n"
    "{sentence}\n"
)


def test_a_present_passive_practice_in_a_procedure_asks_its_time_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = PROCEDURE.format(sentence="Laptops seized at a search are imaged within 72 hours of the seizure.")
    kept, _ = choose(procedure_rules(analysed(tmp_path, text, matcher)))
    [q] = [q for q in kept if q.rule == "time-limit"]
    assert q.prompt == "Laptops seized at a search are imaged within ____ of the seizure."
    assert q.options == [("24 hours", False), ("48 hours", False), ("72 hours", True), ("96 hours", False)]


def test_the_same_sentence_in_a_text_that_sets_no_rules_is_a_finding(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# A year of the laptop lab\n\nThe lab opened in a new building.\n\n"
            "Laptops seized at a search are imaged within 72 hours of the seizure.\n")
    assert procedure_rules(analysed(tmp_path, text, matcher)) == []


@pytest.mark.parametrize("sentence", [
    "Pupils who skip class return home within 24 hours.",             # active: what they do
    "Laptops seized at a search are usually imaged within 72 hours.",  # hedged
    "Most laptops seized at a search are imaged within 72 hours.",     # quantified
    "Laptops seized at a search were imaged within 72 hours.",         # past
])
def test_findings_in_a_procedure_stay_findings(sentence: str, tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = procedure_rules(analysed(tmp_path, PROCEDURE.format(sentence=sentence), matcher))
    assert [q.prompt for q in questions if q.rule == "time-limit"] == []


# -- the theme of a procedure whose title names none ------------------------------------------

SCRIPT = (
    "# Desk Card DC-7\n\n"
    "{opening}\n\n"
    "## Steps\n\n"
    "- Ask the caller for the pupil's name and school.\n"
    "- Ask whether the caller has kept the messages.\n"
    "- Tell the caller not to reply to the sender.\n\n"
    "Reports from the desk are reviewed within 2 hours by the duty sergeant.\n"
)


def _placed(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[str | None, str]:
    path = tmp_path / "card.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    [q] = [q for q in procedure_rules(analysis) if q.rule == "time-limit"]
    return place(q, matcher)


def test_a_procedures_opening_gives_its_rules_the_theme_its_title_does_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    opening = "This card is for staff who take a call about a pupil who is being groomed online."
    theme, account = _placed(tmp_path, SCRIPT.format(opening=opening), matcher)
    assert (theme, account) == ("internet-facilitated-crimes", "its own words name no theme clearly; the document's opening names internet-facilitated-crimes")


def test_an_opening_that_names_a_theme_only_inside_a_name_places_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    opening = "This card was written by the Online Safety Office of the Harlow Borough Council."
    theme, _ = _placed(tmp_path, SCRIPT.format(opening=opening), matcher)
    assert theme is None


def test_an_opening_that_names_two_themes_places_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    opening = "This card is for staff who take a call about a pupil who is missing or is being groomed online."
    theme, _ = _placed(tmp_path, SCRIPT.format(opening=opening), matcher)
    assert theme is None


def test_an_opening_that_names_a_theme_only_in_brackets_places_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the bracketed words are the title of a rule the card refers to, not what the card is for
    opening = "This card explains how the desk applies Rule 4 (Online grooming reports) of the force's call policy."
    theme, _ = _placed(tmp_path, SCRIPT.format(opening=opening), matcher)
    assert theme is None
    unbracketed = "This card explains how the desk handles reports of online grooming under the force's call policy."
    theme, _ = _placed(tmp_path, SCRIPT.format(opening=unbracketed), matcher)
    assert theme == "internet-facilitated-crimes"
