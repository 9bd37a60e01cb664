"""SCORM reads the typed package model: the zips depend on nothing but what the JSON
package says, so a package re-read from its JSON file gives the same zip, byte for byte."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest
from scorm_fixtures import EPOCH, fixture_project

from curriculum.build import build
from curriculum.config import build_timestamp
from curriculum.loader import load_project
from curriculum.package_models import Package
from curriculum.scorm.package import package_zip

VERSIONS = {"scorm12": "1.2", "scorm2004": "2004"}
REPO = Path(__file__).parents[2]


def _built(project: Path, out: Path) -> Path:
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        build(project, ["json", *VERSIONS], out)
    return out


@pytest.mark.parametrize("which", ["fixtures", "repository"])
def test_zip_from_the_json_package_is_byte_identical(tmp_path: Path, which: str) -> None:
    project = fixture_project(tmp_path / "p") if which == "fixtures" else REPO
    out = _built(project, tmp_path / "out")
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        loaded = load_project(project)
        assert loaded.config is not None
        created = build_timestamp(loaded.config)
    checked = 0
    for module in loaded.modules:
        json_file = next((out / "json").rglob(f"{module.module.id}.json"))
        package = Package.model_validate_json(json_file.read_bytes())
        for fmt, version in VERSIONS.items():
            written = (out / fmt / f"{module.module.id}.zip").read_bytes()
            assert package_zip(package, created, version) == written, f"{fmt}/{module.module.id}"
            checked += 1
    assert checked == 2 * len(loaded.modules) >= 8
