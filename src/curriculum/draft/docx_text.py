"""A Word (DOCX) file as Markdown, with python-docx.

Paragraphs in document order, headings by their style ("Heading 2" becomes ``##``),
list paragraphs as ``-`` items, tables as pipe tables (first row as the header), and
footnotes and endnotes as ``[^n]`` markers with their texts at the end. Text in deleted
tracked changes and field codes is not text the reader sees, so it is skipped. The
file is checked before python-docx opens it: an encrypted Word file is not a ZIP at
all, and a ZIP that inflates to hundreds of megabytes is refused. Imported only by
``curriculum draft``.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from curriculum.draft.extracted import (
    Extracted,
    front_matter,
    layout_table,
    pipe_table,
    refuse,
    section_markdown,
)
from curriculum.draft.frontmatter import FILE_DATE_KEY, date_rank, read_date

MAX_UNZIPPED = 256 * 1024 * 1024
"""More than this, unpacked, is not a report: a ZIP bomb, or a file of pictures."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING = re.compile(
    r"^(?:heading|titre|\u00fcberschrift|encabezado|kop)\s*(?P<level>[1-9])$", re.I
)


def is_ole(data: bytes) -> bool:
    """An encrypted DOCX (or an old .doc) is an OLE compound file, not a ZIP."""
    return data.startswith(_OLE)


def extract_docx(path: Path, data: bytes) -> Extracted:
    """The document's text as Markdown; located errors for protected, damaged or empty files."""
    if is_ole(data):
        raise refuse(
            path,
            "this Word file is password-protected, or an old .doc: save it as an "
            "unprotected .docx (or its text as .txt)",
            "draft-docx-encrypted",
        )
    _check_zip(path, data)
    import docx  # imported late: only drafting from a Word file needs it

    try:
        document = docx.Document(io.BytesIO(data))
        notes = _notes(document)
        parts = [_block_markdown(block, notes) for block in document.iter_inner_content()]
        header = front_matter(_properties(document.core_properties))
    except Exception as exc:  # any parser failure on a broken file is the file's problem
        raise refuse(
            path,
            f"this Word file cannot be read: it is damaged ({type(exc).__name__})",
            "draft-docx-damaged",
        ) from None
    body = _join([p for p in parts if p.strip()])
    if not body.strip():
        raise refuse(path, "this Word file holds no text; nothing to draft from", "draft-empty")
    used = [f"[^{key}]: {text}" for key, text in notes.items() if f"[^{key}]" in body and text]
    text = header + body + ("\n\n" + "\n\n".join(used) if used else "") + "\n"
    return Extracted("docx", text)


_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)
"""python-docx's blank template's creation time (and "python-docx" its author): a file
saved by a script that never set them carries these, which say nothing of the document."""


def _properties(props: Any) -> list[tuple[str, str]]:
    """Title, author and creation date from the file's core properties, the template's
    defaults left out. The creation date is the last resort for the document's date
    (``frontmatter.FILE``): it may be the day the file was saved, not issued."""
    author = props.author or ""
    created = props.created
    when = ""
    if isinstance(created, datetime):
        aware = created if created.tzinfo else created.replace(tzinfo=UTC)
        when = "" if aware == _TEMPLATE_CREATED else created.date().isoformat()
    return [
        ("title", props.title or ""),
        ("author", "" if author == "python-docx" else author),
        (FILE_DATE_KEY, when),
    ]


def _join(parts: list[str]) -> str:
    """Blocks apart by a blank line; list items of one list on consecutive lines."""
    out = ""
    for index, part in enumerate(parts):
        if index:
            both_items = part.startswith("- ") and parts[index - 1].startswith("- ")
            out += "\n" if both_items else "\n\n"
        out += part
    return out


