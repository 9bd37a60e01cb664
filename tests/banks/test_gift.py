"""GIFT banks: read back by an independent parser (pygiftparser), escaping, what is left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pygiftparser import parser as gift_parser

from curriculum.banks.gift import escape


def _questions(path: Path) -> dict[str, object]:
    with path.open(encoding="utf-8") as handle:
        return {q.title: q for q in gift_parser.parseFile(handle)}


def test_every_question_parses_as_its_type(fixture_build: Path) -> None:
    questions = _questions(fixture_build / "gift" / "bank-specials.gift")
    kinds = {title: type(q.answers).__name__ for title, q in questions.items()}  # type: ignore[attr-defined]
    assert kinds == {
        "choice-specials": "SelectSet",
        "many-specials": "MultipleChoicesSet",
        "truth-specials": "TrueFalseSet",
        "blank-specials": "ShortSet",
        "number-specials": "NumericAnswerSet",
        "three-pairs": "MatchingSet",
        "essay-specials": "Essay",
    }
    assert all(q.valid for q in questions.values())  # type: ignore[attr-defined]


def _block(path: Path, title: str) -> str:
    text = path.read_text(encoding="utf-8")
    return next(b for b in text.split("\n\n") if b.startswith(f"::{title}::"))


def _split_unescaped(text: str, marks: str) -> list[str]:
    return [p for p in re.split(rf"(?<!\\)(?=[{re.escape(marks)}])", text) if p.strip()]


def test_special_characters_stay_inside_their_answer(fixture_build: Path) -> None:
    """Escaped `= ~ # { } :` never start an answer. pygiftparser 1.1 ends an answer block
    at an escaped `\\}`, against Moodle's rule, so this reads the block by Moodle's rule."""
    _, answers, _ = _moodle_split(_block(fixture_build / "gift" / "bank-specials.gift",
                                         "choice-specials"))
    options, general = answers.split(" ####")
    assert [o.strip() for o in _split_unescaped(options, "=~")] == [
        r"=a \= b#Yes\: \~ is fine", r"~\{c\} \#d", r"~e \~f \\g"
    ]
    assert general == r"<p>The \= sign and \{braces\} are literal here\: \~ \# \:</p>"


def test_fill_in_answer_sits_where_the_blank_was(fixture_build: Path) -> None:
    text = (fixture_build / "gift" / "bank-specials.gift").read_text(encoding="utf-8")
    assert "feedback is {=\\# =hash sign} in every answer." in text


def test_weights_and_tolerance(fixture_build: Path) -> None:
    questions = _questions(fixture_build / "gift" / "bank-specials.gift")
    many = questions["many-specials"].answers.answers  # type: ignore[attr-defined]
    assert [a.fraction for a in many] == [33.33333, 33.33333, 33.33333, -100.0]
    text = (fixture_build / "gift" / "bank-specials.gift").read_text(encoding="utf-8")
    assert "{#6.5:1.5}" in text


def test_what_gift_cannot_say_is_listed_not_written(fixture_build: Path) -> None:
    text = (fixture_build / "gift" / "bank-specials.gift").read_text(encoding="utf-8")
    assert "// left out: order-specials: GIFT has no ordering question" in text
    assert "// left out: two-pairs: GIFT matching needs at least three pairs" in text
    assert "BANK-MODEL-ANSWER-31" not in text  # GIFT essays carry no grader information
    assert "BANK-TRAINER-SECRET-77" not in text


def _moodle_split(question: str) -> tuple[str, str, str]:
    """Moodle's documented reading: escaped characters first stand for themselves, then
    the answer block runs from the first ``{`` to the last ``}`` (qformat_gift)."""
    hidden = re.sub(r"\\.", "\0\0", question)  # same length: indices still fit
    start, end = hidden.index("{"), hidden.rindex("}")
    assert hidden.count("{") == 1 and hidden.count("}") == 1, question
    return question[:start], question[start + 1:end], question[end + 1:]


@pytest.mark.parametrize("raw", ["a=b", "{x}", "~#:", "back\\slash", "line\nbreak", "} {"])
def test_escaped_text_never_opens_closes_or_splits_an_answer(raw: str) -> None:
    text = escape(raw)
    head, answers, _ = _moodle_split(f"::t::{text}{{={text}#{text} ~{text}}}")
    assert "\n" not in text
    assert head == f"::t::{text}"
    hidden = re.sub(r"\\.", "", answers)
    assert hidden.count("=") == 1 and hidden.count("~") == 1 and hidden.count("#") == 1
    assert re.sub(r"\\(.)", r"\1", text) == " ".join(raw.split())


def test_every_written_question_follows_moodle_syntax(fixture_build: Path) -> None:
    for path in sorted((fixture_build / "gift").glob("*.gift")):
        blocks = path.read_text(encoding="utf-8").split("\n\n")
        for block in blocks:
            if block.startswith("::"):
                assert "\n" not in block.strip()
                _moodle_split(block)


def test_repository_banks_parse(repository_build: Path) -> None:
    for path in sorted((repository_build / "gift").glob("*.gift")):
        questions = _questions(path)
        assert questions and all(q.valid for q in questions.values())  # type: ignore[attr-defined]
