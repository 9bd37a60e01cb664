"""Helpers shared by the PDF tests: build a fixture project, read its PDFs' text."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from curriculum.build import build

DATA = Path(__file__).parent / "data"


@dataclass
class Built:
    """A built project: its root, its build/pdf folder, and text per page of each PDF."""

    root: Path
    out: Path
    _pages: dict[str, list[str]] = field(default_factory=dict)

    def pdf(self, name: str) -> Path:
        return self.out / name

    def pages(self, name: str) -> list[str]:
        """Extracted text of each page (pypdf), cached; line-end hyphenation undone."""
        if name not in self._pages:
            reader = PdfReader(self.pdf(name))
            # A word hyphenated at a line end (U+2010, never typed by authors) is joined again.
            self._pages[name] = [(page.extract_text() or "").replace("\u2010\n", "")
                                 for page in reader.pages]
        return self._pages[name]

    def text(self, name: str) -> str:
        return "\n".join(self.pages(name))


def copy_fixture(tmp: Path, name: str = "project") -> Path:
    """A fresh copy of a fixture project under ``tmp``."""
    root = tmp / name
    shutil.copytree(DATA / name, root)
    return root


def build_pdf(root: Path, jobs: int = 2) -> Built:
    """``curriculum build --format pdf`` through the library."""
    result = build(root, ["pdf"], jobs=jobs)
    return Built(root, result.out_dir / "pdf")


def override(root: Path, name: str, text: str) -> Path:
    """Write a project template override ``templates/pdf/<name>``."""
    path = root / "templates" / "pdf" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def cli_build() -> tuple[int, str]:
    """``curriculum build --format pdf --jobs 1`` in the current folder: exit code, output."""
    from typer.testing import CliRunner

    from curriculum.cli import app

    result = CliRunner().invoke(app, ["build", "--format", "pdf", "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output
