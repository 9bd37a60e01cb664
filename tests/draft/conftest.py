"""Fixtures for the draft tests (helpers live in draft_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from draft_fixtures import DATA, make_project

from curriculum.draft import sourced
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig


def _use(node: pytest.Item | pytest.Module | pytest.Collector | None) -> None:
    international = node is not None and node.get_closest_marker("international") is not None
    sourced.use([], "international" if international else "local")


@pytest.fixture(autouse=True, scope="module")
def module_audience(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each draft test module's audience. A test of one judge (a giveaway, a fragment, a
    theme) on a short text of a fictional office drafts as that office's own staff would
    (``draft_audience: local``): the source gate of the default, international audience
    (``sourced.py``) would hold most such texts' rules before the judge under test is seen.
    Modules marked ``international`` draft as the default does. Tests through the CLI read
    the project's curriculum.yaml (``make_project`` and ``drafted_note`` write local)."""
    _use(request.node)
    yield
    sourced.use([], "international")


@pytest.fixture(autouse=True)
def audience(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test's own ``international`` mark; afterwards its module's audience again (a
    module's fixtures that draft once are set up lazily, inside a later test)."""
    _use(request.node)
    yield
    _use(request.node.getparent(pytest.Module))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)
    return root


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    """The theme matcher of the draft tests' curriculum (``data/themes.yaml``)."""
    themes = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)
