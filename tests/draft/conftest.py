"""Fixtures for the draft tests (helpers live in draft_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import DATA, make_project

from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig


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
