"""Write one module's text units as an XLIFF 2.0 document for translators.

One ``<file>`` per module; one ``<unit>`` per text unit, its id the unit id; notes
give the context (which section, which question, which option and whether it is the
correct one), and protected spans travel as ``<ph>`` codes with their ``originalData``.
A unit already translated carries its ``<target>``: ``state="translated"`` when the
translation was made from today's source text, ``initial`` with a note when not.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from curriculum.loader import LoadedModule
from curriculum.translation.codes import Code, Piece, split
from curriculum.translation.units import TextUnit, source_hash, text_units, value_at
from curriculum.yamlio import format_key_path

NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_QUOTE_LINE = re.compile(r"^\s*>", re.MULTILINE)
_QUOTED_WORDS = re.compile(r"[\"“«][^\"”»]{20,}[\"”»]")

FILE_NOTE = (
    "Translate the text of each unit. Keep every placeholder (cross-references, links, code) "
    "and move it where the sentence needs it. Markdown marks (**, -, >, numbered lists) stay "
    "as they are. Quotations of English sources stay in English; add a translation beside "
    "them where it helps. Mark a unit translated (or final) when its target is done."
)
QUOTE_NOTE = (
    "Keep the quotation in English, exactly as in the source; add a translation beside it "
    "(in brackets or after it) where it helps."
)
CODES_NOTE = "Keep each placeholder: it stands for a cross-reference, a link or code."
STALE_NOTE = ("The source text changed since this target was translated: check the target "
              "against the new source, then mark the unit translated.")


def export_document(
    source: LoadedModule, translation: LoadedModule | None, language: str, original: str
) -> bytes:
    """The XLIFF 2.0 document for ``source`` into ``language`` (UTF-8 bytes, deterministic)."""
    root = etree.Element(f"{{{NS}}}xliff", nsmap={None: NS})
    root.set("version", "2.0")
    root.set("srcLang", source.module.language or "en")
    root.set("trgLang", language)
    file = etree.SubElement(root, f"{{{NS}}}file", id=source.module.id, original=original)
    file.set(f"{{{XML_NS}}}space", "preserve")
    _notes(file, [("instructions", FILE_NOTE)])
    for unit in text_units(source.raw):
        _unit(file, unit, translation)
    _indent(root, 0)
    body: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return body + b"\n"


def _unit(file: Any, unit: TextUnit, translation: LoadedModule | None) -> None:
    element = etree.SubElement(file, f"{{{NS}}}unit", id=unit.id,
                               name=format_key_path(unit.key_path))
    target, fresh = _target(unit, translation)
    source_pieces = split(unit.text)
    target_pieces = split(target, source_pieces) if target is not None else []
    _notes(element, _unit_notes(unit, source_pieces, target is not None and not fresh))
    codes = {p.id: p.data for p in (*source_pieces, *target_pieces) if isinstance(p, Code)}
    if codes:
        data = etree.SubElement(element, f"{{{NS}}}originalData")
        for ident in sorted(codes, key=int):
            etree.SubElement(data, f"{{{NS}}}data", id=f"d{ident}").text = codes[ident]
    segment = etree.SubElement(element, f"{{{NS}}}segment")
    segment.set("state", "translated" if fresh else "initial")
    _inline(etree.SubElement(segment, f"{{{NS}}}source"), source_pieces)
    if target is not None:
        _inline(etree.SubElement(segment, f"{{{NS}}}target"), target_pieces)


def _target(unit: TextUnit, translation: LoadedModule | None) -> tuple[str | None, bool]:
    """The translation's text of the unit, and whether it was made from today's source."""
    if translation is None or translation.module.translation is None:
        return None, False
    own = {u.id: u for u in text_units(translation.raw)}.get(unit.id)
    text = own.text if own else value_at(translation.raw, unit.key_path)
    if not isinstance(text, str):
        return None, False
    recorded = translation.module.translation.units.get(unit.id)
    return text, recorded == source_hash(unit.text)


def _unit_notes(unit: TextUnit, pieces: list[Piece], stale: bool) -> list[tuple[str, str]]:
    kind = "Markdown" if unit.markdown else "plain text"
    notes = [("context", f"{unit.context} ({kind})")]
    if _QUOTE_LINE.search(unit.text) or _QUOTED_WORDS.search(unit.text):
        notes.append(("quotes", QUOTE_NOTE))
    if any(isinstance(p, Code) for p in pieces):
        notes.append(("placeholders", CODES_NOTE))
    if stale:
        notes.append(("stale", STALE_NOTE))
    return notes


def _notes(parent: Any, notes: list[tuple[str, str]]) -> None:
    holder = etree.SubElement(parent, f"{{{NS}}}notes")
    for category, text in notes:
        etree.SubElement(holder, f"{{{NS}}}note", category=category).text = text


CONTAINERS = frozenset({"xliff", "file", "notes", "unit", "originalData", "segment"})
"""Elements that hold only elements: the only ones indented (text elements keep their text)."""


def _indent(element: Any, level: int) -> None:
    if etree.QName(element).localname not in CONTAINERS or len(element) == 0:
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


def _inline(element: Any, pieces: list[Piece]) -> None:
    """Text with ``<ph>`` codes, written as mixed content."""
    last: Any = None
    for piece in pieces:
        if isinstance(piece, Code):
            last = etree.SubElement(element, f"{{{NS}}}ph", id=piece.id,
                                    dataRef=f"d{piece.id}", disp=piece.data)
        elif last is None:
            element.text = (element.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece
