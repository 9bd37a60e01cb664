"""``curriculum forms``: seeded, balanced, keyed forms through the PDF pipeline."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from curriculum.cli import app

BASE = Path(__file__).parents[1] / "validate_cases" / "_base"
CITIES = ["Lima", "Oslo", "Rome", "Bern", "Kyiv", "Riga", "Doha", "Baku"]


def _single(n: int) -> str:
    """Question n: the correct option is always authored first ("a")."""
    options = [CITIES[n], *[c for c in CITIES if c != CITIES[n]][:3]]
    lines = [f"    - id: city-{n}", "      type: single_choice",
             f"      prompt: Which capital is number {n} on the trainer's list?",
             "      objective: obj-one", "      options:",
             f"        - {{text: {options[0]}, correct: true}}"]
    lines += [f"        - {{text: {o}}}" for o in options[1:]]
    return "\n".join(lines) + "\n"


MODULE = """\
id: capitals
title: Capitals
theme: theme-one
version: 2.1.0
handling: TLP:AMBER
duration: 30
level: foundation
audience: [investigators]
objectives:
  - id: obj-one
    text: Name the capitals.
sections:
  - id: intro
    title: Introduction
    body: Capitals of several countries.
quiz:
  pass_mark: 50
  questions:
""" + "".join(_single(n) for n in range(8)) + """\
    - id: oslo-north
      type: true_false
      prompt: Oslo lies north of Rome.
      objective: obj-one
      answer: true
    - id: several-capitals
      type: multiple_choice
      prompt: Which of these are capitals? Select all that apply.
      objective: obj-one
      options:
        - {text: Lima, correct: true}
        - {text: Geneva}
        - {text: Riga, correct: true}
    - id: capital-blank
      type: fill_blank
      prompt: The capital of Peru is ____.
      objective: obj-one
      answers: [Lima]
