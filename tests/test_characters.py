"""Control characters in author text are located errors when a file is read.

They would make SCORM manifests ill-formed XML and stop WeasyPrint with an
unlocated error, so ``validate`` finds them: an escape at the value holding it,
a raw byte at its own line and column (never "position 2188").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from curriculum.cli import app

MODULE = "modules/digital-evidence-basics.yaml"
TITLE = "title: Digital evidence basics for first responders"


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


def set_title(root: Path, yaml_value: str) -> None:
    path = root / MODULE
    text = path.read_text("utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, f"title: {yaml_value}", 1), "utf-8")


@pytest.mark.parametrize(("escape", "code"), [
    ("\\0", "U+0000 (NUL)"), ("\\a", "U+0007 (BELL)"), ("\\e", "U+001B (ESCAPE)"),
    ("\\x7f", "U+007F (DELETE)"), ("\\x80", "U+0080 (CONTROL CHARACTER)"),
    ("\\x85", "U+0085 (NEXT LINE)"), ("\\x9f", "U+009F (CONTROL CHARACTER)"),
    ("\\b", "U+0008 (BACKSPACE)"), ("\\v", "U+000B (VERTICAL TAB)"),
    ("\\f", "U+000C (FORM FEED)"), ("\\r", "U+000D (CARRIAGE RETURN)"),
    ("\\uFFFE", "U+FFFE (NONCHARACTER)"),
])
def test_an_escaped_control_character_is_an_error_at_its_value(
    project: Path, escape: str, code: str
) -> None:
    set_title(project, f'"Evidence {escape} basics"')
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{MODULE}:5:8: error: title: the control character {code} (character 10 of the text) "
        "is not allowed; only tab and newline are (remove the escape) [control-character]")


@pytest.mark.parametrize(("raw", "code"), [
    ("\x7f", "U+007F (DELETE)"), ("\x1b", "U+001B (ESCAPE)"), ("\x07", "U+0007 (BELL)"),
    ("\x85", "U+0085 (NEXT LINE)"), ("\x9b", "U+009B (CONTROL CHARACTER)"),
])
def test_a_raw_control_character_is_an_error_at_its_line_and_column(
    project: Path, raw: str, code: str
) -> None:
    set_title(project, f"Evidence{raw} basics")
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{MODULE}:5:16: error: the control character {code} is not allowed; only tab and "
        "newline are (delete it) [control-character]"), result.output
    assert "position" not in result.output
    assert raw not in result.output  # the message itself stays printable


def test_control_characters_in_the_config_are_errors(project: Path) -> None:
    config = project / "curriculum.yaml"
    text = config.read_text("utf-8")
    config.write_text(text.replace("title: ", 'title: "\\e[31m" #', 1), "utf-8")
    result = run("validate", "--format", "json")
    assert result.exit_code == 1
    assert '"code": "control-character"' in result.stdout
    assert "\x1b" not in result.stdout


def test_a_lone_surrogate_cannot_be_written(project: Path) -> None:
    set_title(project, '"Evidence \\uD800 basics"')
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.startswith(f"{MODULE}:5:"), result.output


def test_tab_newline_and_unusual_printable_text_build_well_formed_xml(project: Path) -> None:
    set_title(project, '"Evidence\\tbasics ]]> & <b> \\u2028 \\U0001F600 \\u05D0"')
    result = run("build", "--format", "scorm12", "--format", "scorm2004", "--format", "json")
    assert result.exit_code == 0, result.output
    parsed = 0
    for package in sorted((project / "build").glob("scorm*/*.zip")):
        with zipfile.ZipFile(package) as archive:
            for name in archive.namelist():
                if name.endswith(".xml"):  # the official .xsd copies are byte for byte
                    ET.fromstring(archive.read(name))
                    parsed += 1
    assert parsed >= 2  # a manifest per package
