"""Shared pytest options and fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from project_copies import REPO, copy_project
from shared_builds import built_once


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Hand the long test files to the two workers first (pyproject.toml's addopts).

    ``pytest -n 2 --dist loadfile`` gives each worker whole test files, so a file's module-
    and session-scoped fixtures are made once per worker. A file holding a ``slow`` or
    ``browser`` test goes first (``--no-loadscope-reorder`` keeps this order), so that no long
    file starts last while the other worker idles; of these, a file that needs the
    repository's PDFs (``repository_pdfs``, shared by the workers) goes first, so that the
    build is there when a later file reads it. Tests keep their order within a file; run
    without xdist (``-n 0``), the suite only runs in this order.
    """
    slow = {_file(item) for item in items
            if item.get_closest_marker("slow") or item.get_closest_marker("browser")}
    builds = {_file(item) for item in items
              if "repository_pdfs" in getattr(item, "fixturenames", ())}
    items.sort(key=lambda item: (_file(item) not in slow, _file(item) not in builds))


def _file(item: pytest.Item) -> str:
    return item.nodeid.split("::")[0]


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
    thing the suite does (about 500 pages); each test rendering its own copy cost minutes.
    Under xdist the workers share one build: the first to need a size builds it into the
    session's temporary root, holding a lock, and the other waits for it and reads it
    (``shared_builds.built_once``)."""
    from curriculum.build import build

    built: dict[str, Path] = {}

    def pdfs(size: str) -> Path:
        if size not in built:
            def make(folder: Path) -> Path:
                root = copy_project(REPO, folder / "p", size)
                return build(root, ["pdf"], jobs=2).out_dir / "pdf"

            built[size] = built_once(tmp_path_factory, f"repository-pdfs-{size}", make)
        return built[size]

    return pdfs
