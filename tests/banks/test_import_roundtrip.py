"""Round trips: module -> bank (each format) -> `curriculum import` -> module.

The imported questions must equal the originals on everything the format carries
(docs/import.md lists what each format loses), and exporting the imported module
again must give the same bank questions as the first export (a fixed point).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from bank_fixtures import EPOCH, REPOSITORY, bank_project, build_banks

from curriculum.banks.cc_qti import cc_left_out
from curriculum.banks.gift import left_out
from curriculum.banks.markup import html_text
from curriculum.banks.moodle import category_name
from curriculum.importing import import_bank
from curriculum.loader import load_project
from curriculum.package import module_package_model
from curriculum.package_models import AssessmentItem, Package

SUFFIX = {"gift": "gift", "moodle": "xml", "qti21": "zip"}
FORMATS = ("gift", "moodle", "qti21", "cc")


def _norm(html: str | None) -> str:
    """HTML with white space folded (GIFT folds line breaks; a soft break reads as a space)."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html or "")).strip()


def _general(item: AssessmentItem) -> str:
    """Explanation and general feedback: every format carries them as one text."""
    return _norm((item.explanation_html or "") + (item.feedback_html or ""))


def carried(item: AssessmentItem, fmt: str, objectives: dict[str, str]) -> dict[str, Any]:
    """What ``fmt`` carries of an item, in comparable form."""
    data = item.model_dump()
    out: dict[str, Any] = {"id": item.identifier, "type": item.type,
                           "prompt": _norm(item.prompt_html), "general": _general(item)}
    if fmt in ("moodle", "qti21", "cc"):
        out["points"] = item.points
    if fmt == "moodle":
        out["tags"] = item.tags
        out["objective"] = item.objective
    if fmt == "gift":  # the category name is the objective's text, cut at 250 characters
        text = objectives.get(item.objective or "")
        out["objective"] = category_name(text).replace("//", "/") if text else None
    if item.type in ("single_choice", "multiple_choice"):
        choices = [(c["identifier"] if fmt in ("qti21", "cc") else None, _norm(c["html"]),
                    c["identifier"] in data["correct_response"],
                    "" if fmt == "cc" else _norm(data["feedback"].get(c["identifier"])))
                   for c in data["choices"]]
        out["choices"] = choices
    elif item.type == "true_false" or item.type == "fill_blank":
        out["answer"] = sorted(set(data["correct_response"]), key=str)
    elif item.type == "numeric":
        out["answer"] = data["correct_response"]
        if fmt in ("moodle", "qti21"):
            out["unit"] = data["unit"]
    elif item.type == "matching":
        lefts = {c["identifier"]: _norm(c["html"]) for c in data["lefts"]}
        rights = {c["identifier"]: c["html"] for c in data["rights"]}
        shown = _norm if fmt == "qti21" else html_text  # Moodle and GIFT: rights as text
        out["pairs"] = sorted((lefts[a], shown(rights[b])) for a, b in data["correct_response"])
    elif item.type == "ordering":
        html = {c["identifier"]: _norm(c["html"]) for c in data["choices"]}
        out["order"] = [html[i] for i in data["correct_response"]]
    elif item.type == "short_answer" and fmt in ("moodle", "qti21"):
        out["model_answer"] = _norm(data["model_answer_html"])
    return out


def _by_id(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: item["id"])


def _packages(root: Path, paths: tuple[Path, ...] = ()) -> dict[str, Package]:
    from datetime import UTC, datetime

    project = load_project(root, paths)
    assert project.config is not None
    moment = datetime(2018, 11, 29, tzinfo=UTC)
    wanted = {p.resolve() for p in paths}
    return {m.module.id: module_package_model(project.config, m, moment)
            for m in project.modules if not wanted or m.path.resolve() in wanted}


def _objectives(package: Package) -> dict[str, str]:
    return {o.identifier: o.text for o in package.manifest.metadata.objectives}


def _expected(package: Package, fmt: str) -> list[dict[str, Any]]:
    items = package.assessments[0].items
    if fmt == "gift":
        items = [i for i in items if left_out(i) is None]
    if fmt == "cc":
        items = [i for i in items if cc_left_out(i) is None]
    return [carried(i, fmt, _objectives(package)) for i in items]


def _imported(root: Path, build: Path, fmt: str, out: Path, module_id: str) -> Package:
    """The module ``module_id`` as it comes back from its bank."""
    if fmt == "cc":  # one cartridge for the curriculum, a module per assessment
        cartridge = next((build / "cc").glob("*.imscc"))
        target = out / "cc"
        if not target.exists():
            import_bank(root, cartridge, "cc", target)
        return _packages(root, (target / f"{module_id}.yaml",))[module_id]
    bank = build / fmt / f"{module_id}.{SUFFIX[fmt]}"
    result = import_bank(root, bank, fmt, out, module_id=f"back-{module_id}")
    return _packages(root, (result.modules[0].path,))[f"back-{module_id}"]


