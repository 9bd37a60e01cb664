"""The command line as users see it: output text, files written, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from curriculum.cli import app, handles_errors

EXAMPLE = "modules/digital-evidence-basics.yaml"


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "demo"
    assert run("init", str(root)).exit_code == 0
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize(
    "command", ["init", "new", "validate", "schema", "stats", "build", "draft", "import"]
)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"curriculum {command}" in result.stdout


def test_version_and_no_arguments() -> None:
    assert run("--version").stdout.startswith("curriculum ")
    assert run().exit_code in (0, 2)


def test_init_creates_a_project_that_validates(project: Path) -> None:
    for name in ("curriculum.yaml", EXAMPLE, "schemas/module.schema.json", "sources"):
        assert (project / name).exists()
    result = run("validate", "--strict")
    assert result.stdout == "No problems in 2 files.\n"
    assert result.exit_code == 0


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    result = run("init", str(tmp_path / "taken"))
    assert result.exit_code == 2
    assert "already exists and is not an empty folder" in result.stderr
    assert sorted(p.name for p in (tmp_path / "taken").iterdir()) == ["notes.txt"]


def test_new_adds_a_module_that_validates_with_a_schema_line(project: Path) -> None:
    result = run("new", "scene-safety", "--theme", "investigation-basics")
    assert result.stdout == "Created modules/scene-safety.yaml\n"
    text = (project / "modules" / "scene-safety.yaml").read_text()
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schemas/module.schema.json"
    validated = run("validate", "--strict")
    assert validated.exit_code == 0, validated.stdout
    assert validated.stdout == "No problems in 3 files.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["new", "x", "--theme", "nope"],
            'unknown theme "nope"; themes in curriculum.yaml: investigation-basics',
        ),
        (["new", "Bad Id", "--theme", "investigation-basics"], '"Bad Id" is not a valid module id'),
        (["new", "digital-evidence-basics", "--theme", "investigation-basics"], "already exists"),
        (["validate", "modules/no-such.yaml"], "no such file or folder: modules/no-such.yaml"),
        (["build", "--format", "nosuch"], 'unknown format "nosuch"; available formats:'),
    ],
)
def test_usage_errors_exit_2_with_a_plain_message(
    project: Path, args: list[str], message: str
) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_unknown_option_exits_2(project: Path) -> None:
    assert run("validate", "--no-such-option").exit_code == 2


def test_outside_a_project_validate_says_how_to_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 2
    assert "no curriculum.yaml found" in result.stderr and "curriculum init" in result.stderr


def _break_example(project: Path) -> None:
    path = project / EXAMPLE
    text = path.read_text().replace("duration: 60", "duration: sixty")
    text = text.replace("bloom: remember", "bloom: recall")
    path.write_text(text)


def test_validate_from_a_subfolder_finds_the_project_and_prints_relative_paths(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_example(project)
    monkeypatch.chdir(project / "sources")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith(
        "../modules/digital-evidence-basics.yaml:8:11: error: duration:"
    )
    assert result.stdout.splitlines()[-1] == "2 errors, 0 warnings in 1 file"


def test_validate_json_format_for_editors(project: Path) -> None:
    _break_example(project)
    result = run("validate", "--format", "json")
    payload = json.loads(result.stdout)
    assert result.exit_code == 1
    assert payload["errors"] == 2 and payload["files_checked"] == 2
    first = payload["diagnostics"][0]
    assert first == {
        "path": EXAMPLE,
        "line": 8,
        "col": 11,
        "severity": "error",
        "code": "wrong-type",
        "message": 'duration: expected a whole number, found "sixty"',
        "key_path": "duration",
    }


def test_validate_paths_reports_only_those_files(project: Path) -> None:
    run("new", "other-module", "--theme", "investigation-basics")
    other = project / "modules" / "other-module.yaml"
    other.write_text(other.read_text().replace("level: foundation", "level: expert"))
    _break_example(project)
    result = run("validate", "modules/other-module.yaml")
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()[:-1]] == [
        "modules/other-module.yaml"
    ]


def test_schema_command_writes_both_schemas(project: Path, tmp_path: Path) -> None:
    result = run("schema", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["curriculum.schema.json", "module.schema.json"]


def test_stats_table_and_json(project: Path) -> None:
    table = run("stats")
    assert table.exit_code == 0
    assert "digital-evidence-basics" in table.stdout and "total (1 module)" in table.stdout
    data = json.loads(run("stats", "--format", "json").stdout)
    row = data["modules"][0]
    assert row["questions"] == 8 and row["objectives_assessed"] == 2
    assert all(count == 1 for count in row["by_type"].values())


def _subprocess(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "curriculum", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_real_process_init_validate_and_broken_input(tmp_path: Path) -> None:
    assert _subprocess(["init", "demo"], tmp_path).returncode == 0
    ok = _subprocess(["validate"], tmp_path / "demo")
    assert (ok.returncode, ok.stdout) == (0, "No problems in 2 files.\n")
    (tmp_path / "demo" / EXAMPLE).write_bytes(b"\xff\xfe\x00garbage")
    broken = _subprocess(["validate"], tmp_path / "demo")
    assert broken.returncode == 1
    assert "Traceback" not in broken.stderr
    assert broken.stdout.startswith(f"{EXAMPLE}:1:3: error: this is a binary file")


def test_real_process_usage_error_exit_code(tmp_path: Path) -> None:
    result = _subprocess(["validate", "--strict=maybe"], tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("failure", [RuntimeError("release unlocked lock"), OSError(5, "EIO")])
def test_an_error_while_an_interrupt_unwinds_still_reports_the_interrupt(
    capsys: pytest.CaptureFixture[str], failure: Exception
) -> None:
    """Ctrl-C or SIGTERM can land inside the standard library, whose cleanup then fails."""

    @handles_errors
    def command() -> None:
        try:
            raise KeyboardInterrupt
        finally:
            raise failure

    with pytest.raises(typer.Exit) as caught:
        command()
    assert caught.value.exit_code == 130
    assert capsys.readouterr().err == (
        "curriculum: interrupted (SIGINT); files being written were discarded\n")
