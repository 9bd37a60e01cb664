"""Render the fixture projects once per session; tests read the PDFs' text and structure.

Two projects: ``data/project`` (two modules, TLP:AMBER and TLP:GREEN, injection
strings, a fictional scenario, a session plan with a missing row, every
question type with unique QZX... answer tokens) and the ``curriculum init``
example. Rendering is the slow part (seconds), so each is built once, for all xdist workers
(shared_builds).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_support import Built, build_pdf, copy_fixture

from curriculum.scaffold import init_project
from shared_builds import built_once


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The data/project fixture, built once with two workers (for all xdist workers)."""
    root = built_once(tmp_path_factory, "pdf-fixture",
                      lambda folder: _built_root(build_pdf(copy_fixture(folder))))
    return Built(root, root / "build" / "pdf")


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The ``curriculum init`` example project, built once (for all xdist workers)."""

    def make(folder: Path) -> Path:
        root = folder / "example"
        init_project(root, today=date(2026, 11, 29))
        return _built_root(build_pdf(root))

    root = built_once(tmp_path_factory, "pdf-example", make)
    return Built(root, root / "build" / "pdf")


def _built_root(built: Built) -> Path:
    assert built.out == built.root / "build" / "pdf", built.out
    return built.root


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ``curriculum init`` example project, the current folder (for overrides)."""
    root = tmp_path / "example"
    init_project(root, today=date(2026, 11, 29))
    monkeypatch.chdir(root)
    return root
