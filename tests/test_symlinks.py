"""Files that are links to somewhere outside the project are refused before they are read.

A project received from elsewhere may hold ``modules/evil.yaml -> /etc/passwd``:
the error names the link, never prints anything of what it points at (text or
JSON output), and a link that stays inside the project works as a copy would.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from curriculum.cli import app

SECRET = "TOP-SECRET-LINE: not: [yaml"


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "demo"
    assert run("init", str(root)).exit_code == 0
    (tmp_path / "secret.yaml").write_text(f"{SECRET}\n", "utf-8")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("target", ["/etc/passwd", "../../secret.yaml"])
def test_a_module_linked_outside_is_refused_unread(project: Path, target: str) -> None:
    os.symlink(target, project / "modules" / "evil.yaml")
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "modules/evil.yaml: error: this module file is a symbolic link to a file outside the "
        "project; refused (nothing of it was read) [file-outside-project]")
    assert "root:" not in result.output and "TOP-SECRET" not in result.output
    as_json = run("validate", "--format", "json")
    assert "root:" not in as_json.stdout and "TOP-SECRET" not in as_json.stdout
    payload = json.loads(as_json.stdout)
    assert [d["path"] for d in payload["diagnostics"]] == ["modules/evil.yaml"]
    assert payload["diagnostics"][0]["code"] == "file-outside-project"


def test_a_module_linked_outside_stops_the_build(project: Path) -> None:
    os.symlink("/etc/passwd", project / "modules" / "evil.yaml")
    result = run("build", "--format", "json")
    assert result.exit_code == 1
    assert "root:" not in result.output
    assert not (project / "build" / "json").exists()


def test_a_folder_named_on_the_command_line_keeps_its_links_inside(
    project: Path, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    os.symlink(tmp_path / "secret.yaml", drafts / "linked.yaml")
    result = run("validate", str(drafts))
    assert result.exit_code == 1
    assert "this module file is a symbolic link" in result.output
    assert "TOP-SECRET" not in result.output


def test_the_config_linked_outside_is_refused_unread(project: Path, tmp_path: Path) -> None:
    config = project / "curriculum.yaml"
    config.unlink()
    os.symlink(tmp_path / "secret.yaml", config)
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.startswith("curriculum.yaml: error: this curriculum.yaml is a symbolic "
                                    "link to a file outside the project"), result.output
    assert "TOP-SECRET" not in result.output


def test_a_source_linked_outside_is_refused_unread(project: Path) -> None:
    sources = sorted((project / "sources").iterdir())
    assert sources
    sources[0].unlink()
    os.symlink("/etc/passwd", sources[0])
    result = run("validate")
    assert result.exit_code == 1
    assert "points outside the project [source-outside-project]" in result.output
    assert "root:" not in result.output


def test_links_inside_the_project_work(project: Path) -> None:
    module = project / "modules" / "digital-evidence-basics.yaml"
    kept = project / "library" / module.name
    kept.parent.mkdir()
    module.rename(kept)
    os.symlink("../library/digital-evidence-basics.yaml", module)
    result = run("validate")
    assert result.exit_code == 0, result.output
