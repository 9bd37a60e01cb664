"""Files that are links to somewhere outside the project are refused before they are read.

A project received from elsewhere may hold ``modules/evil.yaml -> /etc/passwd``:
the error names the link, never prints anything of what it points at (text or
JSON output), and a link that stays inside the project works as a copy would.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

CliRun = Callable[..., Result]  # the ``cli`` fixture of tests/conftest.py


SECRET = "TOP-SECRET-LINE: not: [yaml"


@pytest.fixture
def project(init_demo: Path) -> Path:
    (init_demo.parent / "secret.yaml").write_text(f"{SECRET}\n", "utf-8")
    return init_demo


@pytest.mark.parametrize("target", ["/etc/passwd", "../../secret.yaml"])
def test_a_module_linked_outside_is_refused_unread(cli: CliRun, project: Path, target: str) -> None:
    os.symlink(target, project / "modules" / "evil.yaml")
    result = cli("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "modules/evil.yaml: error: this module file is a symbolic link to a file outside the "
        "project; refused (nothing of it was read) [file-outside-project]")
    assert "root:" not in result.output and "TOP-SECRET" not in result.output
    as_json = cli("validate", "--format", "json")
    assert "root:" not in as_json.stdout and "TOP-SECRET" not in as_json.stdout
    payload = json.loads(as_json.stdout)
    assert [d["path"] for d in payload["diagnostics"]] == ["modules/evil.yaml"]
    assert payload["diagnostics"][0]["code"] == "file-outside-project"


def test_a_module_linked_outside_stops_the_build(cli: CliRun, project: Path) -> None:
    os.symlink("/etc/passwd", project / "modules" / "evil.yaml")
    result = cli("build", "--format", "json")
    assert result.exit_code == 1
    assert "root:" not in result.output
    assert not (project / "build" / "json").exists()


def test_a_folder_named_on_the_command_line_keeps_its_links_inside(
    cli: CliRun, project: Path, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    os.symlink(tmp_path / "secret.yaml", drafts / "linked.yaml")
    result = cli("validate", str(drafts))
    assert result.exit_code == 1
    assert "this module file is a symbolic link" in result.output
    assert "TOP-SECRET" not in result.output


def test_the_config_linked_outside_is_refused_unread(
    cli: CliRun, project: Path, tmp_path: Path
) -> None:
    config = project / "curriculum.yaml"
    config.unlink()
    os.symlink(tmp_path / "secret.yaml", config)
    result = cli("validate")
    assert result.exit_code == 1
    assert result.output.startswith("curriculum.yaml: error: this curriculum.yaml is a symbolic "
                                    "link to a file outside the project"), result.output
    assert "TOP-SECRET" not in result.output


def test_a_source_linked_outside_is_refused_unread(cli: CliRun, project: Path) -> None:
    sources = sorted((project / "sources").iterdir())
    assert sources
    sources[0].unlink()
    os.symlink("/etc/passwd", sources[0])
    result = cli("validate")
    assert result.exit_code == 1
    assert "points outside the project [source-outside-project]" in result.output
    assert "root:" not in result.output


def test_links_inside_the_project_work(cli: CliRun, project: Path) -> None:
    module = project / "modules" / "digital-evidence-basics.yaml"
    kept = project / "library" / module.name
    kept.parent.mkdir()
    module.rename(kept)
    os.symlink("../library/digital-evidence-basics.yaml", module)
    result = cli("validate")
    assert result.exit_code == 0, result.output
