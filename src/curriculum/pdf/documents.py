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

from jinja2 import Environment, TemplateError, TemplateSyntaxError, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

import curriculum
from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError
from curriculum.i18n.languages import direction
from curriculum.models import CurriculumConfig, Module, most_restrictive
from curriculum.pdf.catalogue import Strings, strings
from curriculum.pdf.layout import (
    STYLESHEET,
    Kind,
    TemplateFolders,
    opens_with,
    tlp_class,
)
from curriculum.pdf.plan import session_plan
from curriculum.pdf.questions import Answer, PrintedQuestion, QuizView, answer, printed
from curriculum.pdf.typography import prose
from curriculum.pdf.views import Edition, References, module_references, module_view
from curriculum.placeholders import name_or_none
from curriculum.rendering import Xref, markdown_inline, markdown_to_html, template_environment
from curriculum.resolved import ResolvedModule
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
        install_filters(self.env)

    def module_html(self, module: ResolvedModule, kind: Kind) -> str:
        """The HTML of one of a module's four documents."""
        refs = module_references(module, self.config)
        language = module.language
        t = strings(language)
        edition: Edition = "trainer" if kind == "trainer" else "learner"
        view = module_view(module, self.config, edition, refs) if kind in (
            "learner", "trainer") else None
        sheet, answers = _quiz(module, refs if kind in ("trainer", "answer-key") else None, t)
        context: dict[str, Any] = {
            "doc": self._doc(kind, module.title, module.handling, language, module),
            "t": t,
            "module": view or module_view(module, self.config, "learner", References({})),
            "xrefs": section_xrefs(module, t, ""),
            "quiz": QuizView.of(module.quiz) if module.quiz and kind != "learner" else None,
            "questions": sheet if kind in ("quiz", "trainer", "answer-key") else (),
            "answers": answers if kind in ("trainer", "answer-key") else (),
            "plan": session_plan(module, t) if kind == "trainer" else None,
            "references": refs.listing(),
        }
        return self._render(f"{kind}.html.j2", context)

    def book_html(self, modules: list[ResolvedModule]) -> str:
        """The course book: every module's learner content under its theme."""
        themes = []
        for theme in self.config.themes:
            members = [m for m in modules if m.theme == theme.id]
            if members:
                themes.append({"theme": theme, "modules": [self._book_entry(m) for m in members]})
        handling = most_restrictive([m.handling for m in modules])
        context = {
            "doc": self._doc("book", self.config.title, handling, self.config.language, None),
            "t": strings(self.config.language),
            "curriculum": self.config,
            "themes": themes,
        }
        return self._render("book.html.j2", context)

    def stylesheets(self) -> tuple[str, ...]:
        """The stylesheet in effect (the project's ``handout.css`` if it has one)."""
        return (str(self.folders.resolve(STYLESHEET)),)

    def _book_entry(self, module: ResolvedModule) -> dict[str, Any]:
        refs = module_references(module, self.config)
        view = module_view(module, self.config, "learner", refs)
        xrefs = section_xrefs(module, strings(self.config.language), f"{module.id}-")
        return {"module": view, "references": refs.listing(), "xrefs": xrefs}

    def _doc(self, kind: str, title: str, handling: str, language: str,
             module: Module | None) -> dict[str, Any]:
        t = strings(language)
        return {
            "kind": kind,
            "label": t[kind],
            "title": f"{title} \u2013 {t[kind]}",
            "heading": title,
            "language": language,
            "direction": direction(language),
            "handling": handling,
            "page_size": self.config.page_size,
            "created": self.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "date": t.long_date(self.timestamp.date()),
            "generator": f"curriculum {curriculum.__version__}",
            "organisation": name_or_none(self.config.organisation),
            "answers": kind in ("trainer", "answer-key"),
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


def install_filters(env: Environment) -> None:
    """The filters every PDF template may use (handouts, quiz sheets, exam forms)."""
    env.filters["tlp_class"] = tlp_class
    env.filters["opens_with"] = opens_with
    env.filters["markdown"] = _markdown
    env.filters["markdown_inline"] = _markdown_inline
    env.filters["prose"] = _prose
    env.filters["running_title"] = _running_title


def section_xrefs(module: Module, t: Strings, prefix: str) -> dict[str, Xref]:
    """Section id -> its anchor and "section 3", for ``[](#section-id)`` in author text."""
    return {section.id: Xref(f"{prefix}s-{section.id}", t.fmt("section_ref", number=number),
                             str(number))
            for number, section in enumerate(module.sections, 1)}


@pass_context
def _markdown(context: Context, text: str | None, level: int = 2,
              xrefs: dict[str, Xref] | None = None, boxed: bool = False) -> Markup:
    """Author Markdown, typeset in the document's language, cross-references resolved.

    Tables say "Table (continued)" in the header of a page they continue on, except in
    a box (``boxed``): the box's own label covers them, and a table's end would clear it.
    """
    t = context.get("t")
    t = t if isinstance(t, Strings) else strings("en")
    label = None if boxed else t.fmt("continued_label", what=t.table)
    return markdown_to_html(text, level, quotes=t.quotes(), hashes=True,
                            xrefs=xrefs if xrefs is not None else context.get("xrefs"),
                            continued=label)


@pass_context
def _markdown_inline(context: Context, text: str | None) -> Markup:
    return markdown_inline(text, quotes=_quotes(context), hashes=True)


@pass_context
def _prose(context: Context, text: str | None) -> Markup:
    """Plain author text (key points, facts, options) with typographic quotes."""
    return prose(text, _quotes(context))


HEADER_PT = 8.0
HEADER_MM = {False: 104.0, True: 74.0}
"""Room for the running title (mm): less where the header also says "contains answers".
Keep in step with ``@top-left`` widths in handout.css."""


@pass_context
def _running_title(context: Context, text: str) -> Markup:
    """The title cut to one header line (see :mod:`curriculum.pdf.fit`)."""
    from curriculum.pdf.fit import fit_line

    doc = context.get("doc") or {}
    width = HEADER_MM[bool(doc.get("answers"))] * 72 / 25.4
    return _prose(context, fit_line(text, width, HEADER_PT))


def _quotes(context: Context) -> str:
    t = context.get("t")
    return t.quotes() if isinstance(t, Strings) else strings("en").quotes()


def _quiz(
    module: Module, refs: References | None, t: Strings
) -> tuple[tuple[PrintedQuestion, ...], tuple[Answer, ...]]:
    if module.quiz is None:
        return (), ()
    sheet, answers = [], []
    for number, question in enumerate(module.quiz.questions, 1):
        key = f"{module.id}/{question.id}"
        shown = printed(question, number, key, t)
        sheet.append(shown)
        if refs is not None:
            answers.append(answer(question, shown, key, refs, t))
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
