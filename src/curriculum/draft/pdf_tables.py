"""A PDF's ruled tables, read as tables even where a page break cuts them.

pdfplumber finds a table as a grid of closed cells. A table that runs over a page break
is not closed: the row cut by the break has its side rulings but no bottom line on the
first page and no top line on the next, so pdfplumber leaves the cut row out, and a
header row left alone at the foot of a page is a one-row "table" that used to be read
as lines (a bold heading, then "2 No change" taken for footnote 2). Here the rulings are
followed past the closed grid: the words between the side rulings below the grid (or
above it, at the top of the next page) are the cut row's cells. Then a table at the foot
of one page and a table at the head of the next with the same columns are one table:
the cut row is joined back together, a header row the next page repeats is dropped, and
the next page's part takes the first part's header (the first row of the ruled region,
whatever its style), so no body row is ever read as the column names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_EDGE = 3.0
"""Points within which a ruling meets the grid's top or bottom line."""
_SAME_X = 2.0
"""Points within which two column rulings are the same ruling."""


@dataclass
class PdfTable:
    """A ruled table found on a page: where it stands and its rows of cell texts."""

    top: float
    rows: list[list[str]]
    bottom: float = 0.0
    left: float = 0.0
    right: float = 0.0
    columns: list[float] = field(default_factory=list)
    """The x of each column ruling, left to right."""
    open_top: bool = False
    """The first row goes on from the previous page (side rulings, no top line)."""
    open_bottom: bool = False
    """The last row goes on at the next page (side rulings, no bottom line)."""
    lone: bool = False
    """A single closed row: the header of a table the page break cut right after it, or
    else a box read as lines (``lines``)."""
    lines: list[Any] = field(default_factory=list)
    """A lone row's words as lines, read as text when no table goes on after it."""
    styled_head: bool = False
    """The first row is set apart from the rest (all bold, or shaded): a header row."""
    carried: list[str] | None = None
    """The header of the table this part goes on from (the first row of its first part),
    given with this part's rows when they are read as a data table."""
    follows: PdfTable | None = None
    """The part on the previous page that this part goes on from."""
    layout: bool = False
    """Its rows are boxed sections of prose, not data (``extracted.layout_table``)."""

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.left, self.top, self.right, self.bottom)


def page_tables(page: Any, words: list[dict[str, Any]]) -> list[PdfTable]:
    """The page's ruled tables of two columns or more, each with the rows a page break
    left open above or below its closed grid."""
    verticals = [e for e in page.edges if e.get("orientation") == "v"]
    tables = []
    for found in page.find_tables():
        table = _table(found, verticals, words)
        if table is not None:
            tables.append(table)
    taken = [(t.top, t.bottom) for t in tables]
    loose = [e for e in verticals if not any(
        top - _EDGE <= float(e["top"]) and float(e["bottom"]) <= bottom + _EDGE
        for top, bottom in taken)]
    horizontals = [e for e in page.edges if e.get("orientation") == "h"]
    tables += _open_rows(loose, horizontals, words)
    return sorted(tables, key=lambda t: t.top)


def _open_rows(
    verticals: list[dict[str, Any]], horizontals: list[dict[str, Any]],
    words: list[dict[str, Any]],
) -> list[PdfTable]:
    """Rulings that close no cell: the part of a row a page break carried to the top of
    the next page (its side rulings and a bottom line only, so no grid is found), or a
    row that a page break cuts at the foot of the page (a top line only). A boxed
    section that fills most of a page makes both on one page: the end of the section
    before it, then the start of the next one; which end is open is read from where the
    horizontal rulings are."""
    spans: dict[tuple[float, float], list[float]] = {}
    for edge in verticals:
        key = (round(float(edge["top"])), round(float(edge["bottom"])))
        spans.setdefault(key, []).append(float(edge["x0"]))
    out = []
    for (top, bottom), xs in sorted(spans.items()):
        columns = _columns([(x, top, x, bottom) for x in xs])
        cut = _cells(words, columns, top, bottom) if len(columns) >= 3 else None
        if cut is not None:
            closed_top = _ruled(horizontals, columns, top)
            closed_bottom = _ruled(horizontals, columns, bottom)
            out.append(PdfTable(top, [cut], bottom, columns[0], columns[-1], columns,
                                open_top=not closed_top or closed_bottom,
                                open_bottom=not closed_bottom, lone=True))
    return out


def _ruled(horizontals: list[dict[str, Any]], columns: list[float], y: float) -> bool:
    """A horizontal ruling at ``y`` runs across the columns (a row's top or bottom line)."""
    lines = [e for e in horizontals if abs(float(e["top"]) - y) <= _EDGE]
    return any(float(e["x0"]) <= columns[0] + _EDGE for e in lines) and any(
        float(e["x1"]) >= columns[-1] - _EDGE for e in lines)