def _round_trip(root: Path, build: Path, fmt: str, out: Path) -> None:
    originals = _packages(root)
    checked = 0
    for module_id, package in originals.items():
        if not package.assessments:
            continue
        imported = _imported(root, build, fmt, out, module_id)
        expected = _expected(package, fmt)
        got = [carried(i, fmt, _objectives(imported)) for i in imported.assessments[0].items]
        if fmt in ("gift", "moodle"):  # Moodle XML and GIFT list questions category by category
            got, expected = _by_id(got), _by_id(expected)
        assert got == expected, module_id
        checked += len(got)
    assert checked >= 8


@pytest.fixture(scope="module")
def cartridges(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The cartridge (one for a whole curriculum) of the fixture project and the repository."""
    fixture = bank_project(tmp_path_factory.mktemp("cc-project") / "project")
    return {"fixture": build_banks(fixture, tmp_path_factory.mktemp("cc-fixture"), ("cc",)),
            "repository": build_banks(REPOSITORY, tmp_path_factory.mktemp("cc-repo"), ("cc",))}


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixture_modules_round_trip(fixture_build: Path, cartridges: dict[str, Path],
                                    tmp_path: Path, fmt: str) -> None:
    """Every question type, author-named options, hostile text, feedback of every kind."""
    project = bank_project(tmp_path / "project")
    build = cartridges["fixture"] if fmt == "cc" else fixture_build
    _round_trip(project, build, fmt, tmp_path / "imported")


@pytest.mark.parametrize("fmt", FORMATS)
def test_built_in_modules_round_trip(repository_build: Path, cartridges: dict[str, Path],
                                     tmp_path: Path, fmt: str) -> None:
    project = tmp_path / "repo"
    shutil.copytree(REPOSITORY, project, ignore=shutil.ignore_patterns(
        ".venv", "build", ".git", "tests", "node_modules", "wip", "bench", "src"))
    build = cartridges["repository"] if fmt == "cc" else repository_build
    _round_trip(project, build, fmt, tmp_path / "imported")


@pytest.mark.parametrize("fmt", ["gift", "moodle", "qti21"])
def test_export_import_export_gives_the_same_questions(fixture_build: Path, tmp_path: Path,
                                                       fmt: str) -> None:
    """The second export of every imported question equals the first, question by question."""
    project = bank_project(tmp_path / "project")
    for path in (project / "modules").glob("*.yaml"):
        if path.stem != "all-types":
            path.unlink()
    first = build_banks(project, tmp_path / "first", (fmt,))
    result = import_bank(project, first / fmt / f"all-types.{SUFFIX[fmt]}", fmt,
                         project / "modules", module_id="all-types", force=True)
    assert result.modules[0].questions >= 7
    second = build_banks(project, tmp_path / "second", (fmt,))
    assert _questions(first / fmt, fmt) == _questions(second / fmt, fmt)


def _questions(folder: Path, fmt: str) -> list[str]:
    """The bank's questions as text: GIFT blocks, Moodle <question>s, QTI item files."""
    path = next(folder.iterdir())
    if fmt == "qti21":
        import zipfile

        with zipfile.ZipFile(path) as archive:
            return [archive.read(n).decode() for n in sorted(archive.namelist())
                    if n.startswith("items/")]
    text = path.read_text(encoding="utf-8")
    if fmt == "gift":
        return [b for b in text.split("\n\n") if b.startswith("::")]
    return re.findall(r"<question type=\"(?!category).*?</question>", text, re.S)


def test_cli_reports_and_writes(fixture_build: Path, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from curriculum.cli import app

    project = bank_project(tmp_path / "project")
    monkeypatch.chdir(project)
    bank = fixture_build / "gift" / "all-types.gift"
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        result = CliRunner().invoke(app, ["import", str(bank), "--format", "gift",
                                          "--module-id", "from-gift"])
    assert result.exit_code == 0, result.output
    assert "warning: the exporter left out put-in-order: GIFT has no ordering question" \
        in result.output
    assert re.search(r"all-types\.gift:\d+:\d+: warning: an essay carries no model answer",
                     result.output)
    assert "Wrote modules/from-gift.yaml: 7 questions\n" in result.output
    assert "2 notes on what was not carried over" in result.output
    written = (project / "modules" / "from-gift.yaml").read_text(encoding="utf-8")
    assert written.startswith("# yaml-language-server: $schema=../schemas/module.schema.json\n")
    assert "# Not carried over (2):" in written and "put-in-order" in written
    validated = CliRunner().invoke(app, ["validate", "modules/from-gift.yaml"])
    assert validated.exit_code == 0, validated.output
    again = CliRunner().invoke(app, ["import", str(bank), "-f", "gift", "--module-id",
                                     "from-gift"])
    assert again.exit_code == 2 and "use --force" in again.output
    assert (project / "modules" / "from-gift.yaml").read_text(encoding="utf-8") == written