def _check_zip(path: Path, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise refuse(
            path,
            "this Word file cannot be read: it is damaged (not a valid ZIP)",
            "draft-docx-damaged",
        ) from None
    if "word/document.xml" not in names:
        raise refuse(
            path,
            "this ZIP-based file is not a Word document (no word/document.xml); save it as "
            ".docx, .txt, .md or .html",
            "draft-binary",
        )
    if unpacked > MAX_UNZIPPED:
        raise refuse(
            path,
            f"this Word file unpacks to {unpacked // 1048576} MB; the draft tool reads at most "
            f"{MAX_UNZIPPED // 1048576} MB",
            "draft-too-large",
        )


def _notes(document: Any) -> dict[str, str]:
    """Footnote and endnote texts by marker key (``3`` for footnotes, ``e3`` for endnotes)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    found: dict[str, str] = {}
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        prefix = {"/word/footnotes.xml": "", "/word/endnotes.xml": "e"}.get(name)
        if prefix is None:
            continue
        root = etree.fromstring(part.blob, parser)
        for note in root:
            kind = note.get(f"{_W}type")
            if kind in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(_runs_text(p, {}) for p in note.iter(f"{_W}p"))
            found[prefix + str(note.get(f"{_W}id"))] = re.sub(r"\s+", " ", text).strip()
    return found


def _runs_text(element: Any, notes: dict[str, str]) -> str:
    """The visible text of a paragraph element, footnote references as ``[^n]``."""
    out: list[str] = []
    for node in element.iter():
        tag = node.tag
        if tag == f"{_W}t":
            out.append(node.text or "")
        elif tag in (f"{_W}tab",):
            out.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag == f"{_W}footnoteReference":
            out.append(f"[^{node.get(f'{_W}id')}]")
        elif tag == f"{_W}endnoteReference":
            out.append(f"[^e{node.get(f'{_W}id')}]")
    return "".join(out)


def _block_markdown(block: Any, notes: dict[str, str]) -> str:
    from docx.table import Table

    if isinstance(block, Table):
        rows = [[cell.text for cell in row.cells] for row in block.rows]
        rows = [r for r in rows if any(c.strip() for c in r)]
        if _control_table(rows):
            return "\n".join(f"{_one_line(k)}: {_one_line(v)}" for k, v in rows)
        if layout_table(rows):
            return section_markdown(rows, wrapped=False)
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            return pipe_table(rows)
        return "\n\n".join(c.strip() for r in rows for c in r if c.strip())
    text = _runs_text(block._p, notes).strip()
    if not text:
        return ""
    level = _heading_level(block)
    if level:
        return "#" * level + " " + re.sub(r"\s+", " ", text)
    if _is_list(block):
        return "- " + re.sub(r"\s+", " ", text)
    return text


def _control_table(rows: list[list[str]]) -> bool:
    """A document control table: two columns of key and value ("Version | 3.0",
    "Effective date | 1 April 2025"), one of them the document's date. Its rows are
    written as ``Key: value`` lines, which the reader takes as metadata (``head.py``)
    rather than as a table whose first row is a header and whose rows are facts."""
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return False
    keys = [_one_line(k) for k, _ in rows]
    if any(not k or len(k.split()) > 4 or k[-1] in ".:;!?" for k in keys):
        return False
    return any(date_rank(k) is not None and read_date(v) is not None for k, (_, v) in
               zip(keys, rows, strict=True))


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _heading_level(paragraph: Any) -> int:
    style = paragraph.style
    names = [str(getattr(style, "name", "") or ""), str(getattr(style, "style_id", "") or "")]
    for name in names:
        if name.lower() == "title":
            return 1
        match = _HEADING.match(name.strip())
        if match is not None:
            return min(int(match.group("level")), 6)
    return 0


def _is_list(paragraph: Any) -> bool:
    name = str(getattr(paragraph.style, "name", "") or "").lower()
    has_numbering = paragraph._p.find(f"{_W}pPr/{_W}numPr") is not None
    return has_numbering or name.startswith("list")
