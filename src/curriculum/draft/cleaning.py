"""Lines to blocks: classify every line, drop noise and repeats, join wrapped lines.

Each line gets one kind (blank, metadata, noise, duplicate, repeat, title, dateline,
heading, table, footnote, bullet, caption, para). Front matter is metadata, never text.
Scraped articles repeat every photo caption twice, so a line doubled by its neighbour
is a caption: the copy is dropped and the first kept as a caption. A short title-case
line with no final punctuation that opens a block and is followed by a paragraph is a
heading, even with no blank line after it, so it is never fused into the next sentence.
Table rows become ``row`` blocks that carry their column headers, and footnote texts
``footnote`` blocks labelled with their marker. Consecutive paragraph lines are joined
into one block (hard-wrapped text), because a sentence splitter would otherwise end a
sentence at every line break. Every line that is dropped is recorded for the audit
file with its reason.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from curriculum.draft.dates import FULL_DATE, parse_dateline
from curriculum.draft.footnotes import Footnote
from curriculum.draft.frontmatter import KEY_VALUE, norm_key, read_date
from curriculum.draft.headings import SMALL_WORDS, looks_like_heading
from curriculum.draft.normalise import is_non_latin
from curriculum.draft.reading import SourceDoc
from curriculum.draft.tables import Cell, Table

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
    cells: tuple[Cell, ...] = ()
    """For a table ``row``: its cells, each with its column header."""
    label: str = ""
    """For a ``footnote``: its marker's label (``1`` for ``[^1]``)."""
    ref_line: int | None = None
    """For a ``footnote``: the line of its first marker in the text (None: no marker)."""


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
    line`` or ``header line`` (a dated ``Key: value`` line near the top; the others win)."""


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
    if doc.meta.title:
        out.title = doc.meta.title
        out.title_line = doc.line_of(doc.meta.fields[0].offset) if doc.meta.fields else None
    if doc.meta.date is not None:
        out.doc_date, out.date_text = doc.meta.date, doc.meta.date_text
        out.date_source = "front matter"
        field = next((f for f in doc.meta.fields if f.value == doc.meta.date_text), None)
        out.date_line = doc.line_of(field.offset) if field is not None else None
    _classify(doc, lines, out)
    _label_lines(doc, lines)
    _plain_headings(doc, lines)
    out.blocks = _blocks(doc, lines)
    return out


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _classify(doc: SourceDoc, lines: list[Line], out: Cleaned) -> None:
    seen: dict[str, Line] = {}
    previous: Line | None = None
    content_index = 0
    structure = _Structure(doc)
    for number, line in enumerate(lines):
        text = line.content(doc)
        if doc.meta.covers(line.start) or doc.meta.covers(line.end - 1):
            _metadata_line(doc, line, out)
            continue
        if structure.claim(line, out):
            previous = None
            continue
        shown = doc.display(line.start, line.end)
        if not shown:
            line.kind = "blank"
            continue
        key = _key(shown)
        written = raw_line(doc, line)
        if sum(len(w) for w in _WORD.findall(shown)) < 2 and not _ends_wrapped(doc, lines, number):
            _drop(out, line, "noise", "noise: fewer than two letters", written)
        elif previous is not None and _key(doc.display(previous.start, previous.end)) == key:
            _drop(out, line, "duplicate", f"duplicate of line {previous.number}", written)
            if previous.kind == "para":
                previous.kind = "caption"
        elif key in seen and len(shown.split()) >= 4:
            _drop(out, line, "repeat", f"repeats line {seen[key].number}", written)
        else:
            content_index += 1
            index = content_index
            if index <= 2 and _wraps_on(doc, shown, lines[number + 1 :]):
                index = 3  # a wrapped paragraph's first line is not a title or subtitle
            _kind_of(doc, line, (text, shown, written), index, out)
            seen.setdefault(key, line)
        if line.kind not in ("blank",):
            previous = line


def _ends_wrapped(doc: SourceDoc, lines: list[Line], number: int) -> bool:
    """A line of figures ("2016.") right under a paragraph line that stops mid-sentence is
    that paragraph's end, not noise."""
    if number == 0 or lines[number - 1].kind != "para":
        return False
    above = doc.display(lines[number - 1].start, lines[number - 1].end)
    shown = doc.display(lines[number].start, lines[number].end)
    return bool(above) and any(c.isdigit() for c in shown) and not re.search(r"[.!?:;]$", above)


