"""Names and places: which files a build writes and where its templates come from.

Kept free of Jinja2 and WeasyPrint so that a build with everything cached
imports neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import curriculum
from curriculum.config import is_inside
from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError

Kind = Literal["learner", "trainer", "quiz", "answer-key"]
MODULE_KINDS: tuple[Kind, ...] = ("learner", "trainer", "quiz", "answer-key")
BOOK_NAME = "curriculum.pdf"
STYLESHEET = "handout.css"
PACKAGE_TEMPLATES = Path(curriculum.__file__).parent / "templates" / "pdf"



def tlp_class(handling: str) -> str:
    """CSS class of a marking (``TLP:AMBER+STRICT`` -> ``tlp-amber-strict``); see handout.css."""
    return handling.lower().replace(":", "-").replace("+", "-")


def opens_with(markdown: str | None, words: str) -> bool:
    """True when author Markdown starts with ``words`` (ignoring emphasis and case).

    The default advisory starts "**Content advisory.** ...": the handout then
    prints no heading of its own above it, rather than the same words twice.
    """
    start = (markdown or "").lstrip(" \t\n*_#>")
    return start.casefold().startswith(words.casefold())


def file_name(module_id: str, kind: Kind) -> str:
    """``<module>.<kind>.pdf``, e.g. ``child-victim-identification.learner.pdf``."""
    return f"{module_id}.{kind}.pdf"


@dataclass(frozen=True)
class TemplateFolders:
    """Where templates are looked up: the project's overrides first, then the package's."""

    project: Path | None
    package: Path = PACKAGE_TEMPLATES
    boundary: Path | None = None
    """Where the project's template files must really be (the project root); by default
    the project's template folder itself."""

    def search_path(self) -> tuple[Path, ...]:
        """The folders in lookup order (only existing ones)."""
        found = [self.project] if self.project is not None and self.project.is_dir() else []
        return (*found, self.package)

    def resolve(self, name: str) -> Path:
        """The file ``name`` resolves to (project override first)."""
        for folder in self.search_path():
            if (folder / name).is_file():
                return folder / name
        return self.package / name

    def limit(self) -> Path | None:
        """The folder a project template's real path must stay in."""
        return self.boundary if self.boundary is not None else self.project

    def outside(self) -> list[Path]:
        """Project template files whose real path leaves :meth:`limit` (symlinks).

        Checked before any template is hashed, read or rendered, so a link to a
        file elsewhere on the machine is never opened.
        """
        limit = self.limit()
        if self.project is None or limit is None or not self.project.is_dir():
            return []
        return sorted(p for p in self.project.rglob("*") if not is_inside(limit, p))

    def refuse_outside(self) -> TemplateFolders:
        """These folders, or a located error for each template linked outside the project."""
        outside = self.outside()
        if outside:
            raise ContentError(
                "the templates link outside the project; nothing was written",
                [error("is a symbolic link to a file outside the project; refused (nothing of "
                       "it was read)", SourceLocation(path), "template-outside-project")
                 for path in outside])
        return self

    def files(self) -> list[Path]:
        """Every template file in effect, sorted (for the cache key and error search)."""
        names = sorted({p.relative_to(f).as_posix() for f in self.search_path()
                        for p in f.rglob("*") if p.is_file()})
        return [self.resolve(name) for name in names]
