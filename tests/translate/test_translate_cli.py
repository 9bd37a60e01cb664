"""Translated modules as translators and authors meet them: validate, stamp, XLIFF 2.0.

The fixture project (``tests/data/translate/project``) holds a small English module and
its French translation, written for these tests.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner, Result

from curriculum.cli import app
from curriculum.yamlio import read_yaml_file

DATA = Path(__file__).parent.parent / "data" / "translate"
HOSTILE = sorted((DATA / "xliff").glob("*.xlf"))
NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
FRENCH = Path("modules/fr/mini-fr.yaml")


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(DATA / "project", root)
    monkeypatch.chdir(root)
    return root


def snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def line_of(path: Path, text: str) -> int:
    """1-based line of the first line of ``path`` containing ``text``."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def test_the_fixture_translation_validates_strict(project: Path) -> None:
    result = run("validate", "--strict")
    assert result.stdout == "No problems in 3 files.\n"
    assert result.exit_code == 0


def test_changing_one_english_sentence_warns_at_the_translations_line(project: Path) -> None:
    english = project / "modules" / "mini.yaml"
    text = english.read_text("utf-8")
    english.write_text(text.replace("through the proper channel.", "through Interpol's NCB."))
    result = run("validate")
    line = line_of(project / FRENCH, "Les pistes sont transmises") - 1  # the `body: |` line
    english_line = line_of(english, "through Interpol's NCB.") - 1
    assert result.stdout == (
        f"{FRENCH}:{line}:11: warning: sections[1].body: the source text changed since this "
        f"was translated (modules/mini.yaml:{english_line}); update the translation, then run "
        f"`curriculum translate stamp {FRENCH} --unit sections.sharing.body` "
        "[translation-stale]\n0 errors, 1 warning in 1 file\n")
    assert result.exit_code == 0
    assert run("validate", "--strict").exit_code == 1


def test_stamp_clears_the_stale_warning_and_touches_only_the_units(project: Path) -> None:
    english = project / "modules" / "mini.yaml"
    english.write_text(english.read_text("utf-8").replace("proper channel", "agreed channel"))
    before = (project / FRENCH).read_text("utf-8")
    result = run("translate", "stamp", str(FRENCH), "--unit", "sections.sharing.body")
    assert result.stdout == f"Stamped 1 units in {FRENCH}.\n"
    after = (project / FRENCH).read_text("utf-8")
    head = before.split("\ntranslation:\n")[0]
    assert after.startswith(head + "\ntranslation:\n")  # the text above is left alone
    assert run("validate", "--strict").stdout == "No problems in 3 files.\n"
    assert run("translate", "stamp", str(FRENCH), "--all").stdout == (
        "Nothing to stamp: 43 units already up to date.\n")


def test_stamp_refuses_unknown_units_and_plain_modules(project: Path) -> None:
    result = run("translate", "stamp", str(FRENCH), "--unit", "sections.nowhere.body")
    assert result.exit_code == 2
    assert 'no unit "sections.nowhere.body"' in result.stderr
    result = run("translate", "stamp", "modules/mini.yaml", "--all")
    assert result.exit_code == 2
    assert "is not a translated module" in result.stderr
    assert run("translate", "stamp", str(FRENCH)).exit_code == 2


def export(project: Path) -> Path:
    result = run("translate", "export", "--lang", "fr", "--out", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote out/fr/mini.xlf (43 units, 43 already translated from the current text)\n")
    return project / "out" / "fr" / "mini.xlf"


def test_export_writes_units_with_notes_and_placeholders(project: Path) -> None:
    root = etree.parse(str(export(project))).getroot()
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "fr")
    units = root.findall(".//x:unit", NS)
    assert len(units) == 43
    correct = root.find(".//x:unit[@id='quiz.questions.first-step.options.a.text']", NS)
    notes = [n.text for n in correct.findall(".//x:note", NS)]
    assert notes == ['Question "first-step" (single choice): option a (correct), text '
                     "(plain text)"]
    body = root.find(".//x:unit[@id='sections.clues.body']", NS)
    categories = [n.get("category") for n in body.findall(".//x:note", NS)]
    assert categories == ["context", "quotes", "placeholders"]
    source = body.find(".//x:source", NS)
    assert [ph.get("disp") for ph in source.findall("x:ph", NS)] == [
        "[](#sharing)", "`case-notes.txt`"]
    assert "[](#sharing)" not in (source.text or "")


