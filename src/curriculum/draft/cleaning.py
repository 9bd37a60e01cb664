"""Lines to blocks: classify every line, drop noise and repeats, join wrapped lines.

Each line gets one kind (blank, noise, duplicate, repeat, title, dateline, heading,
bullet, caption, para). Scraped articles repeat every photo caption twice, so a line
doubled by its neighbour is a caption: the copy is dropped and the first kept as a
caption. Consecutive paragraph lines are joined into one block (hard-wrapped text),
because a sentence splitter would otherwise end a sentence at every line break. Every
line that is dropped is recorded for the audit file with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from curriculum.draft.dates import parse_dateline
from curriculum.draft.normalise import is_non_latin
from curriculum.draft.reading import SourceDoc

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BULLET = re.compile(
    r"^[ \t]*(?:[\u2022\u00b7\u25aa\u2023\u25e6\u2043*+-]|\d{1,2}[.)]|[a-z][.)])[ \t]+"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
MAX_HEAD_LINES = 8
"""The title and date line are looked for among the first content lines only."""


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


def clean(doc: SourceDoc) -> Cleaned:
    """Classify lines, then group the kept ones into blocks."""
    lines = split_lines(doc)
    out = Cleaned([], [], lines=lines)
    _classify(doc, lines, out)
    out.blocks = _blocks(doc, lines)
    return out


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _classify(doc: SourceDoc, lines: list[Line], out: Cleaned) -> None:
    seen: dict[str, Line] = {}
    previous: Line | None = None
    content_index = 0
    for line in lines:
        text = line.content(doc)
        shown = doc.display(line.start, line.end)
        if not shown:
            line.kind = "blank"
            continue
        key = _key(shown)
        written = raw_line(doc, line)
        if sum(len(w) for w in _WORD.findall(shown)) < 2:
            _drop(out, line, "noise", "noise: fewer than two letters", written)
        elif previous is not None and _key(doc.display(previous.start, previous.end)) == key:
            _drop(out, line, "duplicate", f"duplicate of line {previous.number}", written)
            if previous.kind == "para":
                previous.kind = "caption"
        elif key in seen and len(shown.split()) >= 4:
            _drop(out, line, "repeat", f"repeats line {seen[key].number}", written)
        else:
            content_index += 1
            _kind_of(doc, line, (text, shown, written), content_index, out)
            seen.setdefault(key, line)
        if line.kind not in ("blank",):
            previous = line


def _drop(out: Cleaned, line: Line, kind: str, reason: str, shown: str) -> None:
    line.kind, line.reason = kind, reason
    out.dropped.append(Dropped(line.number, reason, shown))


def raw_line(doc: SourceDoc, line: Line) -> str:
    """The line as the author wrote it (for the audit), spacing collapsed.

    HTML lines are split at block tags, so their raw text starts inside a tag: the
    audit shows their text without markup instead.
    """
    if doc.kind == "html":
        return doc.display(line.start, line.end)
    return _SPACES.sub(" ", doc.raw[line.start : line.end]).strip()


def _kind_of(
    doc: SourceDoc, line: Line, texts: tuple[str, str, str], index: int, out: Cleaned
) -> None:
    text, shown, written = texts
    stripped = text.lstrip()
    if stripped.startswith("#"):
        line.kind = "heading"
        if out.title is None and index == 1:
            line.kind, out.title, out.title_line = "title", shown, line.number
            out.dropped.append(Dropped(line.number, "title (used as the source title)", written))
        return
    if index <= MAX_HEAD_LINES and out.doc_date is None:
        found = parse_dateline(shown)
        if found is not None:
            line.kind, out.doc_date, out.date_line, out.date_text = (
                "dateline",
                found,
                line.number,
                shown,
            )
            reason = f"date line, read as {found.isoformat()}"
            out.dropped.append(Dropped(line.number, reason, written))
            return
    if index == 1 and len(shown.split()) <= 20 and not re.search(r"[.!?:;]$", shown):
        line.kind, out.title, out.title_line = "title", shown, line.number
        out.dropped.append(Dropped(line.number, "title (used as the source title)", written))
        return
    if is_non_latin(shown):
        _drop(out, line, "foreign", "not in Latin script (the rules read English only)", written)
        return
    if _BULLET.match(text) and len(_WORD.findall(text)) >= 1:
        line.kind = "bullet"


def _blocks(doc: SourceDoc, lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    list_id = 0
    heading = ""
    current: Block | None = None
    for line in lines:
        kind = line.kind
        if kind == "bullet":
            if not blocks or blocks[-1].kind != "bullet":
                list_id += 1
            marker = _BULLET.match(doc.text[line.start : line.end])
            offset = line.start + (marker.end() if marker else 0)
            current = Block("bullet", offset, line.end, line.number, list_id, heading)
            blocks.append(current)
        elif (
            kind == "para"
            and current is not None
            and (current.kind == "para" or (current.kind == "bullet" and _indented(doc, line)))
        ):
            current.end = line.end  # a hard-wrapped paragraph or bullet item
        elif kind == "para":
            current = Block("para", line.start, line.end, line.number, heading=heading)
            blocks.append(current)
        elif kind in ("caption", "heading"):
            if kind == "heading":
                heading = doc.display(line.start, line.end)
            blocks.append(Block(kind, line.start, line.end, line.number, heading=heading))
            current = None
        else:  # blank, dropped, title, date line: each ends the block being built
            current = None
    return [_trimmed(doc, b) for b in blocks]


def _indented(doc: SourceDoc, line: Line) -> bool:
    return doc.text[line.start : line.start + 1] in (" ", "\t")


def _trimmed(doc: SourceDoc, block: Block) -> Block:
    start, end = block.start, block.end
    while start < end and (doc.text[start].isspace() or doc.mask[start]):
        start += 1
    while end > start and (doc.text[end - 1].isspace() or doc.mask[end - 1]):
        end -= 1
    block.start, block.end = start, end
    return block
