"""Question-type rules the schema cannot express, and the quiz pool size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from curriculum.checks.context import CheckContext, at_value
from curriculum.diagnostics import Diagnostic
from curriculum.loader import LoadedModule
from curriculum.models import (
    FillBlank,
    Matching,
    MultipleChoice,
    Ordering,
    SingleChoice,
    blank_count,
)
from curriculum.yamlio import KeyPath, SourceMap

_SPACES = re.compile(r"\s+")


def normalise_answer(text: str) -> str:
    """How answers and option texts compare: case and spacing ignored."""
    return _SPACES.sub(" ", text).strip().casefold()


def check_question_rules(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Each question type's own rule (spec table "Question types and their fields")."""
    for loaded in ctx.modules():
        quiz = loaded.module.quiz
        if quiz is None:
            continue
        for index, question in enumerate(quiz.questions):
            base: KeyPath = ("quiz", "questions", index)
            rule = _RULES.get(type(question))
            if rule is not None:
                yield from rule(question, loaded.source_map, base)


def _single_choice(q: Any, smap: SourceMap, base: KeyPath) -> Iterator[Diagnostic]:
    correct = sum(1 for o in q.options if o.correct)
    if len(q.options) < 2:
        message = f"single_choice needs at least 2 options, found {len(q.options)}"
        yield at_value(smap, (*base, "options"), message, "too-few-options")
    if correct != 1:
        message = f"single_choice needs exactly one correct option, found {correct}"
        yield at_value(smap, (*base, "options"), message, "single-choice-correct")
    yield from _duplicate_texts([o.text for o in q.options], smap, (*base, "options"), "text")


def _multiple_choice(q: Any, smap: SourceMap, base: KeyPath) -> Iterator[Diagnostic]:
    correct = sum(1 for o in q.options if o.correct)
    if len(q.options) < 3:
        message = f"multiple_choice needs at least 3 options, found {len(q.options)}"
        yield at_value(smap, (*base, "options"), message, "too-few-options")
    if correct < 1:
        message = "multiple_choice needs at least one correct option, found 0"
        yield at_value(smap, (*base, "options"), message, "multiple-choice-correct")
    yield from _duplicate_texts([o.text for o in q.options], smap, (*base, "options"), "text")


def _fill_blank(q: Any, smap: SourceMap, base: KeyPath) -> Iterator[Diagnostic]:
    blanks = blank_count(q.prompt)
    if blanks != 1:
        message = f"fill_blank prompt needs exactly one blank (____), found {blanks}"
        yield at_value(smap, (*base, "prompt"), message, "fill-blank-blank")
    yield from _duplicate_texts(q.answers, smap, (*base, "answers"), None)


def _matching(q: Any, smap: SourceMap, base: KeyPath) -> Iterator[Diagnostic]:
    if len(q.pairs) < 2:
        message = f"matching needs at least 2 pairs, found {len(q.pairs)}"
        yield at_value(smap, (*base, "pairs"), message, "too-few-pairs")
    yield from _duplicate_texts([p.left for p in q.pairs], smap, (*base, "pairs"), "left")
    yield from _duplicate_texts([p.right for p in q.pairs], smap, (*base, "pairs"), "right")


def _ordering(q: Any, smap: SourceMap, base: KeyPath) -> Iterator[Diagnostic]:
    if len(q.items) < 3:
        message = f"ordering needs at least 3 items, found {len(q.items)}"
        yield at_value(smap, (*base, "items"), message, "too-few-items")
    yield from _duplicate_texts(q.items, smap, (*base, "items"), None)


def _duplicate_texts(
    texts: list[str], smap: SourceMap, base: KeyPath, field: str | None
) -> Iterator[Diagnostic]:
    seen: dict[str, int] = {}
    for index, text in enumerate(texts):
        key = normalise_answer(text)
        if key in seen:
            key_path = (*base, index, field) if field else (*base, index)
            message = f'"{text}" repeats item {seen[key] + 1} of this list'
            yield at_value(smap, key_path, message, "duplicate-option")
        else:
            seen[key] = index


_RULES = {
    SingleChoice: _single_choice,
    MultipleChoice: _multiple_choice,
    FillBlank: _fill_blank,
    Matching: _matching,
    Ordering: _ordering,
}


def check_draw(ctx: CheckContext) -> Iterator[Diagnostic]:
    """``draw`` cannot exceed what the pool can give (one question per group at most)."""
    for loaded in ctx.modules():
        quiz = loaded.module.quiz
        if quiz is None or quiz.draw is None:
            continue
        available = drawable_count(loaded)
        if quiz.draw > available:
            total = len(quiz.questions)
            detail = (
                _questions(total)
                if available == total
                else (f"{available} (the {total} questions fall into {available} groups)")
            )
            message = f"draw is {quiz.draw} but the pool can give at most {detail}"
            yield at_value(loaded.source_map, ("quiz", "draw"), message, "draw-too-large")


def _questions(count: int) -> str:
    return f"{count} question" if count == 1 else f"{count} questions"


def drawable_count(loaded: LoadedModule) -> int:
    """Questions one attempt can hold: ungrouped ones plus one per group."""
    quiz = loaded.module.quiz
    if quiz is None:
        return 0
    groups = {q.group for q in quiz.questions if q.group}
    return sum(1 for q in quiz.questions if not q.group) + len(groups)


def check_objectives_assessed(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every objective is assessed by at least one question (a warning)."""
    for loaded in ctx.modules():
        quiz = loaded.module.quiz
        assessed = {q.objective for q in quiz.questions} if quiz else set()
        for index, objective in enumerate(loaded.module.objectives):
            if objective.id not in assessed:
                message = f'objective "{objective.id}" is not assessed by any question'
                key_path = ("objectives", index, "id")
                yield at_value(
                    loaded.source_map, key_path, message, "objective-unassessed", warn=True
                )
