"""`curriculum import` on banks written by other tools, and on hostile files.

Fixtures in tests/data/import/ are written for these tests in the shapes of Moodle's
documentation (Moodle XML export, GIFT syntax) and the QTI 2.1 specification's examples.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from curriculum.cli import app
from curriculum.scaffold import init_project
from curriculum.yamlio import read_yaml_file

DATA = Path(__file__).parents[1] / "data" / "import"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    init_project(root)
    monkeypatch.chdir(root)
    return root


def _import(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["import", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def _questions(path: Path) -> dict[str, dict[str, object]]:
    data = read_yaml_file(path).data
    return {q["id"]: q for q in data["quiz"]["questions"]}


def _validates(path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def test_moodle_course_export(project: Path) -> None:
    code, output = _import(str(DATA / "moodle-course-export.xml"), "--format", "moodle")
    assert code == 0, output
    bank = DATA / "moodle-course-export.xml"
    for line in (
        ":95:3: warning: points 1.5 became 2 (whole points from 1 to 100)",
        ":95:3: warning: quiz/question[5]: case-sensitive answers become case-insensitive",
        ":101:7: warning: quiz/question[5]/questiontext/file: an embedded file (image) is not "
        "imported",
        ":117:5: warning: quiz/question[5]/answer[3]: answer with partial credit 50% is not "
        "imported",
        ':180:5: warning: quiz/question[7]/subquestion[3]: the extra answer "Glass jar" (a '
        "distractor) is not imported",
        ':212:3: warning: quiz/question[9]: question type "description" has no equivalent',
        ':221:3: warning: quiz/question[10]: question type "multianswer" has no equivalent',
    ):
        assert f"{bank.name}{line}" in output
    assert "Wrote modules/moodle-course-export.yaml: 6 questions\n" in output
    assert "8 notes on what was not carried over" in output
    path = project / "modules" / "moodle-course-export.yaml"
    _validates(path)
    module = read_yaml_file(path).data
    assert module["title"] == "Default for Evidence handling"
    assert module["objectives"] == [{"id": "custody", "text": "Chain of custody"}]
    questions = _questions(path)
    first = questions["cust-01"]
    assert first["prompt"] == "Who makes the **first** entry on a chain-of-custody form?"
    assert first["points"] == 2 and first["tags"] == ["custody", "form-filling"]
    assert first["options"][0] == {"text": "The officer who seized the item", "correct": True,
                                   "feedback": "Yes: the seizing officer opens the record."}
    assert first["explanation"] == ("The record starts with whoever took the item into police "
                                    "control.")
    assert questions["seal-numbers"]["answer"] is True
    assert questions["seal-numbers"]["prompt"] == ("A bag's seal number is written on the custody "
                                                   "form. It links the record to the bag.")
    assert questions["exhibit-label"]["answers"] == ["number", "reference"]
    assert questions["fridge-temperature"] == {
        **questions["fridge-temperature"], "answer": 4, "tolerance": 2, "unit": "°C"}
    assert questions["packaging"]["pairs"] == [
        {"left": "A damp garment", "right": "Paper bag"},
        {"left": "A mobile phone", "right": "Signal-shielding bag"}]
    assert questions["gap-in-the-record"]["model_answer"].startswith("That the item may have")
    assert questions["gap-in-the-record"]["points"] == 5


def test_gift_in_moodles_documented_syntax(project: Path) -> None:
    code, output = _import(str(DATA / "moodle-syntax.gift"), "-f", "gift", "--module-id",
                           "interviews")
    assert code == 0, output
    for line in (
        "moodle-syntax.gift:12:77: warning: true/false answer feedback is not imported",
        "moodle-syntax.gift:26:76: warning: a number with partial credit 50% is not imported",
        "moodle-syntax.gift:35:16: warning: an essay carries no model answer in GIFT",
        "moodle-syntax.gift:39:1: warning: no answer block {…}: a description, not a question",
        "moodle-syntax.gift:41:36: warning: the answer block opened here is not closed",
    ):
        assert line in output
    path = project / "modules" / "interviews.yaml"
    _validates(path)
    questions = _questions(path)
    assert list(questions) == ["planning-first", "question-2", "missing-word", "phases", "year",
                               "range", "several-numbers", "pairs", "free-recall", "escapes",
                               "markdown"]
    assert questions["question-2"]["prompt"] == (
        r"Interviews with witnesses follow a \*published\* model in many countries.")
    assert questions["missing-word"]["prompt"] == (
        "The first phase of the interview is ____ with the witness.")
    assert questions["missing-word"]["answers"] == ["rapport", "engagement"]
    assert [o.get("correct", False) for o in questions["phases"]["options"]] == [True, True,
                                                                                False]
    assert (questions["range"]["answer"], questions["range"]["tolerance"]) == (5, 1)
    assert questions["escapes"]["options"][0]["text"] == "The colon : sign"
    assert questions["escapes"]["prompt"] == "Which mark separates hours: minutes in 10:30?"
    assert questions["markdown"]["prompt"] == "Which word is **bold** here?"
    assert questions["planning-first"]["objective"] == "planning"


def test_qti_item_from_the_specifications_shape(project: Path) -> None:
    code, output = _import(str(DATA / "qti-choice-item.xml"), "-f", "qti21")
    assert code == 0, output
    path = project / "modules" / "qti-choice-item.yaml"
    _validates(path)
    question = _questions(path)["radiosignal"]
    assert question["prompt"] == ("An officer reports by radio from a patrol car.\n\n"
                                  "What should the officer give *first*?")
    assert [o["id"] for o in question["options"]] == ["choicea", "choiceb", "choicec"]
    assert question["options"][1]["correct"] is True


def test_nothing_importable_writes_nothing(project: Path) -> None:
    code, output = _import(str(DATA / "qti-inline-choice.xml"), "-f", "qti21")
    assert code == 1
    assert ("qti-inline-choice.xml:13:7: warning: assessmentItem/itemBody/p/"
            "inlineChoiceInteraction: inlineChoiceInteraction has no equivalent") in output
    assert "error: no question of qti-inline-choice.xml could be imported" in output
    assert not (project / "modules" / "qti-inline-choice.yaml").exists()


def _hostile(project: Path, name: str, data: bytes, fmt: str) -> str:
    bank = project / name
    bank.write_bytes(data)
    before = sorted(p.name for p in (project / "modules").iterdir())
    started = time.process_time()
    code, output = _import(str(bank), "-f", fmt)
    assert time.process_time() - started < 10
    assert code == 1, output
    assert "Traceback" not in output
    assert sorted(p.name for p in (project / "modules").iterdir()) == before
    return output


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>
"""
LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
          + b"".join(f' <!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">\n'
                     .encode() for i in range(1, 10))
          + b"]>\n<quiz>&lol9;</quiz>\n")


