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
