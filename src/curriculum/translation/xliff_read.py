"""Read an XLIFF 2.0 document safely, every problem located at its line.

The file comes from outside (a translator, an agency, a tool), so it is treated as
hostile: no DTD and so no entities (refused before parsing, and the parser would not
expand or fetch them anyway), no network, a size limit, and only the inline markup
this tool writes (``<ph>`` for protected spans; ``<mrk>`` annotations are read through,
``<cp>`` code points are decoded) is accepted in a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from curriculum.characters import describe, first_forbidden
from curriculum.diagnostics import Diagnostic, SourceLocation, error, sort_diagnostics
from curriculum.errors import ContentError
from curriculum.translation.codes import Code, Piece, codes_of, joined

NS = "urn:oasis:names:tc:xliff:document:2.0"
MAX_BYTES = 10 * 1024 * 1024
DONE_STATES = frozenset({"translated", "reviewed", "final"})
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)")
_POSITION = re.compile(r",? line \d+, column \d+$")
REFUSED = "the XLIFF file was refused; nothing was imported"


@dataclass
class XliffUnit:
    """One unit: its id, source and target texts (codes restored) and where it stands."""

    id: str
    source: str
    target: str | None
    state: str
    line: int

    @property
    def done(self) -> bool:
        """The translator marked the target as translated (or reviewed, final)."""
        return self.state in DONE_STATES


@dataclass
class XliffFile:
    """One ``<file>``: the module it holds and its units."""

    id: str
    line: int
    units: list[XliffUnit] = field(default_factory=list)


@dataclass
class XliffDocument:
    """A whole document: languages and files."""

    path: Path
    source_language: str
    target_language: str
    line: int = 1
    """Line of the ``<xliff>`` element (where language problems are reported)."""
    files: list[XliffFile] = field(default_factory=list)

    def at(self, line: int) -> SourceLocation:
        return SourceLocation(self.path, line, 1)


def read_xliff(path: Path) -> XliffDocument:
    """Parse ``path``; raise :class:`ContentError` with every located problem."""
    raw = _read(path)
    root = _parse(raw, path)
    problems: list[Diagnostic] = []
    document = _document(root, path, problems)
    if problems:
        raise ContentError(f"{path.name} is not a usable XLIFF 2.0 file; nothing was imported",
                           sort_diagnostics(problems))
    return document


def _read(path: Path) -> bytes:
    here = SourceLocation(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ContentError(REFUSED, [error(
            f"file is {size / 1048576:.1f} MB; an XLIFF file may be at most "
            f"{MAX_BYTES // 1048576} MB", here, "xliff-too-large")])
    raw = path.read_bytes()
    found = _DECLARATION.search(raw)
    if found:
        line = raw.count(b"\n", 0, found.start()) + 1
        what = found.group(1).decode()
        raise ContentError(REFUSED, [error(
            f"a <!{what}> declaration is not allowed in an XLIFF file (DTDs and entities are "
            "refused: they can read files or expand without limit)",
            SourceLocation(path, line, 1), "xliff-unsafe")])
    return raw


def _parse(raw: bytes, path: Path) -> Any:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_pis=True,
                             remove_comments=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (1, 1)
        message = f"not well-formed XML: {_POSITION.sub('', exc.msg)}"
        raise ContentError(REFUSED, [error(message, SourceLocation(path, line, col or 1),
                                           "xliff-syntax")]) from None
    return root


def _document(root: Any, path: Path, problems: list[Diagnostic]) -> XliffDocument:
    document = XliffDocument(path, root.get("srcLang", ""), root.get("trgLang", ""),
                             root.sourceline or 1)
    if root.tag != f"{{{NS}}}xliff" or not str(root.get("version", "")).startswith("2."):
        problems.append(error("the root element must be <xliff version=\"2.0\"> in the XLIFF "
                              f"2.0 namespace ({NS})", document.at(root.sourceline or 1),
                              "xliff-version"))
        return document
    for name in ("srcLang", "trgLang"):
        if not root.get(name):
            problems.append(error(f"<xliff> has no {name} attribute",
                                  document.at(root.sourceline or 1), "xliff-language"))
    for element in root.iterchildren(f"{{{NS}}}file"):
        document.files.append(_file(element, document, problems))
    if not document.files and not problems:
        problems.append(error("no <file> element: nothing to import",
                              document.at(root.sourceline or 1), "xliff-empty"))
    return document


def _file(element: Any, document: XliffDocument, problems: list[Diagnostic]) -> XliffFile:
    file = XliffFile(element.get("id", ""), element.sourceline or 1)
    seen: set[str] = set()
    for unit in element.iter(f"{{{NS}}}unit"):
        read = _unit(unit, document, problems)
        if read is None:
            continue
        if read.id in seen:
            problems.append(error(f'unit id "{read.id}" appears twice in this file',
                                  document.at(read.line), "xliff-unit"))
        seen.add(read.id)
        file.units.append(read)
    return file


def _unit(element: Any, document: XliffDocument, problems: list[Diagnostic]) -> XliffUnit | None:
    line = element.sourceline or 1
    ident = element.get("id", "")
    segments = list(element.iterchildren(f"{{{NS}}}segment"))
    if len(segments) != 1:
        problems.append(error(f'unit "{ident}" must hold exactly one <segment> '
                              f"(it has {len(segments)}); do not split or join segments",
                              document.at(line), "xliff-unit"))
        return None
    data = _original_data(element)
    segment = segments[0]
    source_el = segment.find(f"{{{NS}}}source")
    if source_el is None:
        problems.append(error(f'unit "{ident}" has no <source>', document.at(line), "xliff-unit"))
        return None
    source = _pieces(source_el, data, document, problems)
    target_el = segment.find(f"{{{NS}}}target")
    target = None if target_el is None else _pieces(target_el, data, document, problems)
    if target is not None:
        _compare_codes(ident, source, target, document.at(target_el.sourceline or line), problems)
    text = joined(target) if target is not None else None
    if text is not None and not text.strip():
        text = None
    return XliffUnit(ident, joined(source), text, segment.get("state", "initial"), line)


def _original_data(unit: Any) -> dict[str, str]:
    table = {}
    for data in unit.iter(f"{{{NS}}}data"):
        table[data.get("id", "")] = "".join(data.itertext())
    return table


def _pieces(element: Any, data: dict[str, str], document: XliffDocument,
            problems: list[Diagnostic]) -> list[Piece]:
    """The element's mixed content as text and codes."""
    out: list[Piece] = []
    _add_text(out, element.text, element, document, problems)
    for child in element:
        out.extend(_child(child, data, document, problems))
        _add_text(out, child.tail, child, document, problems)
    return out


