"""The French and Arabic editions of child-victim-identification, as shipped.

They are translated modules (docs/translations.md): complete, structurally equal to the
English module, stamped with today's English text, and built like any module.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from curriculum.cli import app
from curriculum.loader import load_project
from curriculum.translation.units import text_units
from curriculum.yamlio import read_yaml_file

REPO = Path(__file__).resolve().parents[2]
SOURCE = "child-victim-identification"
EDITIONS = {"fr": f"modules/fr/{SOURCE}-fr.yaml", "ar": f"modules/ar/{SOURCE}-ar.yaml"}
"""Shipped editions."""


def copy_repository(tmp_path: Path, modules: tuple[str, ...]) -> Path:
    """The config, sources and the given module files, in a scratch project."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy(REPO / "curriculum.yaml", root)
    shutil.copytree(REPO / "sources", root / "sources")
    for name in modules:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, root / name)
    return root


@pytest.mark.parametrize("language", sorted(EDITIONS))
def test_each_edition_is_complete_and_fully_stamped(language: str) -> None:
    project = load_project(REPO)
    by_id = {m.module.id: m for m in project.modules}
    edition = by_id[f"{SOURCE}-{language}"]
    english = by_id[SOURCE]
    assert edition.module.language == language
    assert edition.module.translation is not None
    wanted = {u.id for u in text_units(english.raw)}
    assert {u.id for u in text_units(edition.raw)} >= wanted
    assert set(edition.module.translation.units) == wanted
    assert edition.raw["advisory"] and edition.raw["self_care"]
    english_texts = {u.id: u.text for u in text_units(english.raw)}
    same = [u.id for u in text_units(edition.raw) if english_texts.get(u.id) == u.text]
    assert len(same) <= 12, same  # acronyms and names (ICSE, PhotoDNA) may stay as they are


def test_changing_one_english_sentence_warns_in_each_edition_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_repository(tmp_path, (f"modules/{SOURCE}.yaml", *EDITIONS.values()))
    english = root / "modules" / f"{SOURCE}.yaml"
    text = english.read_text("utf-8")
    sentence = "The material is the record of a crime scene."
    assert text.count(sentence) == 1
    english.write_text(text.replace(sentence, "The material records a crime scene."), "utf-8")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["validate"])
    body = read_yaml_file(english).source_map.value_at(("sections", 0, "body")).line
    expected = []
    for name in sorted(EDITIONS.values()):
        line = read_yaml_file(root / name).source_map.value_at(("sections", 0, "body")).line
        assert (root / name).read_text("utf-8").splitlines()[line - 1].strip() == "body: |"
        expected.append(
            f"{name}:{line}:11: warning: sections[0].body: the source text changed since this "
            f"was translated (modules/{SOURCE}.yaml:{body}); update the translation, then run "
            f"`curriculum translate stamp {name} --unit sections.principles.body` "
            "[translation-stale]")
    files = len(expected)
    assert result.stdout == "\n".join(expected) + (
        f"\n0 errors, {files} warning{'s' if files > 1 else ''} in {files} file"
        f"{'s' if files > 1 else ''}\n")
    assert result.exit_code == 0


def test_the_editions_build_to_json_and_scorm_in_their_language(tmp_path: Path) -> None:
    from curriculum.build import build

    root = copy_repository(tmp_path, (f"modules/{SOURCE}.yaml", *EDITIONS.values()))
    build(root, ("json", "scorm12", "scorm2004"), None, 1, None)
    for language in EDITIONS:
        package = json.loads((root / f"build/json/{SOURCE}-{language}.json").read_text("utf-8"))
        assert package["manifest"]["language"] == language
        first = package["organization"]["items"][0]["title"]
        assert first != "Principles of victim identification"
        # the theme's title in the edition's language (curriculum.yaml `titles`)
        edition_title = read_yaml_file(root / EDITIONS[language]).data["title"]
        assert package["manifest"]["metadata"]["theme"]["title"] == edition_title
        for kind in ("scorm12", "scorm2004"):
            with zipfile.ZipFile(root / f"build/{kind}/{SOURCE}-{language}.zip") as archive:
                content = "".join(archive.read(n).decode("utf-8", "replace")
                                  for n in archive.namelist() if n.endswith((".html", ".js")))
            assert first in content
            assert "Principles of victim identification" not in content


@pytest.mark.parametrize("language", sorted(EDITIONS))
def test_each_edition_survives_an_xliff_round_trip_unchanged(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = EDITIONS[language]
    root = copy_repository(tmp_path, (f"modules/{SOURCE}.yaml", name))
    monkeypatch.chdir(root)
    runner = CliRunner()
    exported = runner.invoke(app, ["translate", "export", "--lang", language, "--out", "x"])
    assert exported.exit_code == 0, exported.output
    before = read_yaml_file(root / name).data
    imported = runner.invoke(app, ["translate", "import", f"x/{language}/{SOURCE}.xlf"])
    assert imported.stdout == f"Updated {name}: 257 units merged, 257 stamped\n"
    assert read_yaml_file(root / name).data == before


@pytest.mark.parametrize("language", sorted(EDITIONS))
def test_each_edition_prints_its_theme_title_in_its_language(
    language: str, repository_pdfs: Callable[[str], Path]
) -> None:
    """Read from the repository's curriculum built on its own A4 paper, shared with the page
    audit (conftest): every shipped module, this edition and its English source included."""
    import subprocess

    pdf = repository_pdfs("A4") / f"{SOURCE}-{language}.learner.pdf"
    cover = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "Child victim identification" not in cover
    title = read_yaml_file(REPO / EDITIONS[language]).data["title"]
    assert title.split()[0] in cover