def test_external_entities_are_refused(project: Path) -> None:
    output = _hostile(project, "xxe.xml", XXE, "moodle")
    assert "xxe.xml:2:1: error: a DOCTYPE or entity declaration is not allowed" in output
    assert "root:" not in output


def test_billion_laughs_is_refused_at_once(project: Path) -> None:
    output = _hostile(project, "laughs.xml", LAUGHS, "moodle")
    assert "laughs.xml:2:1: error: a DOCTYPE or entity declaration is not allowed" in output


def test_truncated_xml_is_located(project: Path) -> None:
    text = (DATA / "moodle-course-export.xml").read_bytes()[:3000]
    output = _hostile(project, "cut.xml", text, "moodle")
    assert "cut.xml:" in output and "error: not well-formed XML" in output


def test_bad_utf8_is_located(project: Path) -> None:
    output = _hostile(project, "latin.gift", b"::q::Caf\xe9 or tea?{=tea ~coffee}\n", "gift")
    assert "latin.gift:1:9: error: byte 0xe9 is not UTF-8" in output


def test_huge_file_is_refused_before_reading(project: Path) -> None:
    bank = project / "huge.gift"
    with bank.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    code, output = _import(str(bank), "-f", "gift")
    assert code == 1 and "huge.gift: error: larger than 20 MB" in output


