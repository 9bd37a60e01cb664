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
    """``pdf`` or ``docx``."""
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


def md_cell(text: str) -> str:
    """A table cell's text on one line, its pipes escaped; lines that each open with a
    label ("Starting point: ...", "Range: ...") are kept apart by "; "."""
    text = _CELL_ITEM.sub("; ", text)
    return re.sub(r"\s+", " ", text).strip().replace("|", "\\|")


def pipe_table(rows: list[list[str]]) -> str:
    """Rows as a Markdown pipe table, the first row its header (short rows padded)."""
    width = max(len(r) for r in rows)
    padded = [[md_cell(c) for c in r] + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in padded[1:]]
    return "\n".join(lines)


def front_matter(fields: list[tuple[str, str]]) -> str:
    """YAML front matter from the file's own properties (title, author), if any."""
    kept = [(k, re.sub(r"\s+", " ", v).strip()) for k, v in fields if v and v.strip()]
    if not kept:
        return ""
    body = "".join(f"{k}: {_yaml_scalar(v)}\n" for k, v in kept)
    return f"---\n{body}---\n\n"


def _yaml_scalar(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
