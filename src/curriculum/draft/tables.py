"""Tables read as tables: each row a unit that carries its column headers.

A table row read as prose is noise ("Ghana 25"), and its header row read as a sentence
is worse ("Country Officers trained"). Here a Markdown pipe table or an HTML ``<table>``
becomes a :class:`Table`: the header cells, and every body row as cells with offsets
into the file, so a row can be shown as "Country: Ghana; Officers trained: 25" while
its quote stays the row's verbatim text. Layout tables (one column, or one row) are
left to the prose reader.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    """One cell of a body row: its column's header text and its content's offsets."""

    header: str
    start: int
    end: int


@dataclass
class Table:
    """A data table: where it stands, its header cells and its body rows."""

    start: int
    end: int
    header: list[tuple[int, int]]
    rows: list[list[tuple[int, int]]] = field(default_factory=list)
    header_span: tuple[int, int] | None = None
    """Offsets of the header row (the audit names it; it is never a sentence)."""
    header_wrap: list[tuple[int, int]] = field(default_factory=list)
    """The second line of a header whose column names wrap ("First supervisory" over
    "review within"), cell by cell; empty when the header is one line."""
    wrapped: list[tuple[int, int]] = field(default_factory=list)
    """The body lines of a plain-text table whose cells wrap over several lines
    (``wrapped_table``): its rows cannot be read with their headers, so it has none,
    and these lines are the table's, never prose."""

    def cells(self, index: int, show: Callable[[int, int], str]) -> tuple[Cell, ...]:
        """Body row ``index`` with each cell's header, as ``show`` displays the header."""
        names = [show(s, e) for s, e in self.header]
        for i, (s, e) in enumerate(self.header_wrap[: len(names)]):
            if s < e:
                names[i] = f"{names[i]} {show(s, e)}".strip()
        row = self.rows[index]
        return tuple(
            Cell(names[i] if i < len(names) else "", s, e) for i, (s, e) in enumerate(row) if s < e
        )


def row_unit(cells: tuple[Cell, ...], show: Callable[[int, int], str]) -> str:
    """ "Country: Ghana; Officers trained: 25": a row as one statement-like unit."""
    parts = []
    for cell in cells:
        value = show(cell.start, cell.end)
        if not value:
            continue
        parts.append(f"{cell.header}: {value}" if cell.header else value)
    return "; ".join(parts)


# -- Markdown pipe tables ----------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_PIPE = re.compile(r"(?<!\\)\|")


@dataclass
class PipeRow:
    """A row's cells and the offsets of the characters that are table syntax."""

    cells: list[tuple[int, int]]
    syntax: list[int]


def split_row(text: str, start: int, end: int) -> PipeRow:
    """Cells of one ``| a | b |`` line (escaped ``\\|`` stays in its cell)."""
    line = text[start:end]
    pipes = [m.start() for m in _PIPE.finditer(line)]
    bounds = [-1, *pipes, len(line)]
    cells: list[tuple[int, int]] = []
    for left, right in itertools.pairwise(bounds):
        piece = line[left + 1 : right]
        if not piece.strip() and (left == -1 or right == len(line)):
            continue  # outside the leading or trailing pipe
        lo = left + 1 + (len(piece) - len(piece.lstrip()))
        hi = right - (len(piece) - len(piece.rstrip()))
        cells.append((start + lo, start + max(lo, hi)))
    syntax = [start + p for p in pipes] + [
        start + m.start() for m in re.finditer(r"\\(?=\|)", line)
    ]
    return PipeRow(cells, syntax)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _LINE.finditer(text):
        if match.start() == match.end() == len(text):
            break
        out.append((match.start(), match.start() + len(match.group(0).rstrip("\r\n"))))
    return out


def markdown_tables(text: str) -> tuple[list[Table], list[int], list[tuple[int, int]]]:
    """Pipe tables, the offsets of their pipes, and the spans of their delimiter rows."""
    lines = _lines(text)
    tables: list[Table] = []
    pipes: list[int] = []
    delimiters: list[tuple[int, int]] = []
    index = 0
    while index + 1 < len(lines):
        head, rule = lines[index], lines[index + 1]
        rule_text = text[rule[0] : rule[1]]
        if not (
            "|" in rule_text and "|" in text[head[0] : head[1]] and _DELIMITER.match(rule_text)
        ):
            index += 1
            continue
        header = split_row(text, *head)
        if len(header.cells) != len(split_row(text, *rule).cells):
            index += 1
            continue
        table = Table(head[0], rule[1], header.cells, header_span=head)
        pipes += header.syntax
        delimiters.append(rule)
        index += 2
        while index < len(lines) and "|" in text[lines[index][0] : lines[index][1]]:
            row = split_row(text, *lines[index])
            table.rows.append(row.cells)
            pipes += row.syntax
            table.end = lines[index][1]
            index += 1
        tables.append(table)
    return tables, pipes, delimiters


