"""A module's QTI 2.1 content package: ``imsmanifest.xml`` (IMS CP 1.1), items, test.

Layout inside the zip::

    imsmanifest.xml                 one resource per item and one for the test
    items/<item id>.xml             assessmentItem (imsqti_item_xmlv2p1)
    tests/<assessment id>.xml       assessmentTest (imsqti_test_xmlv2p1)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from curriculum.banks.qti21 import item_xml, serialise, test_xml
from curriculum.package_models import Assessment, Package
from curriculum.scorm.archive import zip_bytes

CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
C = ""  # unqualified tags under a literal xmlns, as in curriculum.banks.qti21
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ITEM_TYPE = "imsqti_item_xmlv2p1"
TEST_TYPE = "imsqti_test_xmlv2p1"


def qti21_zip(package: Package, created: datetime) -> bytes | None:
    """The zip bytes for one module's quiz, or None when the module has no quiz."""
    if not package.assessments:
        return None
    language = package.manifest.language
    files: dict[str, bytes] = {}
    for assessment in package.assessments:
        hrefs = {i.identifier: f"items/{i.identifier}.xml" for i in assessment.items}
        for item in assessment.items:
            files[hrefs[item.identifier]] = item_xml(item, language)
        # an assessmentItemRef's href is relative to the test file (tests/), as URIs are
        relative = {identifier: f"../{href}" for identifier, href in hrefs.items()}
        files[_test_href(assessment)] = test_xml(assessment, relative, language)
    files["imsmanifest.xml"] = manifest_xml(package)
    return zip_bytes(files, created)


def _test_href(assessment: Assessment) -> str:
    return f"tests/{assessment.identifier}.xml"


def manifest_xml(package: Package) -> bytes:
    """The content package manifest: every file is one resource; the test depends on items."""
    root = ET.Element("manifest", {
        "xmlns": CP,
        "identifier": f"qti-{package.manifest.identifier}",
        f"{{{XSI}}}schemaLocation": f"{CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
    })
    metadata = ET.SubElement(root, f"{C}metadata")
    ET.SubElement(metadata, f"{C}schema").text = "QTIv2.1 Package"
    ET.SubElement(metadata, f"{C}schemaversion").text = "1.0.0"
    ET.SubElement(root, f"{C}organizations")
    resources = ET.SubElement(root, f"{C}resources")
    for assessment in package.assessments:
        for item in assessment.items:
            _resource(resources, f"item-{item.identifier}", ITEM_TYPE,
                      f"items/{item.identifier}.xml", [])
        _resource(resources, f"test-{assessment.identifier}", TEST_TYPE,
                  _test_href(assessment), [f"item-{i.identifier}" for i in assessment.items])
    return serialise(root)


def _resource(
    parent: ET.Element, identifier: str, kind: str, href: str, needs: list[str]
) -> None:
    resource = ET.SubElement(parent, f"{C}resource",
                             {"identifier": identifier, "type": kind, "href": href})
    ET.SubElement(resource, f"{C}file", {"href": href})
    for need in needs:
        ET.SubElement(resource, f"{C}dependency", {"identifierref": need})