def test_zip_bomb_is_refused(project: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", b"<manifest/>")
        archive.writestr("items/big.xml", b"\0" * (40 * 1024 * 1024))
    output = _hostile(project, "bomb.zip", buffer.getvalue(), "qti21")
    assert "items/big.xml is compressed beyond reason" in output


def test_wrong_format_and_missing_file(project: Path) -> None:
    output = _hostile(project, "bank.gift", (DATA / "moodle-syntax.gift").read_bytes(), "moodle")
    assert "bank.gift:1:1: error: not well-formed XML" in output
    output = _hostile(project, "bank.imscc", (DATA / "moodle-syntax.gift").read_bytes(), "cc")
    assert "bank.imscc: error: not a readable zip: File is not a zip file" in output
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "no manifest")
    output = _hostile(project, "empty.imscc", empty.getvalue(), "cc")
    assert "empty.imscc: error: no imsmanifest.xml at the top of the zip" in output
    code, output = _import("absent.xml", "-f", "moodle")
    assert code == 1 and "absent.xml: error: no such file" in output
    code, output = _import(str(DATA / "moodle-syntax.gift"), "-f", "scorm")
    assert code == 2 and 'unknown import format "scorm"; choose one of: gift, moodle, qti21, ' \
        "cc" in output


def test_unknown_question_types_only(project: Path) -> None:
    xml = (b'<?xml version="1.0"?>\n<quiz>\n  <question type="calculated">\n'
           b"    <name><text>x</text></name>\n  </question>\n</quiz>\n")
    output = _hostile(project, "calc.xml", xml, "moodle")
    assert 'calc.xml:3:3: warning: quiz/question: question type "calculated" has no ' \
        "equivalent" in output


def test_help_names_the_formats() -> None:
    result = CliRunner().invoke(app, ["import", "--help"], terminal_width=80)
    assert result.exit_code == 0
    for word in ("gift, moodle, qti21 or cc", "--module-id", "--force", "--out", "--theme"):
        assert word in result.output


def test_help_validate_and_build_do_not_load_the_importers(project: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from curriculum.cli import app\n"
        "for args in (['--help'], ['import', '--help'], ['validate'], ['build', '-f', 'gift']):\n"
        "    assert CliRunner().invoke(app, args).exit_code == 0, args\n"
        "print(sorted(m for m in ('lxml', 'curriculum.importing') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_large_bank_still_validates(project: Path) -> None:
    question = ("::q{n}::Which number is {n}?{{={n} ~{m}}}\n\n")
    text = "".join(question.format(n=n, m=n + 1) for n in range(300))
    (project / "large.gift").write_text(text, encoding="utf-8")
    code, output = _import("large.gift", "-f", "gift")
    assert code == 0, output
    module = read_yaml_file(project / "modules" / "large.yaml").data
    assert len(module["quiz"]["questions"]) == 300
    assert module["quiz"]["minutes"] == 480  # the format's most


def test_control_characters_become_spaces(project: Path) -> None:
    (project / "bell.gift").write_bytes(b"::ring::Which\x07 bell?{=the\x1b door ~none}\n")
    code, output = _import("bell.gift", "-f", "gift")
    assert code == 0, output
    question = _questions(project / "modules" / "bell.yaml")["ring"]
    assert question["prompt"] == "Which  bell?"
    assert question["options"][0]["text"] == "the  door"


def test_cartridge_gives_a_module_per_quiz(project: Path) -> None:
    import os
    import shutil
    from unittest import mock

    shutil.copy(Path(__file__).parents[1] / "scorm" / "data" / "all-types.yaml",
                project / "modules")
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": "0"}):
        assert CliRunner().invoke(app, ["build", "-f", "cc"]).exit_code == 0
    cartridge = next((project / "build" / "cc").glob("*.imscc"))
    code, output = _import(str(cartridge), "-f", "cc", "--module-id", "one")
    assert code == 2 and "holds 2 quizzes, one module each: leave out --module-id" in output
    code, output = _import(str(cartridge), "-f", "cc", "--out", "imported")
    assert code == 1 and 'duplicate module id "all-types"' in output  # this project has them
    assert not (project / "imported").exists()
    other = project.parent / "other"
    init_project(other)
    (other / "modules" / "digital-evidence-basics.yaml").unlink()
    os.chdir(other)
    code, output = _import(str(cartridge), "-f", "cc", "--out", "imported")
    assert code == 0, output
    assert "Wrote imported/all-types.yaml: 6 questions\n" in output
    assert "Wrote imported/digital-evidence-basics.yaml: " in output
    assert re.search(r"\.imscc!all-types/assessment\.xml:\d+:\d+: warning: .*item(\[\d+\])?: "
                     "a cartridge essay carries no model answer", output)
    questions = _questions(other / "imported" / "all-types.yaml")
    assert questions["count-number"]["answer"] == 1987
    assert questions["count-number"]["tolerance"] == 2
