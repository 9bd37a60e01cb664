"""A PDF's text layer as Markdown, page by page, with pdfplumber.

pdfplumber (on pdfminer.six) gives every word with its position, font and size; pypdf
gives a page's text as one string. Positions are what turn a page back into a
document: a line set larger than the body text (or all bold and short) is a heading,
a vertical gap wider than the line spacing ends a paragraph, a ruled table is read cell
by cell, and a line repeated at the top or bottom of most pages is a running header or
footer, left out and noted. A scanned PDF has no text layer: that is an error, since
nothing here reads images (no OCR). Imported only by ``curriculum draft``.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curriculum.draft.dates import MONTHS
from curriculum.draft.extracted import (
    Extracted,
    front_matter,
    layout_table,
    pipe_table,
    refuse,
    section_markdown,
)
from curriculum.draft.frontmatter import FILE_DATE_KEY
from curriculum.draft.pdf_columns import Column, reading_parts, rows
from curriculum.draft.pdf_panels import panels
from curriculum.draft.pdf_tables import PdfTable, continue_tables, page_tables
from curriculum.draft.pdf_unruled import BodyLine, body_rows, header_columns, word_header

HEADING_RATIO = 1.15
"""A line whose type is this much larger than the body text's is a heading."""
_MARKER = re.compile(r"^(?:\d{1,3}|[*\u2020\u2021\u00a7]|[a-z])$")
_NOTE_START = re.compile(r"^(?P<label>\d{1,3}|[*\u2020\u2021\u00a7]|[a-z])[.)]?\s+(?P<text>\S.*)$")
_CLOSING = re.compile(r"[,.;:!?)]+[\"'\u2019\u201d]?")
"""A word of closing punctuation only (" ," " ." " )"), which a footnote marker, an italic
run or a superscript left set apart from the word it ends ("three days or more , at
least", "notifying[^1] ."): a reader sees it closing the word before (and an opening
bracket set apart, "( from May", opening the word after), so the text the drafts cite
has it there, and every sentence, stem, option and fact built on it reads right."""
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-\u2013]\s*\d{1,4}\s*[-\u2013]$", re.I
)


@dataclass
class PdfLine:
    """One line of words on a page: text, position, size, and whether it is all bold."""

    text: str
    top: float
    bottom: float
    size: float
    bold: bool
    markers: list[str] = field(default_factory=list)
    """Labels of raised footnote markers in the line, written as ``[^label]``."""
    words: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)
    """The words, left to right, with their positions (a table body is split by them)."""
    column: Column | None = field(default=None, repr=False, compare=False)
    """The column of a block of columns the line stands in (``pdf_columns``); None on a
    page set in one column and in a line across the columns."""


@dataclass
class PdfPage:
    """One page's lines (in reading order), ruled tables and height."""

    lines: list[PdfLine]
    tables: list[PdfTable]
    height: float
    rulings: list[tuple[float, float, float]] = field(default_factory=list)
    """Horizontal rulings (x0, x1, y) of a page with a lone ruled row: the row lines of
    a table that rules no columns (``pdf_unruled``)."""


def extract_pdf(path: Path, data: bytes) -> Extracted:
    """The PDF's text as Markdown; located errors for encrypted, damaged or scanned files."""
    import pdfplumber  # imported late: only drafting from a PDF needs it

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # any parser failure on a broken file is the file's problem
        raise _open_error(path, exc) from None
    with pdf:
        try:
            pages = [_read_page(page) for page in pdf.pages]
            title = _meta(pdf.metadata, "Title")
            author = _meta(pdf.metadata, "Author")
            created = _pdf_date(_meta(pdf.metadata, "CreationDate"))
        except Exception as exc:
            raise _open_error(path, exc) from None
    if not pages:
        raise refuse(path, "this PDF has no pages; nothing to draft from", "draft-pdf-empty")
    if not any(page.lines or page.tables for page in pages):
        raise refuse(
            path,
            f"this PDF has no text layer on any of its {len(pages)} page(s) (a scan?); "
            "the draft tool does not read images: run OCR first, or save the text as .txt",
            "draft-pdf-no-text",
        )
    fields = [("title", title), ("author", author), (FILE_DATE_KEY, created)]
    return _render(pages, front_matter(fields))


def _pdf_date(value: str) -> str:
    """``D:20250227090000Z`` -> ``2025-02-27`` (empty when it is not a PDF date)."""
    match = re.match(r"^(?:D:)?((?:19|20)\d\d)([01]\d)([0-3]\d)", value.strip())
    return "-".join(match.groups()) if match is not None else ""


