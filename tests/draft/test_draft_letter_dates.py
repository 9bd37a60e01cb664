# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 12: a letter's date printed beside its reference ("Our ref:
MIN/2026/044 - 12 February 2026") was lost with the reference line, read as metadata, so
the letter had no date or another one. A letter's own reference line dates it; the
addressee's ("Your ref: ...") never does. Small PDFs of our own (WeasyPrint), with the
document date the audit reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import run
from test_draft_formats import make_pdf

STYLE = "@page { size: A4; margin: 2cm } body { font-family: DejaVu Serif; font-size: 10pt } td { padding: 0 2cm 0 0 }"
BODY = """<p>Dear Chief Officer,</p>
<p>After the inspection of 5 May 2025, every force in the region must name a lead officer for online child sexual exploitation by 31 July 2026.</p>
<p>The Department will fund 25 new victim identification analysts across the region.</p>
<p>Yours sincerely,</p>"""


def _letter(reference: str) -> str:
    return f"<html><head><style>{STYLE}</style></head><body><p>Department of Child Safety</p>{reference}{BODY}</body></html>"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("<p>Our ref: DCS/2026/31 \u2014 17 March 2026</p><p>Your ref: NP/0412</p>",
         "- document date: 2026-03-17 (line 2: Our ref: DCS/2026/31 - 17 March 2026)"),
        ("<table><tr><td>Our ref: DCS/2026/31</td><td>Date: 17 March 2026</td></tr>"
         "<tr><td>Your ref: NP/0412</td><td>Tel: 0161 496 0000</td></tr></table>",
         "- document date: 2026-03-17 (line 2: Our ref: DCS/2026/31 Date: 17 March 2026)"),
        ("<p>Your ref: NP/0412 \u2014 2 February 2026</p>",
         "- document date: none found"),
    ],
)
def test_a_letter_is_dated_by_its_own_reference_line(project: Path, reference: str, expected: str) -> None:
    make_pdf(project / "sources" / "letter.pdf", _letter(reference))
    result = run("draft", "sources/letter.pdf", "--out", "drafts")
    assert result.exit_code == 0, result.output
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert expected in audit.splitlines()
