"""A typesetter's page audit of built PDFs, from the characters and boxes on each page.

Run it on a build: ``python tests/pdf/page_audit.py build/pdf/*.pdf`` (exit 1 and
one line per finding when a page fails). The tests run it on the built-in
curriculum and on ``tests/data/stress`` in A4 and Letter (test_page_audit.py).

Rules, per page (the text area is the page minus the ``@page`` margins of
``handout.css``, read from the stylesheet so the two cannot drift):

- ``outside``: a character outside the text area's width, or off the page.
- ``header``: the running header takes more than one line (besides the italic
  "Key points (continued)" line under it on a page that begins inside a box or table).
- ``underfull``: a page less than 25 % full that does not end a chapter.
- ``gap``: a page more than a third empty that does not end a chapter (a table or
  box moved or split to the next page, leaving the space behind).
- ``box-gap``: a box's background runs on more than a third of a page below its text.
- ``sparse``: a page other than the cover holding only one or two lines of text.
- ``heading-last``: the page's last line is a heading or box title (all bold), or a
  lead-in line ending with ":" whose table or list went to the next page.

A page "ends a chapter" when it is the document's last page or the cover, or the
next page opens with a heading of 13.5 pt or more (a section, part or module
title: these are where a document may start a page).

The pages are read with PDFium (pypdfium2, installed with pdfplumber), which parses a page
in C: pdfminer (pdfplumber) took 227 s of CPU for the 1,191 pages the tests audit, PDFium
53 s (most of it this module's Python). ``pdfminer_facts`` reads the same facts with
pdfminer, the reference the PDFium reading is tested against (test_page_audit.py).
"""

from __future__ import annotations

import ctypes
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium
from pdfminer.layout import LTContainer
from pdfplumber.page import fix_fontname_bytes

MM = 72 / 25.4
TOLERANCE = 1.5
"""Points a glyph may stray (side bearings, italic overhang)."""
CHAPTER_HEADING_PT = 13.5
MIN_FILL = 0.25
MAX_GAP = 1 / 3
STYLESHEET = (Path(__file__).resolve().parents[2] / "src" / "curriculum" / "templates" / "pdf"
              / "handout.css")


@dataclass(frozen=True)
class Finding:
    """One failed rule on one page."""

    pdf: str
    page: int
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.pdf} p.{self.page}: {self.rule}: {self.detail}"


@dataclass(frozen=True)
class Line:
    """Characters sharing a baseline in the text area."""

    top: float
    bottom: float
    text: str
    size: float
    bold: bool


@dataclass(frozen=True)
class PageFacts:
    """What the rules need to know about one page."""

    number: int
    area: tuple[float, float, float, float]
    lines: tuple[Line, ...]
    lowest_ink: float
    outside: tuple[str, ...]
    header_lines: int
    box_gap: float


