"""Questions laid out for pen and paper, and their answers, as two separate views.

A :class:`PrintedQuestion` holds only what a learner may see: options in the
author's order (shuffling is for platforms), and ordering items and matching
answers in a neutral order taken from a hash, never the correct one. The
:class:`Answer` for the same question refers to the letters printed on the
sheet, so the answer key matches the quiz sheet exactly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from markupsafe import Markup

from curriculum.models import (
    BLANK_PATTERN,
    FillBlank,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    Quiz,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from curriculum.pdf.catalogue import SOURCE, Strings
from curriculum.pdf.views import CitationView, References
from curriculum.rendering import markdown_inline

CHARS_PER_LINE = 60
"""Handwriting fits about 60 characters on a line of the quiz sheet's measure."""
MIN_LINES = 3


@dataclass(frozen=True)
class QuizView:
    """The quiz's settings as printed (its questions come separately, as printed views)."""

    title: str
    pass_mark: int
    minutes: int | None
    draw: int | None

    @classmethod
    def of(cls, quiz: Quiz) -> QuizView:
        """The printable settings of ``quiz``: never its questions or answers."""
        return cls(quiz.title, quiz.pass_mark, quiz.minutes, quiz.draw)


@dataclass(frozen=True)
class Choice:
    """A labelled line on the sheet: an option, a matching side, an item to order."""

    label: str
    text: str


@dataclass(frozen=True)
class PrintedQuestion:
    """A question as the quiz sheet prints it: no answers, no feedback."""

    number: int
    type: str
    prompt: Markup
    points: int
    instruction: str
    options: tuple[Choice, ...] = ()
    lefts: tuple[Choice, ...] = ()
    rights: tuple[Choice, ...] = ()
    items: tuple[Choice, ...] = ()
    unit: str | None = None
    lines: int = 0
    """Lines to write on (short answers): the author's ``answer_lines`` or from the model."""


@dataclass(frozen=True)
class OptionNote:
    """An option in the answer key: whether it is correct, and its feedback."""

    label: str
    text: str
    correct: bool
    feedback: str | None


@dataclass(frozen=True)
class Answer:
    """The answer key entry for one printed question."""

    question: PrintedQuestion
    answer: tuple[str, ...]
    options: tuple[OptionNote, ...]
    explanation: str | None
    feedback: str | None
    citation: CitationView | None
    grid: str
    """The answer in a few characters for the marking grid (``b, d``; ``True``; ``2 A``)."""


def neutral_order(key: str, texts: list[str]) -> list[int]:
    """A fixed order of ``texts`` that does not depend on authoring order and is never it.

    Sorting by a hash of the question key and each text gives the same order
    on every build; rotating by one when the hash happens to keep the correct
    order means the sheet never gives the answer away.
    """
    order = sorted(range(len(texts)),
                   key=lambda i: hashlib.sha256(f"{key}\0{texts[i]}".encode()).digest())
    if order == list(range(len(texts))):
        order = order[1:] + order[:1]
    return order


