"""A page set in two or three columns, read a column at a time.

pdfplumber gives words with their positions; grouped into lines across the whole page, two
columns' lines became one ("The unit was founded The Protocol requires ..."), so every
sentence of the page was cut into halves of two. Here the page's rows of words (as
``pdf_text`` groups them) are scanned from the top for a run of rows that a vertical blank
crosses at the same place, a gutter: each column of the run, a block, is then read top to
bottom before the next. A row that runs across the gutter (a title, an abstract, a heading
or a table set over the columns, a footnote) ends the block, so a page may hold a title
over two columns, a table between two blocks of columns, and notes under them. Only a
block of prose is read this way: two or three columns of about the same width, each of
lines that fill it and hold several words, with at least three rows that have text in
two columns; an unruled table (short cells), a form's label and value lines or a river of
blanks in justified text is no block, and a page with no block is read as before.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass
from typing import Any

Word = dict[str, Any]
Box = tuple[float, float, float, float]
Span = tuple[float, float]

MIN_GUTTER = 0.8
"""The narrowest gutter, in type sizes (a word space is about a third; CSS's default column
gap is one)."""
MAX_GUTTER = 6.0
"""The widest gutter, in type sizes: a wider blank sets apart a table's columns."""
SPLIT_GAP = 2.5
"""A blank across the page this tall (in type sizes) ends a block: a figure or a spacer."""
MIN_ROWS = 3
"""Rows with text in two columns that a block needs."""
MIN_WORDS = 4
"""The median number of words a column's lines hold: a column of prose, not of cells."""
FILL = 0.6
"""A line of prose fills this much of its column, or more; half of a column's lines do."""
SAME_WIDTH = 0.75
"""The narrowest column of a block is at least this part of the widest."""


@dataclass(frozen=True)
class Column:
    """One column of a block: the block's number on the page and the column's left and
    right edge."""

    block: int
    left: float
    right: float


@dataclass
class Part:
    """Words read together: a column of a block, or rows across the page (``column`` None)."""

    words: list[Word]
    column: Column | None


def rows(words: list[Word]) -> list[list[Word]]:
    """Words into rows, top to bottom: a word joins the row its vertical middle falls in, so
    a raised footnote marker stays on its row."""
    found: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if found and min(w["top"] for w in found[-1]) <= middle <= max(
                w["bottom"] for w in found[-1]):
            found[-1].append(word)
        else:
            found.append([word])
    return found


def reading_parts(words: list[Word], boxes: list[Box]) -> list[Part] | None:
    """The page's words in reading order, a column of each block at a time; None when the
    page has no block of columns. ``boxes``: tables and images, whose words are not among
    ``words``; one set across a gutter ends the block above it."""
    if not words:
        return None
    found = rows(words)
    size = statistics.median(float(w["size"]) for w in words)
    page = (min(float(w["x0"]) for w in words), max(float(w["x1"]) for w in words))
    blocks: list[tuple[int, int, list[Span]]] = []
    start = 0
    while start < len(found):
        end, gutters = _run(found, start, boxes, page, size)
        if gutters and _prose(found[start:end], gutters, page, size):
            first = _lead(found, start, blocks[-1][1] if blocks else 0, gutters, size)
            blocks.append((first, end, gutters))
            start = end
        else:
            start += 1
    if not blocks:
        return None
    return _parts(found, blocks, page)


def _run(
    found: list[list[Word]], start: int, boxes: list[Box], page: Span, size: float
) -> tuple[int, list[Span]]:
    """The rows from ``start`` that keep a common blank as wide as a gutter, and the
    blanks; the run stops at a row across one of them (or one that splits one in two), at
    a blank across the page taller than ``SPLIT_GAP`` or at a box across a gutter. Under
    its last row with text in two columns, it keeps the rows of the longer column that
    follow closely (not a line set apart below the columns)."""
    gutters = _wide(_inner(found[start]), size)
    if not gutters:
        return start + 1, []
    end = start + 1
    while end < len(found):
        before, row = found[end - 1], found[end]
        blank = _top(row) - _bottom(before)
        if blank > SPLIT_GAP * size or _boxed(boxes, _bottom(before), _top(row), gutters):
            break
        narrowed = _wide(_intersect(gutters, _open(row, page)), size)
        if len(narrowed) != len(gutters):
            break
        gutters, end = narrowed, end + 1
    last = max((i for i in range(start, end) if _both_sides(found[i], gutters)), default=start)
    tail = last + 1
    while tail < end and _top(found[tail]) - _bottom(found[tail - 1]) <= 1.5 * size:
        tail += 1
    return tail, gutters


def _lead(
    found: list[list[Word]], start: int, floor: int, gutters: list[Span], size: float
) -> int:
    """The block's first row: rows just above the first row of the run that keep to one
    column (a column that starts a little higher than the other) belong to it."""
    while start > floor and _open_at(found[start - 1], gutters) and (
            _top(found[start]) - _bottom(found[start - 1]) <= size):
        start -= 1
    return start


def _prose(block: list[list[Word]], gutters: list[Span], page: Span, size: float) -> bool:
    """The block is columns of prose: gutters no wider than ``MAX_GUTTER``, at least
    ``MIN_ROWS`` rows with text in two columns, columns of about the same width, each of
    lines that fill it and hold ``MIN_WORDS`` words or more (the median line)."""
    if any(right - left > MAX_GUTTER * size for left, right in gutters):
        return False
    if sum(1 for row in block if _both_sides(row, gutters)) < MIN_ROWS:
        return False
    if _head_row(block, gutters) or _rowed(block, gutters, size):
        return False
    slots = _slots(gutters, page)
    widths = [right - left for left, right in slots]
    if min(widths) < SAME_WIDTH * max(widths) or min(widths) < 10 * size:
        return False
    for slot in slots:
        words = [w for row in block for w in row if _within(w, slot)]
        lines = rows(words)
        if len(lines) < 2:
            return False
        if statistics.median(len(line) for line in lines) < MIN_WORDS:
            return False
        full = sum(1 for line in lines if _width(line) >= FILL * (slot[1] - slot[0]))
        if full * 2 < len(lines):
            return False
    return True


