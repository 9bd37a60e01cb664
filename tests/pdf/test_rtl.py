"""Box bars stand where lines start: on the left in English, on the right in Arabic."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pytest

from curriculum.loader import load_project
from curriculum.pdf.documents import Assembler
from curriculum.pdf.fetcher import SafeFetcher
from curriculum.pdf.layout import PACKAGE_TEMPLATES, TemplateFolders

STRESS = Path(__file__).resolve().parents[2] / "tests" / "data" / "stress"
BAR_PT = 1.5 * 72 / 25.4


def _bar_sides(module_id: str) -> list[str]:
    """The side of each box's thick rule on page 2 of the module's learner handout.

    WeasyPrint paints a box's border as its outer rectangle with the inner one cut out
    (same colour, about the same top): the side with the 1.5 mm gap is the bar.
    """
    from weasyprint import CSS, HTML

    project = load_project(STRESS)
    assert project.config is not None
    folders = TemplateFolders(STRESS / "templates" / "pdf")
    assembler = Assembler(project.config, project.loaded_config.path, folders,
                          datetime(2026, 11, 29, tzinfo=UTC))
    module = next(m.module for m in project.modules if m.module.id == module_id)
    fetcher = SafeFetcher((str(STRESS), str(PACKAGE_TEMPLATES)))
    html = HTML(string=assembler.module_html(module, "learner"),
                base_url=PACKAGE_TEMPLATES.as_uri() + "/", url_fetcher=fetcher)
    pdf = html.write_pdf(stylesheets=[CSS(filename=p, url_fetcher=fetcher)
                                      for p in assembler.stylesheets()])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        rects = document.pages[1].rects
    sides = []
    for inner in rects:
        outer = max((r for r in rects if r.get("non_stroking_color") == inner.get(
                     "non_stroking_color") and r["x0"] <= inner["x0"] and r["x1"] >= inner["x1"]
                     and abs(r["top"] - inner["top"]) < 2), key=lambda r: r["width"])
        left, right = inner["x0"] - outer["x0"], outer["x1"] - inner["x1"]
        if abs(max(left, right) - BAR_PT) < 0.6 and min(left, right) < 1.5:
            sides.append("left" if left > right else "right")
    return sides


@pytest.mark.parametrize(("module_id", "side"), [("stress-en", "left"), ("stress-ar", "right")])
def test_box_bars_stand_where_lines_start(module_id: str, side: str) -> None:
    sides = _bar_sides(module_id)
    assert sides, "no box bar found on page 2"
    assert set(sides) == {side}, sides
