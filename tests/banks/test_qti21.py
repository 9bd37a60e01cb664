"""QTI 2.1 content packages: valid against the official XSDs, every type mapped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema

NS = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1", "cp": "http://www.imsglobal.org/xsd/imscp_v1p1"}
TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _item(build: Path, module: str, item: str) -> ET.Element:
    return ET.fromstring(_entries(build / "qti21" / f"{module}.zip")[f"items/{item}.xml"])


def _assert_valid(
    build: Path, qti_schema: xmlschema.XMLSchemaBase, cp_schema: xmlschema.XMLSchemaBase
) -> int:
    checked = 0
    for path in sorted((build / "qti21").glob("*.zip")):
        for name, data in sorted(_entries(path).items()):
            schema = cp_schema if name == "imsmanifest.xml" else qti_schema
            errors = [f"{path.name}/{name}: {e.path}: {e.reason}"
                      for e in schema.iter_errors(ET.fromstring(data))]
            assert errors == []
            checked += 1
    return checked


def test_fixture_packages_validate(
    fixture_build: Path, qti_schema: xmlschema.XMLSchemaBase, cp_schema: xmlschema.XMLSchemaBase
) -> None:
    assert _assert_valid(fixture_build, qti_schema, cp_schema) > 20


def test_repository_packages_validate(
    repository_build: Path, qti_schema: xmlschema.XMLSchemaBase,
    cp_schema: xmlschema.XMLSchemaBase,
) -> None:
    assert _assert_valid(repository_build, qti_schema, cp_schema) > 40


@pytest.mark.parametrize(("item", "interaction", "cardinality", "base"), [
    ("choice-specials", "choiceInteraction", "single", "identifier"),
    ("many-specials", "choiceInteraction", "multiple", "identifier"),
    ("truth-specials", "choiceInteraction", "single", "identifier"),
    ("blank-specials", "textEntryInteraction", "single", "string"),
    ("number-specials", "textEntryInteraction", "single", "float"),
    ("three-pairs", "matchInteraction", "multiple", "directedPair"),
    ("order-specials", "orderInteraction", "ordered", "identifier"),
    ("essay-specials", "extendedTextInteraction", "single", "string"),
])
def test_every_type_has_its_interaction(
    fixture_build: Path, item: str, interaction: str, cardinality: str, base: str
) -> None:
    root = _item(fixture_build, "bank-specials", item)
    assert root.find(f".//q:{interaction}", NS) is not None
    response = root.find("q:responseDeclaration", NS)
    assert response is not None
    assert (response.get("cardinality"), response.get("baseType")) == (cardinality, base)


def test_templates_where_they_say_it_all(fixture_build: Path) -> None:
    processing = {
        item: _item(fixture_build, "bank-specials", item).find("q:responseProcessing", NS)
        for item in ("many-specials", "order-specials", "three-pairs", "truth-specials")
    }
    assert {k: p.get("template") for k, p in processing.items() if p is not None} == {
        k: f"{TEMPLATES}match_correct" for k in processing
    }


def test_numeric_tolerance_is_custom_processing(fixture_build: Path) -> None:
    root = _item(fixture_build, "bank-specials", "number-specials")
    equal = root.find(".//q:responseProcessing//q:equal", NS)
    assert equal is not None
    assert (equal.get("toleranceMode"), equal.get("tolerance")) == ("absolute", "1.5 1.5")
    value = root.find("q:responseDeclaration/q:correctResponse/q:value", NS)
    assert value is not None and value.text == "6.5"


def test_fill_in_maps_every_accepted_answer_ignoring_case(fixture_build: Path) -> None:
    root = _item(fixture_build, "bank-specials", "blank-specials")
    entries = root.findall(".//q:mapEntry", NS)
    assert [(e.get("mapKey"), e.get("caseSensitive")) for e in entries] == [
        ("#", "false"), ("hash sign", "false")
    ]
    paragraph = root.find("q:itemBody/q:div/q:p", NS)
    assert paragraph is not None and paragraph[0].tag.endswith("textEntryInteraction")


def test_short_answer_is_never_scored_and_keeps_the_model_answer_for_scorers(
    fixture_build: Path,
) -> None:
    root = _item(fixture_build, "bank-specials", "essay-specials")
    assert root.find("q:responseProcessing", NS) is None
    rubric = root.find("q:itemBody/q:rubricBlock", NS)
    assert rubric is not None and rubric.get("view") == "scorer"
    assert "BANK-MODEL-ANSWER-31" in ET.tostring(rubric, encoding="unicode")


def test_author_ids_become_qti_identifiers(fixture_build: Path) -> None:
    root = _item(fixture_build, "bank-specials", "choice-specials")
    ids = [c.get("identifier") for c in root.iter(f"{{{NS['q']}}}simpleChoice")]
    assert ids == ["ID-1st-choice", "ID-two-sixteen", "ID-c"]


def test_points_travel_as_test_weights(fixture_build: Path) -> None:
    test = ET.fromstring(_entries(fixture_build / "qti21" / "bank-specials.zip")[
        "tests/assess-bank-specials.xml"])
    weights = {ref.get("identifier"): ref.find("q:weight", NS).get("value")  # type: ignore[union-attr]
               for ref in test.iter(f"{{{NS['q']}}}assessmentItemRef")}
    assert weights["ID-many-specials"] == "3" and weights["ID-truth-specials"] == "1"


def test_no_trainer_notes_and_hostile_text_stays_text(fixture_build: Path) -> None:
    for path in sorted((fixture_build / "qti21").glob("*.zip")):
        for data in _entries(path).values():
            assert b"BANK-TRAINER-SECRET-77" not in data and b"TRAINER-ONLY-MARKER" not in data
            assert b"<script" not in data and b"<img" not in data
