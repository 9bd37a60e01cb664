"""The rough edges a new author meets on the command line (issue 13), as they see them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from curriculum.cli import app

EXAMPLE = "modules/digital-evidence-basics.yaml"
COMMANDS = ["init", "new", "validate", "schema", "stats", "build", "draft", "serve", "import"]


def run(*args: str, **env: str) -> Result:
    result = CliRunner().invoke(app, list(args), env=env or None)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def real(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed command in a child process, output to pipes (not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "curriculum", *args],
        cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "demo"
    assert run("init", str(root)).exit_code == 0
    monkeypatch.chdir(root)
    return root


def test_a_module_in_a_subfolder_is_validated_built_and_counted(project: Path) -> None:
    (project / "modules" / "basics").mkdir()
    (project / EXAMPLE).rename(project / "modules" / "basics" / "digital-evidence-basics.yaml")
    assert run("validate", "--strict").stdout == "No problems in 2 files.\n"
    rows = json.loads(run("stats", "--format", "json").stdout)["modules"]
    assert [r["id"] for r in rows] == ["digital-evidence-basics"]
    assert run("build", "--format", "json").exit_code == 0
    assert (project / "build" / "json" / "digital-evidence-basics.json").is_file()


def test_a_module_left_in_sources_is_named_in_a_warning(project: Path) -> None:
    (project / EXAMPLE).rename(project / "sources" / "digital-evidence-basics.yaml")
    result = run("validate")
    assert result.stdout.startswith(
        "sources/digital-evidence-basics.yaml:4:1: warning: this file looks like a module but "
        "is outside modules/"
    )


def test_a_missing_modules_folder_fails_validate_and_build(project: Path) -> None:
    config = project / "curriculum.yaml"
    config.write_text(config.read_text().replace("modules: modules/", "modules: module/"))
    line = config.read_text().splitlines().index("modules: module/") + 1
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"curriculum.yaml:{line}:10: error: modules: folder 'module/' does not exist; "
        'did you mean "modules/"?'
    )
    assert run("build", "--format", "json").exit_code == 1
    assert not (project / "build").exists()


def test_formats_in_the_config_are_checked_by_validate(project: Path) -> None:
    config = project / "curriculum.yaml"
    config.write_text(config.read_text() + "formats: [pdf, scorm]\n")
    result = run("validate")
    assert result.exit_code == 1
    assert 'formats[1]: unknown format "scorm"' in result.stdout
    assert 'did you mean "scorm12"?' in result.stdout
    assert re.match(r"curriculum\.yaml:\d+:\d+: error: ", result.stdout)


def test_validate_one_file_counts_one_file(project: Path) -> None:
    assert run("validate", EXAMPLE).stdout == "No problems in 1 file.\n"


def test_stats_fits_eighty_columns_by_default(project: Path) -> None:
    table = run("stats")
    assert table.exit_code == 0
    assert "total (1 module)" in table.stdout and "total (1 modules)" not in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    assert "single" not in table.stdout
    wide = run("stats", "--wide")
    assert "single" in wide.stdout and "investigation-basics" in wide.stdout
    data = json.loads(run("stats", "--format", "json").stdout)
    assert data["modules"][0]["by_type"]["numeric"] == 1 and data["minutes"] == 60


def test_a_second_identical_build_writes_nothing(project: Path) -> None:
    first = run("build", "--format", "json", "--format", "scorm12")
    assert first.exit_code == 0 and "files written" in first.stdout
    before = {p: p.stat().st_mtime_ns for p in (project / "build").rglob("*") if p.is_file()}
    again = run("build", "--format", "json", "--format", "scorm12")
    assert again.exit_code == 0
    assert again.stdout.startswith("Up to date: nothing to write")
    after = {p: p.stat().st_mtime_ns for p in (project / "build").rglob("*") if p.is_file()}
    assert after == before


def test_an_edit_rebuilds_only_what_changed(project: Path) -> None:
    assert run("build", "--format", "json").exit_code == 0
    module = project / EXAMPLE
    module.write_text(module.read_text().replace("pass_mark: 70", "pass_mark: 75"))
    result = run("build", "--format", "json")
    assert "Up to date" not in result.stdout and "files written" in result.stdout
    package = (project / "build/json/digital-evidence-basics.json").read_text()
    assert '"mastery_score": 75' in package


def test_build_prints_a_line_per_stage_when_not_on_a_terminal(project: Path) -> None:
    result = real(["build", "--format", "json", "--format", "scorm12"], project)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "Checking the curriculum",
        "Building json packages (2 steps)",
        "Building scorm12 packages (1 step)",
    ]
    quiet = real(["-q", "build", "--format", "json"], project)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_short_version_and_quiet(project: Path) -> None:
    assert run("-V").stdout.startswith("curriculum ")
    assert run("-q", "validate").stdout == ""
    module = project / EXAMPLE
    module.write_text(module.read_text().replace("level: foundation", "level: Foundation"))
    quiet = run("-q", "validate")
    assert quiet.exit_code == 1
    assert quiet.stdout.splitlines() == [
        f"{EXAMPLE}:9:8: error: level: must be one of foundation, intermediate, advanced; "
        'found "Foundation"; did you mean "foundation"? [invalid-value]'
    ]


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_plain_and_fits_eighty_columns(command: str, tmp_path: Path) -> None:
    result = real([command, "--help"] if command else ["--help"], tmp_path, COLUMNS="80")
    assert result.returncode == 0
    text = result.stdout
    assert "<list[" not in text and "range>" not in text and "<path>" not in text
    assert "<str>" not in text and "<int" not in text
    assert not re.search(r"(--[\w-]+|[A-Z]\.\.\.) <", text), text  # no type after a name
    assert max(len(line) for line in text.splitlines()) <= 80
    assert not [line for line in text.splitlines() if re.search(r"\w-$", line)], text
    assert "..." not in text.split("Commands:")[-1] if not command else True


def test_build_help_lists_every_format() -> None:
    from curriculum.exporters import format_names

    text = run("build", "--help").stdout
    for name in format_names():
        assert re.search(rf"^\s+{name}\s+\S", text, re.M), name


def test_option_errors_are_plain_words(project: Path) -> None:
    jobs = run("build", "--jobs", "0")
    assert jobs.exit_code == 2 and "must be 1 or more" in jobs.stderr
    fmt = run("validate", "--format", "yaml")
    assert fmt.exit_code == 2 and '"yaml" is not a format here; use text or json' in fmt.stderr
    build_format = run("build", "--format", "scorm")
    assert build_format.exit_code == 2 and 'did you mean "scorm12"?' in build_format.stderr
    for result in (jobs, fmt):
        assert "Input should" not in result.stderr and "Value error" not in result.stderr


def test_schema_outside_a_project_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("schema")
    assert result.exit_code == 2
    assert "no curriculum.yaml found" in result.stderr and "--out DIR" in result.stderr
    assert not (tmp_path / "schemas").exists()


def test_init_with_a_space_suggests_a_quoted_cd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("init", "My Course")
    assert result.stdout.splitlines()[-1] == "Next: cd 'My Course' && curriculum validate"


def test_new_module_plans_its_whole_duration(project: Path) -> None:
    import yaml

    assert run("new", "scene-safety", "--theme", "investigation-basics").exit_code == 0
    module = yaml.safe_load((project / "modules" / "scene-safety.yaml").read_text("utf-8"))
    planned = sum(s.get("minutes", 0) for s in module["sections"]) + module["quiz"]["minutes"]
    assert planned == module["duration"]
    result = run("validate", "--strict")
    assert result.stdout == "No problems in 3 files.\n"


@pytest.mark.parametrize(
    ("out", "expected"),
    [(None, "../schemas/module.schema.json"), ("drafts/one", "../../schemas/module.schema.json")],
)
def test_drafted_modules_name_the_schema_for_editors(
    tmp_path: Path, out: str | None, expected: str
) -> None:
    root = tmp_path / "drafting"
    assert real(["init", str(root)], tmp_path).returncode == 0
    args = ["draft", "sources/evidence-handling-notes.md"]
    result = real([*args, "--out", out] if out else args, root)
    assert result.returncode == 0, result.stdout + result.stderr
    folder = root / (out or "modules")
    drafts = sorted(folder.glob("*-draft.yaml"))
    assert drafts, result.stdout
    for draft in drafts:
        first = draft.read_text("utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema={expected}"
        assert (folder / expected).resolve() == (root / "schemas/module.schema.json").resolve()


def test_schema_descriptions_are_plain_for_editor_hovers() -> None:
    from curriculum.schema import SCHEMA_FILES, schema_text

    for name, model in SCHEMA_FILES.items():
        text = schema_text(model, name)
        assert "``" not in text, name
        assert "`curriculum draft`" in text or name == "curriculum.schema.json"
