# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13: a glossary written for a child ("Court: the place where a judge
decides ...") glosses everyday words in a child's terms; its entries are held with the
reason, while a glossary of the trade, or a child's guide's term of several words with an
impersonal gloss, is still asked. Each on a short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.choosing import choose
from curriculum.draft.easy_read import HOLD
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.themes import ThemeMatcher

CHILD_GUIDE = (
    "# Giving evidence: a guide for children and young people\n\n"
    "This booklet is for you if you have been asked to be a witness about a sexual offence.\n\n"
    "## Words you may hear\n\n"
    "- Magistrate: the person who listens to everyone and decides what happens in the case.\n"
    "- Witness: someone who tells the court about something they saw or heard.\n"
    "- Prosecutor: the lawyer who tells the court why they think the person did something wrong.\n"
    "- Video link: a camera and screen so that you can answer questions without going into the courtroom.\n"
    "- Special measures hearing: a short meeting before the trial where the court decides which kinds of help a witness will have.\n\n"
    "You can ask to visit the court before the day.\n")


def chosen(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """The glossary's and the sentences' candidates, chosen as ``curriculum draft`` does."""
    analysis = analysed(tmp_path, text, matcher)
    return choose(glossary_rules(analysis) + sentence_rules(analysis, matcher))


def held(q_reasons: list[str]) -> bool:
    return f"not worth asking: {HOLD}" in q_reasons


def test_a_child_guides_glossary_of_everyday_words_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, CHILD_GUIDE, matcher)
    entries = {q.prompt: q for q in kept + below if q.rule == "glossary"}
    everyday = [
        'Which term is defined as "the person who listens to everyone and decides what happens in the case"?',
        'Which term is defined as "someone who tells the court about something they saw or heard"?',
        'Which term is defined as "the lawyer who tells the court why they think the person did something wrong"?',
        'Which term is defined as "a camera and screen so that you can answer questions without going into the courtroom"?',
    ]
    for prompt in everyday:
        assert held(entries[prompt].reasons) and entries[prompt] not in kept
    trade = entries['Which term is defined as "a short meeting before the trial where the court decides which kinds of help a witness will have"?']
    assert not held(trade.reasons)


def test_an_easy_read_version_is_a_childs_guide_too(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = CHILD_GUIDE.replace("# Giving evidence: a guide for children and young people", "# Giving evidence (easy read)")
    kept, below = chosen(tmp_path, text, matcher)
    entry = next(q for q in kept + below if q.rule == "glossary" and "decides what happens" in q.prompt)
    assert held(entry.reasons)


def test_a_glossary_for_officers_on_child_witnesses_is_still_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Child witnesses at court: guidance for investigating officers\n\n"
        "You must tell the witness care unit within 24 hours when a child witness is identified.\n\n"
        "## Terms\n\n"
        "- Intermediary: a communication specialist registered with the Ministry of Justice who helps a vulnerable witness give evidence.\n"
        "- Remote link: a closed-circuit television system that lets a witness give evidence from a room outside the courtroom.\n"
        "- Screen: a curtain or panel that prevents the witness from seeing the defendant in the courtroom.\n"
        "- Ground rules hearing: a hearing before the trial at which the judge decides how the witness may be questioned.\n")
    kept, below = chosen(tmp_path, text, matcher)
    entries = [q for q in kept + below if q.rule == "glossary"]
    assert len(entries) == 4 and not any(held(q.reasons) for q in entries)


def test_a_leaflet_for_adults_that_offers_an_easy_read_copy_is_not_a_childs_guide(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = CHILD_GUIDE.replace("# Giving evidence: a guide for children and young people", "# Giving evidence: information for parents and carers").replace(
        "This booklet is for you if you have been asked to be a witness about a sexual offence.",
        "You can ask the officer for this booklet in easy read or in another language.")
    kept, below = chosen(tmp_path, text, matcher)
    entries = [q for q in kept + below if q.rule == "glossary"]
    assert len(entries) == 5 and not any(held(q.reasons) for q in entries)


def test_a_guide_that_says_its_reader_is_under_18_is_a_childs_guide(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = CHILD_GUIDE.replace("# Giving evidence: a guide for children and young people", "# Young witness guide: giving evidence").replace(
        "This booklet is for you if you have been asked to be a witness about a sexual offence.",
        "Read this booklet if you are under 18 and have been asked to be a witness.")
    kept, below = chosen(tmp_path, text, matcher)
    entry = next(q for q in kept + below if q.rule == "glossary" and "decides what happens" in q.prompt)
    assert held(entry.reasons)
