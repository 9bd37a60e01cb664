# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 15b (classes 5 and 6): a PDF's text layer left a space before a
comma or a full stop where a footnote marker or an italic run stood ("three days or more ,
at least"), and the stems copied it; and a bold numbered line of more than ten words
("Proposal 2: ...") was read as text, so the sentences under it sat under the proposal
before. A small PDF of our own (WeasyPrint); the extracted text is what the drafts cite."""

from __future__ import annotations

import pytest
from test_draft_formats import make_pdf

from curriculum.draft.pdf_text import extract_pdf

STYLE = "body { font-family: DejaVu Serif; font-size: 10pt } h2 { font-size: 12pt } .h { font-family: DejaVu Sans; font-weight: bold; font-size: 10.5pt } sup { font-size: 7pt; vertical-align: 3pt }"

HARBOUR = f"""<html><head><style>{STYLE} @page {{ size: A4; margin: 1.5cm }}</style></head><body>
<h2>Harbour fees</h2>
<p class="h">Proposal 1: Charge for every night</p>
<p>Skippers pay for each night in <i>the inner basin</i> , whatever the size of the boat<sup>1</sup> .</p>
<p class="h">Proposal 2: Raise the mooring fee for boats longer than twelve metres</p>
<p>The fee will be forty crowns a night ( from May ) .</p>
<p style="font-size: 7pt">1 Berths at the fuel quay are free.</p>
</body></html>"""


@pytest.fixture(scope="module")
def text(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The PDF's extracted Markdown, read once."""
    pdf = make_pdf(tmp_path_factory.mktemp("pdf-spacing") / "harbour.pdf", HARBOUR)
    return extract_pdf(pdf, pdf.read_bytes()).text


def test_punctuation_set_apart_closes_the_word_before(text: str) -> None:
    """A comma after an italic run and a full stop after a footnote marker close the word
    before them; brackets set apart close round their words."""
    read = " ".join(text.split())
    assert "in the inner basin, whatever the size of the boat[^1]." in read
    assert "forty crowns a night (from May)." in read


def test_a_bold_numbered_line_of_twelve_words_is_a_heading(text: str) -> None:
    """ "Proposal 2: ..." has twelve words, more than an unlabelled bold line may have, but
    its label makes it a heading like "Proposal 1: ..." over it."""
    assert "### Proposal 1: Charge for every night\n" in text
    assert "### Proposal 2: Raise the mooring fee for boats longer than twelve metres\n" in text
