"""The bank formats as users meet them: listed in `build --help`, gated for TLP:RED,
deterministic, and silent for a module without a quiz."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bank_fixtures import FORMATS, REPOSITORY, bank_project, build_banks
from typer.testing import CliRunner

from curriculum.cli import app
from curriculum.exporters import REGISTRY

TESTS = Path(__file__).parents[1]


def test_build_help_lists_every_registered_format() -> None:
    result = CliRunner().invoke(app, ["build", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for entry in REGISTRY:
        assert entry.name in result.output and entry.summary in result.output
    assert {"qti21", "moodle", "gift"} <= {e.name for e in REGISTRY if e.platform}


def test_red_module_is_refused_by_every_bank_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = bank_project(tmp_path / "project")
    shutil.copy(TESTS / "package" / "data" / "red-module.yaml", project / "modules")
    monkeypatch.chdir(project)
    for fmt in (*FORMATS, "cc"):
        result = CliRunner().invoke(app, ["build", "--format", fmt])
        assert result.exit_code == 1
        assert "modules/red-module.yaml:" in result.output
        assert f"cannot be written into {fmt} packages" in result.output
        assert not (project / "build" / fmt).exists()


def test_same_input_same_bytes(tmp_path: Path) -> None:
    first = build_banks(REPOSITORY, tmp_path / "one")
    second = build_banks(REPOSITORY, tmp_path / "two")
    for fmt in FORMATS:
        names = sorted(p.name for p in (first / fmt).iterdir())
        assert names == sorted(p.name for p in (second / fmt).iterdir()) and names
        for name in names:
            assert (first / fmt / name).read_bytes() == (second / fmt / name).read_bytes()


def test_module_without_quiz_writes_no_bank(tmp_path: Path) -> None:
    project = bank_project(tmp_path / "project")
    shutil.copy(TESTS / "scorm" / "data" / "no-quiz.yaml", project / "modules")
    out = build_banks(project, tmp_path / "out")
    for fmt in FORMATS:
        assert not [p for p in (out / fmt).iterdir() if p.name.startswith("no-quiz.")]
