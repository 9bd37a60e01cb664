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

A rule drawn down a gutter (a column rule, or the line between the two texts of a treaty
set side by side in its languages) makes columns of prose a block even when their
paragraphs start at the same heights under a bold row of column names ("English text |
Texte français"), which would otherwise read as a table's rows: a table of short facts
is ruled across as well, and is found as a table before this.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass
from typing import Any

Word = dict[str, Any]
Box = tuple[float, float, float, float]
Span = tuple[float, float]
Rule = tuple[float, float, float]
"""A vertical rule on the page: its x, top and bottom."""

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
RULED = 0.6
"""A gutter is ruled when vertical rules in it run down this part of the block's height."""


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


def reading_parts(
    words: list[Word], boxes: list[Box], rules: list[Rule] | None = None
) -> list[Part] | None:
    """The page's words in reading order, a column of each block at a time; None when the
    page has no block of columns. ``boxes``: tables and images, whose words are not among
    ``words``; one set across a gutter ends the block above it. ``rules``: the page's
    vertical rules (a ruled gutter, module docstring)."""
    if not words:
        return None
    found = rows(words)
    size = statistics.median(float(w["size"]) for w in words)
    page = (min(float(w["x0"]) for w in words), max(float(w["x1"]) for w in words))
    blocks: list[tuple[int, int, list[Span]]] = []
    start = 0
    while start < len(found):
        end, gutters = _run(found, start, boxes, page, size)
        if gutters and _prose(found[start:end], gutters, page, size, rules or []):
            first = _lead(found, start, blocks[-1][1] if blocks else 0, gutters, size)
            blocks.append((first, end, gutters))
            start = end
        else:
            start += 1
    if not blocks:
        whole = _page_block(found, page, size, rules or [])
        if whole is None:
            return None
        blocks.append(whole)
    return _parts(found, blocks, page)


def _page_block(
    found: list[list[Word]], page: Span, size: float, rules: list[Rule]
) -> tuple[int, int, list[Span]] | None:
    """Columns read down the whole page under its top rows (a poster's or a newsletter's
    four columns, each with its own headings, tables and figures): the blanks open in every
    row from some row down to the foot (or to a few rows above it, a footer across the
    page), as the block that reads them as columns of prose. Row by row from the top, a
    column's table or short lines narrow the first row's blanks at other places than the
    gutters, so the scan in ``_run`` finds no block; the blank down the whole page does."""
    count = len(found)
    for end in range(count, max(count - 3, MIN_ROWS) - 1, -1):
        common: list[Span] | None = None
        best: tuple[int, list[Span]] | None = None
        for first in range(end - 1, -1, -1):
            spans = _open(found[first], page)
            common = spans if common is None else _intersect(common, spans)
            wide = _wide(common, size)
            if not wide:
                break
            gutters = _inner_gutters(found[first:end], wide)
            if gutters and end - first >= MIN_ROWS and _prose(
                    found[first:end], gutters, page, size, rules, whole=True):
                best = (first, gutters)
        if best is not None:
            top = best[0]
            while top > 0 and _open_at(found[top - 1], best[1]):
                top -= 1
            if not _table(found[top:end], best[1], size, rules):
                return best[0], end, best[1]
    return None


def _table(block: list[list[Word]], gutters: list[Span], size: float, rules: list[Rule]) -> bool:
    """The rows the gutters run down (up to the first row above that crosses one) are a
    table's: a bold row of column names over them, or rows that start together
    (``_head_row``, ``_rowed``), with no rule down the gutters. The block that reads as
    prose may start under the names or between two rows, where neither shows."""
    if all(_ruled(block, gutter, rules) for gutter in gutters):
        return False
    return _head_row(block, gutters) or _rowed(block, gutters, size)


def _inner_gutters(block: list[list[Word]], spans: list[Span]) -> list[Span]:
    """The blanks with words of the block on both sides (not a margin)."""
    left = min(float(w["x0"]) for row in block for w in row)
    right = max(float(w["x1"]) for row in block for w in row)
    return [(a, b) for a, b in spans if a > left + 1 and b < right - 1]


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


def _prose(
    block: list[list[Word]], gutters: list[Span], page: Span, size: float, rules: list[Rule],
    whole: bool = False,
) -> bool:
    """The block is columns of prose: gutters no wider than ``MAX_GUTTER``, at least
    ``MIN_ROWS`` rows with text in two columns, columns of about the same width, each of
    lines that fill it and hold ``MIN_WORDS`` words or more (the median line); not a
    table's rows under column names unless a rule runs down every gutter. Columns that
    run down the ``whole`` page may each hold a table or a chart of short lines, so there
    the median line and the share of full lines are taken over all their lines, not each
    column's."""
    if any(right - left > MAX_GUTTER * size for left, right in gutters):
        return False
    if sum(1 for row in block if _both_sides(row, gutters)) < MIN_ROWS:
        return False
    if _table(block, gutters, size, rules):
        return False
    slots = _slots(gutters, page)
    widths = [right - left for left, right in slots]
    if min(widths) < SAME_WIDTH * max(widths) or min(widths) < 10 * size:
        return False
    lengths: list[int] = []
    filled = 0
    for slot in slots:
        words = [w for row in block for w in row if _within(w, slot)]
        lines = rows(words)
        if len(lines) < 2:
            return False
        full = sum(1 for line in lines if _width(line) >= FILL * (slot[1] - slot[0]))
        if not whole and (statistics.median(len(line) for line in lines) < MIN_WORDS
                          or full * 2 < len(lines)):
            return False
        lengths += [len(line) for line in lines]
        filled += full
    return statistics.median(lengths) >= MIN_WORDS and filled * 2 >= len(lengths)


def _ruled(block: list[list[Word]], gutter: Span, rules: list[Rule]) -> bool:
    """Vertical rules inside the gutter run down ``RULED`` of the block's height or more
    (a cell's border drawn row by row counts in pieces)."""
    top, bottom = _top(block[0]), _bottom(block[-1])
    covered = sum(
        max(0.0, min(low, bottom) - max(high, top))
        for x, high, low in rules if gutter[0] - 1 <= x <= gutter[1] + 1
    )
    return covered >= RULED * (bottom - top)


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