def page_margins(css: Path = STYLESHEET) -> tuple[float, float, float, float]:
    """The ``@page`` margins (top, right, bottom, left) in points, from the stylesheet."""
    match = re.search(r"@page\s*{[^@}]*?margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm\s+"
                      r"([\d.]+)mm", css.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{css}: no '@page {{ margin: T R B L }}' in mm")
    top, right, bottom, left = (float(v) * MM for v in match.groups())
    return top, right, bottom, left


def audit(pdf_path: Path, margins: tuple[float, float, float, float] | None = None
          ) -> list[Finding]:
    """Every rule broken on every page of ``pdf_path``."""
    pages = page_facts(pdf_path, margins or page_margins())
    findings: list[Finding] = []
    for index, page in enumerate(pages):
        following = pages[index + 1] if index + 1 < len(pages) else None
        findings += [Finding(pdf_path.name, page.number, rule, detail)
                     for rule, detail in _check(page, following)]
    return findings


def page_facts(pdf_path: Path, margins: tuple[float, float, float, float]) -> list[PageFacts]:
    """What the rules read on each page of ``pdf_path``, read with PDFium."""
    document = pypdfium2.PdfDocument(pdf_path)
    try:
        pages = []
        for number, page in enumerate(document, 1):
            width, height = page.get_width(), page.get_height()
            pages.append(_facts(_pdfium_objects(page, height), width, height, number, margins))
            page.close()
        return pages
    finally:
        document.close()


def pdfminer_facts(pdf_path: Path, margins: tuple[float, float, float, float]
                   ) -> list[PageFacts]:
    """The same facts read with pdfminer (pdfplumber): the reference for ``page_facts``."""
    with pdfplumber.open(pdf_path) as pdf:
        return [_facts(_objects(page), page.width, page.height, number, margins)
                for number, page in enumerate(pdf.pages, 1)]


def _check(page: PageFacts, following: PageFacts | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for text in page.outside[:3]:
        out.append(("outside", f"text beyond the text area: {text!r}"))
    if page.header_lines > 1:
        out.append(("header", f"running header takes {page.header_lines} lines"))
    top, _, bottom, _ = page.area
    height = bottom - top
    fill = (page.lowest_ink - top) / height
    ends_chapter = following is None or page.number == 1 or _opens_chapter(following)
    if page.number > 1 and len(page.lines) <= 2 and page.lowest_ink - top < 0.1 * height:
        out.append(("sparse", f"page holds only {len(page.lines)} line(s)"))
    if not ends_chapter and fill < MIN_FILL:
        out.append(("underfull", f"page {fill:.0%} full"))
    elif not ends_chapter and fill < 1 - MAX_GAP:
        out.append(("gap", f"page only {fill:.0%} full before {_first(following)!r}"))
    if page.box_gap > MAX_GAP * height:
        out.append(("box-gap", f"a box runs {page.box_gap / MM:.0f} mm below its text"))
    if following is not None and page.lines:
        last = page.lines[-1]
        if last.bold and last.text.strip():
            out.append(("heading-last", f"last line is a heading: {last.text[:60]!r}"))
        elif last.text.rstrip().endswith(":"):
            out.append(("heading-last", f"last line is a lead-in: {last.text[-60:]!r}"))
    return out


def _opens_chapter(page: PageFacts) -> bool:
    return bool(page.lines) and page.lines[0].size >= CHAPTER_HEADING_PT


def _first(page: PageFacts | None) -> str:
    return page.lines[0].text[:50] if page and page.lines else ""


def _facts(objects: dict[str, list[dict[str, Any]]], width: float, height: float, number: int,
           margins: tuple[float, float, float, float]) -> PageFacts:
    top_m, right_m, bottom_m, left_m = margins
    area = (top_m, width - right_m, height - bottom_m, left_m)
    top, _, bottom, _ = area
    chars = [c for c in objects["char"] if c["text"].strip()]
    outside = _outside(chars, height, area)
    body = [c for c in chars if c["top"] >= top - TOLERANCE and c["bottom"] <= bottom + TOLERANCE]
    header = [c for c in chars if c["bottom"] < top - TOLERANCE
              and not re.search("Italic|Oblique", c["fontname"])]  # "(continued)" may add one
    lines = _lines(body)
    shapes = [s for s in (*objects["rect"], *objects["line"], *objects["curve"])
              if s["top"] >= top - TOLERANCE and s["bottom"] <= bottom + TOLERANCE]
    lowest = max([top, *(line.bottom for line in lines), *(s["bottom"] for s in shapes)])
    lowest_text = max([top, *(line.bottom for line in lines)])
    filled = [s for s in objects["rect"] if s.get("fill") and s["top"] >= top - TOLERANCE
              and s["bottom"] <= bottom + TOLERANCE and s["width"] > 40]
    box_gap = max([0.0, *(s["bottom"] - max(lowest_text, s["top"]) for s in filled)])
    return PageFacts(number, area, tuple(lines), lowest, tuple(outside),
                     len(_lines(header)), box_gap)


_KINDS = {"LTChar": "char", "LTRect": "rect", "LTLine": "line", "LTCurve": "curve"}
"""pdfminer's layout classes the rules read, by pdfplumber's name for their objects."""


def _objects(page: Any) -> dict[str, list[dict[str, Any]]]:
    """``page.chars``, ``.rects``, ``.lines`` and ``.curves`` as pdfplumber gives them, with
    only the fields the rules read, the same values (``Page.process_object``'s arithmetic:
    top and bottom from the page height and the MediaBox's origin).

    Why not pdfplumber's own: it resolves every attribute of every object (colours, paths,
    marked content), 40 % of the audit's time on the built-in curriculum's 1,000 pages.
    Same walk: the layout's leaves, containers (figures) opened."""
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    found: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _KINDS.values()}
    stack = [iter(page.layout._objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
            continue
        kind = _KINDS.get(type(obj).__name__)
        if kind is None:
            continue
        item: dict[str, Any] = {"top": (height - obj.y1) + mb_top,
                                "bottom": (height - obj.y0) + mb_top,
                                "x0": obj.x0 + mb_x0 if mb_x0 else obj.x0,
                                "x1": obj.x1 + mb_x0 if mb_x0 else obj.x1,
                                "width": obj.width}
        if kind == "char":
            fontname = obj.fontname
            item.update(text=obj.get_text(), size=obj.size,
                        fontname=fix_fontname_bytes(fontname) if isinstance(fontname, bytes)
                        else fontname)
        elif kind == "rect":
            item["fill"] = obj.fill
        found[kind].append(item)
    return found


Matrix = tuple[float, float, float, float, float, float]


def _pdfium_objects(page: Any, height: float) -> dict[str, list[dict[str, Any]]]:
    """``_objects`` read with PDFium: the same fields, the same values (within a hundredth of
    a point), with two differences the rules do not see: a ligature is one character per
    letter, each with the ligature's box ("f", "i", not "fi"; a line's text is the same), and
    a glyph's right edge is its advance in the font program, where pdfminer reads the PDF's
    width table (tenths of a point at most, for a few glyphs; ``outside`` allows 1.5 pt).

    A character's box is pdfminer's: from the baseline's descent (the font descriptor's) up by
    the font size. A path is split at each moveto and sorted as pdfminer does: two points a
    line, a closed axis-aligned rectangle a rect, any other a curve; its box is that of its
    points (a Bézier's end points, not its control points), stroke width ignored."""
    found: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _KINDS.values()}
    text = page.get_textpage()
    raw = text.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium.FS_RECTF()
    matrix = pdfium.FS_MATRIX()
    size = ctypes.c_float()
    descent = ctypes.c_float()
    name = ctypes.create_string_buffer(512)
    objects: dict[int, tuple[str, float, float]] = {}  # per text object: font, descent, size
    for index in range(pdfium.FPDFText_CountChars(raw)):
        if pdfium.FPDFText_IsGenerated(raw, index):
            continue  # a space or line break PDFium adds between words and lines
        obj = pdfium.FPDFText_GetTextObject(raw, index)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if key not in objects:
            font = pdfium.FPDFTextObj_GetFont(obj)
            length = pdfium.FPDFFont_GetBaseFontName(font, name, len(name))
            pdfium.FPDFTextObj_GetFontSize(obj, size)
            pdfium.FPDFText_GetMatrix(raw, index, matrix)  # the text object's, every character
            pdfium.FPDFFont_GetDescent(font, size, descent)
            objects[key] = (name.raw[:max(length - 1, 0)].decode("latin-1"),
                            descent.value * matrix.d, size.value * matrix.d)
        fontname, below, height_pt = objects[key]
        pdfium.FPDFText_GetCharOrigin(raw, index, x, y)
        pdfium.FPDFText_GetLooseCharBox(raw, index, box)
        y0 = y.value + below
        y0, y1 = min(y0, y0 + height_pt), max(y0, y0 + height_pt)
        code = pdfium.FPDFText_GetUnicode(raw, index)
        found["char"].append({"top": height - y1, "bottom": height - y0, "x0": x.value,
                              "x1": box.right, "width": box.right - x.value,
                              # PDFium marks a hyphen that ends a line as U+0002
                              "text": "-" if code == 2 else chr(code),
                              "size": y1 - y0, "fontname": fontname})
    text.close()
    _pdfium_paths(page.raw, True, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), height, found)
    return found


def _pdfium_paths(parent: Any, is_page: bool, outer: Matrix, height: float,
                  found: dict[str, list[dict[str, Any]]]) -> None:
    """Every path on the page, form XObjects opened (their matrix applied)."""
    if is_page:
        objects = [pdfium.FPDFPage_GetObject(parent, k)
                   for k in range(pdfium.FPDFPage_CountObjects(parent))]
    else:
        objects = [pdfium.FPDFFormObj_GetObject(parent, k)
                   for k in range(pdfium.FPDFFormObj_CountObjects(parent))]
    for obj in objects:
        kind = pdfium.FPDFPageObj_GetType(obj)
        if kind == pdfium.FPDF_PAGEOBJ_FORM:
            _pdfium_paths(obj, False, _times(_matrix(obj), outer), height, found)
        elif kind == pdfium.FPDF_PAGEOBJ_PATH:
            _pdfium_path(obj, _times(_matrix(obj), outer), height, found)


def _pdfium_path(obj: Any, matrix: Matrix, height: float,
                 found: dict[str, list[dict[str, Any]]]) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium.FPDFPath_GetDrawMode(obj, fill, stroke)
    px, py = ctypes.c_float(), ctypes.c_float()
    subpaths: list[tuple[str, list[tuple[float, float]]]] = []
    curve_points = 0
    for index in range(pdfium.FPDFPath_CountSegments(obj)):
        segment = pdfium.FPDFPath_GetPathSegment(obj, index)
        pdfium.FPDFPathSegment_GetPoint(segment, px, py)
        kind = pdfium.FPDFPathSegment_GetType(segment)
        a, b, c, d, e, f = matrix
        point = (a * px.value + c * py.value + e, b * px.value + d * py.value + f)
        if kind == pdfium.FPDF_SEGMENT_MOVETO:
            subpaths.append(("m", [point]))
            curve_points = 0
            continue
        if not subpaths:
            continue
        shape, points = subpaths[-1]
        if kind == pdfium.FPDF_SEGMENT_BEZIERTO:
            curve_points += 1
            if curve_points % 3:
                continue  # a control point
            op = "c"
        else:
            op = "l"
        if pdfium.FPDFPathSegment_GetClose(segment):
            if op == "l" and point == points[0]:  # PDFium's closing line: pdfminer's "h"
                op = "h"
            else:
                shape, points = shape + op, [*points, point]
                op, point = "h", points[0]
        subpaths[-1] = (shape + op, [*points, point])
    for shape, points in subpaths:
        if shape in {"mlh", "ml"}:
            kind_name = "line"
        elif shape in {"mlllh", "mllll"}:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
            square = ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                      or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0))
            kind_name = "rect" if points[0] == points[4] and square else "curve"
        else:
            kind_name = "curve"
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        item: dict[str, Any] = {"top": height - max(ys), "bottom": height - min(ys),
                                "x0": min(xs), "x1": max(xs), "width": max(xs) - min(xs)}
        if kind_name == "rect":
            item["fill"] = fill.value != 0
        found[kind_name].append(item)


