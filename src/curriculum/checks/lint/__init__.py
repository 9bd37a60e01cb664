"""Item-writing lint: warnings about questions that test-wise guessing can answer.

Each rule (``rules.py``) is one small function; this module runs them over every
quiz, honours ``lint: {ignore: {CODE: reason}}`` on a question or a quiz, and
reports silences that are wrong (no reason, unknown code) or silence nothing.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field

from curriculum.checks.context import CheckContext, at_value
from curriculum.checks.lint.base import Hit, LintRule, QuestionCheck, QuizCheck
from curriculum.checks.lint.rules import CODES, RULES
from curriculum.diagnostics import Diagnostic, error, warning
from curriculum.loader import LoadedModule
from curriculum.models import LintSettings
from curriculum.yamlio import KeyPath, format_key_path

__all__ = ["CODES", "RULES", "check_item_writing", "check_lint_settings"]


@dataclass
class _Silences:
    """The ignores in effect for one quiz, and which of them silenced something."""

    quiz: dict[str, str]
    questions: list[dict[str, str]]
    used: set[tuple[int | None, str]] = field(default_factory=set)

    def silenced(self, index: int | None, code: str) -> bool:
        if index is not None and code in self.questions[index]:
            self.used.add((index, code))
            return True
        if code in self.quiz:
            self.used.add((None, code))
            return True
        return False


def _ignores(settings: LintSettings | None) -> dict[str, str]:
    return dict(settings.ignore) if settings else {}


def check_item_writing(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every item-writing rule over every quiz, minus what authors silenced with a reason."""
    for loaded in ctx.modules():
        quiz = loaded.module.quiz
        if quiz is None:
            continue
        silences = _Silences(_ignores(quiz.lint), [_ignores(q.lint) for q in quiz.questions])
        for rule in RULES:
            yield from _run(loaded, rule, silences)
        yield from _unused(loaded, silences)


def _run(loaded: LoadedModule, rule: LintRule, silences: _Silences) -> Iterator[Diagnostic]:
    quiz = loaded.module.quiz
    assert quiz is not None
    if rule.scope == "quiz":
        check_quiz: QuizCheck = rule.check  # type: ignore[assignment]
        for hit in check_quiz(quiz):
            if not silences.silenced(None, rule.code):
                yield _diagnostic(loaded, ("quiz",), rule, hit)
        return
    check_question: QuestionCheck = rule.check  # type: ignore[assignment]
    for index, question in enumerate(quiz.questions):
        for hit in check_question(question):
            if not silences.silenced(index, rule.code):
                yield _diagnostic(loaded, ("quiz", "questions", index), rule, hit)


def _diagnostic(loaded: LoadedModule, base: KeyPath, rule: LintRule, hit: Hit) -> Diagnostic:
    message = f"{hit.what}; why: {rule.why}; fix: {rule.fix}"
    return at_value(loaded.source_map, (*base, *hit.where), message, rule.code, warn=True)


def _unused(loaded: LoadedModule, silences: _Silences) -> Iterator[Diagnostic]:
    """A silence that silences nothing hides the next real problem: say so."""
    places: list[tuple[int | None, dict[str, str]]] = [(None, silences.quiz)]
    places += list(enumerate(silences.questions))
    for index, ignores in places:
        for code in ignores:
            misplaced = index is not None and code in CODES and CODES[code].scope == "quiz"
            if code in CODES and not misplaced and (index, code) not in silences.used:
                key_path = _ignore_path(index, code)
                message = (f"{format_key_path(key_path)}: {code} is silenced here but finds "
                           "nothing to silence; remove this entry")
                yield warning(message, loaded.source_map.key_at(key_path), "lint-ignore-unused",
                              format_key_path(key_path))


def _ignore_path(index: int | None, code: str) -> KeyPath:
    base: KeyPath = ("quiz",) if index is None else ("quiz", "questions", index)
    return (*base, "lint", "ignore", code)


def check_lint_settings(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every silence names a known item-writing code at the right level and gives a reason."""
    for loaded in ctx.modules():
        quiz = loaded.module.quiz
        if quiz is None:
            continue
        yield from _settings_problems(loaded, None, _ignores(quiz.lint))
        for index, question in enumerate(quiz.questions):
            yield from _settings_problems(loaded, index, _ignores(question.lint))


def _settings_problems(
    loaded: LoadedModule, index: int | None, ignores: dict[str, str]
) -> Iterator[Diagnostic]:
    smap = loaded.source_map
    for code, reason in ignores.items():
        key_path = _ignore_path(index, code)
        rule = CODES.get(code)
        if rule is None:
            close = difflib.get_close_matches(code, list(CODES), n=1, cutoff=0.6)
            hint = f'; did you mean "{close[0]}"?' if close else "; see docs/item-writing.md"
            message = f'{format_key_path(key_path)}: unknown item-writing code "{code}"{hint}'
            yield error(message, smap.key_at(key_path), "lint-ignore-unknown",
                        format_key_path(key_path))
        elif rule.scope == "quiz" and index is not None:
            message = (f"{code} is about the whole quiz: silence it under quiz.lint.ignore, "
                       "not on a question")
            yield at_value(smap, key_path, message, "lint-ignore-scope")
        if not reason.strip():
            message = ("a silenced warning needs the reviewer's reason, e.g. "
                       '"the term is the concept being tested"')
            yield at_value(smap, key_path, message, "lint-ignore-reason")
