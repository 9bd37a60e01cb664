"""`curriculum build` as users run it: gating, atomic swap, formats, --out, the closing table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner, Result

import curriculum.exporters as exporters
from curriculum.cli import app
from curriculum.errors import ContentError
from curriculum.exporters import ExporterEntry
from curriculum.exporters.base import BuildContext, Exporter

DATA = Path(__file__).parent / "package" / "data"
EPOCH = "1543449600"  # 2018-11-29T00:00:00Z
JSON_FILES = ["curriculum.json", "digital-evidence-basics.json", "package.schema.json"]


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> bytes), hidden ones included."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = tmp_path / "demo"
    assert run("init", str(root)).exit_code == 0
    monkeypatch.chdir(root)
    return root


class _Exploding(Exporter):
    """Writes a file into its staging folder, then fails: a build that breaks midway."""

    name: ClassVar[str] = "boom"
    summary: ClassVar[str] = "test only"
    error: ClassVar[type[Exception]] = ContentError

    def export(self, ctx: BuildContext) -> list[Path]:
        (ctx.out_dir / "half.json").write_text("{", "utf-8")
        raise self.error("the exporter failed midway")


class _TestEntry(ExporterEntry):
    def load(self) -> type[Exporter]:
        return _Exploding


def _add_exploding_format(monkeypatch: pytest.MonkeyPatch, error: type[Exception]) -> None:
    monkeypatch.setattr(_Exploding, "error", error)
    entry = _TestEntry("boom", "tests:_Exploding", "test only", platform=False)
    monkeypatch.setattr(exporters, "REGISTRY", (*exporters.REGISTRY, entry))


def test_build_writes_json_and_lists_it_in_the_closing_table(project: Path) -> None:
    result = run("build", "--format", "json")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "build" / "json").iterdir()) == JSON_FILES
    for name in JSON_FILES:
        assert f"json/{name}" in result.output
    assert "3 files written." in result.output
    size = (project / "build" / "json" / "curriculum.json").stat().st_size
    assert f"{size:,}" in result.output
    assert sorted(p.name for p in (project / "build").iterdir()) == [".curriculum-build", "json"]
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".build")) == []


def test_nothing_is_written_when_the_curriculum_has_an_error(project: Path) -> None:
    module = project / "modules" / "digital-evidence-basics.yaml"
    module.write_text(module.read_text("utf-8").replace("duration: 60", "duration: sixty"))
    result = run("build", "--format", "json")
    assert result.exit_code == 1
    assert "modules/digital-evidence-basics.yaml:" in result.output
    assert "the curriculum has errors; nothing was written" in result.output
    assert not (project / "build").exists()


def test_red_module_stops_the_build_with_a_located_error(project: Path) -> None:
    (project / "modules" / "red-module.yaml").write_bytes((DATA / "red-module.yaml").read_bytes())
    result = run("build", "--format", "json")
    assert result.exit_code == 1
    assert result.output.startswith(
        'modules/red-module.yaml:8:11: error: module "red-module" is marked TLP:RED and cannot '
        "be written into json packages"
    ), result.output
    assert not (project / "build").exists()


@pytest.mark.parametrize("error", [ContentError, RuntimeError])
def test_a_failed_build_leaves_the_previous_build_intact(
    project: Path, monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    assert run("build", "--format", "json").exit_code == 0
    before = snapshot(project / "build")
    (project / "modules" / "digital-evidence-basics.yaml").write_text(
        (project / "modules" / "digital-evidence-basics.yaml").read_text("utf-8")
        .replace("title: Four principles", "title: Five principles"), "utf-8")
    _add_exploding_format(monkeypatch, error)
    result = CliRunner().invoke(app, ["build", "--format", "json", "--format", "boom"])
    assert result.exit_code != 0
    if error is ContentError:
        assert result.exit_code == 1
        assert "curriculum: error: the exporter failed midway" in result.output
    else:
        assert isinstance(result.exception, RuntimeError)  # a bug keeps its traceback
    assert snapshot(project / "build") == before
    assert b"Five principles" not in b"".join(before.values())


def test_unknown_format_exits_2_and_lists_the_available_ones(project: Path) -> None:
    result = run("build", "--format", "json", "--format", "nosuch")
    assert result.exit_code == 2
    available = ", ".join(exporters.format_names())
    assert f'unknown format "nosuch"; available formats: {available}' in result.output
    assert "json" in exporters.format_names()
    assert not (project / "build").exists()


def test_out_writes_elsewhere_and_not_into_build(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    result = run("build", "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "json").iterdir()) == JSON_FILES
    assert not (project / "build").exists()


def test_formats_default_to_the_configs_list(project: Path) -> None:
    config = project / "curriculum.yaml"
    config.write_text(config.read_text("utf-8") + "formats: [json]\n", "utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "build").iterdir()) == [".curriculum-build", "json"]


def test_a_separate_process_writes_the_same_bytes(project: Path, tmp_path: Path) -> None:
    """The real console entry point, in a fresh interpreter (another hash seed)."""
    assert run("build", "--format", "json").exit_code == 0
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "12345"}
    out = tmp_path / "again"
    completed = subprocess.run(
        [sys.executable, "-m", "curriculum", "build", "--format", "json", "--out", str(out)],
        cwd=project, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "3 files written." in completed.stdout
    assert snapshot(out) == snapshot(project / "build")
