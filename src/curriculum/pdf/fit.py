"""Shorten a running header to one line, measured with the shipped font's own metrics.

CSS ``text-overflow: ellipsis`` hides the rest of a long title but leaves it in
the PDF as clipped text (extracted, read aloud, and past the text area); cutting
the title here, at a word, with the font's advance widths, prints exactly one
line. The fonts ship with the package, so the measure is the same everywhere.
"""

from __future__ import annotations

from functools import lru_cache

from curriculum.pdf.layout import PACKAGE_TEMPLATES

HEADER_FONT = PACKAGE_TEMPLATES / "fonts" / "DejaVuSans.ttf"
ELLIPSIS = "\u2026"


@lru_cache(maxsize=1)
def _advances() -> tuple[dict[int, int], int, int]:
    """Advance width per code point, the fallback width, and units per em."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(HEADER_FONT), lazy=True)
    metrics = font["hmtx"].metrics
    widths = {code: metrics[name][0] for code, name in font.getBestCmap().items()}
    return widths, metrics[".notdef"][0], font["head"].unitsPerEm


def text_width(text: str, size_pt: float) -> float:
    """Width of ``text`` in points at ``size_pt`` (no kerning: errs slightly wide)."""
    widths, fallback, units = _advances()
    return sum(widths.get(ord(char), fallback) for char in text) * size_pt / units


def fit_line(text: str, width_pt: float, size_pt: float) -> str:
    """``text`` if it fits on one line, else its longest word-prefix that fits, with "…"."""
    if text_width(text, size_pt) <= width_pt:
        return text
    words = text.split()
    while words and text_width(" ".join(words) + ELLIPSIS, size_pt) > width_pt:
        words.pop()
    if words:
        return " ".join(words).rstrip(",;:.-\u2013") + ELLIPSIS
    cut = text
    while cut and text_width(cut + ELLIPSIS, size_pt) > width_pt:
        cut = cut[:-1]
    return cut + ELLIPSIS
