"""Helpers for the bank tests: the fixture project and how it is built (named uniquely so
that test modules can import it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from unittest import mock

from curriculum.build import build
from curriculum.scaffold import init_project

TESTS = Path(__file__).parents[1]
STANDARDS = TESTS / "data" / "standards"
REPOSITORY = TESTS.parent
EPOCH = "1543449600"  # 2018-11-29T00:00:00Z
FORMATS = ("qti21", "moodle", "gift")
MODULES = (
    Path(__file__).parent / "data" / "bank-specials.yaml",
    TESTS / "scorm" / "data" / "all-types.yaml",
    TESTS / "package" / "data" / "hostile-text.yaml",
)
QTI_IMPORTS = (
    "www.imsglobal.org/xsd/w3/2001/xml.xsd",
    "www.imsglobal.org/xsd/w3/2001/XInclude.xsd",
    "www.w3.org/Math/XMLSchema/mathml2/mathml2.xsd",
    "www.imsglobal.org/profile/apip/apipv1p0/apipv1p0_qtiextv2p1_v1p0.xsd",
)


def bank_project(root: Path) -> Path:
    """`curriculum init` at ``root`` with the fixture modules added."""
    init_project(root)
    for path in MODULES:
        shutil.copy(path, root / "modules" / path.name)
    return root


def build_banks(project: Path, out: Path, formats: tuple[str, ...] = FORMATS) -> Path:
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        build(project, list(formats), out)
    return out


