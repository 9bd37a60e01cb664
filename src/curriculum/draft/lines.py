"""Lines and blocks: the units cleaning works in, and what it hands the sentence layer.

Offsets are into the normalised text (the file's length): a line excludes its line
break; a block is a paragraph, bullet item, caption, heading, table row or footnote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from curriculum.draft.reading import SourceDoc
from curriculum.draft.tables import Cell

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SPACES = re.compile(r"\s+")


@dataclass
class Line:
    """A line of the normalised text: content offsets exclude the line break."""

    number: int
    start: int
    end: int
    kind: str = "para"
    reason: str = ""

    def content(self, doc: SourceDoc) -> str:
        return doc.text[self.start : self.end]


@dataclass
class Block:
    """A unit the sentence splitter reads: a paragraph, bullet item, caption or heading."""

    kind: str
    start: int
    end: int
    line: int
    list_id: int | None = None
    heading: str = ""
    cells: tuple[Cell, ...] = ()
    """For a table ``row``: its cells, each with its column header."""
    label: str = ""
    """For a ``footnote``: its marker's label (``1`` for ``[^1]``)."""
    ref_line: int | None = None
    """For a ``footnote``: the line of its first marker in the text (None: no marker)."""
    when: str = ""
    """For an event of a timeline (``layout.table_rows``): the date its row gives ("20 Nov
    1989"), which the event's present-tense sentences hold as of."""
    speaker: str = ""
    """The cue label the block is under ("HV", "NARRATION", "Panellist 2 (prosecutor)"):
    who speaks or what the text is in a transcript or script (``cues.py``)."""


@dataclass
class Dropped:
    """One line the draft did not use, and why (written to the audit file)."""

    line: int
    reason: str
    text: str


@dataclass
class Cleaned:
    """The outcome of cleaning one document."""

    blocks: list[Block]
    dropped: list[Dropped]
    title: str | None = None
    title_line: int | None = None
    doc_date: date | None = None
    date_line: int | None = None
    date_text: str = ""
    lines: list[Line] = field(default_factory=list)
    date_source: str = ""
    """Where the document date was read: ``front matter``, ``date line``, ``publication
    line``, ``publication phrase``, ``header line`` (a dated ``Key: value`` line near the top)
    or ``control line`` (a ``Key: date`` line about the document itself, anywhere)."""
    date_rank: int = 5
    subject: str = ""
    """What a header line near the top says the text is about ("Subject: Handling of a
    report that a child was missing", "Re: ..."): read with the title for placement."""
    speakers: dict[str, str] = field(default_factory=dict)
    """The speaker key: a cue label (``cues.norm``) -> who it is, as the document says."""
    """How good ``doc_date`` is (``frontmatter.ISSUED`` = 0 best, 5 none): a better one wins."""


def split_lines(doc: SourceDoc) -> list[Line]:
    """Every line of the text with its raw line number (markup does not add lines)."""
    lines: list[Line] = []
    for match in _LINE.finditer(doc.text):
        if match.start() == match.end() and match.start() == len(doc.text) and lines:
            break
        body = match.group(0).rstrip("\r\n")
        start = match.start()
        lines.append(Line(doc.line_of(start), start, start + len(body)))
    return lines


def raw_line(doc: SourceDoc, line: Line) -> str:
    """The line as the author wrote it (for the audit), spacing collapsed.

    HTML lines are split at block tags, so their raw text starts inside a tag: the
    audit shows their text without markup instead.
    """
    if doc.kind == "html":
        return doc.display(line.start, line.end)
    return _SPACES.sub(" ", doc.raw[line.start : line.end]).strip()


def visible(doc: SourceDoc, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without leading or trailing space and markup."""
    while start < end and (doc.text[start].isspace() or doc.mask[start]):
        start += 1
    while end > start and (doc.text[end - 1].isspace() or doc.mask[end - 1]):
        end -= 1
    return start, end
