# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, themes by what a sentence is about: a one-word theme term inside a condition,
a relative clause or a participle's restriction, or one of coordinated adjectives, grades
or narrows the sentence's topic and counts half; the main clause says what the sentence
is about. Each on a short text of our own, with the exact theme or reason."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.placement import place
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.themes import ThemeMatcher, text_words


def _placed(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    """Every sentence-rule question's prompt -> (theme, account)."""
    analysis = analysed(tmp_path, text, matcher)
    questions: list[DraftQuestion] = sentence_rules(analysis, matcher)
    return {q.prompt: place(q, matcher) for q in questions}


def test_a_degree_adjective_in_a_condition_does_not_place_a_providers_rule(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"serious" grades the risk that opens the rule; the rule is about a provider's answer
    to a request, which no theme of the test curriculum names: it fits no theme."""
    text = (
        "Asking a provider for account records\n\n"
        "An investigator may send a preservation request to the provider through its portal at any time. "
        "Where a child faces a risk of death or serious injury, the provider must answer an urgent request within 1 hour.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "Where a child faces a risk of death or serious injury, the provider must answer an urgent request within ____ hour."
    assert placed[stem] == (None, "no theme reaches 1.0 (serious-violent-crimes 0.50)")


def test_a_word_in_a_restriction_does_not_place_the_order_it_restricts(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"restricting internet use" says what the order forbids; the sentence is about the
    order, and the next sentence (its breach) is no longer pulled along by the document's
    share of that one word."""
    text = (
        "Case notes for trainers\n\n"
        "The judge imposed a court order on the man for 10 years, restricting internet use and contact with children. "
        "Breach of the order carries a maximum penalty of 5 years' imprisonment.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    imposed = "The judge imposed a court order on the man for ____ years, restricting internet use and contact with children."
    assert placed[imposed] == (None, "no theme reaches 1.0 (internet-facilitated-crimes 0.50)")
    breach = "Breach of the order carries a maximum penalty of ____ years' imprisonment."
    assert placed[breach] == (None, "no theme reaches 1.0 (no theme words)")


def test_a_sentence_whose_theme_word_sits_in_a_restriction_takes_its_documents_theme(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "Managing registered sex offenders: a desk guide\n\n"
        "The court may impose an order for 10 years, restricting internet use and contact with children.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "The court may impose an order for ____ years, restricting internet use and contact with children."
    assert placed[stem][0] == "sex-offender-management"


def test_a_phrase_in_a_condition_still_names_its_theme(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Only a one-word term is discounted: "a registered sex offender" names its topic
    wherever it stands, while the word "online" in the main clause's restriction counts half."""
    text = (
        "Desk notes\n\n"
        "If a registered sex offender travels abroad, the officer must tell the receiving country within 3 days, using the online form.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "If a registered sex offender travels abroad, the officer must tell the receiving country within ____ days, using the online form."
    assert placed[stem][0] == "sex-offender-management"


def test_the_main_clause_weighs_a_one_word_term_in_full(matcher: ThemeMatcher) -> None:
    main = matcher.scores(text_words("Officers found the missing child after two days."))
    aside = matcher.scores(text_words("Officers found the boy, who had been missing for two days."))
    assert [(m.theme, m.score) for m in main] == [("serious-violent-crimes", 1.0)]
    assert [(m.theme, m.score) for m in aside] == [("serious-violent-crimes", 0.5)]
