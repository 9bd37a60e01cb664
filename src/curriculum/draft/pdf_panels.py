"""A page made of panels side by side: a folded leaflet's, a slide handout's, a brochure's.

A tri-fold leaflet prints three panels on each side of a landscape sheet, each its own
page when folded, with its own headings, lists, tables and boxes. Read as one page, their
rows ran together ("or has talked about them to make threats"), a box in one panel set
beside the list of the next became a table across all three, and no sentence survived.
Such a layout draws each panel as a box down the whole page (its background or its fold
line): two or more boxes, each at least ``MIN_HEIGHT`` of the page tall and between
``MIN_WIDTH`` and ``MAX_WIDTH`` of it wide, side by side without overlapping and covering
most of its width (``COVER``), are the page's panels, read one after the other, left to
right, each as a page of its own (its columns, tables and notes found within it). The
last panel of a side often has no box (no fold line after it): a strip as wide as a panel
left beside two drawn panels is one too.
"""

from __future__ import annotations

from typing import Any

Span = tuple[float, float]

MIN_HEIGHT = 0.9
MIN_WIDTH = 0.15
MAX_WIDTH = 0.6
COVER = 0.85
TOUCH = 3.0
"""How far two panels' edges may overlap (a border drawn on both): points."""


def panels(rects: list[dict[str, Any]], width: float, height: float) -> list[Span]:
    """The page's panels, left to right; [] when its boxes are not panels."""
    spans = sorted({(round(float(r["x0"])), round(float(r["x1"])))
                    for r in rects
                    if float(r["bottom"]) - float(r["top"]) >= MIN_HEIGHT * height
                    and MIN_WIDTH * width <= float(r["x1"]) - float(r["x0"]) <= MAX_WIDTH * width})
    found: list[Span] = []
    for x0, x1 in spans:
        if found and x0 < found[-1][1] - TOUCH:
            if abs(x0 - found[-1][0]) <= TOUCH and abs(x1 - found[-1][1]) <= TOUCH:
                continue  # the same panel drawn twice (its fill and its border)
            return []  # boxes that overlap are no panels
        found.append((float(x0), float(x1)))
    if len(found) < 2:
        return []
    found = _with_strips(found, width)
    covered = sum(x1 - x0 for x0, x1 in found)
    return found if covered >= COVER * width else []


def _with_strips(found: list[Span], width: float) -> list[Span]:
    """The drawn panels and the strips between and beside them that are a panel's width."""
    edges = [0.0] + [x for span in found for x in span] + [width]
    strips = [(left, right) for left, right in zip(edges[::2], edges[1::2], strict=True)
              if right - left >= MIN_WIDTH * width]
    return sorted(found + strips)