def _head_row(block: list[list[Word]], gutters: list[Span]) -> bool:
    """The block opens with a row of column names: all in bold, in every column, in the
    type of the rows under it (a heading over a column is set larger)."""
    first = block[0]
    body = statistics.median(float(w["size"]) for row in block for w in row)
    return (
        all("bold" in str(w.get("fontname", "")).lower() for w in first)
        and _columns_of(first, gutters) == len(gutters) + 1
        and _size(first) <= 1.05 * body
    )


def _rowed(block: list[list[Word]], gutters: list[Span], size: float) -> bool:
    """The block is a table's rows: twice or more a blank across all its columns, wider
    than a line's, is followed by a row with text in every column (cells set side by
    side, each starting at the row's top). Columns of prose seldom break their paragraphs
    at the same height twice."""
    count = len(gutters) + 1
    breaks = sum(
        1 for before, row in itertools.pairwise(block)
        if _top(row) - _bottom(before) > 0.5 * size and _columns_of(row, gutters) == count
    )
    return breaks >= 2


def _columns_of(row: list[Word], gutters: list[Span]) -> int:
    """How many columns the row has words in."""
    return len({sum(1 for left, _ in gutters if float(w["x0"]) >= left) for w in row})


def _parts(
    found: list[list[Word]], blocks: list[tuple[int, int, list[Span]]], page: Span
) -> list[Part]:
    """Rows outside the blocks as parts across the page, each block's columns in turn,
    then the feet of its columns."""
    parts: list[Part] = []
    at = 0
    for number, (first, end, gutters) in enumerate(blocks):
        if first > at:
            parts.append(Part([w for row in found[at:first] for w in row], None))
        block = [w for row in found[first:end] for w in row]
        body = statistics.median(float(w["size"]) for w in block)
        feet: list[Part] = []
        for slot in _slots(gutters, page):
            column = Column(number, slot[0], slot[1])
            lines = rows([w for w in block if _within(w, slot)])
            cut = _foot(lines, body)
            parts.append(Part([w for line in lines[:cut] for w in line], column))
            if cut < len(lines):
                feet.append(Part([w for line in lines[cut:] for w in line], column))
        parts += feet
        at = end
    if at < len(found):
        parts.append(Part([w for row in found[at:] for w in row], None))
    return parts


def _foot(lines: list[list[Word]], body: float) -> int:
    """Where a column's foot starts: the lines at its end set smaller than the block's
    text, under one in its type (notes at the foot of a column). They are read after all
    the block's columns, where a page's notes are looked for."""
    cut = len(lines)
    while cut > 1 and _size(lines[cut - 1]) < 0.95 * body:
        cut -= 1
    return cut if cut < len(lines) and _size(lines[cut - 1]) >= 0.95 * body else len(lines)


def _slots(gutters: list[Span], page: Span) -> list[Span]:
    """The columns between the page's text edges and the gutters."""
    edges = [page[0], *(x for gutter in gutters for x in gutter), page[1]]
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def _within(word: Word, slot: Span) -> bool:
    middle = (float(word["x0"]) + float(word["x1"])) / 2
    return slot[0] - 1 <= middle <= slot[1] + 1


def _inner(row: list[Word]) -> list[Span]:
    """The blanks between the row's words."""
    ordered = sorted(row, key=lambda w: float(w["x0"]))
    return [(float(a["x1"]), float(b["x0"])) for a, b in itertools.pairwise(ordered)
            if float(b["x0"]) > float(a["x1"])]


def _open(row: list[Word], page: Span) -> list[Span]:
    """The blanks of the row across the page's text width, its margins included."""
    ordered = sorted(row, key=lambda w: float(w["x0"]))
    edges = [page[0], *(x for w in ordered for x in (float(w["x0"]), float(w["x1"]))), page[1]]
    spans = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    return [(left, right) for left, right in spans if right > left]


def _intersect(spans: list[Span], others: list[Span]) -> list[Span]:
    return [(max(a, c), min(b, d)) for a, b in spans for c, d in others if min(b, d) > max(a, c)]


def _wide(spans: list[Span], size: float) -> list[Span]:
    return [(left, right) for left, right in spans if right - left >= MIN_GUTTER * size]


def _open_at(row: list[Word], gutters: list[Span]) -> bool:
    """No word of the row runs into a gutter."""
    return not any(float(w["x1"]) > left and float(w["x0"]) < right
                   for w in row for left, right in gutters)


def _both_sides(row: list[Word], gutters: list[Span]) -> bool:
    """The row has words in two columns or more."""
    return _columns_of(row, gutters) >= 2


def _boxed(boxes: list[Box], above: float, below: float, gutters: list[Span]) -> bool:
    """A table or image stands between two rows across a gutter."""
    return any(above - 1 <= top and bottom <= below + 1 and x0 < left and x1 > right
               for x0, top, x1, bottom in boxes for left, right in gutters)


def _top(row: list[Word]) -> float:
    return min(float(w["top"]) for w in row)


def _bottom(row: list[Word]) -> float:
    return max(float(w["bottom"]) for w in row)


def _size(row: list[Word]) -> float:
    return max(float(w["size"]) for w in row)


def _width(line: list[Word]) -> float:
    return max(float(w["x1"]) for w in line) - min(float(w["x0"]) for w in line)