def _child(child: Any, data: dict[str, str], document: XliffDocument,
           problems: list[Diagnostic]) -> list[Piece]:
    name = etree.QName(child).localname if isinstance(child.tag, str) else ""
    where = document.at(child.sourceline or 1)
    if name == "ph" and child.get("dataRef") in data:
        return [Code(child.get("id", ""), data[child.get("dataRef")])]
    if name == "mrk":
        return _pieces(child, data, document, problems)
    if name == "cp":
        return _code_point(child, where, problems)
    what = "a <ph> whose dataRef names no <data> of the unit" if name == "ph" else f"<{name}>"
    problems.append(error(f"{what} is not allowed here: only the placeholders the export "
                          "wrote (<ph>) may appear in a source or target", where, "xliff-markup"))
    return []


def _code_point(child: Any, where: SourceLocation, problems: list[Diagnostic]) -> list[Piece]:
    try:
        char = chr(int(child.get("hex", ""), 16))
    except (ValueError, OverflowError):
        problems.append(error(f'<cp hex="{child.get("hex", "")}"> is not a code point', where,
                              "xliff-markup"))
        return []
    bad = first_forbidden(char)
    if bad is not None:
        problems.append(error(f"the control character {describe(char)} is not allowed in a "
                              "module", where, "xliff-markup"))
        return []
    return [char]


def _add_text(out: list[Piece], text: str | None, element: Any, document: XliffDocument,
              problems: list[Diagnostic]) -> None:
    if not text:
        return
    bad = first_forbidden(text.replace("\t", " ").replace("\n", " "))
    if bad is not None:
        problems.append(error(f"the control character {describe(bad[1])} is not allowed in a "
                              "module", document.at(element.sourceline or 1), "xliff-markup"))
        return
    out.append(text)


def _compare_codes(ident: str, source: list[Piece], target: list[Piece], where: SourceLocation,
                   problems: list[Diagnostic]) -> None:
    """The target keeps each protected span of the source, no more and no fewer."""
    wanted, got = sorted(codes_of(source)), sorted(codes_of(target))
    if wanted == got:
        return
    missing = [c for c in wanted if c not in got or wanted.count(c) > got.count(c)]
    extra = [c for c in got if c not in wanted or got.count(c) > wanted.count(c)]
    parts = []
    if missing:
        parts.append("lost " + ", ".join(dict.fromkeys(missing)))
    if extra:
        parts.append("added " + ", ".join(dict.fromkeys(extra)))
    problems.append(error(f'unit "{ident}": the target changed the placeholders of the source '
                          f"({'; '.join(parts)}); keep each cross-reference, link and code span",
                          where, "xliff-placeholders"))
