"""Will a quiz's saved progress fit the LMS's ``suspend_data``? Warn at build time if not.

SCORM 1.2 keeps at most 4,096 characters of ``cmi.suspend_data`` (2004: 64,000).
The player (``player/progress.js``, format 2 in docs/scorm.md) stores a fixed-width
bit field per shown question plus the typed answers; when the state does not
fit it shortens typed answers to :data:`TEXT_FLOOR` characters, then leaves out
the last answers and tells the learner. This module computes the same sizes
for the worst attempt a pool allows (the widest questions drawn, every one
answered, every typed answer at the floor), so that a build warns at the
quiz's ``draw`` line, saying how many questions fit, whenever an attempt could
lose an answer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from curriculum.diagnostics import Diagnostic, Severity
from curriculum.loader import LoadedModule
from curriculum.models import Module, Question

SUSPEND_LIMITS = {"scorm12": 4096, "scorm2004": 64000}
HEADER_CHARS = 2 + 12 + 1 + 7 + 1 + 1
"""``2.`` + fingerprint + ``.`` + seed (base 36, at most 7) + ``.`` + bits ``.`` texts."""
TEXT_FLOOR = 16
"""Characters of a typed answer the player keeps at least (plus one separator)."""
TEXT_TYPES = frozenset({"fill_blank", "numeric", "short_answer"})
ATTEMPT_BITS = 7
"""The attempt number after the answers (practice mode adds one checked bit per question)."""


def bits_for(states: int) -> int:
    """Bits that tell ``states`` values apart (as ``bitsFor`` in progress.js)."""
    return max(0, (states - 1).bit_length())


def question_bits(question: Question) -> int:
    """The width of a question's field in the bit stream (answered, worst case)."""
    if question.type in ("single_choice", "multiple_choice"):
        count = len(question.options)
        return count if question.type == "multiple_choice" else bits_for(count + 1)
    if question.type == "true_false":
        return 2
    if question.type == "matching":
        return len(question.pairs) * bits_for(len(question.pairs) + 1)
    if question.type == "ordering":
        count = len(question.items)
        return 1 + sum(bits_for(count - i) for i in range(count))
    return 1


def question_cost(question: Question) -> int:
    """What one answered question may take, in bits (a character is 6 bits)."""
    text = (TEXT_FLOOR + 1) * 6 if question.type in TEXT_TYPES else 0
    return question_bits(question) + text


def worst_case_chars(module: Module, shown: int | None = None) -> int:
    """The most characters an attempt showing ``shown`` questions (default: the draw) needs."""
    quiz = module.quiz
    if quiz is None:
        return HEADER_CHARS + math.ceil((3 + len(module.sections)) / 6)
    count = shown if shown is not None else (quiz.draw or len(quiz.questions))
    costs = _drawable_costs(quiz.questions)[:count]
    steps = 3 + len(module.sections)  # introduction, sections, quiz, results
    attempt = ATTEMPT_BITS + (len(costs) if quiz.mode == "practice" else 0)
    return HEADER_CHARS + math.ceil((2 + steps + sum(costs) + attempt) / 6)


def _drawable_costs(questions: Iterable[Question]) -> list[int]:
    """Costs of the questions one attempt can show, dearest first (one per group)."""
    by_group: dict[str, int] = {}
    loose = []
    for question in questions:
        cost = question_cost(question)
        if question.group is None:
            loose.append(cost)
        else:
            by_group[question.group] = max(cost, by_group.get(question.group, 0))
    return sorted([*loose, *by_group.values()], reverse=True)


def fitting(module: Module, limit: int) -> int:
    """How many questions of the pool an attempt may show and still keep every answer."""
    assert module.quiz is not None
    most = len(_drawable_costs(module.quiz.questions))
    shown = 0
    while shown < most and worst_case_chars(module, shown + 1) <= limit:
        shown += 1
    return shown


def budget_warnings(modules: Iterable[LoadedModule], formats: Iterable[str]) -> list[Diagnostic]:
    """A warning per module and SCORM format whose worst attempt would not fit."""
    found = []
    for name in formats:
        limit = SUSPEND_LIMITS.get(name)
        if limit is None:
            continue
        for loaded in modules:
            warning = _warning(loaded, name, limit)
            if warning is not None:
                found.append(warning)
    return found


def _warning(loaded: LoadedModule, fmt: str, limit: int) -> Diagnostic | None:
    module = loaded.module
    needed = worst_case_chars(module)
    if module.quiz is None or needed <= limit:
        return None
    fits = fitting(module, limit)
    drawn = module.quiz.draw
    key = ("quiz", "draw") if drawn else ("quiz", "questions")
    where = loaded.source_map.value_at(key) if drawn else loaded.source_map.key_at(key)
    pool = len(module.quiz.questions)
    shown = f"{drawn:,} drawn questions" if drawn else f"all {pool:,} questions"
    other = ", or use scorm2004" if fmt == "scorm12" else ""
    message = (f"{'.'.join(key)}: with {shown}, a learner's saved progress may need "
               f"{needed:,} characters, more than the {limit:,} that {fmt} keeps, so answers "
               f"could be lost on resume; at most {fits:,} questions of this pool fit "
               f"(set draw: {fits}, shorten the widest questions{other})")
    return Diagnostic(Severity.WARNING, message, where, "suspend-data-budget", ".".join(key))