def _wraps_on(doc: SourceDoc, shown: str, rest: list[Line]) -> bool:
    """True when the next line continues this one as prose (a hard-wrapped paragraph):
    it starts in lower case, or this line stops on a small word or holds a sentence end."""
    if not rest or shown.lstrip().startswith("#"):
        return False
    following = doc.display(rest[0].start, rest[0].end)
    if not following or rest[0].start in doc.heading_starts:
        return False
    last = shown.split()[-1].lower()
    return (
        following[0].islower()
        or last in SMALL_WORDS
        or re.search(r"[.!?] [A-Z]", shown) is not None
    )


_PUBLISHED = re.compile(
    r"^(?:published|issued|released|posted|updated|adopted|report adopted|last updated|"
    r"(?:prepared|compiled|produced|written) by)\b",
    re.I,
)


_NUMERIC = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b")


def _head_line(line: Line, shown: str, written: str, out: Cleaned) -> bool:
    """Near the top, a ``Key: value`` line ("Meeting dates: 7-10 November 2022", "Venue:
    ...") or a publication line ("Published by ..., 15 October 2024.") is metadata."""
    pair = KEY_VALUE.match(shown)
    if pair is not None and len(pair.group("value").split()) <= 12 and not shown.endswith("."):
        key = pair.group("key")
        found = read_date(pair.group("value")) if "date" in norm_key(key) else None
        line.kind = "metadata"
        _date_from(out, found, shown, line, "header line")
        out.dropped.append(
            Dropped(line.number, f"header line ({key}): metadata, not text", written)
        )
        return True
    dated = FULL_DATE.search(shown) or _NUMERIC.search(shown)
    if dated and len(shown.split()) <= 15 and not re.search(r"[.!?;:,]$", shown):
        found = read_date(shown)
        if found is not None:
            line.kind = "dateline"
            _date_from(out, found, shown, line, "header line")
            reason = f"header line with a date, read as {found.isoformat()}"
            out.dropped.append(Dropped(line.number, reason, written))
            return True
    if _PUBLISHED.match(shown) and len(shown.split()) <= 25:
        found = read_date(shown)
        line.kind = "dateline"
        _date_from(out, found, shown, line, "publication line")
        read = f"read as {found.isoformat()}" if found else "no full date in it"
        out.dropped.append(Dropped(line.number, f"publication line, {read}", written))
        return True
    return False


def _subtitle(shown: str) -> bool:
    return len(shown.split()) <= 20 and not re.search(r"[.!?;:,]$", shown)


def _date_from(out: Cleaned, found: date | None, shown: str, line: Line, source: str) -> None:
    """Keep the first date found, except that a header line's date gives way."""
    if found is not None and (out.doc_date is None or out.date_source == "header line"):
        out.doc_date, out.date_text, out.date_line = found, shown, line.number
        out.date_source = source


def _metadata_line(doc: SourceDoc, line: Line, out: Cleaned) -> None:
    line.kind = "metadata"
    found = doc.meta.field_at(line.start, line.end + 1)
    if found is None and (doc.kind == "html" or not _WORD.search(doc.raw[line.start : line.end])):
        return  # a delimiter or a tag of the head: nothing an author would miss
    what = found.key if found is not None else "header"
    reason = f"front matter ({what}): metadata, not text"
    shown = doc.display(line.start, line.end) if doc.kind == "html" else raw_line(doc, line)
    if doc.kind == "html" and found is not None:
        shown = f"{found.key}: {found.value}"
    out.dropped.append(Dropped(line.number, reason, shown))


