"""Moodle XML banks: well-formed, categories per module and objective, every type mapped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from bank_fixtures import REPOSITORY


def _bank(build: Path, module: str) -> ET.Element:
    return ET.parse(build / "moodle" / f"{module}.xml").getroot()


def _question(bank: ET.Element, idnumber: str) -> ET.Element:
    return next(q for q in bank if q.findtext("idnumber") == idnumber)


def test_categories_per_module_then_objective(fixture_build: Path) -> None:
    bank = _bank(fixture_build, "bank-specials")
    order = [(q.get("type"), q.findtext("category/text") or q.findtext("idnumber")) for q in bank]
    module = "$course$/top/Banks: specials ~ = # { } : \\ & <tags>"
    assert order[0] == ("category", module)
    objective_at = order.index(
        ("category", f"{module}/Read text with a//b slashes, ~tildes~ and {{braces}}."))
    assert {i for _, i in order[1:objective_at]} == {
        "truth-specials", "number-specials", "three-pairs", "two-pairs", "order-specials",
        "essay-specials"}
    assert [i for _, i in order[objective_at + 1:]] == [
        "choice-specials", "many-specials", "blank-specials"]


def test_every_type_maps_to_a_core_question_type(fixture_build: Path) -> None:
    bank = _bank(fixture_build, "bank-specials")
    types = {q.findtext("idnumber"): q.get("type") for q in bank if q.get("type") != "category"}
    assert types == {
        "choice-specials": "multichoice", "many-specials": "multichoice",
        "truth-specials": "truefalse", "blank-specials": "shortanswer",
        "number-specials": "numerical", "three-pairs": "matching", "two-pairs": "matching",
        "order-specials": "ordering", "essay-specials": "essay",
    }


def test_answers_fractions_and_feedback(fixture_build: Path) -> None:
    bank = _bank(fixture_build, "bank-specials")
    single = _question(bank, "choice-specials")
    assert single.findtext("single") == "true"
    assert [a.get("fraction") for a in single.findall("answer")] == ["100", "0", "0"]
    assert single.findtext("answer/feedback/text") == "Yes: ~ is fine"
    assert "literal here: ~ # :" in (single.findtext("generalfeedback/text") or "")
    many = _question(bank, "many-specials")
    assert [a.get("fraction") for a in many.findall("answer")] == [
        "33.3333333", "33.3333333", "33.3333333", "-100"]
    assert many.findtext("defaultgrade") == "3"
    truth = _question(bank, "truth-specials")
    assert [(a.findtext("text"), a.get("fraction")) for a in truth.findall("answer")] == [
        ("true", "100"), ("false", "0")]


def test_numeric_fill_in_matching_ordering_essay(fixture_build: Path) -> None:
    bank = _bank(fixture_build, "bank-specials")
    number = _question(bank, "number-specials")
    assert (number.findtext("answer/text"), number.findtext("answer/tolerance")) == ("6.5", "1.5")
    assert number.findtext("units/unit/unit_name") == "characters"
    blank = _question(bank, "blank-specials")
    assert [a.findtext("text") for a in blank.findall("answer")] == ["#", "hash sign"]
    assert blank.findtext("usecase") == "0"
    pairs = _question(bank, "three-pairs")
    assert [(s.findtext("text"), s.findtext("answer/text"))
            for s in pairs.findall("subquestion")] == [
        ("~", "wrong answer"), ("=", "right answer"), ("#", "feedback")]
    order = _question(bank, "order-specials")
    assert [(a.get("fraction"), a.findtext("text")) for a in order.findall("answer")] == [
        ("1", "::title::"), ("2", "question text"), ("3", "{answers}")]
    assert order.findtext("gradingtype") == "ALL_OR_NOTHING"
    essay = _question(bank, "essay-specials")
    assert "BANK-MODEL-ANSWER-31" in (essay.findtext("graderinfo/text") or "")


def test_hostile_text_is_escaped_text(fixture_build: Path) -> None:
    raw = (fixture_build / "moodle" / "hostile-text.xml").read_text(encoding="utf-8")
    assert "<script" not in raw and "TRAINER-ONLY-MARKER" not in raw
    bank = _bank(fixture_build, "hostile-text")
    prompt = _question(bank, "q-single").findtext("questiontext/text") or ""
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in prompt  # HTML text, never markup


def test_repository_banks_are_well_formed(repository_build: Path) -> None:
    files = sorted((repository_build / "moodle").glob("*.xml"))
    assert len(files) == len(list((REPOSITORY / "modules").rglob("*.yaml")))  # each has a quiz
    for path in files:
        bank = ET.parse(path).getroot()
        assert bank.tag == "quiz" and len(bank) > 5
