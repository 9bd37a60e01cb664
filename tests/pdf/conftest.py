"""Render the fixture projects once per session; tests read the PDFs' text and structure.

Two projects: ``data/project`` (two modules, TLP:AMBER and TLP:GREEN, injection
strings, a fictional scenario, a session plan with a missing row, every
question type with unique QZX... answer tokens) and the ``curriculum init``
example. Rendering is the slow part (seconds), so each is built once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_support import Built, build_pdf, copy_fixture

from curriculum.scaffold import init_project


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The data/project fixture, built once with two workers."""
    return build_pdf(copy_fixture(tmp_path_factory.mktemp("fixture")))


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The ``curriculum init`` example project, built once."""
    root = tmp_path_factory.mktemp("example") / "example"
    init_project(root, today=date(2026, 11, 29))
    return build_pdf(root)


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ``curriculum init`` example project, the current folder (for overrides)."""
    root = tmp_path / "example"
    init_project(root, today=date(2026, 11, 29))
    monkeypatch.chdir(root)
    return root
