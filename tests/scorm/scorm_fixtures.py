"""Helpers for the SCORM tests: the fixture project (`curriculum init` plus tests/scorm/data/)
and where its packages are. Named uniquely so that test modules can import it."""

from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from curriculum.build import build
from curriculum.scaffold import init_project
from curriculum.yamlio import dump_yaml

DATA = Path(__file__).parent / "data"
STANDARDS = Path(__file__).parents[1] / "data" / "standards"
EPOCH = "1543449600"  # 2018-11-29T00:00:00Z
FORMATS = ("scorm12", "scorm2004")


@dataclass(frozen=True)
class ScormBuild:
    """Where the fixture project and its built packages are."""

    project: Path
    out: Path

    def zip_path(self, fmt: str, module_id: str) -> Path:
        return self.out / fmt / f"{module_id}.zip"

    def entries(self, fmt: str, module_id: str) -> dict[str, bytes]:
        with zipfile.ZipFile(self.zip_path(fmt, module_id)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}


def fixture_project(root: Path) -> Path:
    """`curriculum init` at ``root`` with every module of tests/scorm/data/ added."""
    init_project(root)
    for path in sorted(DATA.glob("*.yaml")):
        shutil.copy(path, root / "modules" / path.name)
    return root


def build_scorm(project: Path, out: Path) -> Any:
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        return build(project, list(FORMATS), out)


ALL_KINDS = ("single_choice", "multiple_choice", "true_false", "matching", "ordering",
             "numeric", "fill_blank", "short_answer")


def large_pool_module(module_id: str, count: int, kinds: tuple[str, ...] = ALL_KINDS,
                      draw: int | None = None, shuffle: bool = True) -> str:
    """A valid module whose quiz has ``count`` questions cycling through ``kinds`` (YAML)."""
    questions = [_generated_question(i, kinds[i % len(kinds)]) for i in range(count)]
    quiz: dict[str, Any] = {"pass_mark": 50, "shuffle": shuffle}
    if draw is not None:
        quiz["draw"] = draw
    quiz["questions"] = questions
    module = {
        "id": module_id, "title": f"Large pool of {count}", "theme": "investigation-basics",
        "duration": 60, "level": "foundation", "audience": ["investigators"],
        "objectives": [{"id": "recall", "text": "Recall the generated facts."}],
        "sections": [{"id": "intro-section", "title": "Only section",
                      "body": "A generated module with a large question pool."}],
        "quiz": quiz,
    }
    return dump_yaml(module)


def _generated_question(i: int, kind: str) -> dict[str, Any]:
    base: dict[str, Any] = {"id": f"q{i:05d}", "type": kind, "objective": "recall",
                            "prompt": f"Generated question number {i}."}
    if kind in ("single_choice", "multiple_choice"):
        count = 4 if kind == "single_choice" else 5
        right = {i % count} if kind == "single_choice" else {0, 2}
        base["options"] = [{"text": f"Option {n} of question {i}", "correct": n in right}
                           for n in range(count)]
    elif kind == "true_false":
        base["answer"] = i % 2 == 0
    elif kind == "matching":
        base["pairs"] = [{"left": f"Left {n} of {i}", "right": f"Right {n} of {i}"}
                         for n in range(3)]
    elif kind == "ordering":
        base["items"] = [f"Step {n} of {i}" for n in range(4)]
    elif kind == "numeric":
        base["answer"] = i
    elif kind == "fill_blank":
        base["prompt"] = f"Generated blank ____ number {i}."
        base["answers"] = ["alpha"]
    else:
        base["model_answer"] = f"A model answer for question {i}."
    return base
