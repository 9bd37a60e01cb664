"""Operating-system errors are one-line messages naming the path and what to do, never tracebacks.

Exit 2 when the path came from the command line (``--out``, ``init DIR``), 1
when the project or the disk needs fixing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fault_support import EPOCH, debris, error_line, forked, tree
from typer.testing import CliRunner, Result

from curriculum.cli import app


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = tmp_path / "demo"
    assert run("init", str(root)).exit_code == 0
    monkeypatch.chdir(root)
    return root


def test_build_folder_being_a_file(project: Path) -> None:
    (project / "build").write_text("not a folder", "utf-8")
    result = run("build", "--format", "json")
    assert result.exit_code == 1
    line = (project / "curriculum.yaml").read_text("utf-8").splitlines().index("build: build/") + 1
    assert result.output.startswith(f"curriculum.yaml:{line}:8: error: refusing to build into "
                                    f"{project / 'build'}: it is a file, not a folder; give a "
                                    "folder [build-folder]"), result.output
    assert (project / "build").read_text("utf-8") == "not a folder"


def test_build_out_a_file_or_below_a_file(project: Path, tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x", "utf-8")
    result = run("build", "--format", "json", "--out", str(afile))
    assert result.exit_code == 2
    assert result.output == (f"curriculum: error: refusing to build into {afile} (--out): it is "
                             "a file, not a folder; give a folder\n")
    result = run("build", "--format", "json", "--out", str(afile / "out"))
    assert result.exit_code == 2
    shown = os.path.relpath(afile / "out", project)
    assert result.output.startswith(f"curriculum: error: cannot write {shown}/: Not a "
                                    "directory (")
    assert result.output.endswith("a part of this path is a file, not a folder; remove or "
                                  "rename that file\n")


def test_build_out_a_missing_parent(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "deeper" / "out"
    result = run("build", "--format", "json", "--out", str(out))
    assert result.exit_code == 2
    assert "No such file or directory" in result.output
    assert "a folder on this path does not exist; create it first" in result.output


def test_read_only_build_folder(project: Path) -> None:
    """Permission denied on the staging folder: as a user by chmod, as root by injection."""
    assert run("build", "--format", "json").exit_code == 0
    before = tree(project / "build")
    if os.geteuid() == 0:
        outcome = forked(["build", "--format", "json"], project, "EACCES@1")
        code, output = outcome.code, outcome.output
    else:
        project.chmod(0o555)
        try:
            result = run("build", "--format", "json")
        finally:
            project.chmod(0o755)
        code, output = result.exit_code, result.output
    assert code == 1, output
    line = error_line(output)
    assert line.startswith("curriculum: error: cannot write build/: Permission denied (")
    assert output.rstrip().endswith("check the folder's permissions or choose another folder")
    assert tree(project / "build") == before and debris(project) == []


def test_schema_out_a_file(project: Path) -> None:
    (project / "notes.txt").write_text("x", "utf-8")
    result = run("schema", "--out", "notes.txt")
    assert result.exit_code == 2
    assert result.output == ("curriculum: error: cannot write the schemas into notes.txt: Not a "
                             "directory (notes.txt); a part of this path is a file, not a "
                             "folder; remove or rename that file\n")
    result = run("schema", "--out", "notes.txt/schemas")
    assert result.exit_code == 2 and "Not a directory" in result.output


def test_init_below_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("x", "utf-8")
    result = run("init", "afile/project")
    assert result.exit_code == 2
    assert result.output == ("curriculum: error: cannot create the project afile/project: Not a "
                             "directory (afile/project); a part of this path is a file, not a "
                             "folder; remove or rename that file\n")
    assert (tmp_path / "afile").read_text("utf-8") == "x"


def test_init_into_an_empty_folder_that_fails_leaves_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed init removes what it wrote, not the (empty) folder the user made."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    outcome = forked(["init", "mine"], tmp_path, "ENOSPC@3")
    assert outcome.code == 2 or outcome.code == 1, outcome.output
    assert "No space left on device" in outcome.output
    assert (tmp_path / "mine").is_dir() and list((tmp_path / "mine").iterdir()) == []


def test_new_with_the_modules_folder_a_file(project: Path) -> None:
    for path in (project / "modules").iterdir():
        path.unlink()
    (project / "modules").rmdir()
    (project / "modules").write_text("x", "utf-8")
    result = run("new", "second", "--theme", "investigation-basics")
    assert result.exit_code == 1, result.output
    assert result.output == (f"curriculum: error: cannot write {project / 'modules'}/second.yaml: "
                             f"Not a directory ({project / 'modules'}); a part of this path is a "
                             "file, not a folder; remove or rename that file\n")


def test_draft_out_a_file(project: Path) -> None:
    (project / "sources" / "notes.txt").write_text("Investigators document each step.\n",
                                                   "utf-8")
    (project / "taken").write_text("x", "utf-8")
    result = run("draft", "sources/notes.txt", "--out", "taken/drafts")
    assert result.exit_code == 2
    assert result.output.startswith("curriculum: error: cannot write taken/drafts/: Not a "
                                    "directory (")