# -- HTML tables -------------------------------------------------------------------------

_TABLE = re.compile(r"<table\b[^>]*>(?P<body>.*?)</table\s*>", re.I | re.S)
_ROW = re.compile(
    r"<tr\b[^>]*>(?P<body>.*?)(?=<tr\b|</tr\s*>|</table\b|</t(?:head|body|foot)\b)", re.I | re.S
)
_CELL = re.compile(r"<(?P<tag>t[hd])\b[^>]*>(?P<body>.*?)(?=<t[hd]\b|</t[hd]\s*>|$)", re.I | re.S)
_THEAD = re.compile(r"<thead\b", re.I)


def html_tables(text: str) -> list[Table]:
    """Data tables (two or more columns and rows); the first row is the header when it is
    all ``<th>`` cells or sits in ``<thead>``."""
    tables: list[Table] = []
    for match in _TABLE.finditer(text):
        base = match.start("body")
        body = match.group("body")
        rows: list[tuple[list[tuple[int, int]], bool]] = []
        for row in _ROW.finditer(body):
            cells = [
                _trimmed(
                    text,
                    base + row.start("body") + c.start("body"),
                    base + row.start("body") + c.end("body"),
                )
                for c in _CELL.finditer(row.group("body"))
            ]
            tags = {c.group("tag").lower() for c in _CELL.finditer(row.group("body"))}
            if cells:
                rows.append((cells, tags == {"th"}))
        if len(rows) < 2 or max(len(r[0]) for r in rows) < 2:
            continue
        has_header = rows[0][1] or bool(_THEAD.search(body[: body.lower().find("<tr") + 1]))
        header = rows[0][0] if has_header else []
        first_row = rows[0][0]
        table = Table(
            match.start(),
            match.end(),
            header,
            [r[0] for r in (rows[1:] if has_header else rows)],
            header_span=(first_row[0][0], first_row[-1][1]) if has_header else None,
        )
        tables.append(table)
    return tables


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# -- plain-text tables aligned with spaces -----------------------------------------------

_RULE_LINE = re.compile(r"^[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*[ \t]*$")
_RUN = re.compile(r"\S+(?: \S+)*")
"""A cell: words with single spaces between them; two spaces or a tab end it."""
_HEADER_CELL_WORDS = 6


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Column spans (offsets from the line start) of the runs in one line."""
    return [(m.start(), m.end()) for m in _RUN.finditer(text[start:end].expandtabs(1))]


def _column_of(cell: tuple[int, int], columns: list[tuple[int, int]]) -> int | None:
    """The one column a cell lies under (it overlaps that column and no other)."""
    hits = [i for i, (lo, hi) in enumerate(columns) if cell[0] < hi + 1 and lo - 1 < cell[1]]
    return hits[0] if len(hits) == 1 else None


def _fits(cells: list[tuple[int, int]], columns: list[tuple[int, int]]) -> list[int] | None:
    """Each cell's column, in order and one cell a column, or None when the line is not a
    row of these columns (prose, or a line with a cell across two columns)."""
    if len(cells) < 2:
        return None
    found = [_column_of(cell, columns) for cell in cells]
    if any(i is None for i in found):
        return None
    indexes = [i for i in found if i is not None]
    return indexes if indexes == sorted(set(indexes)) else None


def _header_wrap(
    text: str, line: tuple[int, int], columns: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The second line of a header whose column names wrap: right under the header, its
    cells fall under the columns, the first column's cell is empty (the rows' names do not
    wrap) and no cell holds a figure or ends a sentence ("review within", "begin within"
    under "First supervisory", "Search to"); read as a body row, it was a row of words with
    no row name. Its cells by column, or [] when the line is no such wrap."""
    start, end = line
    cells = _spans(text, start, end)
    placed = _fits(cells, columns) if len(cells) >= 2 else None
    if placed is None or 0 in placed:
        return []
    words = [text[start + lo : start + hi] for lo, hi in cells]
    if any(re.search(r"\d|[.;:!?]$", w) or len(w.split()) > _HEADER_CELL_WORDS for w in words):
        return []
    out = [(0, 0)] * len(columns)
    for (lo, hi), column in zip(cells, placed, strict=True):
        out[column] = (start + lo, start + hi)
    return out


