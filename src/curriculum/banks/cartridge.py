"""The curriculum as one IMS Common Cartridge 1.1 (``docs/cc.md``).

Layout inside ``build/cc/<curriculum>.imscc``::

    imsmanifest.xml                      CC 1.1 profile of IMS CP 1.2, LOM title
    <module>/<section>.html              one web content page per section
    <module>/assessment.xml              the module quiz (QTI 1.2.1, cc.exam.v0p1)
    <module>/question-bank.xml           the same items as a question bank

The organisation holds one item per module (its sections, then its quiz); question
banks are resources without an item, as the profile wants.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from datetime import datetime

from curriculum.banks.cc_qti import questestinterop
from curriculum.package_models import Package, Resource
from curriculum.scorm.archive import zip_bytes

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
LOCATIONS = (f"{CP} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd "
             f"{LOM} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd")
ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"
BANK = "imsqti_xmlv1p2/imscc_xmlv1p1/question-bank"

ET.register_namespace("lomimscc", LOM)


def cartridge_zip(
    identifier: str, title: str, language: str, modules: list[Package], created: datetime
) -> bytes:
    """The cartridge bytes: pages, quizzes, banks and the manifest, deterministic."""
    files: dict[str, bytes] = {}
    for package in modules:
        module = package.manifest.identifier
        for resource in package.resources:
            files[_page_href(module, resource)] = _page(resource, package.manifest.language)
        items = [i for a in package.assessments for i in a.items]
        if items:
            quiz_title = package.assessments[0].title
            files[f"{module}/assessment.xml"] = questestinterop("assessment", module,
                                                                quiz_title, items)
            files[f"{module}/question-bank.xml"] = questestinterop("bank", module,
                                                                   quiz_title, items)
    files["imsmanifest.xml"] = _manifest(identifier, title, language, modules)
    return zip_bytes(files, created)


def _page_href(module: str, resource: Resource) -> str:
    return f"{module}/{resource.identifier.rsplit('.', 1)[-1]}.html"


def _page(resource: Resource, language: str) -> bytes:
    """A whole HTML page around the section's (already safe) HTML fragment."""
    return (f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head>\n'
            f'<meta charset="utf-8">\n<title>{html.escape(resource.title)}</title>\n'
            f"</head>\n<body>\n{resource.html}</body>\n</html>\n").encode()


def _manifest(identifier: str, title: str, language: str, modules: list[Package]) -> bytes:
    root = ET.Element("manifest", {"xmlns": CP, "identifier": f"cc-{identifier}",
                                   f"{{{XSI}}}schemaLocation": LOCATIONS})
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Common Cartridge"
    ET.SubElement(metadata, "schemaversion").text = "1.1.0"
    lom_title = ET.SubElement(ET.SubElement(ET.SubElement(metadata, f"{{{LOM}}}lom"),
                                            f"{{{LOM}}}general"), f"{{{LOM}}}title")
    ET.SubElement(lom_title, f"{{{LOM}}}string", language=language).text = title
    organization = ET.SubElement(ET.SubElement(root, "organizations"), "organization",
                                 identifier="org-1", structure="rooted-hierarchy")
    top = ET.SubElement(organization, "item", identifier="org-root")
    resources = ET.SubElement(root, "resources")
    for package in modules:
        _module(top, resources, package)
    ET.indent(root, "  ")
    text = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'.encode()


def _module(top: ET.Element, resources: ET.Element, package: Package) -> None:
    module = package.manifest.identifier
    node = ET.SubElement(top, "item", identifier=f"item-{module}")
    ET.SubElement(node, "title").text = package.manifest.title
    for resource in package.resources:
        ref = resource.identifier  # already `res-<module>.<section>`
        _item(node, f"item-{resource.identifier}", resource.title, ref)
        _resource(resources, ref, "webcontent", _page_href(module, resource))
    if any(a.items for a in package.assessments):
        _item(node, f"item-quiz-{module}", package.assessments[0].title, f"quiz-{module}")
        _resource(resources, f"quiz-{module}", ASSESSMENT, f"{module}/assessment.xml",
                  with_href=False)
        _resource(resources, f"bank-{module}", BANK, f"{module}/question-bank.xml",
                  with_href=False)


def _item(parent: ET.Element, identifier: str, title: str, ref: str) -> None:
    item = ET.SubElement(parent, "item", identifier=identifier, identifierref=ref)
    ET.SubElement(item, "title").text = title


def _resource(
    parent: ET.Element, identifier: str, kind: str, href: str, with_href: bool = True
) -> None:
    """Web content names its page in ``href``; QTI resources list their file only."""
    attrs = {"identifier": identifier, "type": kind}
    if with_href:
        attrs["href"] = href
    resource = ET.SubElement(parent, "resource", attrs)
    ET.SubElement(resource, "file", href=href)
