"""`curriculum serve` in a real browser: edit, break and fix a module, answer its quiz.

The server runs as the author would start it (a child process in a copy of a
project), on a free port of 127.0.0.1; the test edits the YAML on disk and
watches the open page follow. The server is always terminated, test failed or not.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from curriculum.scaffold import init_project

pytestmark = pytest.mark.browser

MODULE = """\
# yaml-language-server: $schema=../schemas/module.schema.json
id: live-preview
title: Live preview check
theme: investigation-basics
duration: 30
level: foundation
audience: [investigators]
objectives:
  - id: count-principles
    text: State how many principles guide the handling of digital evidence.
sections:
  - id: principles
    title: {section_title}
    minutes: 20
    body: |
      Four principles keep digital evidence usable in court.
quiz:
  pass_mark: 100
  minutes: 10
  questions:
    - id: how-many
      type: single_choice
      prompt: How many principles does this module name?
      objective: count-principles
      explanation: The body text names four principles.
      options:
        - text: Seven principles
        - text: Four principles
          correct: true
"""
BROKEN_TITLE = "title: Live preview: a check"


@dataclass
class Preview:
    """A running `curriculum serve` and the project it shows."""

    url: str
    project: Path
    process: subprocess.Popen[str]

    @property
    def module(self) -> Path:
        return self.project / "modules" / "live-preview.yaml"

    def write(self, section_title: str, broken: bool = False) -> None:
        text = MODULE.format(section_title=section_title)
        if broken:
            text = text.replace("title: Live preview check", BROKEN_TITLE)
        self.module.write_text(text, "utf-8")


def _read_url(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline() if ready else ""
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if found is None:
        process.kill()
        errors = process.stderr.read() if process.stderr else ""
        raise AssertionError(f"serve did not start: {line!r} {errors}")
    return found.group(0)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def preview(tmp_path: Path, browser_ready: None) -> Iterator[Preview]:
    project = tmp_path / "course"
    init_project(project)
    (project / "modules" / "live-preview.yaml").write_text(
        MODULE.format(section_title="First title"), "utf-8"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "curriculum", "serve", "--port", "0"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        yield Preview(_read_url(process, 60), project, process)
    finally:
        _stop(process)
    assert process.returncode is not None
    assert not (project / "build").exists(), "the preview must never write build/"


def _validate_line(project: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "curriculum", "validate"], cwd=project,
                            capture_output=True, text=True, timeout=60)
    return result.stdout.splitlines()[0]


def test_edit_break_fix_and_answer_in_author_mode(preview: Preview, probe: Any) -> None:
    page = probe.page
    page.goto(preview.url)
    assert page.locator("[data-theme='investigation-basics'] [data-module='live-preview']").count()
    page.goto(f"{preview.url}module/live-preview/learner")
    assert page.locator("h2", has_text="First title").count() == 1

    # Save an edit: the open page reloads by itself and shows it.
    saved = time.monotonic()
    preview.write("Second title")
    page.locator("h2", has_text="Second title").wait_for(timeout=10_000)
    print(f"\npage updated {time.monotonic() - saved:.2f} s after the save")

    # Break the YAML: the overlay lists validate's own message; the last good page stays.
    preview.write("Third title", broken=True)
    overlay = page.locator("[data-problems]")
    overlay.wait_for(timeout=10_000)
    expected = _validate_line(preview.project)
    assert expected.startswith("modules/live-preview.yaml:3:8: error:")
    assert overlay.locator("[data-problem]").first.inner_text() == expected
    assert page.locator("h2", has_text="Second title").count() == 1

    # Fix it: the overlay goes and the new text shows.
    preview.write("Fixed title")
    page.locator("h2", has_text="Fixed title").wait_for(timeout=10_000)
    assert page.locator("[data-problems]").count() == 0

    # Author mode: the answer key beside the SCORM player reveals the answer; use it.
    page.goto(f"{preview.url}module/live-preview/quiz?author=1")
    key = page.frame_locator("[data-answer-key]")
    revealed = key.locator(".answer-text").first.inner_text()
    assert "Four principles" in revealed and "Seven" not in revealed
    assert "The body text names four principles." in key.locator(".explanation").inner_text()
    player = page.frame_locator("[data-player]")
    player.locator("[data-ready]").wait_for()
    toggle = player.locator("[data-toc-toggle]")  # the contents fold in a narrow frame
    if toggle.is_visible():
        toggle.click()
    player.locator('[data-goto="quiz"]').click()
    question = player.locator('[data-question-id="how-many"]')
    question.get_by_label("Four principles").check()
    player.locator("[data-submit]").click()
    player.locator("[data-confirm-dialog] [data-confirm]").click()
    result = player.locator('[data-result="passed"], [data-result="failed"]')
    result.wait_for()
    assert result.get_attribute("data-result") == "passed"
    assert probe.errors == []
