"""Invalid inputs as data files beside their exact expected diagnostics.

Each folder in ``validate_cases/`` (except ``_base``) overlays ``files/`` on the
base project, runs ``curriculum validate`` (plus ``args.txt``) from the project
root, and compares the whole output with ``expected.txt``. Refresh the goldens
with ``pytest --update-testdata`` and review the diff.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from curriculum.cli import app

CASES_DIR = Path(__file__).parent / "validate_cases"
BASE = CASES_DIR / "_base"
CASES = sorted(p for p in CASES_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


def snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` with a hash of its bytes (to prove nothing was written)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def make_project(tmp_path: Path, case: Path | None) -> Path:
    project = tmp_path / "project"
    shutil.copytree(BASE, project)
    if case is not None and (case / "files").is_dir():
        shutil.copytree(case / "files", project, dirs_exist_ok=True)
    return project


def run_validate(
    project: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[str, int]:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(app, ["validate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.stdout, result.exit_code


def test_there_are_at_least_thirty_cases() -> None:
    errors = [c for c in CASES if " error: " in (c / "expected.txt").read_text("utf-8")]
    assert len(errors) >= 30


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_testdata: bool
) -> None:
    project = make_project(tmp_path, case)
    before = snapshot(project)
    args_file = case / "args.txt"
    args = args_file.read_text("utf-8").split() if args_file.exists() else []
    output, code = run_validate(project, args, monkeypatch)
    expected_file = case / "expected.txt"
    if update_testdata:
        expected_file.write_text(output, "utf-8")
    expected = expected_file.read_text("utf-8")
    assert output == expected
    assert code == (1 if " error: " in expected else 0)
    assert "Traceback" not in output
    assert snapshot(project) == before, "validate must not write or change any file"


def test_twenty_megabyte_file_is_refused_quickly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path, None)
    huge = project / "modules" / "huge.yaml"
    line = "# " + "x" * 98 + "\n"
    huge.write_text("id: huge\n" + line * (20 * 1024 * 1024 // len(line)), "utf-8")
    started = time.perf_counter()
    output, code = run_validate(project, [], monkeypatch)
    elapsed = time.perf_counter() - started
    assert output == (
        "modules/huge.yaml: error: file is 20.0 MB; a file may be at most 5 MB "
        "(split the module into smaller ones) [file-too-large]\n"
        "1 error, 0 warnings in 1 file\n"
    )
    assert code == 1
    assert elapsed < 2.0


def test_alias_bomb_is_refused_within_a_second_with_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    project = make_project(tmp_path, CASES_DIR / "alias-bomb")
    tracemalloc.start()
    started = time.perf_counter()
    output, code = run_validate(project, [], monkeypatch)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "[yaml-alias-bomb]" in output
    assert code == 1
    assert elapsed < 1.0
    assert peak < 50 * 1024 * 1024