def _meta(metadata: dict[str, Any], key: str) -> str:
    value = metadata.get(key)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value) if value is not None else ""
    return "" if re.match(r"^(microsoft word - |untitled)", text, re.I) else text


def _open_error(path: Path, exc: Exception) -> Exception:
    causes = [exc, exc.__cause__, exc.__context__, *exc.args]
    chain = " ".join(f"{type(c).__name__} {c}" for c in causes if c is not None)
    if re.search(r"password|encrypt", chain, re.I):
        return refuse(
            path,
            "this PDF is password-protected (encrypted); save an unprotected copy or "
            "its text as .txt",
            "draft-pdf-encrypted",
        )
    return refuse(
        path,
        f"this PDF cannot be read: the file is damaged or not a PDF ({type(exc).__name__})",
        "draft-pdf-damaged",
    )


def _read_page(page: Any) -> PdfPage:
    found = panels(page.rects, float(page.width), float(page.height))
    if found:
        return _read_panels(page, found)
    return _read_part(page)


def _read_panels(page: Any, found: list[tuple[float, float]]) -> PdfPage:
    """A page of panels side by side (``pdf_panels``): each read whole as a page of its
    own, left to right; its lines keep to its column, so its tables stay among them."""
    lines: list[PdfLine] = []
    tables: list[PdfTable] = []
    rulings: list[tuple[float, float, float]] = []
    for index, (left, right) in enumerate(found):
        box = (max(left, float(page.bbox[0])), float(page.bbox[1]),
               min(right, float(page.bbox[2])), float(page.bbox[3]))
        part = _read_part(page.crop(box))
        for line in part.lines:
            inner = line.column
            line.column = Column(index * 100 + (inner.block if inner else 0),
                                 inner.left if inner else left, inner.right if inner else right)
        lines += part.lines
        tables += part.tables
        rulings += part.rulings
    return PdfPage(lines, tables, float(page.height), rulings)


