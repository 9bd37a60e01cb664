"""Draw and shuffle exam forms A, B, C ... from modules' quizzes. Pure and seeded.

Only questions a learner answers by ticking letters go on a form: single choice,
multiple choice and true/false (A = True, B = False on every form, so the sheet
reads naturally). Each form draws its questions the way a platform draws an attempt
(``draw`` per module, at most one question per ``group``), orders them at random,
and places each single-choice answer at the letter used least so far on that form
(ties broken at random, avoiding the previous question's letter), so correct letters
are balanced within every form. The same seed gives the same forms.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from string import ascii_uppercase

from curriculum.loader import LoadedModule
from curriculum.models import MultipleChoice, Question, SingleChoice, TrueFalse, option_ids

PRINTABLE = ("single_choice", "multiple_choice", "true_false")
MAX_FORMS = len(ascii_uppercase)


@dataclass(frozen=True)
class FormItem:
    """One question as a form prints it: lettered options and the correct letters."""

    position: int
    module: str
    question: Question
    options: tuple[tuple[str, str], ...]
    """``(letter, text)`` in printed order."""
    correct: tuple[str, ...]
    choice_ids: tuple[str, ...]
    """The package's choice identifier behind each printed letter (``true``/``false`` for a
    true/false question), so that ticked letters can be graded as the packages grade."""


@dataclass(frozen=True)
class Form:
    """One printed version of the exam."""

    letter: str
    items: tuple[FormItem, ...]


@dataclass(frozen=True)
class Skipped:
    """Questions left off the forms because a tick sheet cannot record their answers."""

    module: str
    by_type: tuple[tuple[str, int], ...]


def printable(loaded: LoadedModule) -> list[Question]:
    """The module's questions that can be answered by ticking letters."""
    quiz = loaded.module.quiz
    return [q for q in quiz.questions if q.type in PRINTABLE] if quiz else []


def skipped(loaded: LoadedModule) -> Skipped:
    """What :func:`printable` leaves out, counted by type."""
    quiz = loaded.module.quiz
    counts = Counter(q.type for q in quiz.questions if q.type not in PRINTABLE) if quiz else {}
    return Skipped(loaded.module.id, tuple(sorted(counts.items())))


def draw_count(loaded: LoadedModule) -> int:
    """How many printable questions one form takes from this module."""
    pool = printable(loaded)
    groups = {q.group for q in pool if q.group}
    available = sum(1 for q in pool if not q.group) + len(groups)
    quiz = loaded.module.quiz
    wanted = quiz.draw if quiz and quiz.draw else available
    return min(wanted, available)


def make_forms(modules: list[LoadedModule], count: int, seed: int) -> tuple[Form, ...]:
    """``count`` forms (A, B ...) from ``modules``; the same seed gives the same forms."""
    return tuple(_form(modules, ascii_uppercase[n], random.Random(f"{seed}|{n}"))
                 for n in range(count))


def _form(modules: list[LoadedModule], letter: str, rng: random.Random) -> Form:
    drawn: list[tuple[str, Question]] = []
    for loaded in modules:
        drawn += [(loaded.module.id, q) for q in _draw(printable(loaded), draw_count(loaded),
                                                       rng)]
    rng.shuffle(drawn)
    used: Counter[int] = Counter()
    previous: int | None = None
    items = []
    for position, (module_id, question) in enumerate(drawn, 1):
        options, correct, previous = _lettered(question, used, previous, rng)
        items.append(FormItem(position, module_id, question, options, correct,
                              _choice_ids(question, options)))
    return Form(letter, tuple(items))


def _choice_ids(question: Question, options: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Each printed option's package identifier (options keep their text, which is unique)."""
    if isinstance(question, TrueFalse):
        return ("true", "false")
    assert isinstance(question, SingleChoice | MultipleChoice)
    by_text = dict(zip((o.text for o in question.options), option_ids(question.options),
                       strict=True))
    return tuple(by_text[text] for _, text in options)


def _draw(pool: list[Question], count: int, rng: random.Random) -> list[Question]:
    """``count`` questions in a random order, at most one per group (like the players)."""
    order = list(pool)
    rng.shuffle(order)
    taken: list[Question] = []
    groups: set[str] = set()
    for question in order:
        if len(taken) == count:
            break
        if question.group and question.group in groups:
            continue
        if question.group:
            groups.add(question.group)
        taken.append(question)
    return taken


def _lettered(
    question: Question, used: Counter[int], previous: int | None, rng: random.Random
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], int | None]:
    if isinstance(question, TrueFalse):
        true_false: tuple[tuple[str, str], ...] = (("A", "True"), ("B", "False"))
        return true_false, ("A" if question.answer else "B",), previous
    assert isinstance(question, SingleChoice | MultipleChoice)
    texts = [o.text for o in question.options]
    right = [i for i, o in enumerate(question.options) if o.correct]
    if isinstance(question, SingleChoice) and len(right) == 1:
        order = _balanced(len(texts), right[0], used, previous, rng)
        slot = order.index(right[0])
        used[slot] += 1
        previous = slot
    else:
        order = list(range(len(texts)))
        rng.shuffle(order)
    options = tuple((ascii_uppercase[n], texts[i]) for n, i in enumerate(order))
    correct = tuple(ascii_uppercase[n] for n, i in enumerate(order) if i in right)
    return options, correct, previous


def _balanced(size: int, answer: int, used: Counter[int], previous: int | None,
              rng: random.Random) -> list[int]:
    """An option order putting ``answer`` at the least-used letter, distractors shuffled."""
    least = min(used[slot] for slot in range(size))
    slots = [s for s in range(size) if used[s] == least]
    if len(slots) > 1 and previous in slots:
        slots.remove(previous)
    slot = rng.choice(slots)
    others = [i for i in range(size) if i != answer]
    rng.shuffle(others)
    others.insert(slot, answer)
    return others
