# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 10 (R9): a web page's banner ("SITE | Ministry of ...") and its
reference line ("Ref: ... | Applies to: ...") were read as facts, and a sentence that
opens with a quoted word ('"Must" means a legal duty') was split after its opening mark,
leaving the mark on the sentence before. Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.cleaning import clean
from curriculum.draft.nlp import sentence_spans
from curriculum.draft.reading import read_source

PAGE = """<html><head><title>Harbour safety for schools</title></head><body>
<header><p><strong>HARBOUR.GOV</strong> | Port Authority of Kelmouth (fictional)</p></header>
<main>
<h1>Harbour safety for schools</h1>
<p>Ref: PA/HS/2026/02 | Applies to: every school that takes pupils on a visit to the port, for pupils of all ages</p>
<p>A teacher must count the pupils before they board a ferry. Staff | pupils | parents read this page.</p>
</main></body></html>"""


def test_a_banner_and_a_reference_line_of_a_web_page_are_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, "utf-8")
    doc = read_source(path, tmp_path)
    out = clean(doc)
    shown = [(b.kind, doc.display(b.start, b.end)) for b in out.blocks]
    assert not [s for s in shown if "HARBOUR.GOV" in s[1] or "Applies to" in s[1]]
    assert [d.reason for d in out.dropped if d.reason.startswith("banner")] == [
        "banner or reference line of several items: metadata, not text",
    ] * 2
    # a sentence with a bar in it is prose, not a banner
    assert any(s[1].startswith("A teacher must count the pupils") for s in shown)


def test_an_opening_quotation_mark_starts_the_next_sentence() -> None:
    text = ('Schools must have regard to this page. "Must" means a duty the law sets. The'
            ' guard said "stop." Then the pupils waited.')
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Schools must have regard to this page.",
        '"Must" means a duty the law sets.',
        'The guard said "stop."',
        "Then the pupils waited.",
    ]


THREAD = """From: Harbour Desk <desk@harbour.example>
To: Ferry Police <duty@ferry.example>
Date: Tue, 3 Mar 2026 09:12:00 +0000
Subject: Child found alone on the night ferry

Dear duty officer,

A crew member found a child alone on the night ferry at 02:10. The child is now with the harbour desk.

----------------------------------------------------------------------

From: Ferry Police <duty@ferry.example>
To: Harbour Desk <desk@harbour.example>
Date: Tue, 3 Mar 2026 09:40:00 +0000
Subject: RE: Child found alone on the night ferry

Thank you. An officer will collect the child within the hour.

> From: Harbour Desk <desk@harbour.example>
> Date: Tue, 3 Mar 2026 09:12:00 +0000
> A crew member found a child alone on the night ferry at 02:10.
"""


def test_the_header_blocks_and_quoted_lines_of_an_email_thread_are_no_text(tmp_path: Path) -> None:
    """Blind review 10 (R10): the header blocks of the replies and the lines they quote
    ("> From: ...") were read as sentences, and the first "From:" line as the title."""
    path = tmp_path / "thread.txt"
    path.write_text(THREAD, "utf-8")
    doc = read_source(path, tmp_path)
    out = clean(doc)
    assert out.title == "Child found alone on the night ferry"
    shown = [doc.display(b.start, b.end) for b in out.blocks]
    assert not [s for s in shown if "From:" in s or "Subject:" in s or s.startswith(">")]
    reasons = [d.reason for d in out.dropped]
    assert reasons.count("e-mail header line: metadata, not text") == 6  # the first block is
    assert reasons.count("front matter (From): metadata, not text") == 1  # the front matter
    assert reasons.count("quoted from an earlier message of the thread: read where it was written") == 1
    assert any(s.startswith("Thank you. An officer will collect the child") for s in shown)
