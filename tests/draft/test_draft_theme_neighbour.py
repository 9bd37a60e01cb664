# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a sentence with no theme words of its own takes help from the sentence just
before it in the same paragraph, on the same matter (blind review 10, R8). Each on a short
text of our own, with the exact theme or reason."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.placement import place
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig


def _matcher() -> ThemeMatcher:
    themes = [
        {"id": "internet-facilitated-crimes", "title": "Internet-facilitated crimes against children",
         "description": "Online solicitation and extortion, and the evidential response.",
         "keywords": ["online", "preservation", "provider"]},
        {"id": "serious-violent-crimes", "title": "Serious and violent crimes against children",
         "description": "Missing and abducted children.", "keywords": ["missing", "abduction"]},
    ]
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)


def _placed(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str]]:
    matcher = _matcher()
    analysis = analysed(tmp_path, text, matcher)
    questions: list[DraftQuestion] = sentence_rules(analysis, matcher)
    return {q.prompt: place(q, matcher) for q in questions}


_NOTE = (
    "Notes from the night shift\n\n"
    "The duty sergeant took the call at midnight. The family were seen at home within the hour.\n\n"
    "The host has confirmed that the account data is kept under a preservation request for 60 days. "
    "An extension of a further 45 days can be asked for once.\n\n"
    "{last}\n"
)


def test_a_sentence_that_goes_on_from_its_neighbour_takes_its_theme(tmp_path: Path) -> None:
    """The extension has no theme word of its own; the sentence before it in the same
    paragraph is on a preservation request: it is placed with it."""
    placed = _placed(tmp_path, _NOTE.format(last="The team met 12 times in the year."))
    stem = "An extension of a further ____ days can be asked for once."
    # the stem carries the sentence before it, which says what the extension is added to
    # (``stemcheck._increment``)
    found = [theme for prompt, (theme, _) in placed.items() if prompt.endswith(stem)]
    assert found == ["internet-facilitated-crimes"], placed


def test_a_neighbour_in_another_paragraph_lends_nothing(tmp_path: Path) -> None:
    """The meetings stand in a paragraph of their own: nothing before them on the same
    line or paragraph, so they are judged by their own words and fit no theme."""
    placed = _placed(tmp_path, _NOTE.format(last="The team met 12 times in the year."))
    theme, account = placed["The team met ____ times in the year."]
    assert theme is None
    assert account.startswith("the sentence itself says little of internet-facilitated-crimes (0.00)")


def test_a_sentence_with_theme_words_of_its_own_is_judged_by_them(tmp_path: Path) -> None:
    """"missing" is a word of the sentence's own: its neighbour's preservation does not
    help a theme it does not name, and the rule goes by its own words."""
    text = (
        "Notes\n\n"
        "The host has confirmed that the account data is kept under a preservation request for 60 days. "
        "A missing child is reported to the duty inspector within 2 hours.\n"
    )
    placed = _placed(tmp_path, text)
    theme, account = placed["A missing child is reported to the duty inspector within ____ hours."]
    assert theme != "internet-facilitated-crimes", account


def test_a_penalty_goes_on_from_the_offence_just_before_it(tmp_path: Path) -> None:
    """The penalty names no offence and shares no noun with the sentence before it, but a
    penalty after an offence is that offence's: it takes the offence's theme (a penalty for
    failing to report an abduction is serious crime's)."""
    last = ("It is an offence to fail to report an abduction to the police. "
            "The maximum penalty on conviction is 4 years' imprisonment.")
    placed = _placed(tmp_path, _NOTE.format(last=last))
    theme, account = placed["The maximum penalty on conviction is ____ years' imprisonment."]
    assert (theme, account) == ("serious-violent-crimes", "serious-violent-crimes 1.55, internet-facilitated-crimes 0.75")


_ITEM = (
    "Notes from the night shift\n\n"
    "The duty sergeant took the call at midnight. The family were seen at home within the hour.\n\n"
    "- The host keeps account data under a preservation request for 60 days. "
    "Its renewal form was changed in 2024 by the records team. "
    "It can be renewed once for up to 45 days.\n"
)


def test_a_run_of_sentences_going_on_from_each_other_shares_its_first_ones_theme(
    tmp_path: Path,
) -> None:
    """The renewal names no theme, nor does the sentence just before it ("Its renewal form
    ..."); but each goes on from the one before ("Its", "It"), and the first of the run is on
    a preservation request: the third is placed with it (blind review 45, a1: "It is not
    designed for women ..." two sentences after the one saying what the tool is)."""
    placed = _placed(tmp_path, _ITEM)
    found = [theme for prompt, (theme, _) in placed.items() if "up to ____ days" in prompt]
    assert found and set(found) == {"internet-facilitated-crimes"}, placed