def _read_part(page: Any) -> PdfPage:
    words = page.extract_words(x_tolerance=1.5, extra_attrs=["size", "fontname"])
    tables = page_tables(page, words)
    for table in tables:
        if table.lone:
            table.lines = _lines([w for w in words if _inside(w, table.box)])
    words = [w for w in words if not any(_inside(w, t.box) for t in tables)]
    rulings = [(float(e["x0"]), float(e["x1"]), float(e["top"])) for e in page.edges
               if e.get("orientation") == "h"] if any(t.lone for t in tables) else []
    rules = [(float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in page.edges
             if e.get("orientation") == "v"]
    return PdfPage(_read_lines(words, tables, page.images, rules), tables,
                   float(page.height), rulings)


def _read_lines(
    words: list[dict[str, Any]], tables: list[PdfTable], images: list[dict[str, Any]],
    rules: list[tuple[float, float, float]],
) -> list[PdfLine]:
    """The page's lines in reading order: a page set in columns a column at a time
    (``pdf_columns``; ``rules``, the page's vertical rules, mark a ruled gutter), any other
    page top to bottom."""
    boxes = [t.box for t in tables] + [
        (float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"])) for i in images]
    parts = reading_parts(words, boxes, rules)
    if parts is None:
        return _lines(words)
    lines = []
    for part in parts:
        for line in _lines(part.words):
            line.column = part.column
            lines.append(line)
    return lines


def _inside(word: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return bool(
        word["x0"] >= x0 - 1
        and word["x1"] <= x1 + 1
        and word["top"] >= top - 1
        and word["bottom"] <= bottom + 1
    )


def _lines(words: list[dict[str, Any]]) -> list[PdfLine]:
    """Words into lines: a word joins the line its vertical middle falls in, so a raised
    footnote marker stays on its line."""
    return [_line(sorted(row, key=lambda w: w["x0"])) for row in rows(words)]


def _line(row: list[dict[str, Any]]) -> PdfLine:
    size = max(float(w["size"]) for w in row)
    base = statistics.median(float(w["bottom"]) for w in row if float(w["size"]) >= 0.95 * size)
    text, markers, plain = "", [], []
    for index, word in enumerate(row):
        if index and _MARKER.match(str(word["text"])) and _marker(row[index - 1], word, base, size):
            label = str(word["text"])
            markers.append(label)
            text += f"[^{label}]"
            continue
        glued = not text or _CLOSING.fullmatch(str(word["text"])) or text[-1] == "("
        text += ("" if glued else " ") + str(word["text"])
        plain.append(word)
    return PdfLine(
        text,
        min(float(w["top"]) for w in row),
        max(float(w["bottom"]) for w in row),
        statistics.median(float(w["size"]) for w in plain) if plain else size,
        all("bold" in str(w["fontname"]).lower() for w in plain),
        markers,
        row,
    )


def _marker(before: dict[str, Any], word: dict[str, Any], base: float, size: float) -> bool:
    """``word`` (a figure, a letter or a sign) is a footnote marker after ``before``: raised
    above the line's baseline in no larger type, or set smaller than the line's type and
    glued to the word before it ("trained.²" with a marker a PDF shifts up by less than the
    test). The baseline and type are those of the line's full-size words: in a short line
    ("Counted once.²") the median over all its words, marker included, fell between the two
    and the marker was read as text that began the next sentence ("2 The office ...")."""
    small = float(word["size"]) <= size
    raised = float(word["bottom"]) < base - 0.15 * size
    glued = float(word["x0"]) - float(before["x1"]) < 0.15 * size
    smaller = float(word["size"]) < 0.85 * size
    lowered = float(word["bottom"]) > base + 0.05 * size  # a subscript ("CO2")
    return small and (raised or (glued and smaller and not lowered))


def _running(pages: list[PdfPage], body: float) -> set[str]:
    """Lines at the top or bottom of most pages (digits ignored): headers and footers. In a
    document of two pages, a line must stand at the same end of both ("Report 4 1 / 2"
    and "Report 4 2 / 2"), or a paragraph cut by the page break would stay cut by it. A
    running header that a title page leaves out stands on every later page only: in three
    pages that is two, so it must also be set smaller than the body text (a heading such as
    "Part 2" / "Part 3" that opens two pages is not); read as text, it cut the paragraph
    the page break had cut ("... agreed with the" / "PSC Guidance Note 9 · March 2026")."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    small: dict[str, bool] = {}
    for page in pages:
        ends = page.lines[:1] + page.lines[-1:]
        counts.update({_shape(line.text) for line in ends})
        for line in ends:
            shape = _shape(line.text)
            small[shape] = small.get(shape, True) and line.size < 0.95 * body
    least = min(3, len(pages))
    later = len(pages) - 1
    return {shape for shape, n in counts.items()
            if (n * 2 >= len(pages) and n >= least)
            or (later >= 2 and n >= later and small[shape] and _ends_later(pages, shape))}


def _ends_later(pages: list[PdfPage], shape: str) -> bool:
    """The line stands at the top or bottom of every page after the first."""
    return all(any(_shape(ln.text) == shape for ln in page.lines[:1] + page.lines[-1:])
               for page in pages[1:])


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _render(pages: list[PdfPage], header: str) -> Extracted:
    sizes = [line.size for page in pages for line in page.lines for _ in line.text.split()]
    body = Counter(round(s * 2) / 2 for s in sizes).most_common(1)[0][0] if sizes else 10.0
    running = _running(pages, body)
    _join_tables(pages, running, body)
    gap = paragraph_gap(pages, body)
    out = Extracted("pdf", header)
    labels: set[str] = set()
    pending: dict[str, str] = {}  # a marker's label as printed -> as written, note not yet read
    held = ""  # the notes of a page whose last paragraph may go on at the next page
    for number, page in enumerate(pages, start=1):
        kept = [ln for ln in page.lines if not _furniture(ln, running)]
        body_text, notes = "", ""
        if kept or page.tables:
            text_lines, found = page_notes(kept, page.height, body, set(pending), gap)
            text_lines, found = _unique_labels(text_lines, found, labels, number, pending)
            body_text = _page_markdown(text_lines, page.tables, body, gap)
            notes = "".join(f"\n[^{label}]: {text}\n" for label, text in found)
            if not body_text.strip() and notes:  # a page of end notes only
                body_text, notes = notes.strip("\n") + "\n", ""
        joined = bool(out.text) and carries_on(out.text, body_text)
        if joined:
            out.text = out.text.rstrip("\n") + "\n"  # a paragraph cut by the page break
            last = out.text.rstrip("\n").rsplit("\n", 1)[-1]
            if broken_word(last, body_text.lstrip("\n")):  # a word broken over the pages
                out.text = _unbreak(out.text.rstrip("\n"))
                body_text = body_text.lstrip("\n")
            first, _, rest = body_text.partition("\n\n")
            body_text = first.rstrip("\n") + "\n" + held + ("\n" + rest if rest else "")
        else:
            out.text += held
            if out.text and not out.text.endswith("\n\n"):
                out.text += "\n" if out.text.endswith("\n") else "\n\n"
        held = ""
        out.page_starts.append(len(out.text))
        out.notes += [
            (
                len(out.text),
                f"page {number}: left out {ln.text!r} (page number, running header or footer)",
            )
            for ln in page.lines
            if ln not in kept
        ]
        if not body_text:
            out.notes.append((len(out.text), f"page {number} has no text (an image or blank)"))
            continue
        out.text += body_text
        held = notes
    out.text = (out.text + held).rstrip("\n") + "\n"
    return out


_CLOSED_CLASS = (
    "a an the of to in on at by for from with into under over than as and or but nor that"
    " which who whom whose where when if its their his her this these those any every each"
    " no not be is are was were has have had may must shall should will would can could"
)
_OPEN_END = re.compile(r"(?:,|\b(?:" + "|".join(_CLOSED_CLASS.split(" ")) + r"))$")
"""A line that ends on a comma or on a word that cannot end a sentence (an article, a
preposition, a conjunction, an auxiliary) stops mid-clause."""
_NOTE_MARKERS = re.compile(r"(?:\[\^[^\]]+\])+$")


def carries_on(before: str, page: str) -> bool:
    """The next page goes on with the paragraph the page break cut: the text so far ends
    in a paragraph line with no sentence-final mark, and the page opens with a line that is
    no heading, table or list item and starts in lower case or with a figure, or follows a
    line that stopped mid-clause ("... to the Council of" / "Europe Convention ...")."""
    last = before.rstrip("\n").rsplit("\n", 1)[-1]
    first = page.lstrip("\n").split("\n", 1)[0]
    if not last or not first:
        return False
    if last.startswith(("#", "|", "[^")) or first.startswith(("#", "|", "[^")):
        return False
    ended = _NOTE_MARKERS.sub("", last.rstrip())
    if _SENTENCE_END.search(ended) or _ENUMERATOR.match(first):
        return False
    if broken_word(last, first):
        return True  # "... the Multi-" / "Agency Public Protection Arrangements"
    return first[0].islower() or first[0].isdigit() or bool(_OPEN_END.search(ended.lower()))


def _join_tables(pages: list[PdfPage], running: set[str], body: float) -> None:
    """A table cut by a page break is one table (``pdf_tables.continue_tables``); a lone
    ruled row that no table goes on from is read as the lines it holds, as before."""
    for before, after in itertools.pairwise(pages):
        text = [ln for ln in before.lines if not _furniture(ln, running)]
        last = bool(before.tables) and not any(
            ln.top > before.tables[-1].bottom and ln.size >= 0.95 * body for ln in text
        )
        text = [ln for ln in after.lines if not _furniture(ln, running)]
        first = bool(after.tables) and not any(ln.bottom < after.tables[0].top for ln in text)
        continue_tables(before.tables, after.tables, last, first)
    gap = paragraph_gap(pages, body)
    for page in pages:
        for table in [t for t in page.tables if t.lone]:
            if _unruled_body(page, table, gap):
                continue
            page.tables.remove(table)
            page.lines = _with_box_lines(page.lines, table)
        _word_tables(page, gap)
    chains: dict[int, list[PdfTable]] = {}  # the parts of one table over page breaks
    for table in (t for page in pages for t in page.tables):
        root = table
        while root.follows is not None:
            root = root.follows
        chains.setdefault(id(root), []).append(table)
    for parts in chains.values():
        head = parts[0]
        rows = [*([head.carried] if head.carried is not None else []),
                *(row for part in parts for row in part.rows)]
        for part in parts:
            part.layout = layout_table(rows)


def _with_box_lines(lines: list[PdfLine], table: PdfTable) -> list[PdfLine]:
    """The lines of a lone ruled row read as text, put among the page's lines: by their
    top on a page in one column, in the column they stand in on a page in columns."""
    if not any(ln.column for ln in lines):
        return sorted(lines + table.lines, key=lambda ln: ln.top)
    at = _place(lines, table)
    return lines[:at] + table.lines + lines[at:]


def _place(lines: list[PdfLine], table: PdfTable) -> int:
    """Where a table goes among a page's lines in columns: before the first line below its
    top in the column it stands in (any line below it, for a table across the columns)."""
    for index, line in enumerate(lines):
        column = line.column
        beside = column is not None and (table.right <= column.left or table.left >= column.right)
        if line.top > table.top and not beside:
            return index
    return len(lines)


def _in_order(lines: list[PdfLine], tables: list[PdfTable]) -> list[PdfLine | PdfTable]:
    """A page's lines and tables in reading order."""
    if not any(ln.column for ln in lines):
        items: list[tuple[float, PdfLine | PdfTable]] = [(ln.top, ln) for ln in lines]
        items += [(t.top, t) for t in tables]
        items.sort(key=lambda item: item[0])
        return [item for _, item in items]
    before: dict[int, list[PdfTable]] = {}  # tables by the index of the line they go before
    for table in sorted(tables, key=lambda t: t.top):
        before.setdefault(_place(lines, table), []).append(table)
    placed: list[PdfLine | PdfTable] = []
    for index, line in enumerate(lines):
        placed += before.get(index, [])
        placed.append(line)
    return placed + before.get(len(lines), [])


def _unruled_body(page: PdfPage, table: PdfTable, gap: float) -> bool:
    """A lone ruled row of column names with an unruled body under it (``pdf_unruled``)
    takes that body's lines as its rows; False when it has none."""
    if not header_columns(table.rows[0], table.columns):
        return False
    below = [ln for ln in page.lines if ln.top >= table.bottom - 1 and ln.words]
    rulings = [y for x0, x1, y in page.rulings
               if x0 >= table.left - 3 and x1 <= table.right + 3 and y > table.bottom + 1]
    lines = [BodyLine(ln.words, ln.top, ln.bottom, ln.size) for ln in below]
    rows, taken = body_rows(table.columns, table.bottom, lines, rulings, gap)
    if not rows:
        return False
    table.rows += [_row_text(row) for row in rows]
    table.bottom, table.lone = below[taken - 1].bottom, False
    used = {id(ln) for ln in below[:taken]}
    page.lines = [ln for ln in page.lines if id(ln) not in used]
    return True


def _row_text(row: list[list[BodyLine]]) -> list[str]:
    """A row's cells as text, a line of a cell to a line (footnote markers as ``[^n]``)."""
    return ["\n".join(_line(part.words).text for part in cell) for cell in row]


def _cells_text(lines: list[BodyLine], columns: list[float]) -> list[str]:
    """The header line's words as one cell per column."""
    cells: list[list[BodyLine]] = [[] for _ in columns[1:]]
    for line in lines:
        for word in line.words:
            middle = (float(word["x0"]) + float(word["x1"])) / 2
            cells[sum(1 for edge in columns[1:-1] if middle > edge)].append(
                BodyLine([word], line.top, line.bottom, line.size))
    return [" ".join(str(w["text"]) for part in cell for w in part.words) for cell in cells]


def _word_tables(page: PdfPage, gap: float) -> None:
    """Tables with no ruling at all: a bold line of column names set apart by wide blanks
    (``pdf_unruled.word_header``) over lines that keep to its columns."""
    index = 0
    while index < len(page.lines):
        line = page.lines[index]
        columns = word_header(line.words, line.size) if line.bold and line.words else None
        index += 1
        if columns is None:
            continue
        below = [BodyLine(ln.words, ln.top, ln.bottom, ln.size) for ln in page.lines[index:]]
        rows, taken = body_rows(columns, line.bottom, below, [], gap)
        if not rows:
            continue
        header = _cells_text([BodyLine(line.words, line.top, line.bottom, line.size)],
                             columns)
        right = max(float(w["x1"]) for ln in [line, *page.lines[index : index + taken]]
                    for w in ln.words)
        table = PdfTable(line.top, [header, *(_row_text(row) for row in rows)],
                         page.lines[index + taken - 1].bottom, columns[0], right,
                         [*columns[:-1], right])
        page.tables = sorted([*page.tables, table], key=lambda t: t.top)
        page.lines = page.lines[: index - 1] + page.lines[index + taken :]
        index -= 1


def page_notes(
    lines: list[PdfLine],
    height: float,
    body: float,
    earlier: set[str] | None = None,
    gap: float | None = None,
) -> tuple[list[PdfLine], list[tuple[str, str]]]:
    """Split a page into its text and its notes.

    Footnotes: from the first line below a marker that starts with that marker's label
    ("1.", "2") and looks like a note (``_note_like``: in a smaller type, or low on the
    page and neither an item of a numbered run nor followed by a heading), every remaining
    line belongs to a note. End notes: after a notes line ("Notes", "Endnotes") whose next
    line starts with the label of a marker on this page or an ``earlier`` one still without
    its note, the lines are notes (a paragraph set apart under them by more than ``gap``
    stays text); the notes line itself is left out. End notes with no notes line: under
    the body text, a line in a smaller type that opens with the label of a marker on an
    earlier page whose note is still unread starts them, when no heading follows (read as
    text, "5 The first ..." fused the note's number into its first word). A recommendation "2."
    low on a page that also has a marker "2" is the second item of its list, not the note:
    read as a note, it swallowed the items and the heading after it."""
    seen: dict[str, float] = {}
    for line in lines:
        for label in line.markers:
            seen.setdefault(label, line.top)
    for index, line in enumerate(lines):
        start = _NOTE_START.match(line.text)
        if (
            start is not None
            and start.group("label") in seen
            and line.top > seen[start.group("label")]
            and (line.top > 0.5 * height or line.size < 0.95 * body)
            and _note_like(lines, index, body)
        ):
            return lines[:index], _notes(lines[index:], set(seen))[0]
    labels = set(seen) | (earlier or set())
    for index, line in enumerate(lines[:-1]):
        first = _NOTE_START.match(lines[index + 1].text)
        if (
            _NOTES_LINE.match(line.text.strip())
            and first is not None
            and first.group("label") in labels
            and not any(_heading_level(ln, body) for ln in lines[index + 1 :])
        ):
            notes, taken = _notes(lines[index + 1 :], labels, gap)
            return lines[:index] + lines[index + 1 + taken :], notes
    for index, line in enumerate(lines):
        start = _NOTE_START.match(line.text)
        if (
            start is not None
            and start.group("label") in (earlier or set())
            and line.size < 0.95 * body
            and index > 0
            and lines[index - 1].size >= 0.95 * body
            and not any(_heading_level(ln, body) for ln in lines[index:])
        ):
            notes, taken = _notes(lines[index:], labels, gap)
            return lines[:index] + lines[index + taken :], notes
    area = _note_area(lines, height, body, gap)
    if area is not None:
        return lines[: area[0]], _notes(lines[area[0] :], area[1])[0]
    return lines, []


def _note_area(
    lines: list[PdfLine], height: float, body: float, gap: float | None = None
) -> tuple[int, set[str]] | None:
    """Where a page's footnote area starts when no marker points at it (a marker the PDF
    sets as plain text, or none), and its notes' labels: under a line of body text (or
    under any text, set apart from it by a blank wider than four paragraph gaps: a note
    at the foot of a page whose last lines are small print), in the lower half of the
    page, every line to the end in a smaller type, and the lines that open with a number
    numbered in sequence ("1", "2", ...). Read as text, a note's number opened a sentence
    ("2 The office stated in April ..."). A numbered heading or paragraph in the lower half
    ("5. Penalty") is passed over: the notes may start further down."""
    wide = 4 * (gap if gap is not None else 0.5 * body)
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        start = _NOTE_START.match(line.text)
        if start is None or not start.group("label").isdigit():
            continue
        apart = line.top - above.bottom > wide
        if (above.size < 0.95 * body and not apart) or line.top < 0.5 * height:
            continue
        rest = lines[index:]
        if any(ln.size >= 0.9 * body or _heading_level(ln, body) for ln in rest):
            continue
        numbers = [int(m.group("label")) for ln in rest
                   if (m := _NOTE_START.match(ln.text)) and m.group("label").isdigit()]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return index, {str(n) for n in numbers}
        return None
    return None


_NOTES_LINE = re.compile(r"^(?:end\s?notes|foot\s?notes|notes?)[.:]?$", re.I)
"""A line that says the notes follow ("Notes", "Endnotes", "Footnotes:")."""
_ITEM = re.compile(r"^(?P<number>\d{1,3})(?P<mark>[.)])\s+\S")


def _note_like(lines: list[PdfLine], index: int, body: float) -> bool:
    """The line opening a note block looks like a note: set in a smaller type than the
    body; or, in body type, it is no item of a numbered run ("2." under a "1." in body type
    earlier on the page) and no heading follows it (notes end a page; a heading under them
    means the "note" was body text)."""
    line = lines[index]
    if any(_heading_level(ln, body) for ln in lines[index + 1 :]):
        return False
    if line.size < 0.95 * body:
        return True
    item = _ITEM.match(line.text)
    if item is None:
        return True
    before = f"{int(item.group('number')) - 1}{item.group('mark')}"
    return not any(
        ln.text.startswith(before + " ") and abs(ln.size - line.size) < 0.5
        for ln in lines[:index]
    )


def _notes(
    lines: list[PdfLine], labels: set[str], gap: float | None = None
) -> tuple[list[tuple[str, str]], int]:
    """The notes the lines hold, and how many lines they take. A line opening with a
    marker's label, or with the number after the last note's ("3." after "2.", a note no
    marker points at), starts a note; another line goes on with the note above, unless a
    paragraph ``gap`` sets it apart (a paragraph under end notes: "Acknowledgements: ...")."""
    notes: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        start = _NOTE_START.match(line.text)
        label = start.group("label") if start is not None else ""
        following = bool(notes) and notes[-1][0].isdigit() and label == str(
            int(notes[-1][0]) + 1)
        if start is not None and _goes_on(notes, label, start.group("text")):
            start = None
        if start is not None and (label in labels or following):
            notes.append((label, start.group("text")))
        elif notes and gap is not None and line.top - lines[index - 1].bottom > gap:
            return notes, index
        elif notes:
            notes[-1] = (notes[-1][0], notes[-1][1] + " " + line.text)
    return notes, len(lines)


def _goes_on(notes: list[tuple[str, str]], label: str, text: str) -> bool:
    """A note line that opens with a figure is still the note above when that note stops
    mid-sentence and the figure is the day of a date ("... in force" / "1 January 2018.")
    or a label a note of the page already has: a page's notes have one label each."""
    if not notes:
        return False
    if label in {n[0] for n in notes}:
        return True
    cut = not _SENTENCE_END.search(notes[-1][1].rstrip())
    return cut and label.isdigit() and text.split()[0].rstrip(".,").lower() in MONTHS


def _unique_labels(
    lines: list[PdfLine],
    notes: list[tuple[str, str]],
    used: set[str],
    page: int,
    pending: dict[str, str],
) -> tuple[list[PdfLine], list[tuple[str, str]]]:
    """Numbering that restarts on each page gets ``1-p2`` labels, so no two notes clash; an
    end note keeps the label of the marker on an earlier page it belongs to (``pending``:
    markers whose notes have not been read yet, by their printed label)."""
    rename = {}
    here = list(dict.fromkeys(m for ln in lines for m in ln.markers))
    for label in dict.fromkeys(here + [n[0] for n in notes]):
        if label not in here and label in pending:
            rename[label] = pending[label]
            continue
        rename[label] = label if label not in used else f"{label}-p{page}"
        used.add(rename[label])
    for label in here:
        pending[label] = rename[label]
    for label, _ in notes:
        pending.pop(label, None)
    if all(old == new for old, new in rename.items()):
        return lines, notes
    for line in lines:
        for old in line.markers:
            line.text = line.text.replace(f"[^{old}]", f"[^{rename[old]}]")
        line.markers = [rename[m] for m in line.markers]
    return lines, [(rename[label], text) for label, text in notes]


def _furniture(line: PdfLine, running: set[str]) -> bool:
    return bool(_PAGE_NUMBER.match(line.text.strip())) or _shape(line.text) in running


def paragraph_gap(pages: list[PdfPage], body: float) -> float:
    """The vertical gap that ends a paragraph in this document.

    Half the body size is enough in a page set solid or at the usual 1.2 line height, but
    text set at 1.5 lines or double-spaced (as reports and court papers often are) has a
    gap between its own lines that is wider than that, and every line would become a
    paragraph. So the gap between lines is measured: the most common gap between two
    body-size lines, among gaps no wider than the body size and a fifth, and a paragraph
    needs half as much again."""
    gaps: Counter[float] = Counter()
    for page in pages:
        for before, after in zip(page.lines, page.lines[1:], strict=False):
            gap = after.top - before.bottom
            body_size = abs(before.size - body) < 0.5 and abs(after.size - body) < 0.5
            if body_size and 0 < gap <= 1.2 * body:
                gaps[round(gap * 2) / 2] += 1
    if sum(gaps.values()) < 3:
        return 0.5 * body
    leading = max(gaps.items(), key=lambda item: (item[1], -item[0]))[0]
    return max(0.5 * body, 1.5 * leading)


def _page_markdown(
    lines: list[PdfLine], tables: list[PdfTable], body: float, gap: float
) -> str:
    parts: list[str] = []
    previous: PdfLine | None = None
    heading: tuple[int, PdfLine] | None = None
    for item in _in_order(lines, tables):
        if isinstance(item, PdfTable):
            rows = item.rows if item.carried is None else [item.carried, *item.rows]
            table = section_markdown(item.rows) if item.layout else pipe_table(rows)
            parts.append("\n\n" + table + "\n\n")
            previous = heading = None
            continue
        level = _heading_level(item, body)
        if level and previous is not None and _wraps_into(previous, item, gap):
            level = 0  # "... the Terminology Guidelines for the" / "Protection of Children"
        turn = previous is not None and _turns(previous, item)
        if level and heading is not None and not turn and _continues(heading, level, item):
            parts[-1] = parts[-1].rstrip("\n") + " " + item.text + "\n\n"  # a wrapped heading
            heading = (level, item)
            continue
        if level:
            parts.append("\n\n" + "#" * level + " " + item.text + "\n\n")
            previous, heading = None, (level, item)
            continue
        heading = None
        apart = not carries_on(previous.text, item.text) if turn and previous else (
            previous is not None and item.top - previous.bottom > gap)
        if previous is not None and (apart or _starts_item(previous.text, item.text)):
            parts.append("\n")  # a paragraph gap, or the next numbered item
        elif previous is not None and parts and broken_word(previous.text, item.text):
            parts[-1] = _unbreak(parts[-1].rstrip("\n"))  # "Multi-" / "Agency": one word
        parts.append(item.text + "\n")
        previous = item
    text = re.sub(r"\n{3,}", "\n\n", "".join(parts)).strip("\n")
    return text + "\n" if text else ""


def _turns(before: PdfLine, line: PdfLine) -> bool:
    """The line opens the next column of a block after ``before``, the last line of the
    column before it: their vertical gap says nothing of a paragraph's end."""
    return before.column is not None and line.column is not None and before.column != line.column


_BROKEN = re.compile(r"[^\W\d_][-\u2010\u00ad]$")
"""A line that ends in a hyphen straight after a letter ("... for the Multi-"): the word
goes on at the start of the next line."""


def broken_word(before: str, line: str) -> bool:
    """The line ends in a word broken at a hyphen and the next line goes on with a letter
    ("Multi-" / "Agency Public Protection", "child-" / "protection roles"): the two halves
    are one word, written with no space between them."""
    return _BROKEN.search(_NOTE_MARKERS.sub("", before).rstrip()) is not None and (
        line[:1].isalpha())


def _unbreak(text: str) -> str:
    """The broken word's first half, ready for the second: a hyphen of the word
    ("Multi-Agency", "child-protection") is kept, since nothing here can tell it from one
    added at the line end; a soft hyphen (U+00AD), only ever added there, is dropped."""
    return text[:-1] if text.endswith("\u00ad") else text


_ENUMERATOR = re.compile(
    r"^(?:\(\d{1,2}\)|\(?[a-z]\)|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[\u2022\u25aa\u2013-])\s"
)
_SENTENCE_END = re.compile(r"[.;:!?][\"\u201d)\]]?$")


def _starts_item(before: str, line: str) -> bool:
    """A line that opens with "(2)", "(b)", "3.", "4.1" or a bullet after a line that
    ended a sentence starts a new item, even with no wider gap above it."""
    return bool(_SENTENCE_END.search(before.rstrip())) and bool(_ENUMERATOR.match(line))


def _wraps_into(before: PdfLine, line: PdfLine, gap: float) -> bool:
    """A body line that stops mid-clause (on "the", "of", "for", a comma) runs on into the
    line close below it, whatever its type: a capitalised title set in bold inside a list
    item, wrapped onto a line of its own, is the rest of the item, not a heading."""
    return (
        line.top - before.bottom <= gap
        and _OPEN_END.search(_NOTE_MARKERS.sub("", before.text).rstrip()) is not None
    )


def _continues(heading: tuple[int, PdfLine], level: int, line: PdfLine) -> bool:
    """The next line of a heading set on two lines: same level and size, close below
    (no more than its type size: double-spaced text leaves just that between its lines)."""
    before_level, before = heading
    return (
        level == before_level
        and abs(line.size - before.size) < 0.5
        and line.top - before.bottom <= 1.05 * line.size
    )


def _heading_level(line: PdfLine, body: float) -> int:
    words = line.text.split()
    text = _NOTE_MARKERS.sub("", line.text)  # "... Sexual Abuse.[^4]" ends a sentence
    if not words or len(words) > 14 or re.search(r"[.,;:]$", text):
        return 0
    if line.size >= body * 1.6:
        return 1
    if line.size >= body * HEADING_RATIO:
        return 2
    if line.bold and (len(words) <= 10 or _LABELLED.match(text)) and not re.fullmatch(
            r"[\d\W]+", line.text):
        return 3
    return 0


_LABELLED = re.compile(
    r"^(?:[A-Z][a-z]+\s+(?:\d{1,3}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,4})[.:)]?"
    r"|\d{1,3}(?:\.\d{1,2})*[.:)]?|(?:[A-Z]|[IVX]{1,4})[.:)])\s"
)
"""A line that opens with a number or a label and its number ("3.2 ", "Proposal 2: ",
"Part 3 ", "Annex B ", "Chapter IV "): set all in bold with no final stop, it names a
section even at up to 14 words ("Proposal 2: Increase the notice period from seven to 21
days"), where an unlabelled bold line of that length is more often a run-in sentence."""