def answer_lines(question: ShortAnswer) -> int:
    """Lines for a written answer: the author's choice, else room for the model answer.

    A handwritten answer takes more room than the typed model answer, so the
    default is one line per 60 characters of the model, plus one, at least three.
    """
    if question.answer_lines:
        return question.answer_lines
    return max(MIN_LINES, len(question.model_answer) // CHARS_PER_LINE + 2)


def printed(question: Question, number: int, key: str, t: Strings | None = None
            ) -> PrintedQuestion:
    """The learner's view of ``question`` (``key`` seeds the neutral orders)."""
    t = t or SOURCE
    base = PrintedQuestion(number, question.type, _prompt(question, t), question.points,
                           t[f"instr_{question.type}"])
    if isinstance(question, SingleChoice | MultipleChoice):
        return _with(base, options=_lettered([o.text for o in question.options], t))
    if isinstance(question, ShortAnswer):
        return _with(base, lines=answer_lines(question))
    if isinstance(question, TrueFalse):
        return _with(base, options=(Choice("", t.true), Choice("", t.false)))
    if isinstance(question, Numeric):
        return _with(base, unit=question.unit)
    if isinstance(question, Matching):
        rights = [p.right for p in question.pairs]
        order = neutral_order(key, rights)
        lefts = tuple(Choice(str(i + 1), p.left) for i, p in enumerate(question.pairs))
        return _with(base, lefts=lefts, rights=_lettered([rights[i] for i in order], t, upper=True))
    if isinstance(question, Ordering):
        order = neutral_order(key, question.items)
        return _with(base, items=_lettered([question.items[i] for i in order], t, upper=True))
    return base


def answer(question: Question, sheet: PrintedQuestion, key: str, refs: References,
           t: Strings | None = None) -> Answer:
    """The answer key entry for ``question`` as printed on ``sheet``."""
    t = t or SOURCE
    options: tuple[OptionNote, ...] = ()
    if isinstance(question, SingleChoice | MultipleChoice):
        options = tuple(OptionNote(c.label, c.text, o.correct, o.feedback)
                        for c, o in zip(sheet.options, question.options, strict=True))
    citation = refs.cite(question.cite) if question.cite else None
    return Answer(sheet, _answer_lines(question, sheet, t), options, question.explanation,
                  question.feedback, citation, _grid(question, sheet, t))


def _grid(question: Question, sheet: PrintedQuestion, t: Strings) -> str:
    """The answer as a trainer ticks it off: letters, True/False, pairs, the value."""
    if isinstance(question, SingleChoice | MultipleChoice):
        return ", ".join(c.label for c, o in zip(sheet.options, question.options, strict=True)
                         if o.correct)
    if isinstance(question, Matching):
        letter = {c.text: c.label for c in sheet.rights}
        return "  ".join(f"{i}\u2013{letter[p.right]}" for i, p in enumerate(question.pairs, 1))
    if isinstance(question, Ordering):
        letter = {c.text: c.label for c in sheet.items}
        return " ".join(letter[item] for item in question.items)
    if isinstance(question, ShortAnswer):
        return t.grid_see_below
    return _answer_lines(question, sheet, t)[0]


def _answer_lines(question: Question, sheet: PrintedQuestion, t: Strings) -> tuple[str, ...]:
    if isinstance(question, SingleChoice | MultipleChoice):
        return tuple(f"{c.label}) {c.text}" for c, o in zip(sheet.options, question.options,
                                                           strict=True) if o.correct)
    if isinstance(question, TrueFalse):
        return (t.true if question.answer else t.false,)
    if isinstance(question, FillBlank):
        return (" / ".join(question.answers),)
    if isinstance(question, Numeric):
        return (_numeric(question, t),)
    if isinstance(question, Matching):
        letter = {c.text: c.label for c in sheet.rights}
        return tuple(f"{i + 1} \u2013 {letter[p.right]}{t.colon}{p.left} {t.arrow} {p.right}"
                     for i, p in enumerate(question.pairs))
    if isinstance(question, Ordering):
        letter = {c.text: c.label for c in sheet.items}
        return tuple(f"{n}. {letter[item]}{t.colon}{item}"
                     for n, item in enumerate(question.items, 1))
    assert isinstance(question, ShortAnswer)
    return (question.model_answer,)


def _numeric(question: Numeric, t: Strings) -> str:
    text = _number(question.answer)
    if question.unit:
        text += f" {question.unit}"
    if question.tolerance:
        text += f" ({t.fmt('accepted_within', tolerance=_number(question.tolerance))})"
    return text


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:g}"


def _prompt(question: Question, t: Strings) -> Markup:
    """The prompt as inline HTML; a fill-in blank becomes a line to write on."""
    quotes = t.quotes()
    if not isinstance(question, FillBlank):
        return markdown_inline(question.prompt, quotes=quotes, hashes=True)
    parts = [markdown_inline(part, quotes=quotes, hashes=True)
             for part in BLANK_PATTERN.split(question.prompt)]
    blank = Markup('<span class="blank">&#8203;</span>')
    return blank.join(parts)


def _lettered(texts: list[str], t: Strings, upper: bool = False) -> tuple[Choice, ...]:
    letters = t.letters(upper)
    return tuple(Choice(_label(letters, i), text) for i, text in enumerate(texts))


def _label(letters: str, index: int) -> str:
    """The ``index``-th label: one letter, then two (``aa``, ``ab``) past the alphabet."""
    size = len(letters)
    return letters[index] if index < size else letters[index // size - 1] + letters[
        index % size]


def _with(base: PrintedQuestion, **changes: object) -> PrintedQuestion:
    return replace(base, **changes)  # type: ignore[arg-type]