def _matrix(obj: Any) -> Matrix:
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFPageObj_GetMatrix(obj, matrix)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _times(first: Matrix, then: Matrix) -> Matrix:
    """``first`` followed by ``then`` (PDF's row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = then
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _outside(chars: list[dict[str, Any]], height: float, area: tuple[float, float, float, float]
             ) -> list[str]:
    _, right, _, left = area
    bad = [c for c in chars
           if c["x0"] < left - TOLERANCE or c["x1"] > right + TOLERANCE
           or c["top"] < 0 or c["bottom"] > height]
    return [line.text for line in _lines(bad)]


def _lines(chars: list[dict[str, Any]]) -> list[Line]:
    """Group characters into lines by their vertical position (3 pt tolerance)."""
    rows: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(c["bottom"]), c["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - char["bottom"]) <= 3:
            rows[-1].append(char)
        else:
            rows.append([char])
    return [Line(min(c["top"] for c in row), max(c["bottom"] for c in row),
                 "".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])),
                 max(c["size"] for c in row), all("Bold" in c["fontname"] for c in row))
            for row in rows]


def main(argv: list[str]) -> int:
    """Audit the PDFs named on the command line; print findings; 1 if any."""
    findings = [f for name in argv for f in audit(Path(name))]
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s) in {len(argv)} PDF(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
