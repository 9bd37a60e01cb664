"""The JSON package names the default quiz in the module's language (it is the tool's text)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from curriculum.build import build

DATA = Path(__file__).parents[1] / "data" / "i18n"


@pytest.mark.parametrize(("module", "title"), [
    ("module-ar", "اختبار المعارف"), ("module-fr", "Contrôle des connaissances"),
    ("module-es", "Evaluación de conocimientos"),
])
def test_default_quiz_title_is_translated_in_the_package(tmp_path: Path, module: str,
                                                         title: str) -> None:
    root = tmp_path / "project"
    shutil.copytree(DATA, root)
    out = build(root, ["json"], jobs=1).out_dir / "json"
    package = json.loads((out / f"{module}.json").read_text("utf-8"))
    assert package["assessments"][0]["title"] == title
    quiz_item = [i for i in package["organization"]["items"] if i["type"] == "assessment"]
    assert [i["title"] for i in quiz_item] == [title]


def test_an_authored_quiz_title_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(DATA, root)
    path = root / "modules" / "module-fr.yaml"
    path.write_text(path.read_text("utf-8").replace(
        "quiz:\n", "quiz:\n  title: Vérification des acquis\n", 1), "utf-8")
    out = build(root, ["json"], jobs=1).out_dir / "json"
    package = json.loads((out / "module-fr.json").read_text("utf-8"))
    assert package["assessments"][0]["title"] == "Vérification des acquis"
