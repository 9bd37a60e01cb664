"""References resolve: a module's theme, a question's objective, a citation's source."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from curriculum.checks.context import CheckContext, at_value
from curriculum.diagnostics import Diagnostic
from curriculum.loader import LoadedModule
from curriculum.models import Citation
from curriculum.yamlio import KeyPath


def check_theme_exists(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every module names a theme of curriculum.yaml."""
    config = ctx.project.config
    if config is None:
        return
    themes = [t.id for t in config.themes]
    for loaded in ctx.modules():
        theme = loaded.module.theme
        if theme not in themes:
            message = f'unknown theme "{theme}"{suggest(theme, themes)}'
            yield at_value(loaded.source_map, ("theme",), message, "unknown-theme")


def check_objectives_exist(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A question's ``objective`` names an objective of the same module."""
    for loaded in ctx.modules():
        quiz = loaded.module.quiz
        if quiz is None:
            continue
        known = [o.id for o in loaded.module.objectives]
        if len(set(known)) < len(known):
            continue  # a duplicate id is the one mistake; its fix may well add the missing id
        for index, question in enumerate(quiz.questions):
            if question.objective is not None and question.objective not in known:
                message = (
                    f'unknown objective "{question.objective}"{suggest(question.objective, known)}'
                )
                key_path = ("quiz", "questions", index, "objective")
                yield at_value(loaded.source_map, key_path, message, "unknown-objective")


def check_citation_sources_exist(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A citation names a source of its module or a reference of the curriculum."""
    for loaded in ctx.modules():
        known = sorted(ctx.sources_for(loaded))
        for key_path, cite in citations(loaded):
            if cite.source not in known:
                message = f'unknown source "{cite.source}"{suggest(cite.source, known)}'
                yield at_value(loaded.source_map, (*key_path, "source"), message, "unknown-source")


def citations(loaded: LoadedModule) -> Iterator[tuple[KeyPath, Citation]]:
    """Every citation of a module with its key path (facts, then questions)."""
    for s_index, section in enumerate(loaded.module.sections):
        for f_index, fact in enumerate(section.facts):
            yield ("sections", s_index, "facts", f_index, "cite"), fact.cite
    if loaded.module.quiz is not None:
        for q_index, question in enumerate(loaded.module.quiz.questions):
            if question.cite is not None:
                yield ("quiz", "questions", q_index, "cite"), question.cite


def suggest(value: str, known: Iterable[str]) -> str:
    known = list(known)
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    if close:
        return f'; did you mean "{close[0]}"?'
    if known:
        return f"; known: {', '.join(known[:8])}{' ...' if len(known) > 8 else ''}"
    return ""