def test_export_marks_stale_units_initial(project: Path) -> None:
    english = project / "modules" / "mini.yaml"
    english.write_text(english.read_text("utf-8").replace("proper channel", "agreed channel"))
    root = etree.parse(str(export_any(project))).getroot()
    unit = root.find(".//x:unit[@id='sections.sharing.body']", NS)
    assert unit.find(".//x:segment", NS).get("state") == "initial"
    assert unit.find(".//x:note[@category='stale']", NS) is not None


def export_any(project: Path) -> Path:
    assert run("translate", "export", "--lang", "fr", "--out", "out").exit_code == 0
    return project / "out" / "fr" / "mini.xlf"


def test_round_trip_into_the_existing_translation_changes_nothing(project: Path) -> None:
    original = read_yaml_file(project / FRENCH).data
    xliff = export(project)
    result = run("translate", "import", str(xliff))
    assert result.stdout == f"Updated {FRENCH}: 43 units merged, 43 stamped\n"
    assert read_yaml_file(project / FRENCH).data == original
    assert run("validate", "--strict").exit_code == 0


def test_round_trip_creates_the_translation_from_xliff_alone(project: Path) -> None:
    original = read_yaml_file(project / FRENCH).data
    xliff = export(project)
    (project / FRENCH).unlink()
    result = run("translate", "import", str(xliff))
    assert result.stdout == f"Created {FRENCH}: 43 units merged, 43 stamped\n"
    created = read_yaml_file(project / FRENCH).data
    for own in ("advisory", "self_care"):  # set by the translation, not in the English
        original.pop(own)
    original["quiz"].pop("title")
    assert created == original
    assert run("validate", "--strict").stdout == "No problems in 3 files.\n"


def test_a_translator_edit_comes_back_and_unfinished_units_stay_unstamped(project: Path) -> None:
    xliff = export(project)
    tree = etree.parse(str(xliff))
    unit = tree.find(".//x:unit[@id='sections.sharing.title']", NS)
    unit.find(".//x:target", NS).text = "Partager les pistes"
    unit.find(".//x:segment", NS).set("state", "initial")
    tree.write(str(xliff), xml_declaration=True, encoding="UTF-8")
    english = project / "modules" / "mini.yaml"
    english.write_text(english.read_text("utf-8").replace("Sharing leads", "Passing on leads"))
    assert run("translate", "import", str(xliff)).exit_code == 0
    assert "title: Partager les pistes" in (project / FRENCH).read_text("utf-8")
    result = run("validate")
    assert "sections[1].title: the source text changed" in result.stdout


@pytest.mark.parametrize("case", HOSTILE, ids=lambda p: p.stem)
def test_bad_or_hostile_xliff_is_refused_located_and_nothing_is_written(
    case: Path, project: Path, update_testdata: bool
) -> None:
    shutil.copy(case, project / "in.xlf")
    before = snapshot(project)
    result = run("translate", "import", "in.xlf")
    expected = case.with_suffix(".expected")
    if update_testdata:
        expected.write_text(result.stdout, "utf-8")
    assert result.stdout == expected.read_text("utf-8")
    assert result.exit_code == 1
    assert "nothing was" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(project) == before


def test_a_translation_builds_like_a_module_in_its_language(project: Path) -> None:
    import json
    import zipfile

    result = run("-q", "build", "--format", "json", "--format", "scorm2004")
    assert result.exit_code == 0, result.output
    package = json.loads((project / "build/json/mini-fr.json").read_text("utf-8"))
    manifest = package["manifest"]
    assert (manifest["identifier"], manifest["language"]) == ("mini-fr", "fr")
    titles = [item["title"] for item in package["organization"]["items"]]
    assert titles[:2] == ["Les indices dans le matériel", "Transmettre les pistes"]
    with zipfile.ZipFile(project / "build/scorm2004/mini-fr.zip") as archive:
        texts = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                        if n.endswith((".html", ".json", ".js", ".xml")))
    assert "Que font les analystes d" in texts
    assert "What do analysts do" not in texts


def test_the_translations_pdfs_carry_its_text(project: Path) -> None:
    from pypdf import PdfReader

    result = run("-q", "build", "--format", "pdf")
    assert result.exit_code == 0, result.output
    for edition in ("learner", "trainer", "quiz", "answer-key"):
        reader = PdfReader(project / f"build/pdf/mini-fr.{edition}.pdf")
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
        assert "Retrouver l\u2019enfant" in text, edition
        assert "Finding the child" not in text and "Clues in the material" not in text, edition
    trainer = PdfReader(project / "build/pdf/mini-fr.trainer.pdf")
    notes = " ".join(" ".join((p.extract_text() or "").split()) for p in trainer.pages)
    assert "Demandez au groupe quel indice" in notes
