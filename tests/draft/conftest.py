"""Fixtures for the draft tests (helpers live in draft_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import make_project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)
    return root
