"""Shared pytest options and fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from project_copies import REPO, copy_project


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-testdata",
        action="store_true",
        default=False,
        help="Rewrite golden files (expected outputs) from the current behaviour.",
    )


@pytest.fixture
def update_testdata(request: pytest.FixtureRequest) -> bool:
    """True when golden files should be rewritten instead of compared."""
    return bool(request.config.getoption("--update-testdata"))


CliRun = Callable[..., Result]


@pytest.fixture
def cli() -> CliRun:
    """Run ``curriculum ARGS...`` in-process; a traceback (not SystemExit) fails the test."""
    from curriculum.cli import app

    def run(*args: str) -> Result:
        result = CliRunner().invoke(app, list(args))
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            result.exception
        return result

    return run


@pytest.fixture
def init_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ``curriculum init`` project in ``tmp_path/demo``, the current folder."""
    from curriculum.scaffold import init_project

    root = tmp_path / "demo"
    init_project(root)
    monkeypatch.chdir(root)
    return root


@pytest.fixture(scope="session")
def repository_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``pdfs(size)``: the build/pdf folder of the repository's own curriculum (a copy of
    its modules, sources and curriculum.yaml) built as PDFs on ``size`` paper, two jobs.

    Built once per size per session and only read: the page audit reads every page
    (tests/pdf), the editions tests a cover (tests/content). Rendering it is the slowest
    thing the suite does (about 500 pages); each test rendering its own copy cost minutes."""
    from curriculum.build import build

    built: dict[str, Path] = {}

    def pdfs(size: str) -> Path:
        if size not in built:
            root = copy_project(REPO, tmp_path_factory.mktemp(f"builtin-{size}") / "p", size)
            built[size] = build(root, ["pdf"], jobs=2).out_dir / "pdf"
        return built[size]

    return pdfs
