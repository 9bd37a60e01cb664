"""A PDF table whose only ruled row is its header: the body is read by word positions.

Many tables rule or shade their header row only, and set the rows under it apart by a
horizontal line or a blank, with no column rulings. pdfplumber finds the header as a
one-row grid and nothing under it, so the rows were read as lines of text with the
columns interleaved ("“child pornography”, “child child sexual abuse material; The
material records ..."). Here the header's cell edges are the columns: the lines just
under it whose every word falls inside one column are the table's body, a horizontal
ruling or a paragraph gap between two lines starts a new row, and the first line with a
word across a column edge (the prose after the table) ends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Word = dict[str, Any]

MAX_HEADER_WORDS = 6
"""A column name longer than this is text, not a header (a boxed note's first row)."""
_EDGE = 1.0
"""Points a word may stand past a column edge and still be inside the column."""


@dataclass
class BodyLine:
    """A line of words under a header row, and where it stands."""

    words: list[Word]
    top: float
    bottom: float
    size: float


def header_columns(cells: list[str], columns: list[float]) -> bool:
    """The one ruled row reads as column names: two columns or more, every cell filled,
    short and on one line ("Avoid | Prefer | Why"). A box with an accent bar (an empty
    first cell) or a boxed paragraph is no header."""
    return (
        len(columns) >= 3
        and len(cells) == len(columns) - 1
        and all(c.strip() and "\n" not in c.strip() for c in cells)
        and all(len(c.split()) <= MAX_HEADER_WORDS for c in cells)
    )


def body_rows(
    columns: list[float],
    bottom: float,
    lines: list[BodyLine],
    rulings: list[float],
    gap: float,
) -> tuple[list[list[list[BodyLine]]], int]:
    """The rows under a header that ends at ``bottom``, each a list of cells, each cell
    the parts of the lines that fall in its column; and how many of ``lines`` (sorted
    from the top, all below the header) they take. ``rulings``: the y of horizontal
    rulings across the columns; ``gap``: the blank that ends a paragraph. The body stops
    at a line with a word across a column edge or outside the columns, in another type
    size, or further below than the blank allowed between rows. No row with words in two
    columns: no table body (an empty result)."""
    rows: list[list[list[BodyLine]]] = []
    above = bottom
    size = lines[0].size if lines else 0.0
    taken = 0
    for line in lines:
        blank = line.top - above
        ruled = any(above - _EDGE <= y <= line.top + _EDGE for y in rulings)
        if blank > (4 if ruled else 2.5) * size or abs(line.size - size) > 0.5:
            break
        parts = _split(line, columns)
        if parts is None:
            break
        if not rows or ruled or blank > gap:
            rows.append([[] for _ in columns[1:]])
        for cell, words in zip(rows[-1], parts, strict=True):
            if words:
                cell.append(BodyLine(words, line.top, line.bottom, line.size))
        above = line.bottom
        taken += 1
    if not any(sum(1 for cell in row if cell) >= 2 for row in rows):
        return [], 0
    return rows, taken


def _split(line: BodyLine, columns: list[float]) -> list[list[Word]] | None:
    """The line's words by column, or None when a word stands across a column edge or
    outside the columns."""
    parts: list[list[Word]] = [[] for _ in columns[1:]]
    for word in line.words:
        x0, x1 = float(word["x0"]), float(word["x1"])
        if x0 < columns[0] - _EDGE or x1 > columns[-1] + _EDGE:
            return None
        if any(x0 < edge - _EDGE and x1 > edge + _EDGE for edge in columns[1:-1]):
            return None
        index = sum(1 for edge in columns[1:-1] if (x0 + x1) / 2 > edge)
        parts[index].append(word)
    return parts


HEADER_GUTTER = 1.5
"""A blank this many times the type size between two words of a line is a column gutter
(a word space is about a third of it; justified text stretches it to one at most)."""


def word_header(words: list[Word], size: float) -> list[float] | None:
    """Column edges read from a line of column names with no ruling at all: three names
    or more, each of a few words, set apart by blanks wider than any word space ("Term
    ... Meaning ... Source"); an edge stands just left of each name after the first, the
    table's left edge at the first, its right edge open. None for any other line."""
    groups: list[list[Word]] = []
    for word in words:
        if groups and float(word["x0"]) - float(groups[-1][-1]["x1"]) <= HEADER_GUTTER * size:
            groups[-1].append(word)
        else:
            groups.append([word])
    if len(groups) < 3 or any(len(g) > MAX_HEADER_WORDS for g in groups):
        return None
    edges = [float(g[0]["x0"]) - _EDGE for g in groups]
    return [*edges, float("inf")]
