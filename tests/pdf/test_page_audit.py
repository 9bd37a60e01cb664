"""Every page of every PDF passes the typesetter's audit (page_audit.py), in A4 and Letter.

Two projects: the built-in curriculum (the repository's own modules) and
``tests/data/stress`` (a long title, a SHA-256 hash and a long URL in body text,
a 10,000-character word, a 40-row table, a question with ten long options, French
and Arabic modules). Each is rendered once per page size; the audit reads every
page's characters and boxes with PDFium, two processes at a time, and reads the same facts
as pdfminer (pdfplumber) does on a sample of those PDFs.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pytest
from page_audit import (
    Finding,
    PageFacts,
    audit,
    page_facts,
    page_margins,
    pdfminer_facts,
)
from pdf_support import build_pdf

from project_copies import copy_project

REPO = Path(__file__).resolve().parents[2]
STRESS = REPO / "tests" / "data" / "stress"
PROJECTS = {"builtin": REPO, "stress": STRESS}

pytestmark = pytest.mark.slow


Audited = dict[tuple[str, str], tuple[list[Path], list[Finding]]]


@pytest.fixture(scope="session")
def audited(tmp_path_factory: pytest.TempPathFactory, repository_pdfs: Callable[[str], Path]
            ) -> Audited:
    """The PDFs and their findings per (project, page size); every PDF rendered once,
    audited in parallel.

    A build's PDFs are audited while the next project renders: a build leaves a core idle
    at times (its last document, its own work between documents), which the audit takes.
    The larger PDFs of a build go first, so none is left to audit alone at the end."""
    margins = page_margins()
    pending: dict[tuple[str, str], list[tuple[Path, Future[list[Finding]]]]] = {}
    with ProcessPoolExecutor(2) as pool:
        for project, source in PROJECTS.items():
            for size in ("A4", "Letter"):
                if source == REPO:  # shared with other tests (conftest)
                    out = repository_pdfs(size)
                else:
                    root = copy_project(source, tmp_path_factory.mktemp(f"{project}-{size}")
                                        / "p", size)
                    out = build_pdf(root).out
                pdfs = sorted(out.glob("*.pdf"))
                futures = {pdf: pool.submit(audit, pdf, margins)
                           for pdf in sorted(pdfs, key=lambda p: -p.stat().st_size)}
                pending[(project, size)] = [(pdf, futures[pdf]) for pdf in pdfs]
        return {key: ([pdf for pdf, _ in audits],
                      [f for _, future in audits for f in future.result()])
                for key, audits in pending.items()}


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("project", ["builtin", "stress"])
def test_every_page_passes_the_audit(audited: Audited, project: str, size: str) -> None:
    pdfs, findings = audited[(project, size)]
    assert len(pdfs) >= 13
    assert not findings, "\n".join(str(f) for f in findings)


SAMPLE = {("stress", "stress-en.trainer.pdf"), ("stress", "stress-ar.trainer.pdf"),
          ("builtin", "child-victim-identification-fr.answer-key.pdf")}
"""26 pages: a long title, hash, URL and word, a 40-row table, boxes, "(continued)" lines,
Arabic, French ligatures and hyphens; pdfminer takes five seconds of CPU on them."""


def test_pdfium_reads_the_facts_pdfminer_reads(audited: Audited) -> None:
    """The audit reads pages with PDFium; pdfminer (pdfplumber), which it read them with
    before, reads the same lines, sizes, fonts, ink and boxes on a sample of the PDFs."""
    margins = page_margins()
    sample = [pdf for (project, size), (pdfs, _) in audited.items() if size == "A4"
              for pdf in pdfs if (project, pdf.name) in SAMPLE]
    assert len(sample) == len(SAMPLE)
    pages = 0
    for pdf in sample:
        expected = pdfminer_facts(pdf, margins)
        read = page_facts(pdf, margins)
        assert len(read) == len(expected), pdf.name
        for ours, theirs in zip(read, expected, strict=True):
            assert _same(_fields(ours), _fields(theirs)), (pdf.name, ours.number)
        pages += len(expected)
    assert pages >= 20


def _fields(page: PageFacts) -> tuple[object, ...]:
    """What the rules read: positions, sizes, bold, whether a line is a lead-in (ends with
    ":"), and its characters (``_letters``)."""
    rtl = any("\u0600" <= char <= "\u06ff" for line in page.lines for char in line.text)
    lines = tuple((line.top, line.bottom, _letters(line.text, rtl),
                   line.text.rstrip().endswith(":"), line.size, line.bold)
                  for line in page.lines)
    return (page.number, page.area, lines, page.lowest_ink, page.outside, page.header_lines,
            page.box_gap)


MIRRORED = str.maketrans(")]}>»", "([{<«")


def _letters(text: str, rtl: bool) -> str:
    """A line's characters in order; on a page with right-to-left text, where PDFium mirrors
    brackets and lists a lam-alef ligature's two letters in the other order ("ال", where
    pdfminer has "لا"), sorted, brackets one way."""
    text = text.replace("\u2026", "...")  # PDFium spells out an ellipsis in Arabic text
    return "".join(sorted(text.translate(MIRRORED))) if rtl else text


def _same(ours: object, theirs: object) -> bool:
    """Equal, positions and sizes within a hundredth of a point."""
    if isinstance(ours, float) and isinstance(theirs, float | int):
        return abs(ours - theirs) <= 0.01
    if isinstance(ours, tuple) and isinstance(theirs, tuple):
        return len(ours) == len(theirs) and all(map(_same, ours, theirs))
    return ours == theirs


def test_the_audit_catches_text_past_the_margin(tmp_path: Path) -> None:
    """The audit is not blind: a page with a word running off the edge fails it."""
    from weasyprint import HTML

    pdf = tmp_path / "bad.pdf"
    word = "x" * 400
    HTML(string=f"<style>@page {{ size: A4; margin: 24mm 30mm 22mm 30mm }}</style>"
                f"<p style='white-space: nowrap'>{word}</p>").write_pdf(pdf)
    rules = {f.rule for f in audit(pdf, page_margins())}
    assert "outside" in rules


def test_the_audit_catches_a_half_empty_page_and_a_lead_in_left_behind(tmp_path: Path) -> None:
    from weasyprint import HTML

    pdf = tmp_path / "gap.pdf"
    rows = "".join(f"<tr><td>row {i}</td></tr>" for i in range(30))
    HTML(string="<style>@page { size: A4; margin: 24mm 30mm 22mm 30mm } table, tr "
                "{ break-inside: avoid }</style>"
                + "<p style='break-after: page'>A first page (a cover: never audited).</p>"
                + "<p>Filler text for the second page.</p>" * 12
                + "<p>The measures are listed below:</p>"
                + f"<table>{rows}</table>").write_pdf(pdf)
    rules = {f.rule for f in audit(pdf, page_margins())}
    assert "heading-last" in rules and rules & {"gap", "underfull"}