"""
WRITTEN_ONLY = MODULE.replace("id: capitals", "id: written").split("  questions:\n")[0] + """\
  questions:
    - id: capital-blank
      type: fill_blank
      prompt: The capital of Peru is ____.
      objective: obj-one
      answers: [Lima]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(BASE, root)
    (root / "modules" / "capitals.yaml").write_text(MODULE, "utf-8")
    (root / "modules" / "written.yaml").write_text(WRITTEN_ONLY, "utf-8")
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[str, int]:
    result = CliRunner().invoke(app, ["forms", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.output, result.exit_code


def text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def written(project: Path) -> Path:
    output, code = run("capitals", "--forms", "2", "--seed", "5", "--out", "out", "-j", "1")
    assert code == 0, output
    assert "capitals: left out 1 fill_blank: a tick sheet cannot record written answers" in output
    return project / "out"


def test_files_and_key_manifest(written: Path) -> None:
    names = sorted(p.name for p in written.iterdir())
    assert names == ["form-A.answer-sheet.pdf", "form-A.key.pdf", "form-A.pdf",
                     "form-B.answer-sheet.pdf", "form-B.key.pdf", "form-B.pdf",
                     "forms.csv", "forms.json"]
    rows = list(csv.DictReader(io.StringIO((written / "forms.csv").read_text("utf-8"))))
    assert list(rows[0])[:4] == ["form", "position", "question_id", "correct_letter"]
    for letter in "AB":
        mine = [r for r in rows if r["form"] == letter]
        assert [int(r["position"]) for r in mine] == list(range(1, 11))
        assert sorted(r["question_id"] for r in mine) == sorted(
            [f"city-{n}" for n in range(8)] + ["oslo-north", "several-capitals"])
        assert next(r for r in mine if r["question_id"] == "oslo-north")["correct_letter"] == "A"
    data = json.loads((written / "forms.json").read_text("utf-8"))
    assert (data["seed"], data["handling"]) == (5, "TLP:AMBER")
    assert data["modules"] == [{"id": "capitals", "version": "2.1.0", "handling": "TLP:AMBER"}]


def test_correct_letters_are_balanced_within_each_form(written: Path) -> None:
    """Every correct answer is authored at "a"; each form spreads them 2/2/2/2."""
    rows = list(csv.DictReader(io.StringIO((written / "forms.csv").read_text("utf-8"))))
    for letter in "AB":
        singles = [r["correct_letter"] for r in rows
                   if r["form"] == letter and r["type"] == "single_choice"]
        assert Counter(singles) == {"A": 2, "B": 2, "C": 2, "D": 2}


def test_printed_letter_is_the_correct_option(written: Path) -> None:
    """The letter in the key points at the correct city on the printed question paper."""
    rows = list(csv.DictReader(io.StringIO((written / "forms.csv").read_text("utf-8"))))
    paper = "\n".join(text(written / "form-A.pdf"))
    for row in rows:
        if row["form"] == "A" and row["type"] == "single_choice":
            n = int(row["question_id"].split("-")[1])
            assert f"{row['correct_letter']}) {CITIES[n]}" in paper


def test_markings_version_and_seed_on_every_document(written: Path) -> None:
    for pdf in written.glob("*.pdf"):
        pages = text(pdf)
        assert all("TLP:AMBER" in page for page in pages), pdf.name
        assert "seed 5" in pages[0] and "capitals 2.1.0" in pages[0], pdf.name


def test_learner_documents_hold_no_key(written: Path) -> None:
    for name in ("form-A.pdf", "form-A.answer-sheet.pdf"):
        learner = "\n".join(text(written / name))
        assert "city-" not in learner and "trainer only" not in learner.lower()
    key = "\n".join(text(written / "form-A.key.pdf"))
    assert "For the trainer only" in key and "city-0" in key


def test_same_seed_same_bytes_other_seed_other_forms(written: Path, project: Path) -> None:
    run("capitals", "--forms", "2", "--seed", "5", "--out", "again", "-j", "1")
    for path in written.iterdir():
        assert (project / "again" / path.name).read_bytes() == path.read_bytes(), path.name
    run("capitals", "--forms", "1", "--seed", "6", "--out", "other", "-j", "1")
    assert (project / "other" / "forms.csv").read_text() != (written / "forms.csv").read_text()


def test_refusals(project: Path) -> None:
    output, code = run("written", "--out", "x")
    assert code == 2
    assert ('module "written" has no single-choice, multiple-choice or true/false question to '
            "put on a tick sheet (its questions: fill_blank)") in output
    output, code = run("capitls", "--out", "x")
    assert code == 2 and 'no module "capitls"; did you mean "capitals"?' in output
    output, code = run("capitals", "--forms", "27", "--out", "x")
    assert code == 2 and "--forms must be between 1 and 26" in output
    (project / "afile").write_text("x")
    output, code = run("capitals", "--forms", "1", "--out", "afile", "-j", "1")
    assert code == 2 and "--out afile is a file" in output
    assert not (project / "x").exists()


def test_ticked_sheets_are_analysed_through_the_key(written: Path, project: Path) -> None:
    """Eight learners, four per form. Learner k ticks the right letter for question j (in
    a fixed order of question ids) exactly when j < k, so question j is right for 7 - j of
    8 learners. The same answers as choice ids (a learner x question file) must give the
    same figures: the letters were mapped back to the packages' choices."""
    key = json.loads((written / "forms.json").read_text("utf-8"))
    forms = {f["form"]: f["questions"] for f in key["forms"]}
    order = sorted(q["question_id"] for q in forms["A"])
    authored = {"oslo-north": ("true", "false"), "several-capitals": ("a,c", "a")}
    sheet = ["learner,form," + ",".join(str(n) for n in range(1, 11))]
    wide = ["learner," + ",".join(order)]
    for k in range(8):
        form = "AB"[k % 2]
        ticks = []
        for q in forms[form]:
            right = order.index(q["question_id"]) < k
            letters = {v: letter for letter, v in q["choices"].items()}
            if q["type"] == "multiple_choice":
                ticks.append(q["correct_letter"] if right else letters["a"])
            elif q["type"] == "true_false":
                ticks.append(letters["true" if right else "false"])
            else:
                ticks.append(letters["a" if right else "b"])
        sheet.append(f"p{k},{form}," + ",".join(ticks))
        wide.append(f"p{k}," + ",".join(
            authored.get(qid, ("a", "b"))[0 if order.index(qid) < k else 1] for qid in order))
    (project / "sheets.csv").write_text("\n".join(sheet) + "\n", "utf-8")
    (project / "wide.csv").write_text("\n".join(wide).replace("a,c", '"a,c"') + "\n", "utf-8")
    result = CliRunner().invoke(app, ["analyse", "sheets.csv", "--key", "out/forms.json",
                                      "--out", "a1"])
    assert result.exit_code == 0, result.output
    CliRunner().invoke(app, ["analyse", "wide.csv", "--module", "capitals", "--out", "a2"])
    by_sheet = {i["id"]: i for i in json.loads((project / "a1" / "item-analysis.json")
                                               .read_text("utf-8"))["items"]}
    by_id = {i["id"]: i for i in json.loads((project / "a2" / "item-analysis.json")
                                            .read_text("utf-8"))["items"]}
    for j, qid in enumerate(order):
        assert by_sheet[f"capitals/{qid}"]["difficulty"] == round(max(0, 7 - j) / 8, 4)
        for field in ("difficulty", "point_biserial", "upper_lower", "options"):
            assert by_sheet[f"capitals/{qid}"][field] == by_id[qid][field], (qid, field)


def test_a_letter_the_question_does_not_have_is_located(written: Path, project: Path) -> None:
    (project / "bad.csv").write_text("learner,form,1,2\np1,A,A,Q\n", "utf-8")
    result = CliRunner().invoke(app, ["analyse", "bad.csv", "--key", "out/forms.json"])
    assert result.exit_code == 1
    assert "bad.csv:2:4: error: " in result.output and "has only the letters" in result.output
    (project / "bad.csv").write_text("learner,form,1\np1,Z,A\n", "utf-8")
    result = CliRunner().invoke(app, ["analyse", "bad.csv", "--key", "out/forms.json"])
    assert 'bad.csv:2:2: error: form "Z" is not in forms.json (forms: A, B)' in result.output
