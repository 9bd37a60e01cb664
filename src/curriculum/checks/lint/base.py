"""What an item-writing rule is: a code, why it matters, how to fix it, and a check.

Every rule cites the guideline it applies (Haladyna, Downing & Rodriguez 2002,
"HDR" below; the item-writing-flaw rubric of Moore et al., "IWF"); see
``docs/item-writing.md``, which lists the same codes in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from curriculum.models import MultipleChoice, Option, Question, Quiz, SingleChoice
from curriculum.yamlio import KeyPath

Scope = Literal["question", "quiz"]


@dataclass(frozen=True)
class Hit:
    """One flaw found: where (relative to the question, or to the quiz) and what."""

    where: KeyPath
    what: str


QuestionCheck = Callable[[Question], Iterator[Hit]]
QuizCheck = Callable[[Quiz], Iterator[Hit]]


@dataclass(frozen=True)
class LintRule:
    """A stable code with its one-line reason and fix, and the function that checks it."""

    code: str
    scope: Scope
    check: QuestionCheck | QuizCheck
    why: str
    fix: str


@dataclass(frozen=True)
class Choices:
    """A choice question's options, split into what is correct and what is not."""

    options: tuple[Option, ...]
    correct: tuple[int, ...]

    @property
    def distractors(self) -> tuple[int, ...]:
        return tuple(i for i in range(len(self.options)) if i not in self.correct)

    def texts(self, indices: tuple[int, ...]) -> list[str]:
        return [self.options[i].text for i in indices]


def choices(question: Question, *, single_only: bool = False) -> Choices | None:
    """The options of a well-formed choice question, else None.

    Malformed questions (no correct option, two correct in a single choice) are
    reported by the structural checks; linting them would only add noise.
    """
    if isinstance(question, SingleChoice) or (
        isinstance(question, MultipleChoice) and not single_only
    ):
        correct = tuple(i for i, o in enumerate(question.options) if o.correct)
        wrong = len(question.options) - len(correct)
        if not correct or wrong < 1:
            return None
        if isinstance(question, SingleChoice) and len(correct) != 1:
            return None
        return Choices(tuple(question.options), correct)
    return None


def option_text(index: int) -> KeyPath:
    """Key path of an option's text, relative to its question."""
    return ("options", index, "text")


def share(part: int, whole: int) -> str:
    """``7 of 10 (70%)``."""
    return f"{part} of {whole} ({round(100 * part / whole)}%)" if whole else "0 of 0"
