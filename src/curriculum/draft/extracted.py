"""Text extracted from a PDF or Word file, and the errors of reading one.

Reports and Word files are what authors really bring, but a quote must be checkable
in a text file. So a PDF's text layer or a DOCX's paragraphs become Markdown (headings,
lists, tables and footnotes kept as Markdown syntax, which the Markdown reader masks),
written beside the drafts; the drafts cite that file, and record the original's path
and sha256. For a PDF, the offset where each page starts is kept, so a quote's
provenance also names its page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError

MAX_BINARY_BYTES = 64 * 1024 * 1024
"""A PDF or DOCX is mostly pictures and fonts: the cap is on its text (MAX_SOURCE_BYTES)."""


@dataclass
class Extracted:
    """Markdown made from a binary document, with its page starts and audit notes."""

    fmt: str
    """``pdf``, ``docx`` or ``captions`` (``captions.py``)."""
    text: str
    page_starts: list[int] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)


def refuse(path: Path, message: str, code: str) -> ContentError:
    """A located, plain-words error about the whole file (the caller raises it)."""
    return ContentError(
        f"cannot draft from {path.name}", [error(message, SourceLocation(path), code)]
    )


_CELL_ITEM = re.compile(r"(?<=[^\s.;:,])[ \t]*\n\s*(?=[A-Z][\w'/-]*(?: [\w'/-]+){0,2}: )")
"""A line break inside a cell before a new ``Label:`` ("... 18 months' custody" /
"Range: 9 months to ..."): two items of the cell, not one run of words."""


_BROKEN_IN_CELL = re.compile(r"(?<=[^\W\d_])([-\u2010\u00ad])[ \t]*\n\s*(?=[^\W\d_])")
"""A word broken at a hyphen at the end of a cell's line ("child-" / "abuse concerns"): one
word, as a body line's (``pdf_text.broken_word``); read with a space, a stem showed
"child- abuse" (blind review 31, b1)."""


def md_cell(text: str) -> str:
    """A table cell's text on one line, its pipes escaped; lines that each open with a
    label ("Starting point: ...", "Range: ...") are kept apart by "; "; a word broken at a
    hyphen at a line's end is whole again (its hyphen kept, a soft hyphen dropped)."""
    text = _BROKEN_IN_CELL.sub(lambda m: "" if m.group(1) == "\u00ad" else m.group(1), text)
    text = _CELL_ITEM.sub("; ", text)
    return re.sub(r"\s+", " ", text).strip().replace("|", "\\|")


def pipe_table(rows: list[list[str]]) -> str:
    """Rows as a Markdown pipe table, the first row its header (short rows padded)."""
    width = max(len(r) for r in rows)
    padded = [[md_cell(c) for c in r] + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in padded[1:]]
    return "\n".join(lines)


_SENTENCE_END = re.compile(r"[.!?][\"\u201d')\]]?(?=\s|$)")
_CLAUSE_END = re.compile(r"[.:;!?][\"\u201d')\]]?$")
_ITEM_START = re.compile(r"(?:\d{1,2}[.)]|\(?[a-z]\)|\(\d{1,2}\)|[\u2022\u25aa-])\s")


def _words(cell: str) -> int:
    return len(cell.split())


def running_text(cell: str, least: int = 15) -> bool:
    """A cell of running text: a sentence or more (``least`` words at least and a
    sentence's end), not a name, figure or label."""
    return _words(cell) >= least and bool(_SENTENCE_END.search(cell))


def _short(cell: str) -> bool:
    """A cell that can be part of a section's heading: a number or a few words that end
    no sentence ("5", "CORONER'S CONCERNS", "Date and signature")."""
    text = " ".join(cell.split())
    return _words(text) <= 8 and not _SENTENCE_END.search(text)


def layout_table(rows: list[list[str]]) -> bool:
    """A table that lays out a document's sections rather than data: every row is one
    section (a number and a heading in narrow cells, then its text in one wide cell),
    the text cells are paragraphs (two sentences or more on average) and the first row
    is a section too, not a row of column names. Such a table (a form's numbered boxes,
    a report typed into a bordered grid) is read as headings and paragraphs: a data
    table's reading would take its first section for the column names, give it with
    every other section, and ask nothing of the text, since a row is not a sentence.
    A glossary or a schedule keeps its table reading: its first row names the columns,
    its cells are short, or its long cells hold one sentence each."""
    if len(rows) < 2 or max(len(r) for r in rows) > 4:
        return False
    prose_rows = 0
    sentences = 0
    for index, row in enumerate(rows):
        cells = [c for c in row if c.strip()]
        prose = [c for c in cells if running_text(c)]
        if len(prose) > 1:
            return False
        body = prose[0] if prose else cells[-1] if cells else ""
        if any(not _short(c) for c in cells if c is not body):
            return False
        if not prose:
            if index == 0:
                return False  # column names, or a short first row: a data table
            continue
        prose_rows += 1
        sentences += len(_SENTENCE_END.findall(prose[0]))
    return prose_rows * 3 >= len(rows) * 2 and sentences >= 2 * prose_rows


def section_markdown(rows: list[list[str]], level: int = 3, wrapped: bool = True) -> str:
    """A layout table's rows as sections: the cells before the last filled cell (a
    number and a heading) make the heading, the text cell its paragraphs, and a
    numbered or bulleted line in the text starts an item of its own. ``wrapped``: a
    line break in a cell is a wrap of the same paragraph (PDF); otherwise each line is a
    paragraph (a Word cell's paragraphs)."""
    parts = []
    for row in rows:
        cells = [" ".join(c.split()) if _short(c) else c.strip() for c in row]
        filled = [i for i, c in enumerate(cells) if c]
        if not filled:
            continue
        body_at = next((i for i in filled if running_text(cells[i])), filled[-1])
        heading = " ".join(cells[i] for i in filled if i < body_at)
        if heading:
            parts.append("#" * level + " " + heading)
        for i in filled:
            if i >= body_at:
                parts.append(_paragraphs(cells[i], wrapped))
    return "\n\n".join(parts)


def _paragraphs(text: str, wrapped: bool) -> str:
    """A cell's text as paragraphs, one to a line (a wrapped line joined to the one before:
    a capitalised word that starts a line inside a numbered item is not a new item)."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if out and wrapped and not (_ITEM_START.match(line) and _CLAUSE_END.search(out[-1])):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n\n".join(out)


def front_matter(fields: list[tuple[str, str]]) -> str:
    """YAML front matter from the file's own properties (title, author), if any."""
    kept = [(k, re.sub(r"\s+", " ", v).strip()) for k, v in fields if v and v.strip()]
    if not kept:
        return ""
    body = "".join(f"{k}: {_yaml_scalar(v)}\n" for k, v in kept)
    return f"---\n{body}---\n\n"


def _yaml_scalar(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
