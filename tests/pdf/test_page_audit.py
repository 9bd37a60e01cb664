"""Every page of every PDF passes the typesetter's audit (page_audit.py), in A4 and Letter.

Two projects: the built-in curriculum (the repository's own modules) and
``tests/data/stress`` (a long title, a SHA-256 hash and a long URL in body text,
a 10,000-character word, a 40-row table, a question with ten long options, French
and Arabic modules). Each is rendered once per page size; the audit reads every
page's characters and boxes with pdfplumber, two processes at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pytest
from page_audit import Finding, audit, page_margins
from pdf_support import build_pdf

from project_copies import copy_project

REPO = Path(__file__).resolve().parents[2]
STRESS = REPO / "tests" / "data" / "stress"
PROJECTS = {"builtin": REPO, "stress": STRESS}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def audited(tmp_path_factory: pytest.TempPathFactory, repository_pdfs: Callable[[str], Path]
            ) -> dict[tuple[str, str], list[Finding]]:
    """Findings per (project, page size); every PDF rendered once, audited in parallel.

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
        return {key: [f for _, future in audits for f in future.result()]
                for key, audits in pending.items()}


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("project", ["builtin", "stress"])
def test_every_page_passes_the_audit(
    audited: dict[tuple[str, str], list[Finding]], project: str, size: str
) -> None:
    findings = audited[(project, size)]
    assert not findings, "\n".join(str(f) for f in findings)


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