def _table(found: Any, verticals: list[dict[str, Any]], words: list[dict[str, Any]]) -> (
    PdfTable | None
):
    rows = [[c or "" for c in row] for row in found.extract()]
    columns = _columns(found.cells)
    x0, top, x1, bottom = (float(v) for v in found.bbox)
    if len(columns) < 3:
        return None  # one column: a box around text, read as prose
    table = PdfTable(top, rows, bottom, x0, x1, columns, styled_head=_styled(found, words))
    ruled = [e for e in verticals if any(abs(float(e["x0"]) - x) <= _SAME_X for x in columns)]
    below = [float(e["bottom"]) for e in ruled
             if abs(float(e["top"]) - bottom) <= _EDGE and float(e["bottom"]) > bottom + _EDGE]
    above = [float(e["top"]) for e in ruled
             if abs(float(e["bottom"]) - top) <= _EDGE and float(e["top"]) < top - _EDGE]
    if below:
        cut = _cells(words, columns, bottom, max(below))
        if cut is not None:
            table.rows.append(cut)
            table.bottom, table.open_bottom = max(below), True
    if above:
        cut = _cells(words, columns, min(above), top)
        if cut is not None:
            table.rows.insert(0, cut)
            table.top, table.open_top = min(above), True
    table.lone = len(table.rows) < 2
    return table


def _styled(found: Any, words: list[dict[str, Any]]) -> bool:
    """The first row's words are all bold and some later row's are not: the look of a
    header row (used only to tell a new table from the rest of one; the header is the
    first row whatever its look)."""
    bands = [row.bbox for row in found.rows]
    if not bands:
        return False
    first = _bold(words, bands[0])
    rest = [flag for band in bands[1:] for flag in _bold(words, band)]
    return bool(first) and all(first) and not all(rest)


def _bold(words: list[dict[str, Any]], band: tuple[float, float, float, float]) -> list[bool]:
    inside = [w for w in words
              if band[1] - 1 <= float(w["top"]) and float(w["bottom"]) <= band[3] + 1]
    return ["bold" in str(w.get("fontname", "")).lower() for w in inside]


def _columns(cells: list[tuple[float, float, float, float]]) -> list[float]:
    xs: list[float] = []
    for x in sorted({float(c[0]) for c in cells} | {float(c[2]) for c in cells}):
        if not xs or x - xs[-1] > _SAME_X:
            xs.append(x)
    return xs


def _cells(
    words: list[dict[str, Any]], columns: list[float], top: float, bottom: float
) -> list[str] | None:
    """The words between two column rulings and ``top`` and ``bottom`` as one row's cells
    (None when the region holds no word: ruling only, no cut row)."""
    inside = [
        w for w in words
        if float(w["top"]) >= top - 1 and float(w["bottom"]) <= bottom + 1
        and columns[0] - 1 <= float(w["x0"]) and float(w["x1"]) <= columns[-1] + 1
    ]
    if not inside:
        return None
    cells: list[list[dict[str, Any]]] = [[] for _ in columns[1:]]
    for word in inside:
        middle = (float(word["x0"]) + float(word["x1"])) / 2
        index = sum(1 for x in columns[1:-1] if x < middle)
        cells[index].append(word)
    return [_cell_text(cell) for cell in cells]


def _cell_text(words: list[dict[str, Any]]) -> str:
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        if lines and float(word["top"]) < float(lines[-1][0]["bottom"]) - 1:
            lines[-1].append(word)
        else:
            lines.append([word])
    return "\n".join(" ".join(str(w["text"]) for w in line) for line in lines)


def continue_tables(before: list[PdfTable], after: list[PdfTable], last: bool, first: bool
                    ) -> None:
    """Join the table that ends one page (``last``: no text below it) to the table that
    opens the next (``first``: no text above it) when their columns are the same and the
    next part is no new table (a row the break cut, the same header row repeated, or a
    first row not set apart like a header): the next part loses a repeated header row, its
    first row completes a row the break cut, and it takes the first part's header. A part
    left with no row is removed."""
    if not (before and after and last and first):
        return
    head, tail = before[-1], after[0]
    if not _same_columns(head, tail):
        return
    cut = head.open_bottom or tail.open_top
    repeated = not tail.open_top and _key(tail.rows[0]) == _key(head.rows[0])
    if not (cut or repeated) and tail.styled_head:
        return  # a table of its own that happens to follow, with its own header row
    rows = tail.rows[1:] if repeated else tail.rows
    if rows and cut and (len(head.rows) > 1 or head.open_bottom):
        head.rows[-1] = _joined(head.rows[-1], rows[0])  # a lone row open below is cut,
        rows = rows[1:]  # not a header left at the foot of the page
        head.lone = False
    elif head.lone and not rows:
        return  # a header row and nothing under it on either page: read as lines
    if rows:
        header = head.carried if head.carried is not None else head.rows[0]
        tail.rows, tail.lone, tail.carried, tail.follows = rows, False, header, head
    else:
        after.remove(tail)
    if head.lone:
        before.remove(head)  # its one row, the header, now heads the next page's part


def _joined(above: list[str], below: list[str]) -> list[str]:
    width = max(len(above), len(below))
    above, below = above + [""] * (width - len(above)), below + [""] * (width - len(below))
    return [_join(a, b) for a, b in zip(above, below, strict=True)]


def _same_columns(a: PdfTable, b: PdfTable) -> bool:
    return len(a.columns) == len(b.columns) and all(
        abs(x - y) <= _SAME_X for x, y in zip(a.columns, b.columns, strict=True)
    )


def _key(row: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", cell).strip().casefold() for cell in row]


def _join(a: str, b: str) -> str:
    return "\n".join(part for part in (a.strip(), b.strip()) if part)