class _Spans:
    """Start and end offsets of tables or footnotes (sorted, never overlapping)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def at(self, start: int, end: int) -> int | None:
        """Index of the span that the line ``[start, end]`` touches, if any."""
        index = bisect.bisect_right(self.starts, end) - 1
        return index if index >= 0 and start < self.ends[index] else None


class _Structure:
    """Which lines tables and footnotes own (a row may span lines in HTML)."""

    def __init__(self, doc: SourceDoc) -> None:
        self.doc = doc
        self.tables = _Spans([(t.start, t.end) for t in doc.tables])
        self.notes = _Spans([(n.start, n.end) for n in doc.footnotes])

    def table(self, line: Line) -> Table | None:
        index = self.tables.at(line.start, line.end)
        return None if index is None else self.doc.tables[index]

    def note(self, line: Line) -> Footnote | None:
        index = self.notes.at(line.start, line.end)
        return None if index is None else self.doc.footnotes[index]

    def claim(self, line: Line, out: Cleaned) -> bool:
        doc = self.doc
        table = self.table(line)
        if table is not None and _touches_rows(table, line):
            head = table.header_span
            in_head = head is not None and head[0] <= line.end and line.start < head[1]
            if in_head and doc.display(line.start, line.end):
                reason = "table header: column names, given with each row"
                out.dropped.append(Dropped(line.number, reason, raw_line(doc, line)))
            line.kind = "table"
            return True
        if self.note(line) is not None:
            line.kind = "footnote"
            return True
        return False


def _touches_rows(table: Table, line: Line) -> bool:
    """A line of the header or of a row (a caption line inside ``<table>`` is prose)."""
    spans = [table.header_span] if table.header_span else []
    spans += [(row[0][0], row[-1][1]) for row in table.rows if row]
    return any(start <= line.end and line.start < end for start, end in spans)


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
    if stripped.startswith("#") or line.start in doc.heading_starts:
        line.kind = "heading"
        if out.title is None and index == 1:
            line.kind, out.title, out.title_line = "title", shown, line.number
            out.dropped.append(Dropped(line.number, "title (used as the source title)", written))
        elif index == 1 and _key(out.title or "") == _key(shown):
            line.kind = "title"
            reason = "title (the front matter's title is used)"
            out.dropped.append(Dropped(line.number, reason, written))
        return
    if index <= MAX_HEAD_LINES and not any(d.reason.startswith("date line") for d in out.dropped):
        found = parse_dateline(shown)
        if found is not None:
            line.kind = "dateline"
            _date_from(out, found, shown, line, "date line")
            reason = f"date line, read as {found.isoformat()}"
            out.dropped.append(Dropped(line.number, reason, written))
            return
    if 1 < index <= MAX_HEAD_LINES and _head_line(line, shown, written, out):
        return
    if (
        index == 2
        and out.dropped
        and out.dropped[-1].reason.startswith("title")
        and _subtitle(shown)
    ):
        line.kind = "heading"  # a subtitle under the title: context, not a sentence
        return
    if (
        index == 1
        and len(shown.split()) <= 20
        and not re.search(r"[.!?:;]$", shown)
        and (out.title is None or _key(out.title) == _key(shown))
    ):
        line.kind = "title"
        reason = "title (the front matter's title is used)"
        if out.title is None:
            out.title, out.title_line = shown, line.number
            reason = "title (used as the source title)"
        out.dropped.append(Dropped(line.number, reason, written))
        return
    if is_non_latin(shown):
        _drop(out, line, "foreign", "not in Latin script (the rules read English only)", written)
        return
    if _BULLET.match(text) and len(_WORD.findall(text)) >= 1:
        line.kind = "bullet"


def _plain_headings(doc: SourceDoc, lines: list[Line]) -> None:
    """A short line without final punctuation that starts a block, or follows a finished
    sentence, and stands over a paragraph is a heading ("Expansion" over "The unit ..."),
    with or without a blank line after it."""
    for index, line in enumerate(lines):
        if line.kind == "bullet" and _numbered_heading(doc, lines, index):
            line.kind = "heading"
            continue
        if line.kind != "para":
            continue
        after = _next_content(lines, index)
        if after is None or after.kind not in ("para", "bullet", "label"):
            continue
        shown = doc.display(line.start, line.end)
        opens = (
            index == 0 or lines[index - 1].kind in _OPENS_BLOCK or _finished(doc, lines[index - 1])
        )
        alone = (
            index + 1 < len(lines)
            and lines[index + 1].kind == "blank"
            and _blank_before(lines, index)
        )
        if opens and looks_like_heading(shown, doc.display(after.start, after.end), alone):
            line.kind = "heading"


_NUMBERED = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+")


def _numbered_heading(doc: SourceDoc, lines: list[Line], index: int) -> bool:
    """ "1. Purpose of the assessment" standing alone over a paragraph: a section heading,
    not a one-item list."""
    line = lines[index]
    marker = _NUMBERED.match(doc.text[line.start : line.end])
    after = _next_content(lines, index)
    if marker is None or after is None or after.kind != "para":
        return False
    alone = index + 1 < len(lines) and lines[index + 1].kind == "blank"
    if not (alone and _blank_before(lines, index)):
        return False
    shown = doc.display(line.start + marker.end(), line.end)
    return looks_like_heading(shown, doc.display(after.start, after.end), standalone=True)


def _blank_before(lines: list[Line], index: int) -> bool:
    return index == 0 or lines[index - 1].kind in _OPENS_BLOCK


def _next_content(lines: list[Line], index: int) -> Line | None:
    for after in range(index + 1, len(lines)):
        if lines[after].kind != "blank":
            return lines[after]
    return None


def _finished(doc: SourceDoc, line: Line) -> bool:
    """A paragraph line that ends a sentence: what follows starts afresh."""
    return (
        line.kind == "para"
        and re.search(r"[.!?]['\")]?$", doc.display(line.start, line.end)) is not None
    )


def _label_lines(doc: SourceDoc, lines: list[Line]) -> None:
    """Runs of two or more ``Label: value`` lines ("Arrests: 97") are units, one a line."""
    run: list[Line] = []
    for line in [*lines, Line(0, 0, 0, "blank")]:
        pair = KEY_VALUE.match(doc.display(line.start, line.end)) if line.kind == "para" else None
        if pair is not None and len(pair.group("value").split()) <= 10:
            run.append(line)
            continue
        if len(run) >= 2:
            for item in run:
                item.kind = "label"
        run = []


_OPENS_BLOCK = frozenset(
    {"blank", "heading", "title", "dateline", "metadata", "noise", "duplicate", "repeat", "table"}
)


def _blocks(doc: SourceDoc, lines: list[Line]) -> list[Block]:
    structure = _Structure(doc)
    blocks: list[Block] = []
    list_id = 0
    heading = ""
    current: Block | None = None
    emitted: set[int] = set()
    for line in lines:
        kind = line.kind
        if kind == "table":
            table = structure.table(line)
            if table is not None and id(table) not in emitted:
                emitted.add(id(table))
                blocks += _rows(doc, table, heading)
            current = None
        elif kind == "footnote":
            note = structure.note(line)
            if note is None:
                continue
            if current is not None and current.kind == "footnote" and current.label == note.label:
                current.end = min(line.end, note.end)
            else:
                ref = doc.line_of(note.refs[0]) if note.refs else None
                start = max(line.start, note.start)
                current = Block(
                    "footnote",
                    start,
                    min(line.end, note.end),
                    doc.line_of(start),
                    heading=heading,
                    label=note.label,
                    ref_line=ref,
                )
                blocks.append(current)
        elif kind == "label":
            blocks.append(_label_block(doc, line, heading))
            current = None
        elif kind == "bullet":
            if not blocks or blocks[-1].kind != "bullet":
                list_id += 1
            marker = _BULLET.match(doc.text[line.start : line.end])
            offset = line.start + (marker.end() if marker else 0)
            current = Block("bullet", offset, line.end, line.number, list_id, heading)
            blocks.append(current)
        elif (
            kind == "para"
            and current is not None
            and (
                current.kind == "para"
                or (current.kind == "bullet" and (_indented(doc, line) or _lower(doc, line)))
            )
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


def _label_block(doc: SourceDoc, line: Line, heading: str) -> Block:
    """A ``Label: value`` line as a one-cell row: shown and quoted as written."""
    text = doc.text[line.start : line.end]
    colon = text.index(":")
    key = doc.display(line.start, line.start + colon)
    value = _visible(doc, line.start + colon + 1, line.end)
    block = Block("row", line.start, line.end, line.number, heading=heading)
    block.cells = (Cell(key, *value),)
    return block


def _rows(doc: SourceDoc, table: Table, heading: str) -> list[Block]:
    """One ``row`` block per body row with any text, spanning its first to last cell."""
    blocks = []
    for index in range(len(table.rows)):
        cells = tuple(
            Cell(c.header, *_visible(doc, c.start, c.end))
            for c in table.cells(index, doc.display)
            if doc.display(c.start, c.end)
        )
        if not cells:
            continue
        start, end = cells[0].start, cells[-1].end
        blocks.append(Block("row", start, end, doc.line_of(start), heading=heading, cells=cells))
    return blocks


def _lower(doc: SourceDoc, line: Line) -> bool:
    """A line that starts in lower case goes on with the item above (a wrapped item)."""
    shown = doc.display(line.start, line.end)
    return bool(shown) and shown[0].islower()


def _indented(doc: SourceDoc, line: Line) -> bool:
    return doc.text[line.start : line.start + 1] in (" ", "\t")


def _visible(doc: SourceDoc, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without leading or trailing space and markup."""
    while start < end and (doc.text[start].isspace() or doc.mask[start]):
        start += 1
    while end > start and (doc.text[end - 1].isspace() or doc.mask[end - 1]):
        end -= 1
    return start, end


def _trimmed(doc: SourceDoc, block: Block) -> Block:
    block.start, block.end = _visible(doc, block.start, block.end)
    return block
