"""Assemble each document's HTML from the templates: four per module, and the course book.

Templates come from the package's ``templates/pdf/`` unless the project's
``templates/pdf/`` has a file of the same name. Author text reaches them only
as data (autoescaped, Markdown rendered safely), so it cannot add markup,
template code or references. Template mistakes in a project override become
located errors, not tracebacks.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, TemplateError, TemplateSyntaxError

import curriculum
from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError
from curriculum.models import CurriculumConfig, Module, most_restrictive
from curriculum.pdf.layout import (
    LABELS,
    STYLESHEET,
    Kind,
    TemplateFolders,
    direction,
    opens_with,
    tlp_class,
)
from curriculum.pdf.plan import session_plan
from curriculum.pdf.questions import Answer, PrintedQuestion, QuizView, answer, printed
from curriculum.pdf.views import Edition, References, module_view, sources_of
from curriculum.rendering import template_environment
from curriculum.sandbox import check_template_name, render_limits


class Assembler:
    """Renders the HTML of every document of a build (one Jinja2 environment)."""

    def __init__(self, config: CurriculumConfig, config_path: Path, folders: TemplateFolders,
                 timestamp: datetime) -> None:
        self.config = config
        self.config_path = config_path
        self.folders = folders
        self.timestamp = timestamp
        project_root = folders.project.parent if folders.project is not None else None
        self.env: Environment = template_environment("pdf", project_root, folders.limit())
        self.env.globals["asset"] = self._asset
        self.env.filters["tlp_class"] = tlp_class
        self.env.filters["opens_with"] = opens_with

    def module_html(self, module: Module, kind: Kind) -> str:
        """The HTML of one of a module's four documents."""
        refs = References(sources_of(module, self.config))
        edition: Edition = "trainer" if kind == "trainer" else "learner"
        view = module_view(module, self.config, edition, refs) if kind in (
            "learner", "trainer") else None
        sheet, answers = _quiz(module, refs if kind in ("trainer", "answer-key") else None)
        context: dict[str, Any] = {
            "doc": self._doc(kind, module.title, module.handling or self.config.handling,
                             module.language or self.config.language, module),
            "module": view or module_view(module, self.config, "learner", References({})),
            "quiz": QuizView.of(module.quiz) if module.quiz and kind != "learner" else None,
            "questions": sheet if kind in ("quiz", "trainer", "answer-key") else (),
            "answers": answers if kind in ("trainer", "answer-key") else (),
            "plan": session_plan(module) if kind == "trainer" else None,
            "references": refs.listing(),
        }
        return self._render(f"{kind}.html.j2", context)

    def book_html(self, modules: list[Module]) -> str:
        """The course book: every module's learner content under its theme."""
        themes = []
        for theme in self.config.themes:
            members = [m for m in modules if m.theme == theme.id]
            if members:
                themes.append({"theme": theme, "modules": [self._book_entry(m) for m in members]})
        handling = most_restrictive([m.handling or self.config.handling for m in modules])
        context = {
            "doc": self._doc("book", self.config.title, handling, self.config.language, None),
            "curriculum": self.config,
            "themes": themes,
        }
        return self._render("book.html.j2", context)

    def stylesheets(self) -> tuple[str, ...]:
        """The stylesheet in effect (the project's ``handout.css`` if it has one)."""
        return (str(self.folders.resolve(STYLESHEET)),)

    def _book_entry(self, module: Module) -> dict[str, Any]:
        refs = References(sources_of(module, self.config))
        view = module_view(module, self.config, "learner", refs)
        return {"module": view, "references": refs.listing()}

    def _doc(self, kind: str, title: str, handling: str, language: str,
             module: Module | None) -> dict[str, Any]:
        return {
            "kind": kind,
            "label": LABELS[kind],
            "title": f"{title} \u2013 {LABELS[kind]}",
            "heading": title,
            "language": language,
            "direction": direction(language),
            "handling": handling,
            "page_size": self.config.page_size,
            "created": self.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "date": self.timestamp.date().isoformat(),
            "generator": f"curriculum {curriculum.__version__}",
            "organisation": self.config.organisation,
            "description": (module.summary if module else self.config.subtitle) or "",
            "keywords": ", ".join(module.keywords) if module else "",
            "version": module.version if module else self.config.version,
        }

    def _asset(self, name: str) -> str:
        """A ``file:`` URL for a template asset (an image, a font), project override first."""
        check_template_name(name)
        return self.folders.resolve(name).resolve().as_uri()

    def _render(self, name: str, context: dict[str, Any]) -> str:
        return render_located(self.env, name, context, self.folders)


def render_located(env: Environment, name: str, context: dict[str, Any],
                   folders: TemplateFolders) -> str:
    """Render template ``name`` in the sandbox's limits; any failure is a located error.

    A project template that breaks the sandbox's rules (or simply misspells a
    variable) stops with ``templates/pdf/x.html.j2:3:1: error: template error: ...``.
    """
    try:
        with render_limits(env):
            return env.get_template(name).render(context)
    except (TemplateError, RecursionError, MemoryError, OverflowError) as exc:
        raise ContentError(f"template {name} could not be rendered",
                           [error(f"template error: {_reason(exc)}",
                                  _where(exc, folders), "pdf-template")]) from None


def _quiz(
    module: Module, refs: References | None
) -> tuple[tuple[PrintedQuestion, ...], tuple[Answer, ...]]:
    if module.quiz is None:
        return (), ()
    sheet, answers = [], []
    for number, question in enumerate(module.quiz.questions, 1):
        key = f"{module.id}/{question.id}"
        shown = printed(question, number, key)
        sheet.append(shown)
        if refs is not None:
            answers.append(answer(question, shown, key, refs))
    return tuple(sheet), tuple(answers)


def _reason(exc: BaseException) -> str:
    """What went wrong, in words (Python's own errors get a plain explanation)."""
    if isinstance(exc, RecursionError):
        return "the template recursed too deeply (a macro calling itself without end?)"
    if isinstance(exc, MemoryError | OverflowError):
        return f"the template asked for more than the machine can hold ({type(exc).__name__})"
    return str(exc)


def _where(exc: BaseException, folders: TemplateFolders) -> SourceLocation:
    """The template file and line a Jinja2 error points at."""
    if isinstance(exc, TemplateSyntaxError) and exc.filename:
        return SourceLocation(Path(exc.filename), exc.lineno or 0, 1)
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return SourceLocation(Path(frame.filename), frame.lineno or 0, 1)
    return SourceLocation(folders.search_path()[0], 0, 0)
