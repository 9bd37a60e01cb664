"""The build warns, at the quiz's draw line, when saved progress may not fit suspend_data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from scorm_fixtures import large_pool_module
from typer.testing import Result

from curriculum.scorm.budget import bits_for

CliRun = Callable[..., Result]  # the ``cli`` fixture of tests/conftest.py


@pytest.fixture
def project(init_demo: Path) -> Path:
    return init_demo


def add(root: Path, module_id: str, text: str) -> list[str]:
    (root / "modules" / f"{module_id}.yaml").write_text(text, "utf-8")
    return text.splitlines()


def test_a_drawn_pool_too_large_for_scorm12_warns_at_its_draw_line(
    cli: CliRun, project: Path
) -> None:
    lines = add(project, "texts", large_pool_module("texts", 3000, ("short_answer",), draw=400))
    line = next(n for n, text in enumerate(lines, 1) if text.strip().startswith("draw:"))
    result = cli("build", "--format", "scorm12")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"modules/texts.yaml:{line}:9: warning: quiz.draw: with 400 drawn questions, a learner's "
        "saved progress may need 6,893 characters, more than the 4,096 that scorm12 keeps, so "
        "answers could be lost on resume; at most 237 questions of this pool fit (set draw: 237, "
        "shorten the widest questions, or use scorm2004) [suspend-data-budget]")
    assert (project / "build" / "scorm12" / "texts.zip").is_file()  # a warning, not an error
    assert "suspend-data-budget" not in cli("build", "--format", "scorm2004").output
    assert "suspend-data-budget" not in cli("build", "--format", "json").output


def test_the_suggested_draw_fits(cli: CliRun, project: Path) -> None:
    add(project, "texts", large_pool_module("texts", 3000, ("short_answer",), draw=237))
    assert "suspend-data-budget" not in cli("build", "--format", "scorm12").output
    add(project, "texts", large_pool_module("texts", 3000, ("short_answer",), draw=238))
    assert "suspend-data-budget" in cli("build", "--format", "scorm12").output


def test_a_whole_pool_too_large_warns_at_its_questions(cli: CliRun, project: Path) -> None:
    add(project, "mixed", large_pool_module("mixed", 1200))
    output = cli("build", "--format", "scorm12").output
    assert "modules/mixed.yaml:18:3: warning: quiz.questions: with all 1,200 questions" in output


@pytest.mark.parametrize(("count", "kinds"), [
    (5000, ("single_choice", "multiple_choice", "true_false", "matching", "ordering")),
    (350, ("single_choice", "multiple_choice", "true_false", "numeric", "fill_blank")),
])
def test_large_pools_fit_without_a_warning(
    cli: CliRun, project: Path, count: int, kinds: tuple[str, ...]
) -> None:
    add(project, "big", large_pool_module("big", count, kinds))
    result = cli("build", "--format", "scorm12")
    assert result.exit_code == 0 and "suspend-data-budget" not in result.output, result.output


def test_field_widths_match_the_player() -> None:
    """The widths progress.js uses (``bitsFor``): the values a field must tell apart."""
    assert [bits_for(n) for n in (1, 2, 3, 4, 5, 8, 9, 64, 65)] == [0, 1, 2, 2, 3, 3, 4, 6, 7]
