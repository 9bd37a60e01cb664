"""Fixtures: `curriculum init` projects, plus modules from tests/package/data/ dropped into them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from curriculum.scaffold import init_project

DATA = Path(__file__).parent / "data"


@pytest.fixture
def make_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """A fresh `curriculum init` project with the named data modules added; cwd is set to it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1543449600")  # 2018-11-29T00:00:00Z
    counter = iter(range(1000))

    def make(*modules: str, config: str | None = None) -> Path:
        root = tmp_path / f"project-{next(counter)}"
        init_project(root)
        for name in modules:
            shutil.copy(DATA / f"{name}.yaml", root / "modules" / f"{name}.yaml")
        if config is not None:
            shutil.copy(DATA / config, root / "curriculum.yaml")
        monkeypatch.chdir(root)
        return root

    return make
