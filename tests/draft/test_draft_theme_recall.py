# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, review 9 (R1-R3, V1): sound facts that fit a theme but reached none. Court
work with child witnesses is the serious-violent theme's ("child victims and witnesses in
proceedings"); one common noun a description holds does not send a sentence elsewhere; a
near tie is decided by the section or document; a sentence's question that reaches a
module is chosen over its sibling that fits no theme; a court order's name in a heading
places nothing. Each on a short text of our own, with the exact theme or reason."""

from __future__ import annotations

from pathlib import Path

import yaml

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose, one_per_sentence
from curriculum.draft.placement import heading_scores, place
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher, text_words
from curriculum.models import CurriculumConfig


def _repository() -> ThemeMatcher:
    config = yaml.safe_load((Path(__file__).parents[2] / "curriculum.yaml").read_text("utf-8"))
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": config["themes"]}).themes)


def _themes(*themes: dict[str, object]) -> ThemeMatcher:
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": list(themes)}).themes)


def _placed(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    (tmp_path / "notes.md").write_text(text, "utf-8")
    analysis = analyse(read_source(tmp_path / "notes.md", tmp_path), "t", matcher)
    return {q.prompt: place(q, matcher) for q in sentence_rules(analysis, matcher)}


def test_a_rule_for_child_witnesses_at_court_is_the_serious_violent_themes(tmp_path: Path) -> None:
    """The repository's themes: "witness" and "special measures" are the vocabulary of
    child victims and witnesses in proceedings, so a guide on young witnesses at court
    places its rules there by its title (before, nothing reached 1.0 and every rule fit
    no theme)."""
    text = (
        "# Young witnesses at the magistrates court\n\n"
        "A child witness may give evidence from a separate room by video link. "
        "The clerk must send the hearing date to the family within 3 working days.\n"
    )
    placed = _placed(tmp_path, text, _repository())
    assert placed["The clerk must send the hearing date to the family within ____ working days."] == (
        "serious-violent-crimes", "its own words name no theme clearly; the document's title names serious-violent-crimes"
    )
    named = _repository().assign(text_words("Every witness under 18 may ask for special measures."))
    assert [(m.theme, m.score) for m in named] == [("serious-violent-crimes", 2.5)]


def test_one_description_noun_shared_with_another_theme_is_no_topic(tmp_path: Path) -> None:
    """"breach" is a word of offender management's description (an offender's breach of
    an order), but a data breach in a victim identification unit's notes is not about
    that: one shared noun, even as the subject, does not send the rule away from its
    title's theme. Two shared nouns ("Breach of the order", ``test_draft_theme_topic``)
    still do."""
    text = (
        "# Image review in the victim identification unit\n\n"
        "Analysts identify the children shown in new images every day.\n\n"
        "Any data breach is reported to the unit head within 12 hours.\n"
    )
    placed = _placed(tmp_path, text, _repository())
    assert placed["Any data breach is reported to the unit head within ____ hours."] == (
        "child-victim-identification",
        "its own words name no theme clearly; the document's title names child-victim-identification",
    )


_TIED = (
    {"id": "search", "title": "Search and rescue", "keywords": ["search team"]},
    {"id": "orders", "title": "Community orders", "keywords": ["licence condition"]},
)
_SENTENCE = "The search team checks every licence condition within 24 hours.\n"
_STEM = "The search team checks every licence condition within ____ hours."


def test_a_near_tie_is_decided_by_the_section_heading(tmp_path: Path) -> None:
    """The sentence names both themes by a keyword phrase each, and the document's share
    is even: its section, on licence conditions, says which module teaches it."""
    text = ("# Notes for officers\n\n## Vans\n\nThe search team has three vans.\n\n"
            "## Licence condition checks\n\n" + _SENTENCE)
    assert _placed(tmp_path, text, _themes(*_TIED))[_STEM] == (
        "orders",
        "search 2.25, orders 2.25; of the themes within 0.5, the document's section heading names orders",
    )


def test_a_near_tie_with_no_context_fits_no_theme(tmp_path: Path) -> None:
    """The same sentence alone under a heading that names neither theme: no theme leads."""
    text = "# Notes for officers\n\n## Recall\n\n" + _SENTENCE
    assert _placed(tmp_path, text, _themes(*_TIED))[_STEM] == (
        None, "no theme leads by 0.5 (search 2.25, orders 2.25)"
    )


def test_the_question_of_a_sentence_that_reaches_a_module_is_chosen(tmp_path: Path) -> None:
    """Of two questions on one sentence, the one that goes to a theme is kept even when
    the other scores as high and ranks first: holding it back for a sibling that fits no
    theme kept the fact out of every module (review 9a, R2). Here the true statement
    stands for a question its section places and the blank for one that fits no theme."""
    text = "Referral handling\n\nThe duty officer must review every new referral within 24 hours.\n"
    (tmp_path / "notes.txt").write_text(text, "utf-8")
    matcher = _repository()
    analysis = analyse(read_source(tmp_path / "notes.txt", tmp_path), "t", matcher)
    questions = sentence_rules(analysis, matcher)
    kept, _ = choose(questions)
    assert [q.rule for q in kept] == ["count"]  # the blank ranks first by itself
    kept = one_per_sentence(kept + [q for q in questions if q.rule == "true-statement"],
                            lambda q: q.rule == "true-statement")
    assert [q.rule for q in kept] == ["true-statement"]
    held = next(q for q in questions if q.rule == "count")
    assert held.reasons[-1] == (
        f"held back: {kept[0].qid} asks about the same sentence and goes to a theme, which this one does not"
    )


def test_a_court_orders_name_in_a_heading_places_nothing() -> None:
    """"Sexual Harm Prevention Order" names an order, as an Act's name names a law: its
    "prevention" is not the internet theme's keyword, so a judge's sentences under that
    heading are not placed in internet-facilitated crimes. A heading on prevention itself
    still is."""
    matcher = _repository()
    assert heading_scores("Sexual Harm Prevention Order", matcher) == {}
    assert heading_scores("Sexual Harm Prevention Orders for online grooming", matcher) == {
        "internet-facilitated-crimes": 2.0
    }
    assert heading_scores("Prevention of harm to children", matcher) == {"internet-facilitated-crimes": 1.0}



def test_initials_say_what_kind_of_thing_they_name(tmp_path: Path) -> None:
    """"an SHPO" is an order (the document spells it out as "Sexual Harm Prevention Order"),
    so its breach is two of offender management's description words, not the one word
    "breach": the notes' online title does not place it (nor a data breach, above, the
    other way)."""
    text = (
        "# Online grooming: notes on recent appeals\n\n"
        "Online grooming cases rose in 2024. A court may make a Sexual Harm Prevention Order (SHPO) on conviction.\n\n"
        "Breach of an SHPO carries a maximum penalty of 5 years' imprisonment.\n"
    )
    placed = _placed(tmp_path, text, _repository())
    assert placed["Breach of a Sexual Harm Prevention Order (SHPO) carries a maximum penalty of ____ years' imprisonment."] == (
        None,
        "its own words point to sex-offender-management (1.20), the document to internet-facilitated-crimes "
        "(internet-facilitated-crimes 1.50, sex-offender-management 0.80)",
    )


def test_a_statute_name_with_a_bracketed_word_is_one_name() -> None:
    """"Witnesses" inside "the Victims and Witnesses (Amendment) Act 2019" names the Act,
    not the sentence's topic (review 9b, V2): the bracketed word does not break the name.
    Initials in brackets still end it, so the ICSE database is still named (since session 27
    its full name is a keyword of the theme too, a recognised source it names: 2.0 + 2.5)."""
    matcher = _repository()
    assert matcher.assign(text_words(
        "The age limit was raised from 16 to 17 by the Victims and Witnesses (Amendment) Act 2019.")) == []
    named = matcher.assign(text_words(
        "Analysts query the International Child Sexual Exploitation (ICSE) database daily."))
    assert [(m.theme, m.score) for m in named] == [("child-victim-identification", 4.5)]
    named = matcher.assign(text_words("A child witness may be questioned by video link."))
    assert [m.theme for m in named] == ["serious-violent-crimes"]


def test_a_notice_named_in_full_is_not_offender_managements_notices(tmp_path: Path) -> None:
    """"a Yellow Notice" is a name: its "Notice" is not read as the "INTERPOL Notices" of
    offender management's description, so a figure on Yellow Notices under a heading on
    missing children keeps that heading's theme; since round 19 "Yellow Notice" is a
    keyword of that theme, so the sentence's own words name it. Since round 20 the clause
    after the semicolon is asked alone: its bare "Yellow Notices" names itself and does not
    lean on the clause before."""
    text = (
        "# Search protocol\n\n## Missing children abroad\n\n"
        "A Yellow Notice may be sought to help find the child; INTERPOL published 1,830 Yellow Notices in 2022.\n"
    )
    placed = _placed(tmp_path, text, _repository())
    assert placed["INTERPOL published ____ Yellow Notices in 2022."] == (
        "serious-violent-crimes", "serious-violent-crimes 3.75"
    )


def test_a_sibling_held_for_a_question_that_fits_no_theme_says_so(tmp_path: Path) -> None:
    """Of two questions on one sentence that both fit no theme, the better is kept for the
    audit's questions that fit no theme, and the other's reason says that neither reached
    a module (blind review 13b, D: the true/false was held "because the count ranks
    higher", and the count fit no theme)."""
    text = "Referral handling\n\nThe duty officer must review every new referral within 24 hours.\n"
    (tmp_path / "notes.txt").write_text(text, "utf-8")
    matcher = _repository()
    analysis = analyse(read_source(tmp_path / "notes.txt", tmp_path), "t", matcher)
    questions = sentence_rules(analysis, matcher)
    kept = one_per_sentence(questions, lambda q: False)
    assert [q.rule for q in kept] == ["count"]
    held = next(q for q in questions if q.rule == "true-statement")
    assert held.reasons[-1] == (
        f"held back: {kept[0].qid} asks about the same sentence and ranks higher; neither goes to a theme ({kept[0].qid} is with the questions that fit none)"
    )