def plain_tables(text: str) -> tuple[list[Table], list[tuple[int, int]]]:
    """Tables whose columns are aligned with spaces, as plain-text reports set them:
    a header row whose cells are short (no sentence end), then (after a rule line of
    dashes, if any) two rows or more whose cells fall under the same columns, each cell
    separated from the next by two spaces or more. The columns are the rule's dash runs
    when there is a rule, else the header's cells. Rule lines within the table (above a
    totals row) are syntax. Read as prose, the header became a sentence, a totals row a
    heading and the rows one pseudo-sentence of labels and figures. Returns the tables
    and the spans of their rule lines."""
    lines = _lines(text)
    tables: list[Table] = []
    rules: list[tuple[int, int]] = []
    index = 0
    while index + 2 < len(lines):
        found = _plain_table(text, lines, index)
        if found is None or _goes_on(text, lines, found):
            found = wrapped_table(text, lines, index) or found
        if found is None:
            index += 1
            continue
        table, table_rules, index = found
        tables.append(table)
        rules += table_rules
    return tables, rules


def _plain_table(
    text: str, lines: list[tuple[int, int]], index: int
) -> tuple[Table, list[tuple[int, int]], int] | None:
    head = lines[index]
    header = _spans(text, *head)
    words = [text[head[0] + s : head[0] + e] for s, e in header]
    if len(header) < 2 or _RULE_LINE.match(text[head[0] : head[1]]) or any(
        len(w.split()) > _HEADER_CELL_WORDS or re.search(r"[.;:,]$", w) for w in words
    ):
        return None
    at = index + 1
    columns = header
    rules: list[tuple[int, int]] = []
    if _RULE_LINE.match(text[lines[at][0] : lines[at][1]]):
        columns = _spans(text, *lines[at])
        rules.append(lines[at])
        at += 1
    if _fits(header, columns) is None:
        return None
    wrap: list[tuple[int, int]] = []
    if not rules and at < len(lines):
        wrap = _header_wrap(text, lines[at], columns)
        if wrap:
            at += 1
    rows: list[list[tuple[int, int]]] = []
    while at < len(lines):
        start, end = lines[at]
        if _RULE_LINE.match(text[start:end]):
            rules.append(lines[at])
            at += 1
            continue
        cells = _spans(text, start, end)
        placed = _fits(cells, columns)
        if placed is None:
            break
        row = [(start, start)] * len(columns)
        for (lo, hi), column in zip(cells, placed, strict=True):
            row[column] = (start + lo, start + hi)
        rows.append(row)
        at += 1
    if len(rows) < 2:
        return None
    head_cells = [(0, 0)] * len(columns)
    for (lo, hi), column in zip(header, _fits(header, columns) or [], strict=True):
        head_cells[column] = (head[0] + lo, head[0] + hi)
    last = max(e for row in rows for _, e in row)
    span = (head[0], lines[index + 1][1]) if wrap else head
    table = Table(head[0], last, head_cells, rows, header_span=span, header_wrap=wrap)
    return table, [r for r in rules if r[0] < last], at


_WORD = re.compile(r"\S+")
_DASHES = re.compile(r"[-=_]+")


def wrapped_table(
    text: str, lines: list[tuple[int, int]], index: int
) -> tuple[Table, list[tuple[int, int]], int] | None:
    """A plain-text table whose cells wrap over several lines, as an events list or a
    register sets them: a header of short column names over a rule of dash runs (one run a
    column, a single space between runs is enough), then rows that each start with a cell
    under the first column and go on over lines whose first column is empty. A row's
    cells are not one span of the line, so the rows are not read; every line of the body,
    up to the first blank line, is the table's (``Table.wrapped``). Read as prose, it was
    one run-on pseudo-sentence of times, names and the cells' broken phrases. The table
    and its rule lines, or None."""
    head, rule = lines[index], lines[index + 1]
    rule_text = text[rule[0] : rule[1]]
    if not _RULE_LINE.match(rule_text) or _RULE_LINE.match(text[head[0] : head[1]]):
        return None
    columns = [(m.start(), m.end()) for m in _DASHES.finditer(rule_text.expandtabs(1))]
    header = _banded(text, head, columns)
    if len(columns) < 3 or header is None or len(set(header)) < 2:
        return None
    body, rules, rows = _wrapped_body(text, lines, index + 2, columns)
    first_rows = [ln for ln in body if _starts_row(text, ln, columns)]
    if len(first_rows) < 2 or len(body) == len(first_rows) or _banded(
        text, first_rows[0], columns
    ) is None:
        return None
    head_cells = [(0, 0)] * len(columns)
    for column in sorted(set(header)):
        words = [w for w, c in zip(_words(text, head), header, strict=True) if c == column]
        head_cells[column] = (head[0] + words[0][0], head[0] + words[-1][1])
    table = Table(head[0], body[-1][1], head_cells, header_span=head, wrapped=body)
    return table, [rule, *rules], rows


