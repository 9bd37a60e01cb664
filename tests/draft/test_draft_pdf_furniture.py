# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 13b (class G): a running header that the first page leaves out
was read as text and cut the paragraph a page break had cut, with the page's footnote
inside the sentence; and a footnote at the foot of a page whose last lines are small
print, under a numbered heading in the lower half, was read as text ("1. A hand-held
..."). Small PDFs of our own (WeasyPrint); the extracted text is what the drafts cite."""

from __future__ import annotations

import pytest
from test_draft_formats import make_pdf

from curriculum.draft.pdf_text import extract_pdf

STYLE = "body { font-family: DejaVu Serif; font-size: 10pt; orphans: 1; widows: 1 } h1 { font-size: 14pt } h2 { font-size: 12pt }"

RUNNING = f"""<html><head><style>{STYLE}
@page {{ size: A6; margin: 1.5cm 1.2cm; @top-right {{ content: "Harbour Board Note 4 · May 2026"; font-size: 7pt }} }}
@page :first {{ @top-right {{ content: none }} }}
.fn {{ float: footnote; font-size: 7pt }} ::footnote-call {{ font-size: 6pt; vertical-align: super }}
</style></head><body>
<h1>Mooring rules</h1>
<p style="margin-bottom: 7.3cm">The harbour master gives every visiting boat a berth.<span class="fn">Berths are free for one night.</span></p>
<p>Boats may not moor at the fuel quay. Skippers must report any spill of fuel or oil to the harbour office at once, and a boat that leaves without paying its dues may be refused a berth on its next visit.</p>
<p style="margin-top: 2cm">Anchoring in the channel is forbidden.</p>
<p style="break-before: page">Water taxis have right of way.</p>
</body></html>"""

LATE_NOTE = f"""<html><head><style>{STYLE}
@page {{ size: A6; margin: 1.5cm 1.2cm }} sup {{ font-size: 7pt; vertical-align: 3pt }}
</style></head><body>
<p>Every boat over ten metres must carry a radio.<sup>1</sup></p>
<p style="break-before: page; margin-top: 5.6cm">The radio must be tested once a month.</p>
<h2>3. Fees</h2>
<p>A berth costs twelve crowns a night.</p>
<p style="font-size: 8pt">Enquiries: harbour office, Quay Street.</p>
<p style="font-size: 7pt; margin-top: 1.6cm">1. A hand-held radio is enough for a rowing boat.</p>
</body></html>"""


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each PDF's extracted Markdown, read once."""
    root = tmp_path_factory.mktemp("pdf-furniture")
    out = {}
    for name, html in (("running", RUNNING), ("late-note", LATE_NOTE)):
        pdf = make_pdf(root / f"{name}.pdf", html)
        out[name] = extract_pdf(pdf, pdf.read_bytes()).text
    return out


def test_a_running_header_missing_from_the_first_page_is_left_out(texts: dict[str, str]) -> None:
    """The header stands on pages 2 and 3 only, in small type: it is left out, the
    paragraph the page break cut is one paragraph again, and the page's note follows it."""
    assert texts["running"] == (
        "## Mooring rules\n"
        "\n"
        "The harbour master gives every visiting\n"
        "boat a berth.[^1]\n"
        "\n"
        "Boats may not moor at the fuel quay.\n"
        "Skippers must report any spill of fuel or\n"
        "oil to the harbour office at once, and a\n"
        "boat that leaves without paying its dues\n"
        "may be refused a berth on its next visit.\n"
        "\n"
        "[^1]: Berths are free for one night.\n"
        "\n"
        "Anchoring in the channel is forbidden.\n"
        "\n"
        "Water taxis have right of way.\n"
    )


def test_a_note_under_small_print_and_a_numbered_heading_is_a_note(texts: dict[str, str]) -> None:
    """The note of a marker on page 1 stands at the foot of page 2, below a heading "3.
    Fees" in the lower half and a line of small print, set apart by a wide blank."""
    assert texts["late-note"].endswith(
        "## 3. Fees\n"
        "\n"
        "A berth costs twelve crowns a night.\n"
        "\n"
        "Enquiries: harbour office, Quay Street.\n"
        "\n"
        "[^1]: A hand-held radio is enough for a rowing boat.\n"
    )
