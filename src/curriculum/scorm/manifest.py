"""``imsmanifest.xml`` for SCORM 1.2 and SCORM 2004 4th edition: one organisation, one SCO.

Each module is one SCO (the player), so the organisation holds one item. The
pass mark travels the way each version defines: ``adlcp:masteryscore`` (0-100)
in 1.2; in 2004 a primary objective satisfied by measure with
``imsss:minNormalizedMeasure`` (0-1), which the LMS hands the SCO as
``cmi.scaled_passing_score``. The ``schemaLocation`` hints name the control
documents shipped at the package root, as the ADL test suites expect.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from curriculum.scorm.lom import ManifestInfo, ieee_lom, imsmd_lom, sub

NS12 = {
    "xmlns": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "xmlns:adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "xmlns:imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
LOCATIONS12 = (
    ("http://www.imsproject.org/xsd/imscp_rootv1p1p2", "imscp_rootv1p1p2.xsd"),
    ("http://www.imsglobal.org/xsd/imsmd_rootv1p2p1", "imsmd_rootv1p2p1.xsd"),
    ("http://www.adlnet.org/xsd/adlcp_rootv1p2", "adlcp_rootv1p2.xsd"),
)
NS2004 = {
    "xmlns": "http://www.imsglobal.org/xsd/imscp_v1p1",
    "xmlns:adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
    "xmlns:adlseq": "http://www.adlnet.org/xsd/adlseq_v1p3",
    "xmlns:adlnav": "http://www.adlnet.org/xsd/adlnav_v1p3",
    "xmlns:imsss": "http://www.imsglobal.org/xsd/imsss",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
LOCATIONS2004 = (
    ("http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd"),
    ("http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd"),
    ("http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd"),
    ("http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd"),
    ("http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd"),
    ("http://ltsc.ieee.org/xsd/LOM", "lom.xsd"),
)
LAUNCH = "index.html"


def ids(info: ManifestInfo) -> dict[str, str]:
    """XML ids (``xsd:ID`` must not start with a digit, module slugs may)."""
    return {
        "manifest": f"curriculum-{info.identifier}",
        "organization": f"org-{info.identifier}",
        "item": f"item-{info.identifier}",
        "resource": f"res-{info.identifier}",
        "objective": f"urn:curriculum:{info.identifier}:mastery",
    }


def _single_item(root: ET.Element, names: dict[str, str], title: str) -> ET.Element:
    """The one organisation with its one item (the SCO); returns the item."""
    organizations = sub(root, "organizations", default=names["organization"])
    organization = sub(organizations, "organization", identifier=names["organization"])
    sub(organization, "title", title)
    item = sub(organization, "item", identifier=names["item"], identifierref=names["resource"])
    sub(item, "title", title)
    return item


def manifest_scorm12(info: ManifestInfo) -> bytes:
    """The SCORM 1.2 manifest (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1)."""
    names = ids(info)
    root = _root(names["manifest"], info.version, NS12, LOCATIONS12)
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "ADL SCORM")
    sub(metadata, "schemaversion", "1.2")
    imsmd_lom(metadata, info)
    item = _single_item(root, names, info.title)
    if info.mastery is not None:
        sub(item, "adlcp:masteryscore", str(info.mastery))
    resources = sub(root, "resources")
    resource = sub(
        resources, "resource", identifier=names["resource"], type="webcontent",
        adlcp_scormtype="sco", href=LAUNCH,
    )
    _files(resource, info)
    return _serialise(root)


def manifest_scorm2004(info: ManifestInfo) -> bytes:
    """The SCORM 2004 4th edition manifest (IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3, IMS SS, LOM)."""
    names = ids(info)
    root = _root(names["manifest"], info.version, NS2004, LOCATIONS2004)
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "ADL SCORM")
    sub(metadata, "schemaversion", "2004 4th Edition")
    ieee_lom(metadata, info)
    item = _single_item(root, names, info.title)
    _sequencing(item, info, names["objective"])
    resources = sub(root, "resources")
    resource = sub(
        resources, "resource", identifier=names["resource"], type="webcontent",
        adlcp_scormType="sco", href=LAUNCH,
    )
    _files(resource, info)
    return _serialise(root)


def _sequencing(item: ET.Element, info: ManifestInfo, objective_id: str) -> None:
    """Pass mark as the primary objective's minimum normalised measure; the SCO reports."""
    sequencing = sub(item, "imsss:sequencing")
    if info.mastery is not None:
        objectives = sub(sequencing, "imsss:objectives")
        primary = sub(
            objectives, "imsss:primaryObjective", objectiveID=objective_id,
            satisfiedByMeasure="true",
        )
        sub(primary, "imsss:minNormalizedMeasure", _scaled(info.mastery))
    sub(
        sequencing, "imsss:deliveryControls", tracked="true",
        completionSetByContent="true", objectiveSetByContent="true",
    )


def _scaled(percent: int) -> str:
    """A 0-100 pass mark as the 0-1 decimal SCORM 2004 uses (``80`` -> ``0.8``)."""
    text = f"{percent / 100:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def _root(
    identifier: str, version: str, namespaces: dict[str, str],
    locations: tuple[tuple[str, str], ...],
) -> ET.Element:
    root = ET.Element("manifest", {"identifier": identifier, "version": version})
    root.attrib.update(namespaces)
    root.set("xsi:schemaLocation", " ".join(f"{ns} {href}" for ns, href in locations))
    return root


def _files(resource: ET.Element, info: ManifestInfo) -> None:
    for href in sorted(info.files):
        sub(resource, "file", href=href)


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
