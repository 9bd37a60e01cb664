"""Fixtures: the fixture project built as SCORM once; the official SCORM schemas
(tests/data/standards/) loaded offline for validation."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import xmlschema
from scorm_fixtures import STANDARDS, ScormBuild, build_scorm, fixture_project


@pytest.fixture(scope="session")
def scorm_build(tmp_path_factory: pytest.TempPathFactory) -> ScormBuild:
    project = fixture_project(tmp_path_factory.mktemp("scorm-project"))
    out = tmp_path_factory.mktemp("scorm-build")
    build_scorm(project, out)
    return ScormBuild(project, out)


@pytest.fixture
def project_factory(tmp_path: Path) -> Iterator[Callable[[], Path]]:
    """Fresh copies of the fixture project, for tests that edit it."""
    counter = iter(range(100))
    yield lambda: fixture_project(tmp_path / f"project-{next(counter)}")


@pytest.fixture(scope="session")
def scorm12_schema(tmp_path_factory: pytest.TempPathFactory) -> xmlschema.XMLSchemaBase:
    """IMS CP 1.1.2 + ADL CP 1.2 + IMS MD 1.2.1, worked around as SOURCES.md explains.

    ``ims_xml.xsd`` binds the XML namespace as its default namespace, which XML parsers
    refuse: a temporary copy drops that one attribute. ``imsmd_rootv1p2p1.xsd`` breaks XSD
    1.0's Unique Particle Attribution rule, so the set is loaded in XSD 1.1 mode.
    """
    folder = tmp_path_factory.mktemp("scorm12-xsd")
    for path in (STANDARDS / "scorm12").iterdir():
        shutil.copy(path, folder / path.name)
    patched = folder / "ims_xml.xsd"
    text = patched.read_text(encoding="utf-8")
    patched.write_text(
        text.replace('xmlns="http://www.w3.org/XML/1998/namespace"', "", 1), encoding="utf-8"
    )
    names = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd")
    return xmlschema.XMLSchema11([str(folder / n) for n in names], allow="local")


@pytest.fixture(scope="session")
def scorm2004_schema() -> xmlschema.XMLSchemaBase:
    """IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3, IMS SS 1.0 and ADL's strict LOM, offline.

    ``imscp_v1p1.xsd`` imports the XML namespace schema from its w3.org URL: that URL is
    mapped to ADL's copy beside it, and ``allow="local"`` forbids any network access.
    """
    folder = (STANDARDS / "scorm2004").resolve()
    names = ("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd",
             "imsss_v1p0.xsd", "lom.xsd")
    return xmlschema.XMLSchema(
        [str(folder / n) for n in names],
        allow="local",
        uri_mapper={"http://www.w3.org/2001/xml.xsd": str(folder / "xml.xsd")},
    )


@pytest.fixture(scope="session")
def schemas(
    scorm12_schema: xmlschema.XMLSchemaBase, scorm2004_schema: xmlschema.XMLSchemaBase
) -> dict[str, xmlschema.XMLSchemaBase]:
    return {"scorm12": scorm12_schema, "scorm2004": scorm2004_schema}
