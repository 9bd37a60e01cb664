"""The report's chart as inline SVG, drawn here rather than with matplotlib.

One scatter plot (difficulty across, corrected point-biserial up) is all an item analysis
needs; writing the few SVG elements directly keeps the report's bytes identical from run
to run, adds no heavy dependency, and keeps ``curriculum analyse`` fast to start.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from curriculum.analysis.items import TOO_EASY, TOO_HARD, ItemStats

WIDTH, HEIGHT, PAD = 560, 320, 44


def _x(p: float) -> float:
    return PAD + p * (WIDTH - 2 * PAD)


def _y(r: float) -> float:
    return HEIGHT - PAD - (r + 1) / 2 * (HEIGHT - 2 * PAD)


def scatter(items: tuple[ItemStats, ...]) -> Markup:
    """Difficulty (0..1) against discrimination (-1..1); the flagged zones shaded."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="plot-title">',
        '<title id="plot-title">Difficulty against discrimination, one dot per question'
        "</title>",
        _zone(0, TOO_HARD, "too hard"),
        _zone(TOO_EASY, 1, "too easy"),
        f'<rect x="{_x(0)}" y="{_y(0):.1f}" width="{_x(1) - _x(0):.1f}" '
        f'height="{_y(-1) - _y(0):.1f}" fill="#fde2e1"/>',
        _axes(),
    ]
    for n, item in enumerate(items, 1):
        if item.difficulty is None or item.point_biserial is None:
            continue
        cx, cy = _x(item.difficulty), _y(item.point_biserial)
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" fill="#1f4e79">'
                     f"<title>{escape(item.id)}: p = {item.difficulty:.2f}, "
                     f"r = {item.point_biserial:.2f}</title></circle>")
        parts.append(f'<text x="{cx + 6:.1f}" y="{cy - 6:.1f}" font-size="10">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _zone(low: float, high: float, label: str) -> str:
    return (f'<rect x="{_x(low):.1f}" y="{PAD}" width="{_x(high) - _x(low):.1f}" '
            f'height="{HEIGHT - 2 * PAD}" fill="#f2f2f2"/>'
            f'<text x="{(_x(low) + _x(high)) / 2:.1f}" y="{PAD - 6}" font-size="10" '
            f'text-anchor="middle">{label}</text>')


def _axes() -> str:
    ticks = []
    for p in (0, 0.25, 0.5, 0.75, 1):
        ticks.append(f'<text x="{_x(p):.1f}" y="{HEIGHT - PAD + 16}" font-size="10" '
                     f'text-anchor="middle">{p:g}</text>')
    for r in (-1, -0.5, 0, 0.5, 1):
        ticks.append(f'<text x="{PAD - 6}" y="{_y(r) + 3:.1f}" font-size="10" '
                     f'text-anchor="end">{r:g}</text>')
    return (f'<line x1="{PAD}" y1="{_y(0):.1f}" x2="{WIDTH - PAD}" y2="{_y(0):.1f}" '
            'stroke="#888"/>'
            f'<rect x="{PAD}" y="{PAD}" width="{WIDTH - 2 * PAD}" height="{HEIGHT - 2 * PAD}" '
            'fill="none" stroke="#444"/>' + "".join(ticks) +
            f'<text x="{WIDTH / 2}" y="{HEIGHT - 8}" font-size="11" text-anchor="middle">'
            "difficulty (proportion correct)</text>"
            f'<text x="12" y="{HEIGHT / 2}" font-size="11" text-anchor="middle" '
            f'transform="rotate(-90 12 {HEIGHT / 2})">discrimination (corrected r)</text>')
