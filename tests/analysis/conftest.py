"""A small project whose quiz the synthetic results below were built for."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CASES = Path(__file__).parents[1] / "validate_cases" / "_base"

MODULE = """\
id: meeting-basics
title: Meeting basics
theme: theme-one
duration: 30
level: foundation
audience: [investigators]
objectives:
  - id: obj-one
    text: Explain the meeting.
sections:
  - id: intro
    title: Introduction
    body: The meeting brought experts together.
quiz:
  pass_mark: 50
  questions:
    - id: host-city
      type: single_choice
      prompt: Where did the meeting take place?
      objective: obj-one
      options:
        - {text: Singapore, correct: true}
        - {text: Bangkok}
        - {text: Jakarta}
        - {text: Manila}
    - id: annual-meeting
      type: true_false
      prompt: The group meets every year.
      objective: obj-one
      answer: true
    - id: day-count
      type: numeric
      prompt: How many days did the meeting last, counting both ends?
      objective: obj-one
      answer: 10
      tolerance: 1
    - id: meeting-topics
      type: multiple_choice
      prompt: Which topics were on the agenda? Select all that apply.
      objective: obj-one
      options:
        - {text: Victim identification, correct: true}
        - {text: Vehicle crime}
        - {text: Travelling sex offenders, correct: true}
    - id: reflection
      type: short_answer
      prompt: What would you take back to your unit?
      objective: obj-one
      model_answer: Any concrete practice, explained.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(CASES, root)
    (root / "modules" / "meeting-basics.yaml").write_text(MODULE, "utf-8")
    monkeypatch.chdir(root)
    return root
