"""A page that begins inside a box, a table or a long question says so under the header.

What the reader sees (the header's italic line, read with pdfplumber) is compared
with where WeasyPrint's own layout put each labelled thing: a page says
"Key points (continued)" exactly when the key points box has a fragment on the
page before and on this page, and says nothing otherwise; in particular not on
a page where a box or table starts at the very top. The stress project
(``tests/data/stress``: a 40-row table, long boxes, a question with ten long
options) is rendered in A4 and Letter, and ``data/continued`` (tables and boxes of
many lengths, so that some open at the top of a page) in A4.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from page_audit import TOLERANCE, page_margins

from curriculum.config import build_timestamp
from curriculum.exporters.base import BuildContext, NullProgress
from curriculum.pdf.fetcher import SafeFetcher
from curriculum.pdf.handouts import render_jobs
from curriculum.validation import validate_project

REPO = Path(__file__).resolve().parents[2]
STRESS = REPO / "tests" / "data" / "stress"
OPENING = Path(__file__).parent / "data" / "continued"

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class PageCheck:
    """One page: the label the layout calls for, the label printed, and how it opens."""

    document: str
    page: int
    expected: str
    printed: str
    opens_with: str
    """The label of a box, table or question that starts at the top of this page, or ""."""


def _project(source: Path, target: Path, page_size: str) -> Path:
    shutil.copytree(source, target)
    config = target / "curriculum.yaml"
    text = re.sub(r"(?m)^page_size:.*\n?", "", config.read_text("utf-8"))
    config.write_text(f"{text.rstrip()}\npage_size: {page_size}\n", "utf-8")
    return target


def _checks(root: Path) -> Iterator[PageCheck]:
    """Render every document of ``root`` and compare layout and print, page by page."""
    from weasyprint import CSS, HTML

    project = validate_project(root).project
    assert project.config is not None
    ctx = BuildContext(project, project.config, tuple(project.modules),
                       build_timestamp(project.config), root, root, root, 1, NullProgress())
    top = page_margins()[0]
    for job in render_jobs(ctx):
        fetcher = SafeFetcher(job.roots)
        html = HTML(string=job.html, base_url=job.base_url, url_fetcher=fetcher)
        sheets = [CSS(filename=path, url_fetcher=fetcher) for path in job.stylesheets]
        document = html.render(stylesheets=sheets)
        expected, opens = _layout_labels(html.etree_element, document.pages)
        with pdfplumber.open(io.BytesIO(document.write_pdf())) as pdf:
            printed = [_printed_label(page, top) for page in pdf.pages]
        for number, (want, got, opened) in enumerate(zip(expected, printed, opens,
                                                         strict=True), 1):
            yield PageCheck(job.name, number, want, got, opened)


def _layout_labels(root: Any, pages: list[Any]) -> tuple[list[str], list[str]]:
    """Per page: the label of the labelled thing continuing onto it, and of one starting at
    the top of the page (each "" if none)."""
    containers = _containers(root)
    seen: list[set[int]] = []
    for page in pages:
        seen.append({id(box.element) for box in page._page_box.descendants()
                     if getattr(box, "element", None) is not None})
    labels, opens = [], []
    for index, on_page in enumerate(seen):
        before = seen[index - 1] if index else set()
        going = [label for key, label in containers.items() if key in on_page and key in before]
        assert len(going) <= 1, going  # nothing labelled is nested in something labelled
        labels.append(going[0] if going else "")
        first = _first_element(pages[index]._page_box)
        starting = [label for key, label in containers.items()
                    if key in on_page and key not in before and key in first]
        opens.append(starting[0] if starting else "")
    return labels, opens


def _containers(root: Any) -> dict[int, str]:
    """Each labelled element (id -> its label): the smallest element holding a label and
    the clearing marker that follows it (the macros' ``cont`` and ``cont_end``)."""
    parents = {child: parent for parent in root.iter() for child in parent}
    order = list(root.iter())
    found = {}
    for index, element in enumerate(order):
        if element.get("class") != "cont":
            continue
        end = next(e for e in order[index + 1:] if e.get("class") == "cont-clear")
        ancestors = [element]
        while ancestors[-1] in parents:
            ancestors.append(parents[ancestors[-1]])
        holder = end
        while holder not in ancestors or holder.tag in ("tbody", "tr"):
            holder = parents[holder]  # a table's label and end are in its body: the table
        found[id(holder)] = element.get("data-label")
    return found


def _first_element(page_box: Any) -> set[int]:
    """The elements on the page's first-child chain (what the page opens with)."""
    chain, box = set(), page_box
    while box is not None:
        if getattr(box, "element", None) is not None:
            chain.add(id(box.element))
        children = getattr(box, "children", None)
        box = children[0] if children else None
    return chain


def _printed_label(page: Any, top: float) -> str:
    """The header's italic line (the continuation label), as printed: under the title, on
    the left, or on the right in a right-to-left document."""
    header = page.within_bbox((0, 0, page.width, top - TOLERANCE))
    italic = header.filter(lambda obj: obj.get("object_type") != "char"
                           or bool(re.search("Italic|Oblique", obj.get("fontname", ""))))
    return " ".join((italic.extract_text() or "").split())


@pytest.fixture(scope="module")
def checks(tmp_path_factory: pytest.TempPathFactory) -> list[PageCheck]:
    out = []
    for name, source, size in (("stress-a4", STRESS, "A4"), ("stress-letter", STRESS, "Letter"),
                               ("opening", OPENING, "A4")):
        root = _project(source, tmp_path_factory.mktemp(name) / "p", size)
        out += _checks(root)
    return out


def test_the_label_is_printed_on_every_continuation_page_and_nowhere_else(
    checks: list[PageCheck],
) -> None:
    wrong = [c for c in checks if _letters(c.printed) != _letters(c.expected)]
    assert not wrong, "\n".join(f"{c.document} p.{c.page}: expected {c.expected!r}, "
                                f"printed {c.printed!r}" for c in wrong)


def _letters(text: str) -> list[str]:
    """The characters of a label in any order: text extracted from a right-to-left line
    comes out in visual order."""
    return sorted(text.replace(" ", ""))


def test_the_corpus_has_every_case(checks: list[PageCheck]) -> None:
    """The check above cannot pass by having nothing to check."""
    continued = {re.sub(r" \(continued\)$", "", c.expected) for c in checks if c.expected}
    assert {"Table", "Key points", "Question 1"} <= continued, continued
    opening = {c.opens_with for c in checks if c.opens_with and not c.expected}
    assert {"Table (continued)", "Key points (continued)"} <= opening, opening
