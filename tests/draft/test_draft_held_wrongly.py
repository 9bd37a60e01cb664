# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, sentences held back for the wrong reason: a "points back" flag whose referent
the stem itself introduced, and one question form's fatal reason dropping another form of
the same sentence. Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher, name: str = "text.txt") -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def one(questions: list[DraftQuestion], rule: str, start: str) -> DraftQuestion:
    found = [q for q in questions if q.rule == rule and q.prompt.startswith(start)]
    assert len(found) == 1, [(q.rule, q.prompt) for q in questions]
    return found[0]


def test_the_noun_the_stem_itself_brought_in_does_not_point_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Officers must pass any report suggesting that a child is in immediate danger to the "
        "police force of the area where the child lives within 1 hour.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    question = one(kept, "true-statement", "Officers must pass any report")
    assert not [r for r in question.reasons if "points back" in r]
    assert question.score == 0.95


def test_the_noun_of_an_earlier_sentence_still_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "A boy of nine was found alone at the ferry terminal on Friday evening.\n\n"
        "The duty sergeant confirmed that the child had been examined by a doctor within 3 hours.\n"
    )
    _, below = drafted(tmp_path, text, matcher)
    question = one(below, "count", "The duty sergeant confirmed")
    assert any(r.startswith("-0.") and 'points back: "the child"' in r for r in question.reasons), question.reasons


def test_a_blank_inside_a_name_drops_the_blank_but_not_the_true_false(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Officers must check the K-9/5 register before any visit to a registered sex offender.\n"
    kept, below = drafted(tmp_path, text, matcher)
    blank = one(below, "count", "Officers must check the K-9/____ register")
    assert "fatal: the answer is not a whole word" in blank.reasons
    statement = one(kept, "true-statement", "Officers must check the K-9/5 register")
    assert not [r for r in statement.reasons if r.startswith("fatal")]
    assert statement.score == 0.8
