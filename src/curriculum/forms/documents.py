"""The HTML of each form document, from the package's (or the project's) PDF templates.

Three documents per form: the question paper and the answer sheet (learners: the
data passed to their templates holds no correct letter) and the answer grid (trainer).
They extend ``base.html.j2``, so the handling marking is on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from string import ascii_uppercase
from typing import Any

from markupsafe import Markup

import curriculum
from curriculum.forms.assemble import Form, FormItem
from curriculum.i18n.languages import direction
from curriculum.models import CurriculumConfig
from curriculum.pdf.catalogue import strings
from curriculum.pdf.documents import install_filters, render_located
from curriculum.pdf.layout import TemplateFolders
from curriculum.placeholders import name_or_none
from curriculum.rendering import markdown_inline, template_environment
from curriculum.sandbox import check_template_name

KINDS = {"form": "form_paper", "sheet": "form_sheet", "key": "form_grid"}
"""Document kind -> catalogue key of its label."""
TEMPLATES = {"form": "form.html.j2", "sheet": "form-sheet.html.j2", "key": "form-key.html.j2"}
STYLESHEETS = ("handout.css", "forms.css")


@dataclass(frozen=True)
class PaperItem:
    """A question as learners see it on a form (no answer)."""

    position: int
    type: str
    prompt: Markup
    instruction: str
    options: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class KeyItem:
    """A row of the trainer's grid."""

    position: int
    correct: tuple[str, ...]
    module: str
    question_id: str


@dataclass(frozen=True)
class FormView:
    """What a template sees of a form."""

    letter: str
    items: tuple[PaperItem, ...] | tuple[KeyItem, ...]


@dataclass(frozen=True)
class Meta:
    """What every form document prints about the set: title, marking, version, seed."""

    title: str
    handling: str
    language: str
    versions: str
    seed: int
    timestamp: datetime


def _paper(item: FormItem, language: str) -> PaperItem:
    return PaperItem(item.position, item.question.type, markdown_inline(item.question.prompt),
                     strings(language)[f"instr_{item.question.type}"], item.options)


def _key(item: FormItem) -> KeyItem:
    return KeyItem(item.position, item.correct, item.module, item.question.id)


class FormDocuments:
    """Renders the HTML of every form document with one Jinja2 environment."""

    def __init__(self, config: CurriculumConfig, folders: TemplateFolders, meta: Meta) -> None:
        self.config = config
        self.folders = folders
        self.meta = meta
        project_root = folders.project.parent if folders.project is not None else None
        self.env = template_environment("pdf", project_root, folders.limit())
        self.env.globals["asset"] = self._asset
        install_filters(self.env)

    def stylesheets(self) -> tuple[str, ...]:
        """The stylesheets in effect (project overrides first)."""
        return tuple(str(self.folders.resolve(name)) for name in STYLESHEETS)

    def html(self, form: Form, kind: str) -> str:
        """The HTML of one of a form's three documents."""
        items = tuple(_key(i) for i in form.items) if kind == "key" else tuple(
            _paper(i, self.meta.language) for i in form.items)
        widest = max((len(i.options) for i in form.items), default=0)
        context: dict[str, Any] = {
            "doc": self._doc(kind, form.letter),
            "t": strings(self.meta.language),
            "form": FormView(form.letter, items),
            "seed": self.meta.seed,
            "versions": self.meta.versions,
            "letters": ascii_uppercase[:widest],
        }
        return render_located(self.env, TEMPLATES[kind], context, self.folders)

    def _asset(self, name: str) -> str:
        """A ``file:`` URL for a template asset, project override first (relative names only)."""
        check_template_name(name)
        return self.folders.resolve(name).resolve().as_uri()

    def _doc(self, kind: str, letter: str) -> dict[str, Any]:
        t = strings(self.meta.language)
        label = t.fmt(KINDS[kind], letter=letter)
        return {
            "kind": f"forms {kind}",
            "label": label,
            "title": f"{self.meta.title} \u2013 {label}",
            "heading": self.meta.title,
            "language": self.meta.language,
            "direction": direction(self.meta.language),
            "handling": self.meta.handling,
            "page_size": self.config.page_size,
            "created": self.meta.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "date": t.long_date(self.meta.timestamp.date()),
            "generator": f"curriculum {curriculum.__version__}",
            "organisation": name_or_none(self.config.organisation),
            "answers": kind == "key",
            "description": t.fmt("form_id", letter=letter, seed=self.meta.seed,
                                 versions=self.meta.versions),
            "keywords": "",
            "version": self.meta.versions,
        }


def template_folder(templates_dir: Path, root: Path) -> TemplateFolders:
    """The PDF template folders of a project (its ``templates/pdf`` first), none linked outside."""
    return TemplateFolders(templates_dir / "pdf", boundary=root).refuse_outside()
