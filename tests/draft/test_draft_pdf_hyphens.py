# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 20 (b1): a PDF's line that ends in a hyphen after a letter
("... for the Multi-" / "Agency Public Protection Arrangements (MAPPA) ...") was joined to
the next line with a space, and the key came out "Multi- Agency Public Protection
Arrangements". The two halves are one word: the extracted text, which the drafts cite,
joins them with no space and keeps the hyphen (nothing here can tell "Multi-Agency" from a
word split only at the line end). A small PDF of our own words (WeasyPrint). (Two
columns are read across, line by line, by ``pdf_text``: a limit of its own, not this one's.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_draft_formats import make_pdf

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.pdf_text import broken_word, carries_on, extract_pdf
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

REPORT = """<html><head><style>body { font-family: DejaVu Serif; font-size: 10pt } h1 { font-size: 14pt }
@page { size: A5; margin: 1.5cm }</style></head><body>
<h1>Annual report of the Commissioner</h1>
<p>The police, probation and prison services are the responsible authorities for the Multi-<br>Agency Public Protection Arrangements (MAPPA) in the county.</p>
<p>I set aside funds for staff in specialist child-<br>protection roles, including a peer support scheme.</p>
<p>Offenders are managed at one of three levels, and levels 2 and 3 involve multi-<br>agency meetings for higher-risk cases.</p>
</body></html>"""


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf-hyphens") / "report.pdf", REPORT)


def test_a_word_broken_at_a_line_end_hyphen_is_one_word(pdf: Path) -> None:
    text = extract_pdf(pdf, pdf.read_bytes()).text
    read = " ".join(text.split())
    assert "for the Multi-Agency Public Protection Arrangements (MAPPA) in the county." in read
    assert "specialist child-protection roles" in read
    assert "involve multi-agency meetings" in read
    assert "- " not in read.replace(" - ", "")


def test_the_acronym_key_is_the_whole_name(pdf: Path, matcher: ThemeMatcher) -> None:
    """The key reads as the name is written, and its offsets are the extracted text's."""
    analysis = analyse(read_source(pdf, pdf.parent), "t", matcher)
    kept, below = choose(sentence_rules(analysis, matcher) + list_rules(analysis))
    [mappa] = [q for q in [*kept, *below] if q.rule == "acronym" and "(MAPPA)" in q.prompt]
    assert mappa.answers == ["Multi-Agency Public Protection Arrangements"]
    assert analysis.doc.text[mappa.key[0] : mappa.key[1]] == "Multi-Agency Public Protection Arrangements"


@pytest.mark.parametrize(("before", "line", "expected"), [
    ("responsible authorities for the Multi-", "Agency Public Protection", True),
    ("staff in specialist child-", "protection roles", True),
    ("on 1 and 2 -", "3 June", False),  # a dash between words, not a broken word
    ("the 2019-", "20 season", False),  # figures: a range, left as it is
    ("the Multi-", "| table |", False),
])
def test_which_lines_end_in_a_broken_word(before: str, line: str, expected: bool) -> None:
    assert broken_word(before, line) is expected


def test_a_word_broken_over_a_page_break_carries_on() -> None:
    assert carries_on("... the responsible authorities for the Multi-\n", "Agency Public Protection Arrangements (MAPPA) in the county.\n")
    assert not carries_on("... in the county.\n", "Agency Public Protection Arrangements.\n")