def _goes_on(
    text: str, lines: list[tuple[int, int]], found: tuple[Table, list[tuple[int, int]], int]
) -> bool:
    """The line after a table read row by row goes on with its last row: it has words,
    none under the first column (a cell of the row above wrapped onto it)."""
    table, _, at = found
    if any(row[0][0] == row[0][1] for row in table.rows):
        return True  # a row with no name: a wrapped cell read as a row of its own
    if at >= len(lines) or len(table.header) < 2:
        return False
    words = _words(text, lines[at])
    second = table.header[1][0] - table.start
    return bool(words) and words[0][0] >= second


def _words(text: str, line: tuple[int, int]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text[line[0] : line[1]].expandtabs(1))]


def _banded(text: str, line: tuple[int, int], columns: list[tuple[int, int]]) -> list[int] | None:
    """The column of each word of the line, a column reaching to the next one's start;
    None when a word crosses into the next column or starts left of the first (prose)."""
    found = []
    for lo, hi in _words(text, line):
        column = max((i for i, (start, _) in enumerate(columns) if start <= lo), default=None)
        nxt = columns[column + 1][0] if column is not None and column + 1 < len(columns) else None
        if column is None or (nxt is not None and hi > nxt):
            return None
        found.append(column)
    return found or None


def _starts_row(text: str, line: tuple[int, int], columns: list[tuple[int, int]]) -> bool:
    """A line with a word under the first column starts a row; others go on with it."""
    words = _words(text, line)
    return bool(words) and words[0][0] < columns[1][0]


def _wrapped_body(
    text: str, lines: list[tuple[int, int]], at: int, columns: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], int]:
    """The body lines under a wrapped table's rule, up to a blank line; its rule lines;
    the index of the first line after it."""
    body: list[tuple[int, int]] = []
    rules: list[tuple[int, int]] = []
    while at < len(lines) and text[lines[at][0] : lines[at][1]].strip():
        if _RULE_LINE.match(text[lines[at][0] : lines[at][1]]):
            rules.append(lines[at])
        elif body or _starts_row(text, lines[at], columns):
            body.append(lines[at])
        else:
            break
        at += 1
    return body, rules, at


_TAB_FIELD = re.compile(r"[^\t]+")


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A tab-separated line's fields as trimmed spans (an empty field a zero-width one)."""
    cells = []
    at = start
    for piece in text[start:end].split("\t"):
        lo = at + len(piece) - len(piece.lstrip())
        hi = at + len(piece.rstrip())
        cells.append((lo, max(lo, hi)))
        at += len(piece) + 1
    return cells


def tab_tables(text: str) -> list[Table]:
    """Tables exported as tab-separated text (a spreadsheet's sheet saved as .txt): a header
    line of short fields, then two lines or more with the same number of tab-separated
    fields. A tab expands to one space for the space-aligned reader, so such a sheet was read
    as prose whose cells ran into each other ("R6 The force should ...", "Re-sample Nov. R7
    The force ..."; blind review 24a)."""
    lines = _lines(text)
    tables: list[Table] = []
    index = 0
    while index + 2 < len(lines):
        start, end = lines[index]
        header = _tab_cells(text, start, end)
        names = [text[s:e] for s, e in header]
        if (len(header) < 2 or any(not n or len(n.split()) > _HEADER_CELL_WORDS
                                   or re.search(r"[.;:,]$", n) for n in names)):
            index += 1
            continue
        rows: list[list[tuple[int, int]]] = []
        at = index + 1
        while at < len(lines):
            cells = _tab_cells(text, *lines[at])
            if len(cells) != len(header) or not any(s < e for s, e in cells):
                break
            rows.append(cells)
            at += 1
        if len(rows) < 2:
            index += 1
            continue
        last = max(e for row in rows for _, e in row)
        tables.append(Table(start, last, header, rows, header_span=(start, end)))
        index = at
    return tables
