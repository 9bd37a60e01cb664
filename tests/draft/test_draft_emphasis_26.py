# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 26 ("structure"): emphasis in capitals inside a sentence is shown in the case
a trainer would print; acronyms and names in capitals stay. Short texts of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.emphasis import shown_case
from curriculum.draft.themes import ThemeMatcher

_SHOUTED = """# Screening online offenders

The screening tool is scored for ADULT MALES convicted of image offences and must NOT be used for anyone under 18 at the date of sentence.

Offenders scored as high risk are seen by a senior officer every 3 months.
"""


def test_emphasis_in_capitals_is_shown_in_lower_case(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A writer's stress in capitals is typography: the stem prints it as words."""
    kept, below = chosen(tmp_path, _SHOUTED, matcher)
    texts = prompts(kept + below)
    shouted = [p for p in texts if "screening tool" in p]
    assert shouted, texts
    assert all("for adult males" in p and "must not be used" in p for p in shouted), shouted


def test_names_and_acronyms_in_capitals_stay() -> None:
    """An acronym written again and again, one the text spells out, a label with its number,
    a name with its hyphen or the capitalised word after it, a lone two-letter word."""
    text = ("The SAFE team (SAFE) is safe. INTERPOL runs the database; INTERPOL shares it. "
            "The nominal is held. The report was read. A kestrel flew. It is not us.")
    for prompt in ("The SAFE team checks the INTERPOL database every ____ days.",
                   "NOMINAL 1 was arrested under the REPORT Act in 2024.",
                   "KESTREL-8 is scored for men NOT women.",
                   "Reports from the US are read in ____ days."):
        assert shown_case(prompt, text) == prompt.replace("NOT", "not"), prompt


def test_a_stem_set_in_capitals_is_left_as_it_stands() -> None:
    """Most words in capitals: a message or a heading's setting, judged elsewhere."""
    text = "the subject is not known and the vehicle is not found"
    prompt = "SUBJECT NOT KNOWN TO POLICE, vehicle not found."
    assert shown_case(prompt, text) == prompt


def test_emphasis_opening_a_stem_keeps_its_first_capital() -> None:
    assert shown_case("NEVER delete the original within ____ days.", "never") == \
        "Never delete the original within ____ days."


def test_the_questions_own_capitals_stay() -> None:
    """A run the prompt holds more often than its sentence is the question's wording."""
    prompt = "The crews trained in three drills. Which of the following was NOT one of them?"
    assert shown_case(prompt, "it is not", source="The crews trained in three drills.") == prompt
