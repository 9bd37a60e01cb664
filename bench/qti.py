"""Benchmark: our QTI 2.1 package against text2qti (QTI 1.2 for Canvas) on the same quiz.

The quiz is the six questions both tools can express (single and multiple choice,
true/false, short answer, numeric with tolerance, essay), as a curriculum module and as
text2qti's text. Each round times, interleaved in one process so that machine load hits
all sides alike:

- the floor: serialising our package model to JSON (``json.dumps`` of its dump): the least
  any exporter of this model must do;
- ours: ``qti21_zip`` (items, test, manifest, zip) from the same model;
- text2qti: ``Quiz(text)`` then ``QTI(quiz).zip_bytes()`` (parse, Markdown, XML, zip).

text2qti is not a project dependency: ``pip install text2qti`` in your venv to run this.

Usage: python bench/qti.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from curriculum.banks.qti21_package import qti21_zip
from curriculum.loader import load_project
from curriculum.package import module_package_model
from curriculum.scaffold import init_project

MODULE = """\
id: bench-quiz
title: Bench quiz
theme: investigation-basics
version: 1.0.0
duration: 10
level: foundation
audience: [investigators]
objectives:
  - {id: recall, text: Recall the facts.}
sections:
  - {id: only, title: Only, minutes: 10, body: Text.}
quiz:
  pass_mark: 60
  questions:
    - id: q1
      type: single_choice
      prompt: Which rule is written first?
      options: [{text: a equals b, correct: true}, {text: c or d}, {text: e or f}]
    - id: q2
      type: multiple_choice
      prompt: Which are punctuation marks?
      options: [{text: colon, correct: true}, {text: comma, correct: true}, {text: letter}]
    - id: q3
      type: true_false
      prompt: A tilde is special in GIFT.
      answer: true
    - id: q4
      type: fill_blank
      prompt: The feedback mark is ____ in GIFT.
      answers: [hash, hash sign]
    - id: q5
      type: numeric
      prompt: How many special characters, give or take one?
      answer: 6.5
      tolerance: 1.5
    - id: q6
      type: short_answer
      prompt: Explain why braces need a backslash.
      model_answer: They open and close the answer block.
"""

TEXT2QTI = """\
Quiz title: Bench quiz

1.  Which rule is written first?
*a) a equals b
b) c or d
c) e or f

2.  Which are punctuation marks?
[*] colon
[*] comma
[ ] letter

3.  A tilde is special in GIFT.
*a) True
b) False

4.  The feedback mark is what in GIFT?
*   hash
*   hash sign

5.  How many special characters, give or take one?
=   6.5 +- 1.5

6.  Explain why braces need a backslash.
____
"""


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    rounds = parser.parse_args().rounds
    from text2qti.config import Config
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz

    folder = Path(tempfile.mkdtemp(prefix="bench-qti-"))
    try:
        init_project(folder / "p")
        (folder / "p" / "modules" / "bench-quiz.yaml").write_text(MODULE, encoding="utf-8")
        project = load_project(folder / "p")
        assert project.config is not None
        loaded = next(m for m in project.modules if m.module.id == "bench-quiz")
        created = datetime(2018, 11, 29, tzinfo=UTC)
        package = module_package_model(project.config, loaded, created)
        config = Config()
        sides: dict[str, Callable[[], object]] = {
            "floor (json.dumps of the model)":
                lambda: json.dumps(package.model_dump(mode="json"), sort_keys=True),
            "ours (qti21_zip)": lambda: qti21_zip(package, created),
            "text2qti (Quiz + QTI.zip_bytes)":
                lambda: QTI(Quiz(TEXT2QTI, config=config)).zip_bytes(),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(rounds):
            for name, action in sides.items():
                times[name].append(_timed(action))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    floor = statistics.median(times[next(iter(sides))])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:34} median {median * 1000:8.3f} ms  ({median / floor:6.1f}x floor)")


if __name__ == "__main__":
    main()
