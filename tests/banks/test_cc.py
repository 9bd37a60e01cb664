"""Common Cartridge 1.1: valid against the official CC 1.1 XSDs, pages per section,
an assessment and a question bank per module, every profile type mapped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema
from bank_fixtures import REPOSITORY, STANDARDS, bank_project, build_banks

QTI = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
CP = {"cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}


@pytest.fixture(scope="module")
def cc_schemas() -> tuple[xmlschema.XMLSchemaBase, xmlschema.XMLSchemaBase]:
    folder = STANDARDS / "cc11"
    return (xmlschema.XMLSchema10(str(folder / "ccv1p1_imscp_v1p2_v1p0.xsd"), allow="local"),
            xmlschema.XMLSchema10(str(folder / "ccv1p1_qtiasiv1p2p1_v1p0.xsd"), allow="local"))


@pytest.fixture(scope="module")
def fixture_cartridge(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    project = bank_project(tmp_path_factory.mktemp("cc-project") / "project")
    return _entries(build_banks(project, tmp_path_factory.mktemp("cc") / "out", ("cc",)))


def _entries(out: Path) -> dict[str, bytes]:
    (path,) = sorted((out / "cc").glob("*.imscc"))
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _assert_valid(entries: dict[str, bytes], schemas: tuple[xmlschema.XMLSchemaBase, ...]) -> None:
    manifest_xsd, qti_xsd = schemas
    for name, data in sorted(entries.items()):
        if name.endswith(".xml"):
            schema = manifest_xsd if name == "imsmanifest.xml" else qti_xsd
            found = schema.iter_errors(ET.fromstring(data))
            errors = [f"{name}: {e.path}: {e.reason}" for e in found]
            assert errors == []


def test_fixture_cartridge_validates(
    fixture_cartridge: dict[str, bytes], cc_schemas: tuple[xmlschema.XMLSchemaBase, ...]
) -> None:
    _assert_valid(fixture_cartridge, cc_schemas)


def test_repository_cartridge_validates(
    tmp_path: Path, cc_schemas: tuple[xmlschema.XMLSchemaBase, ...]
) -> None:
    entries = _entries(build_banks(REPOSITORY, tmp_path / "out", ("cc",)))
    _assert_valid(entries, cc_schemas)
    modules = sorted(p.stem for p in (REPOSITORY / "modules").rglob("*.yaml"))
    assert sorted({n.split("/")[0] for n in entries if "/" in n}) == modules


def test_pages_quiz_and_bank_per_module(fixture_cartridge: dict[str, bytes]) -> None:
    manifest = ET.fromstring(fixture_cartridge["imsmanifest.xml"])
    kinds = {r.get("identifier"): r.get("type")
             for r in manifest.iterfind(".//cp:resource", CP)}
    assert kinds["quiz-bank-specials"] == "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"
    assert kinds["bank-bank-specials"] == "imsqti_xmlv1p2/imscc_xmlv1p1/question-bank"
    assert kinds["res-bank-specials.only-section"] == "webcontent"
    page = fixture_cartridge["bank-specials/only-section.html"].decode()
    assert page.startswith("<!DOCTYPE html>") and "Plain text." in page
    referenced = {i.get("identifierref") for i in manifest.iterfind(".//cp:item", CP)}
    assert "bank-bank-specials" not in referenced  # banks are not in the organisation


def test_profile_types_and_what_is_left_out(fixture_cartridge: dict[str, bytes]) -> None:
    quiz = ET.fromstring(fixture_cartridge["bank-specials/assessment.xml"])
    profiles = {
        item.get("ident"): item.findtext(
            "q:itemmetadata/q:qtimetadata/q:qtimetadatafield/q:fieldentry", namespaces=QTI)
        for item in quiz.iterfind(".//q:item", QTI)
    }
    assert profiles == {
        "q-choice-specials": "cc.multiple_choice.v0p1",
        "q-many-specials": "cc.multiple_response.v0p1",
        "q-truth-specials": "cc.true_false.v0p1",
        "q-blank-specials": "cc.fib.v0p1",
        "q-essay-specials": "cc.essay.v0p1",
    }  # numeric 6.5 ± 1.5 cannot be listed; matching and ordering have no profile type


def test_whole_number_range_is_listed_and_model_answers_stay_out(
    fixture_cartridge: dict[str, bytes],
) -> None:
    quiz = ET.fromstring(fixture_cartridge["all-types/assessment.xml"])
    item = next(i for i in quiz.iterfind(".//q:item", QTI) if i.get("ident") == "q-count-number")
    accepted = [v.text for v in item.iterfind(".//q:varequal", QTI)]
    assert accepted == ["1985", "1986", "1987", "1988", "1989"]
    everything = b"".join(fixture_cartridge.values())
    for secret in (b"MODEL-ANSWER-ZX9", b"BANK-MODEL-ANSWER-31", b"TRAINER-NOTE-SECRET-41",
                   b"BANK-TRAINER-SECRET-77", b"<script"):
        assert secret not in everything


def test_same_input_same_bytes(tmp_path: Path) -> None:
    first = build_banks(REPOSITORY, tmp_path / "one", ("cc",))
    second = build_banks(REPOSITORY, tmp_path / "two", ("cc",))
    (a,), (b,) = sorted((first / "cc").iterdir()), sorted((second / "cc").iterdir())
    assert a.read_bytes() == b.read_bytes()
