"""Rules over a whole quiz: patterns no single question shows.

The printed order is the authored order: the PDF quiz sheet prints options as
written (platforms shuffle when ``shuffle: true``, paper never does).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from curriculum.checks.lint.base import Hit, choices, share
from curriculum.checks.lint.options import correct_is_longest
from curriculum.models import Quiz, TrueFalse, letter_id

LONGEST_SHARE_LIMIT = 0.30
"""At most this share of single-choice questions may have the longest option correct."""
MIN_QUESTIONS = 5
"""Quiz-wide shares are judged only from this many questions (fewer say little)."""
POSITION_SHARE_LIMIT = 0.5
RUN_LENGTH = 3
TRUE_SHARE = (0.3, 0.7)
MIN_TRUE_FALSE = 4


def longest_share(quiz: Quiz) -> Iterator[Hit]:
    """HDR 24 over a quiz: the longest option should be correct about 1 time in k, not often."""
    flags = [f for f in (correct_is_longest(q) for q in quiz.questions) if f is not None]
    longest = sum(flags)
    if len(flags) >= MIN_QUESTIONS and longest > LONGEST_SHARE_LIMIT * len(flags):
        yield Hit(("questions",), f"the correct option is the longest in "
                                  f"{share(longest, len(flags))} single-choice questions "
                                  f"(at most {LONGEST_SHARE_LIMIT:.0%} allowed)")


def correct_letters(quiz: Quiz) -> list[tuple[int, str]]:
    """``(question index, printed letter of the correct option)`` of each single choice."""
    found = []
    for index, question in enumerate(quiz.questions):
        view = choices(question, single_only=True)
        if view is not None:
            found.append((index, letter_id(view.correct[0])))
    return found


def position_bias(quiz: Quiz) -> Iterator[Hit]:
    """HDR 20 (vary the location of the right answer): one position holds too many."""
    letters = correct_letters(quiz)
    if len(letters) < MIN_QUESTIONS:
        return
    letter, count = Counter(letter for _, letter in letters).most_common(1)[0]
    if count > POSITION_SHARE_LIMIT * len(letters):
        yield Hit(("questions",), f'the correct option is printed at "{letter}" in '
                                  f"{share(count, len(letters))} single-choice questions")


def position_runs(quiz: Quiz) -> Iterator[Hit]:
    """HDR 20: the same correct letter many times in a row on the printed sheet."""
    letters = correct_letters(quiz)
    run = 1
    for (_, before), (index, letter) in pairwise(letters):
        run = run + 1 if letter == before else 1
        if run == RUN_LENGTH:
            question = quiz.questions[index]
            view = choices(question, single_only=True)
            assert view is not None
            yield Hit(("questions", index, "options", view.correct[0], "text"),
                      f"{RUN_LENGTH} single-choice questions in a row have their correct "
                      f'option printed at "{letter}"')


def true_false_balance(quiz: Quiz) -> Iterator[Hit]:
    """HDR (true-false format advice): keep true and false answers roughly balanced."""
    answers = [q.answer for q in quiz.questions if isinstance(q, TrueFalse)]
    if len(answers) < MIN_TRUE_FALSE:
        return
    true = sum(answers)
    low, high = TRUE_SHARE
    if not low <= true / len(answers) <= high:
        yield Hit(("questions",), f"{share(true, len(answers))} true/false questions are true "
                                  f"(keep between {low:.0%} and {high:.0%})")
