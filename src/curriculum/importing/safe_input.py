"""Reading a bank someone else wrote: bounded, offline, no entities, no DTDs.

A bank is hostile input. XML is parsed by lxml with entity resolution, DTD loading
and network access off, and any ``<!DOCTYPE`` is refused before parsing (Moodle XML
and QTI never need one, and it is where entity bombs and external entities live).
Files and zip members are size-capped before they are read whole; a zip is read
without extracting anything to disk. Every refusal is a located :class:`ContentError`.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError
from curriculum.importing.bank import MAX_BANK_BYTES

MAX_ZIP_MEMBERS = 5000
MAX_ZIP_TOTAL = 50 * 1024 * 1024
MAX_RATIO = 200
"""Uncompressed size per compressed byte beyond which a zip member is a bomb."""
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
CODE = "import-unreadable"


def refuse(message: str, location: SourceLocation) -> ContentError:
    """One located error: the bank cannot be read, nothing is written."""
    return ContentError(f"cannot import {location.path.name}: {message}; nothing was written",
                        [error(message, location, CODE)])


def read_bank(path: Path) -> bytes:
    """The file's bytes, refused when missing, not a file or over the size limit."""
    where = SourceLocation(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BANK_BYTES + 1)
    except IsADirectoryError:
        raise refuse("this is a folder; give the bank's file", where) from None
    except FileNotFoundError:
        raise refuse("no such file", where) from None
    except OSError as exc:
        raise refuse(f"cannot read it: {exc.strerror or exc}", where) from None
    if len(data) > MAX_BANK_BYTES:
        raise refuse(f"larger than {MAX_BANK_BYTES // (1024 * 1024)} MB", where)
    return data


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a BOM is allowed); a bad byte is located by line and column."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise refuse(f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
                     SourceLocation(path, line, col)) from None


def parse_xml(data: bytes, path: Path) -> Any:
    """The root element (lxml, with ``sourceline`` on every element)."""
    from lxml import etree

    match = _DOCTYPE.search(data)
    if match:
        before = data[: match.start()]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise refuse("a DOCTYPE or entity declaration is not allowed in a bank",
                     SourceLocation(path, line, col))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        message = str(exc.msg or exc).split(" (line")[0]
        raise refuse(f"not well-formed XML: {message}", SourceLocation(path, line, col)) from None


def zip_members(data: bytes, path: Path) -> dict[str, bytes]:
    """Every file in the zip, by name, read in memory within the limits."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refuse(f"not a readable zip: {exc}", SourceLocation(path)) from None
    if len(infos) > MAX_ZIP_MEMBERS:
        raise refuse(f"more than {MAX_ZIP_MEMBERS} files in the zip", SourceLocation(path))
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_TOTAL:
        raise refuse(f"the zip unpacks to more than {MAX_ZIP_TOTAL // (1024 * 1024)} MB",
                     SourceLocation(path))
    members: dict[str, bytes] = {}
    for info in infos:
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1024 * 1024:
            raise refuse(f"{info.filename} is compressed beyond reason (a zip bomb?)",
                         SourceLocation(path))
        members[info.filename] = _read_member(archive, info, path)
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise refuse(f"cannot read {info.filename} in the zip: {exc}",
                     SourceLocation(path)) from None
    if len(data) > info.file_size:
        raise refuse(f"{info.filename} is larger than the zip says", SourceLocation(path))
    return data


class XmlSource:
    """Where elements of one XML file stand: ``path:line:col`` and an element path."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.lines = data.decode("utf-8", "replace").splitlines()

    def at(self, element: Any) -> SourceLocation:
        """The element's start tag: lxml's line, the column found on that line."""
        line = element.sourceline or 0
        col = 1
        if 0 < line <= len(self.lines):
            name = local_name(element)
            match = re.search(rf"<(?:[\w.-]+:)?{re.escape(name)}\b", self.lines[line - 1])
            col = match.start() + 1 if match else 1
        return SourceLocation(self.path, line, col)


def local_name(element: Any) -> str:
    """The tag without its namespace."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def element_path(element: Any) -> str:
    """``quiz/question[3]/answer[2]``: where an element is, for readers of a message."""
    parts = []
    while element is not None:
        parent = element.getparent()
        name = local_name(element)
        if parent is not None:
            same = [c for c in parent if local_name(c) == name]
            if len(same) > 1:
                name = f"{name}[{same.index(element) + 1}]"
        parts.append(name)
        element = parent
    return "/".join(reversed(parts))
