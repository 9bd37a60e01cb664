"""Layout: which lines tables, footnotes and headings own, and the blocks they make.

Tables and footnotes are found by the markup reader with their offsets; here each line
is matched to them by bisection (a 2 MB file has thousands of lines and tables). Plain
text headings, numbered section headings and runs of ``Label: value`` lines are
recognised by their shape and their neighbours.
"""

from __future__ import annotations

import bisect
import re

from curriculum.draft.extracted import running_text
from curriculum.draft.footnotes import Footnote
from curriculum.draft.frontmatter import KEY_VALUE
from curriculum.draft.headings import SMALL_WORDS, caption, looks_like_heading
from curriculum.draft.lines import Block, Cleaned, Dropped, Line, raw_line, visible
from curriculum.draft.reading import SourceDoc
from curriculum.draft.tables import Cell, Table


class _Spans:
    """Start and end offsets of tables or footnotes (sorted, never overlapping)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def at(self, start: int, end: int) -> int | None:
        """Index of the span that the line ``[start, end]`` touches, if any."""
        index = bisect.bisect_right(self.starts, end) - 1
        return index if index >= 0 and start < self.ends[index] else None


class Structure:
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
                if table.wrapped:
                    reason = "table header: column names of a table whose cells wrap"
                out.dropped.append(Dropped(line.number, reason, raw_line(doc, line)))
            elif table.wrapped and doc.display(line.start, line.end):
                reason = "table row whose cells wrap over lines: not read as prose"
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
    spans += table.wrapped
    return any(start <= line.end and line.start < end for start, end in spans)


def _caption_runs_on(doc: SourceDoc, lines: list[Line], index: int) -> bool:
    """The next line goes on with this one's sentence (no blank line between, its first
    letter in lower case; narrower than ``head.wraps_on``, which also takes any line with a
    full stop inside, as every "Figure 1. ..." caption has): "Figure 1. The pipeline. User
    reports enter alongside" over "automated signals ...". Such a caption is a paragraph
    that wraps, not a title: made a heading, its last sentence would be cut in two and the
    rest read as a fragment."""
    if index + 1 >= len(lines) or lines[index + 1].kind != "para":
        return False
    following = doc.display(lines[index + 1].start, lines[index + 1].end).lstrip()
    return following[:1].islower()


def plain_headings(doc: SourceDoc, lines: list[Line]) -> None:
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
        if after is None or after.kind not in ("para", "bullet", "label", "table"):
            continue
        shown = doc.display(line.start, line.end)
        if _blank_before(lines, index) and question_heading(shown):
            line.kind = "heading"  # an FAQ's question: the context of its answer
            continue
        if (_blank_before(lines, index) and caption(shown)
                and not _caption_runs_on(doc, lines, index)):
            line.kind = "heading"  # "Table 1: Offences recorded, 2020/21 to 2024/25"
            continue
        if after.kind == "table":
            continue
        opens = (
            index == 0 or lines[index - 1].kind in _OPENS_BLOCK or _finished(doc, lines[index - 1])
        )
        alone = (
            index + 1 < len(lines)
            and lines[index + 1].kind == "blank"
            and _blank_before(lines, index)
        )
        if opens and (looks_like_heading(shown, doc.display(after.start, after.end), alone)
                      or (after.kind == "para" and _section_title(doc, line, after))):
            line.kind = "heading"
        elif opens and after.kind == "para" and bold_line(doc.raw[line.start : line.end]):
            line.kind = "heading"  # "**Grooming (solicitation of children ...)**" over its
            # definition: the markup sets the line apart, whatever its case


_BOLD_LINE = re.compile(r"^[ \t]*(?:>[ \t]*)*(\*\*|__)(?P<text>[^*_\n]{1,100}?)\1[ \t]*$")
"""A line bold from end to end, inside a Markdown quote box too ("> **WARNING - Evidential
integrity**" over "> SiftLine must only be run ..."): the box's title, never a sentence's
first words (blind review 23, a6)."""
BOLD_WORDS = 12


def bold_line(raw: str) -> str | None:
    """The words of a line that is bold from end to end ("**Coerced sharing**"), without a
    final stop, colon or comma (a bold sentence or label is text, not a heading), of at
    most ``BOLD_WORDS`` words; else None. A glossary sets its terms this way, each over
    its definition (``glossary.py``)."""
    match = _BOLD_LINE.match(raw)
    if match is None:
        return None
    text = match.group("text").strip()
    if not text or len(text.split()) > BOLD_WORDS or text[-1] in ".!?:;,":
        return None
    return text


MAX_QUESTION_WORDS = 25
"""A longer question standing alone is a paragraph that happens to ask something."""
_QUESTION_LABEL = re.compile(r"^(?:Q(?:uestion)?\s*\d{0,3}\s*[:.)-]\s*)", re.I)


def question_heading(shown: str) -> bool:
    """A line that is one question ("What should I do if a child discloses abuse?", "Q3.
    Can I report anonymously?", a bold question in Markdown): in an FAQ or a Q&A it heads
    its answer, which is read with it as context, never as a sentence of its own."""
    text = _QUESTION_LABEL.sub("", shown.strip()).strip()
    if not text.endswith("?") or not text[:1].isupper():
        return False
    words = text.split()
    return len(words) <= MAX_QUESTION_WORDS and re.search(r"[.!?]\s", text) is None


def question_text(shown: str) -> str:
    """An FAQ's question without its "Q:", "Q3." or "Question 3:" label: the label is
    structure, never the first word of a stem the question is shown in."""
    return _QUESTION_LABEL.sub("", shown.strip()).strip()


_NUMBERED = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+")


def _numbered_heading(doc: SourceDoc, lines: list[Line], index: int) -> bool:
    """ "1. Purpose of the assessment" standing alone over a paragraph: a section heading,
    not a one-item list."""
    line = lines[index]
    marker = _NUMBERED.match(doc.text[line.start : line.end])
    after = _next_content(lines, index)
    if marker is None or after is None or after.kind not in ("para", "bullet"):
        return False
    shown = doc.display(line.start + marker.end(), line.end)
    if _capitals_heading(shown, doc.display(after.start, after.end)):
        return True
    alone = index + 1 < len(lines) and lines[index + 1].kind == "blank"
    if after.kind == "para" and not alone and _section_title(doc, line, after):
        return True
    if after.kind != "para" or not (alone and _blank_before(lines, index)):
        return False
    return looks_like_heading(shown, doc.display(after.start, after.end), standalone=True)


_SECTION = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}[.)]?[ \t]+")
"""A section's number ("4.1  "), not a list item's ("4."): a report's numbered sub-heading."""
_TITLE_WORDS = 8
_SHORT = 0.7
"""A title line stops well before the width its paragraph's lines fill; a wrapped line of
prose runs to about that width."""


def _section_title(doc: SourceDoc, line: Line, after: Line) -> bool:
    """ "4.1  Likelihood of further sexual offending" right over its paragraph ("Static-99R
    is a ...", no blank line between, as a fixed-width report sets it): a section number, a
    few words with no final punctuation that do not stop on a small word, a next line that
    opens with a capital and runs much wider. Fused in, the title became the subject of the
    paragraph's first sentence."""
    raw = doc.text[line.start : line.end]
    number = _SECTION.match(raw)
    if number is None:
        return False
    text = doc.display(line.start + number.end(), line.end).strip()
    words = text.split()
    following = doc.text[after.start : after.end].rstrip()
    shown_after = doc.display(after.start, after.end).strip()
    if not words or len(words) > _TITLE_WORDS or text[-1] in ".!?:;,-" or not shown_after:
        return False
    if words[-1].lower() in SMALL_WORDS or not shown_after[0].isupper():
        return False
    return len(raw.rstrip()) <= _SHORT * len(following)


_CAPITALS_WORDS = 10


def _capitals_heading(shown: str, after: str) -> bool:
    """ "2. KEY TASKS" right over "a) Review every referral ..." or over a paragraph: a
    numbered line all in capitals (a word of three letters at least, at most
    ``_CAPITALS_WORDS`` words, no final punctuation) over a line in mixed case is a plain
    text's section heading, with or without a blank line under it, not a one-item list
    (whose heading words were lost: "KEY TASKS" says whose the duties are). Over another
    line in capitals (a telegram-style message, "1. SUMMARY" / "MISSING CHILD ...") it
    is not told apart from the text."""
    text = shown.strip()
    if not text or text[-1] in ".!?:;," or len(text.split()) > _CAPITALS_WORDS:
        return False
    if text.upper() != text or not re.search(r"[A-Z]{3}", text):
        return False
    return re.search(r"[a-z]", after) is not None


def _blank_before(lines: list[Line], index: int) -> bool:
    return index == 0 or lines[index - 1].kind in _OPENS_BLOCK


def _next_content(lines: list[Line], index: int) -> Line | None:
    """The next line of text: blank lines and metadata ("Issue 4 | Effective 2 June 2025"
    under a document's subtitle) are passed over."""
    for after in range(index + 1, len(lines)):
        if lines[after].kind not in ("blank", "metadata", "dateline"):
            return lines[after]
    return None


def _finished(doc: SourceDoc, line: Line) -> bool:
    """A paragraph line that ends a sentence: what follows starts afresh."""
    return (
        line.kind == "para"
        and re.search(r"[.!?]['\")]?$", doc.display(line.start, line.end)) is not None
    )


_DASH_LABEL = re.compile(
    r"^[ \t]*(?P<key>[A-Z0-9][\w/().-]{0,30}(?: [\w/().-]{1,30}){0,3})[ \t]+[-\u2013\u2014]"
    r"[ \t]+(?P<value>\S[^\r\n]*?)[ \t]*$"
)
"""A ``Label - value`` line ("VISOR - the national register database"): a plain text's way
to list terms, forms or systems with what they are."""


def label_pair(shown: str) -> re.Match[str] | None:
    """The ``Label: value`` or ``Label - value`` form of a line, or None."""
    return KEY_VALUE.match(shown) or _DASH_LABEL.match(shown)


def label_lines(doc: SourceDoc, lines: list[Line]) -> None:
    """Runs of two or more ``Label: value`` lines ("Arrests: 97") are units, one a line;
    so are runs of ``Label - value`` lines, which read as prose ran into one
    pseudo-sentence ("OMNIS - the force record VISOR - the national database ...")."""
    run: list[Line] = []
    for line in [*lines, Line(0, 0, 0, "blank")]:
        shown = doc.display(line.start, line.end) if line.kind == "para" else ""
        pair = label_pair(shown) if shown and not question_heading(shown) else None
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


def _key_end(text: str) -> int:
    """Where a label line's key ends when its text, with markup blanked to runs of spaces
    ("   A    A     - item one" from "<th>A</th>...- item one"), is no ``label_pair``
    although its display is one: at its colon, or at the space before a spaced dash; 0
    when it has neither (a crash here stopped a whole draft)."""
    found = re.search(r":|\s[-\u2013\u2014]\s", text)
    return found.start() if found is not None else 0


def label_block(doc: SourceDoc, line: Line, heading: str) -> Block:
    """A ``Label: value`` line as a one-cell row: shown and quoted as written."""
    text = doc.text[line.start : line.end]
    pair = label_pair(text)
    key_end = pair.end("key") if pair is not None else _key_end(text)
    mark = re.compile(r"[ \t]*[:\-\u2013\u2014]").match(text, key_end)
    colon = mark.end() - 1 if mark is not None else key_end
    key = doc.display(line.start, line.start + key_end)
    value = visible(doc, line.start + colon + 1, line.end)
    block = Block("row", line.start, line.end, line.number, heading=heading)
    block.cells = (Cell(key, *value),)
    return block


def table_rows(doc: SourceDoc, table: Table, heading: str) -> list[Block]:
    """One ``row`` block per body row with any text, spanning its first to last cell; in
    a timeline (``_timeline``), the event's text instead, as a paragraph."""
    rows = []
    for index in range(len(table.rows)):
        cells = tuple(
            Cell(c.header, *visible(doc, c.start, c.end))
            for c in table.cells(index, doc.display)
            if doc.display(c.start, c.end)
        )
        if cells:
            rows.append(cells)
    told = _timeline(doc, rows)
    blocks = []
    for cells in rows:
        event = next((c for c in cells[1:] if _prose(doc.display(c.start, c.end))), None)
        if told and event is not None:
            when = doc.display(cells[0].start, cells[0].end)
            blocks.append(Block("para", event.start, event.end, doc.line_of(event.start),
                                heading=heading, when=when))
            continue
        start, end = cells[0].start, cells[-1].end
        blocks.append(Block("row", start, end, doc.line_of(start), heading=heading, cells=cells))
    return blocks


_DATED = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A timeline's first cell: a date or a year, with a day or a month before it ("20 Nov
1989", "September 2011", "2009 (c.)")."""
_EVENT_WORDS = 10
"""The fewest words of a timeline's event cell (``extracted.running_text``)."""


def _prose(text: str) -> bool:
    return running_text(text, _EVENT_WORDS)


def _timeline(doc: SourceDoc, rows: list[tuple[Cell, ...]]) -> bool:
    """A table of dated events ("Key dates": a date, then what happened, in sentences):
    two thirds of its rows or more open with a short dated cell and go on with running
    text. Read as rows, each was "a table row" that fit no theme, and what the events say
    (a convention's definition of a child, a robust hash's use) was never asked (blind
    review 24b); read as paragraphs, each event's first running text is weighed as any
    prose is, held as of its row's date (``Block.when``). A table of numbered texts (a
    tracker's "R6 | The force should ...", an audit tool's statements) keeps its reading
    as rows: read as prose, its cells gave fragments and stems of no theme of their own."""
    dated = 0
    for cells in rows:
        first = doc.display(cells[0].start, cells[0].end)
        if (len(cells) >= 2 and len(first.split()) <= 6
                and _DATED.search(first)
                and any(_prose(doc.display(c.start, c.end)) for c in cells[1:])):
            dated += 1
    return len(rows) >= 2 and dated * 3 >= len(rows) * 2
