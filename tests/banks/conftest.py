"""Fixtures: a project with every question type (three fixture modules) built once in the
bank formats, the repository built once, and the official schemas loaded offline."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema
from bank_fixtures import QTI_IMPORTS, REPOSITORY, STANDARDS, bank_project, build_banks


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = bank_project(tmp_path_factory.mktemp("bank-project") / "project")
    return build_banks(project, tmp_path_factory.mktemp("bank-build") / "out")


@pytest.fixture(scope="session")
def repository_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own curriculum in every bank format (the issue's done-when)."""
    return build_banks(REPOSITORY, tmp_path_factory.mktemp("repo-build") / "out")


@pytest.fixture(scope="session")
def qti_schema() -> xmlschema.XMLSchemaBase:
    """IMS QTI 2.1 with its imports mapped to local copies (no network: allow="local")."""
    folder = STANDARDS / "qti21"
    mapper = {f"http://{url}": str(folder / "imports" / url) for url in QTI_IMPORTS}
    return xmlschema.XMLSchema10(str(folder / "imsqti_v2p1.xsd"), allow="local",
                                 uri_mapper=mapper)


@pytest.fixture(scope="session")
def cp_schema() -> xmlschema.XMLSchemaBase:
    """IMS Content Packaging 1.1 (the manifest of a QTI 2.1 content package)."""
    folder = STANDARDS / "scorm2004"
    return xmlschema.XMLSchema10(
        str(folder / "imscp_v1p1.xsd"), allow="local",
        uri_mapper={"http://www.w3.org/2001/xml.xsd": str(folder / "xml.xsd")},
    )
