"""imsmanifest.xml: valid against the official SCORM schemas, with the module's metadata."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from scorm_fixtures import FORMATS, STANDARDS, ScormBuild, build_scorm

MODULES = ("all-types", "drawn-pool", "no-quiz", "digital-evidence-basics")
REPO = Path(__file__).parents[2]
NS = {
    "cp12": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp12": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "md": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
    "cp": "http://www.imsglobal.org/xsd/imscp_v1p1",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
    "imsss": "http://www.imsglobal.org/xsd/imsss",
    "lom": "http://ltsc.ieee.org/xsd/LOM",
}


def manifest(scorm_build: ScormBuild, fmt: str, module_id: str) -> bytes:
    return scorm_build.entries(fmt, module_id)["imsmanifest.xml"]


def problems(schema: Any, document: bytes) -> list[str]:
    return [f"{e.path}: {e.reason}" for e in schema.iter_errors(document.decode("utf-8"))]


@pytest.mark.parametrize("module_id", MODULES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_manifest_is_valid_against_the_official_schemas(
    scorm_build: ScormBuild, schemas: dict[str, Any], fmt: str, module_id: str
) -> None:
    assert problems(schemas[fmt], manifest(scorm_build, fmt, module_id)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_validation_catches_broken_manifests(
    scorm_build: ScormBuild, schemas: dict[str, Any], fmt: str
) -> None:
    text = manifest(scorm_build, fmt, "all-types").decode()
    broken = (text.replace('scormtype="sco"', 'scormtype="lesson"')
              .replace('scormType="sco"', 'scormType="lesson"')
              .replace("<value>yes</value>", "<value>perhaps</value>"))
    found = problems(schemas[fmt], broken.encode())
    assert any("lesson" in p for p in found)
    if fmt == "scorm2004":
        assert any("perhaps" in p or "must be one of" in p for p in found if "rights" in p)


def test_scorm12_metadata_mastery_and_marking(scorm_build: ScormBuild) -> None:
    root = ET.fromstring(manifest(scorm_build, "scorm12", "all-types"))
    lom = root.find("cp12:metadata/md:lom", NS)
    assert lom is not None
    text = {el.tag.split("}")[1]: "".join(el.itertext()).strip() for el in lom.iter()}
    assert root.findtext("cp12:metadata/cp12:schemaversion", namespaces=NS) == "1.2"
    general = lom.find("md:general", NS)
    assert general is not None
    assert general.findtext("md:title/md:langstring", namespaces=NS) == (
        "All types <script>window.__pwned = 1</script> {{ 7*7 }}")
    assert general.findtext("md:language", namespaces=NS) == "en"
    assert "every question type" in general.findtext("md:description/md:langstring",
                                                     namespaces=NS, default="")
    keywords = [k.text for k in general.findall("md:keyword/md:langstring", NS)]
    assert keywords == ["fixture", "<b>bold</b>", "every type"]
    assert lom.findtext("md:educational/md:typicallearningtime/md:datetime",
                        namespaces=NS) == "PT90M"
    assert lom.findtext("md:lifecycle/md:version/md:langstring", namespaces=NS) == "2.1.0"
    assert text["classification"].split()[-1] == "TLP:AMBER"
    assert "Handling: TLP:AMBER." in lom.findtext("md:rights/md:description/md:langstring",
                                                  namespaces=NS, default="")
    item = root.find("cp12:organizations/cp12:organization/cp12:item", NS)
    assert item is not None
    assert item.findtext("adlcp12:masteryscore", namespaces=NS) == "75"


def test_scorm2004_metadata_mastery_and_marking(scorm_build: ScormBuild) -> None:
    root = ET.fromstring(manifest(scorm_build, "scorm2004", "all-types"))
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "2004 4th Edition"
    lom = root.find("cp:metadata/lom:lom", NS)
    assert lom is not None
    assert lom.findtext("lom:general/lom:title/lom:string", namespaces=NS).startswith(
        "All types <script>")
    assert lom.findtext("lom:general/lom:language", namespaces=NS) == "en"
    assert lom.findtext("lom:educational/lom:typicalLearningTime/lom:duration",
                        namespaces=NS) == "PT90M"
    assert lom.findtext("lom:classification/lom:purpose/lom:value",
                        namespaces=NS) == "security level"
    assert lom.findtext("lom:classification/lom:description/lom:string",
                        namespaces=NS) == "TLP:AMBER"
    assert lom.findtext("lom:rights/lom:copyrightAndOtherRestrictions/lom:value",
                        namespaces=NS) == "yes"
    primary = root.find(".//imsss:primaryObjective", NS)
    assert primary is not None and primary.get("satisfiedByMeasure") == "true"
    assert primary.findtext("imsss:minNormalizedMeasure", namespaces=NS) == "0.75"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_module_without_quiz_has_no_mastery_score(scorm_build: ScormBuild, fmt: str) -> None:
    text = manifest(scorm_build, fmt, "no-quiz").decode()
    assert "masteryscore" not in text and "minNormalizedMeasure" not in text
    assert "TLP:CLEAR" in text and ">no<" in text.replace("No<", "no<")


@pytest.mark.parametrize("fmt", FORMATS)
def test_resource_lists_the_player_files_and_schemas_are_at_the_root(
    scorm_build: ScormBuild, fmt: str
) -> None:
    entries = scorm_build.entries(fmt, "all-types")
    text = entries["imsmanifest.xml"].decode()
    listed = re.findall(r'<file href="([^"]+)"', text)
    assert listed == sorted(listed)
    assert set(listed) == {"index.html", "payload.js", "player.css", "strings.js", "obscure.js",
                           "lms.js", "quiz.js", "responses.js", "progress.js", "results.js",
                           "player.js", "interactions.json"}
    assert set(listed) <= set(entries)
    assert re.search(r'<resource [^>]*href="index.html"', text)
    locations = re.search(r'xsi:schemaLocation="([^"]+)"', text)
    assert locations is not None
    for href in locations.group(1).split()[1::2]:
        assert href in entries, href


@pytest.mark.parametrize("fmt", FORMATS)
def test_shipped_schemas_are_the_official_files(scorm_build: ScormBuild, fmt: str) -> None:
    entries = scorm_build.entries(fmt, "all-types")
    folder = STANDARDS / fmt
    official = {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in folder.rglob("*") if p.is_file()}
    shipped = {k: v for k, v in entries.items() if k.endswith((".xsd", ".dtd"))}
    assert shipped == official


def test_test_schemas_match_their_recorded_checksums() -> None:
    """tests/data/standards/SOURCES.md records a SHA-256 prefix for every copied file."""
    table = dict(re.findall(r"^\| `([^`]+)` \| `([0-9a-f]{16})` \|$",
                            (STANDARDS / "SOURCES.md").read_text(encoding="utf-8"), re.M))
    files = {p.relative_to(STANDARDS).as_posix(): p for p in STANDARDS.rglob("*")
             if p.is_file() and p.name != "SOURCES.md"}
    assert set(table) == set(files)
    for name, path in files.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:16] == table[name], name


@pytest.mark.skipif(not (REPO / "curriculum.yaml").exists(), reason="no built-in curriculum")
def test_the_built_in_curriculum_builds_valid_packages(
    tmp_path: Path, schemas: dict[str, Any]
) -> None:
    result = build_scorm(REPO, tmp_path / "out")
    zips = [f for f in result.files if f.path.suffix == ".zip"]
    modules = sorted((REPO / "modules").rglob("*.yaml"))
    assert len(zips) == 2 * len(modules)
    for written in zips:
        build = ScormBuild(REPO, tmp_path / "out")
        fmt, module_id = written.path.parts[0], written.path.stem
        assert problems(schemas[fmt], manifest(build, fmt, module_id)) == [], written.path


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_xml_file_of_every_package_is_well_formed(scorm_build: ScormBuild, fmt: str) -> None:
    """Re-parse every ``.xml`` the build wrote (the official ``.xsd`` copies are byte for byte)."""
    parsed = 0
    for package in sorted((scorm_build.out / fmt).glob("*.zip")):
        for name, data in scorm_build.entries(fmt, package.stem).items():
            if name.endswith(".xml"):
                ET.fromstring(data)
                parsed += 1
    assert parsed >= len(MODULES)
