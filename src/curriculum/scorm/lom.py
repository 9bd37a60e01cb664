"""Catalogue metadata for the manifests: IMS Meta-data 1.2.1 (SCORM 1.2) and IEEE LOM (2004).

Both carry the same facts (title, description, language, keywords, typical
learning time, version, and the TLP handling marking) in the two bindings the
official schemas define. The marking goes twice: as a rights description a
person reads, and as a ``security level`` classification a platform can filter
on (both vocabularies define that purpose).

Elements are built with literal prefixed names (``imsmd:title``) on
ElementTree, so no global namespace registration is needed and serialisation
is byte-stable.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from curriculum.i18n.catalogues import N_

TLP_MEANINGS: dict[str, str] = {
    "TLP:CLEAR": N_("Disclosure is not limited."),
    "TLP:GREEN": N_("Limited disclosure: recipients may share it within their community, "
                    "not publicly."),
    "TLP:AMBER": N_("Limited disclosure: recipients may share it only on a need-to-know basis "
                    "within their organisation and its clients."),
    "TLP:AMBER+STRICT": N_("Limited disclosure: recipients may share it only on a need-to-know "
                           "basis within their own organisation."),
    "TLP:RED": N_("For the named recipients only; no further disclosure."),
}

LOM_NS = "http://ltsc.ieee.org/xsd/LOM"
CATALOG = "curriculum"


@dataclass(frozen=True)
class ManifestInfo:
    """What a manifest says about one module (plain text; XML escaping happens on output)."""

    identifier: str
    version: str
    title: str
    description: str
    language: str
    keywords: tuple[str, ...]
    duration: str
    handling: str
    mastery: int | None
    files: tuple[str, ...]

    @property
    def handling_text(self) -> str:
        """The marking with its meaning, as shown to people."""
        return f"Handling: {self.handling}. {TLP_MEANINGS.get(self.handling, '')}".strip()

    @property
    def restricted(self) -> bool:
        """True when the marking limits disclosure (anything but TLP:CLEAR)."""
        return self.handling != "TLP:CLEAR"


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Append a child element (attributes given as keywords, ``xml_lang`` -> ``xml:lang``)."""
    child = ET.SubElement(parent, tag, {_attr(k): v for k, v in attrs.items()})
    if text is not None:
        child.text = text
    return child


def _attr(name: str) -> str:
    return name.replace("xml_", "xml:", 1) if name.startswith("xml_") else name.replace("_", ":")


# --- IMS Meta-data 1.2.1 (SCORM 1.2) -------------------------------------------------------


def imsmd_lom(parent: ET.Element, info: ManifestInfo) -> ET.Element:
    """``<imsmd:lom>`` in the order imsmd_rootv1p2p1.xsd requires."""
    lom = sub(parent, "imsmd:lom")
    general = sub(lom, "imsmd:general")
    sub(general, "imsmd:identifier", f"{CATALOG}:{info.identifier}")
    _md_langstrings(general, "imsmd:title", info.title, info.language)
    sub(general, "imsmd:language", info.language)
    if info.description:
        _md_langstrings(general, "imsmd:description", info.description, info.language)
    for keyword in info.keywords:
        _md_langstrings(general, "imsmd:keyword", keyword, info.language)
    lifecycle = sub(lom, "imsmd:lifecycle")
    _md_langstrings(lifecycle, "imsmd:version", info.version, "x-none")
    _md_vocab(lifecycle, "imsmd:status", "Final")
    meta = sub(lom, "imsmd:metametadata")
    sub(meta, "imsmd:metadatascheme", "ADL SCORM 1.2")
    sub(meta, "imsmd:language", info.language)
    technical = sub(lom, "imsmd:technical")
    sub(technical, "imsmd:format", "text/html")
    educational = sub(lom, "imsmd:educational")
    time = sub(educational, "imsmd:typicallearningtime")
    sub(time, "imsmd:datetime", info.duration)
    sub(educational, "imsmd:language", info.language)
    rights = sub(lom, "imsmd:rights")
    _md_vocab(rights, "imsmd:copyrightandotherrestrictions", "Yes" if info.restricted else "No")
    _md_langstrings(rights, "imsmd:description", info.handling_text, info.language)
    classification = sub(lom, "imsmd:classification")
    _md_vocab(classification, "imsmd:purpose", "Security Level")
    _md_langstrings(classification, "imsmd:description", info.handling, "x-none")
    return lom


def _md_langstrings(parent: ET.Element, tag: str, text: str, language: str) -> None:
    wrapper = sub(parent, tag)
    sub(wrapper, "imsmd:langstring", text, xml_lang=language)


def _md_vocab(parent: ET.Element, tag: str, value: str) -> None:
    wrapper = sub(parent, tag)
    _md_langstrings(wrapper, "imsmd:source", "LOMv1.0", "x-none")
    _md_langstrings(wrapper, "imsmd:value", value, "x-none")


# --- IEEE LOM (SCORM 2004) -----------------------------------------------------------------


def ieee_lom(parent: ET.Element, info: ManifestInfo) -> ET.Element:
    """``<lom>`` in the LOM namespace, valid against ADL's strict ``lom.xsd``."""
    lom = sub(parent, "lom", xmlns=LOM_NS)
    general = sub(lom, "general")
    identifier = sub(general, "identifier")
    sub(identifier, "catalog", CATALOG)
    sub(identifier, "entry", info.identifier)
    _lom_string(general, "title", info.title, info.language)
    sub(general, "language", info.language)
    if info.description:
        _lom_string(general, "description", info.description, info.language)
    for keyword in info.keywords:
        _lom_string(general, "keyword", keyword, info.language)
    lifecycle = sub(lom, "lifeCycle")
    _lom_string(lifecycle, "version", info.version, "x-none")
    _lom_vocab(lifecycle, "status", "final")
    meta = sub(lom, "metaMetadata")
    sub(meta, "metadataSchema", "LOMv1.0")
    sub(meta, "language", info.language)
    technical = sub(lom, "technical")
    sub(technical, "format", "text/html")
    educational = sub(lom, "educational")
    time = sub(educational, "typicalLearningTime")
    sub(time, "duration", info.duration)
    sub(educational, "language", info.language)
    rights = sub(lom, "rights")
    _lom_vocab(rights, "copyrightAndOtherRestrictions", "yes" if info.restricted else "no")
    _lom_string(rights, "description", info.handling_text, info.language)
    classification = sub(lom, "classification")
    _lom_vocab(classification, "purpose", "security level")
    _lom_string(classification, "description", info.handling, "x-none")
    return lom


def _lom_string(parent: ET.Element, tag: str, text: str, language: str) -> None:
    wrapper = sub(parent, tag)
    sub(wrapper, "string", text, language=language)


def _lom_vocab(parent: ET.Element, tag: str, value: str) -> None:
    wrapper = sub(parent, tag)
    sub(wrapper, "source", "LOMv1.0")
    sub(wrapper, "value", value)

