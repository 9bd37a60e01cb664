"""Control characters in author text are located errors when a file is read.

They would make SCORM manifests ill-formed XML and stop WeasyPrint with an
unlocated error, so ``validate`` finds them: an escape at the value holding it,
a raw byte at its own line and column (never "position 2188").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

CliRun = Callable[..., Result]  # the ``cli`` fixture of tests/conftest.py


MODULE = "modules/digital-evidence-basics.yaml"
TITLE = "title: Digital evidence basics for first responders"


@pytest.fixture
def project(init_demo: Path) -> Path:
    return init_demo


def set_title(root: Path, yaml_value: str) -> None:
    path = root / MODULE
    text = path.read_text("utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, f"title: {yaml_value}", 1), "utf-8")


ESCAPED = "(character 10 of the text) is not allowed; only tab and newline are (remove the escape)"
RAW = "is not allowed; only tab and newline are (delete it)"
CASES = [  # (the title as typed in YAML, line:col, the character, how the message ends)
    *[(f'"Evidence {escape} basics"', "5:8", f"title: the control character {code}", ESCAPED)
      for escape, code in [
          ("\\0", "U+0000 (NUL)"), ("\\a", "U+0007 (BELL)"), ("\\e", "U+001B (ESCAPE)"),
          ("\\x7f", "U+007F (DELETE)"), ("\\x80", "U+0080 (CONTROL CHARACTER)"),
          ("\\x85", "U+0085 (NEXT LINE)"), ("\\x9f", "U+009F (CONTROL CHARACTER)"),
          ("\\b", "U+0008 (BACKSPACE)"), ("\\v", "U+000B (VERTICAL TAB)"),
          ("\\f", "U+000C (FORM FEED)"), ("\\r", "U+000D (CARRIAGE RETURN)"),
          ("\\uFFFE", "U+FFFE (NONCHARACTER)")]],
    *[(f"Evidence{raw} basics", "5:16", f"the control character {code}", RAW)
      for raw, code in [
          ("\x7f", "U+007F (DELETE)"), ("\x1b", "U+001B (ESCAPE)"), ("\x07", "U+0007 (BELL)"),
          ("\x85", "U+0085 (NEXT LINE)"), ("\x9b", "U+009B (CONTROL CHARACTER)")]],
]


@pytest.mark.parametrize(("typed", "where", "what", "tail"), CASES)
def test_a_control_character_is_an_error_at_its_place(
    cli: CliRun, project: Path, typed: str, where: str, what: str, tail: str
) -> None:
    """An escape is reported at its value, a raw byte at its own line and column."""
    set_title(project, typed)
    result = cli("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{MODULE}:{where}: error: {what} {tail} [control-character]"), result.output
    assert "position" not in result.output
    assert not any(0x7F <= ord(c) <= 0x9F or ord(c) < 0x0A for c in result.output)


def test_control_characters_in_the_config_are_errors(cli: CliRun, project: Path) -> None:
    config = project / "curriculum.yaml"
    text = config.read_text("utf-8")
    config.write_text(text.replace("title: ", 'title: "\\e[31m" #', 1), "utf-8")
    result = cli("validate", "--format", "json")
    assert result.exit_code == 1
    assert '"code": "control-character"' in result.stdout
    assert "\x1b" not in result.stdout


def test_a_lone_surrogate_cannot_be_written(cli: CliRun, project: Path) -> None:
    set_title(project, '"Evidence \\uD800 basics"')
    result = cli("validate")
    assert result.exit_code == 1
    assert result.output.startswith(f"{MODULE}:5:"), result.output


def test_tab_newline_and_unusual_printable_text_build_well_formed_xml(
    cli: CliRun, project: Path
) -> None:
    set_title(project, '"Evidence\\tbasics ]]> & <b> \\u2028 \\U0001F600 \\u05D0"')
    result = cli("build", "--format", "scorm12", "--format", "scorm2004", "--format", "json")
    assert result.exit_code == 0, result.output
    parsed = 0
    for package in sorted((project / "build").glob("scorm*/*.zip")):
        with zipfile.ZipFile(package) as archive:
            for name in archive.namelist():
                if name.endswith(".xml"):  # the official .xsd copies are byte for byte
                    ET.fromstring(archive.read(name))
                    parsed += 1
    assert parsed >= 2  # a manifest per package


def test_messages_escape_every_control_character() -> None:
    """Whatever text a message quotes, the terminal line holds no control character."""
    from curriculum.diagnostics import SourceLocation, error

    shown = error("key \"a\x1b[31m\x85\x9b\x7f\" is repeated", SourceLocation(Path("m.yaml"), 2, 1),
                  "yaml-duplicate-key").format(Path("."))
    assert shown == ('m.yaml:2:1: error: key "a\\x1b[31m\\x85\\x9b\\x7f" is repeated '
                     "[yaml-duplicate-key]")
