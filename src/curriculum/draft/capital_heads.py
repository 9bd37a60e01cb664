"""A heading run in at the start of a paragraph, in capitals or emphasised, with no stop
after it, is the paragraph's heading.

Reports and inspection summaries set a paragraph's subject in capitals in front of its
first sentence, with no stop or colon after it: "RISK ASSESSMENT Detainees under 18 must be
seen ...". Read as text, the heading was fused in front of the sentence as its subject
("RISK ASSESSMENT Detainees under 18 must be seen by an appropriate adult within ____
hours", blind reviews 39 and 41 found the same class in other layouts). The heading is
told by its shape: two words or more in capitals at the paragraph's start, then a word
with a capital and lower case (the sentence's first word). An acronym opening a sentence
("INTERPOL Yellow Notices ...", "UK NCA officers ...") is one word, or words the document
never writes in lower case (``emphasis.written_lower``), or goes on in lower case: none is
a heading. So is an emphasised stretch that opens the paragraph with no stop or colon, then a
capitalised word ("**Appropriate adults** Detainees under 18 must ...", "<strong>Medical
care</strong> A nurse must ..."): at most ``MAX_WORDS`` words, the emphasis closed
before the sentence starts (an emphasised sentence opening, "**All staff** must ...", goes
on in lower case and stays). A head that opens with a verb's form is a resolution's clause
("RECALLING ALSO Resolution 12 ...", "*Noting* The report ...", ``resolutions.py``) and
stays too. The paragraph then starts after it, under it as its heading (for the paragraph
only: a run-in heading names its own paragraph), with a line in the audit.
"""

from __future__ import annotations

import re

from curriculum.draft.emphasis import written_lower
from curriculum.draft.lines import Cleaned, Dropped
from curriculum.draft.markup import VISIBLE
from curriculum.draft.reading import SourceDoc
from curriculum.draft.resolutions import verb_form

REASON = ("heading run in at the start of its paragraph (in capitals or emphasised, no stop): its "
          "context, not a word of its sentence")
_HEAD = re.compile(r"[ \t]*(?P<head>[A-Z][A-Z'\u2019&-]+(?:[ \t]+(?:[A-Z][A-Z'\u2019&-]+|&)){1,5})"
                   r"[ \t]+(?=[A-Z][a-z]|[AI][ \t]+[a-z])")
"""Two to six words in capitals, then the sentence's first word (``_SENTENCE_START``)."""
_SENTENCE_START = re.compile(r"[A-Z][a-z]|[AI][ \t]+[a-z]")
"""A sentence's first word: a capital, then lower case, or "A" or "I"."""
_OPENS = re.compile(r"(?:\*\*|__|\*|_|<(?:strong|b|em|i)\b[^>]*>)$", re.I)
"""Emphasis opening right before a stretch: Markdown's marks, HTML's emphasis tags."""
_CLOSES = re.compile(r"(?:\*\*|__|\*|_|</(?:strong|b|em|i)>)", re.I)
MAX_WORDS = 6
"""An emphasised opening of more words is a sentence's own emphasis, not its heading."""
_STOPS = ".:;,!?"


def emphasised_head(doc: SourceDoc, start: int, end: int) -> tuple[int, int, int] | None:
    """The emphasised heading with no stop opening the paragraph ``[start, end)``: its
    offsets and where the paragraph's text starts after it, or None."""
    mask, text = doc.mask, doc.text
    i = start
    while i < end and text[i].isspace():
        i += 1
    while i < end and mask[i] != VISIBLE:
        i += 1
    first = i
    if not _OPENS.search(doc.raw, max(0, first - 40), first):
        return None  # no emphasis opens the paragraph (a link's or a quote's mark is none)
    while i < end and mask[i] == VISIBLE:
        i += 1
    last = i
    while i < end and (mask[i] != VISIBLE or text[i].isspace()):
        i += 1
    shown = text[first:last].strip()
    if (last >= end or not _CLOSES.match(doc.raw, last) or i >= end or not shown
            or shown[-1] in _STOPS or len(shown.split()) > MAX_WORDS
            or not _SENTENCE_START.match(text, i)):
        return None
    return first, first + len(shown), i


def run_in_heading(doc: SourceDoc, start: int, end: int) -> tuple[int, int, int] | None:
    """The heading in capitals or emphasised opening the paragraph ``[start, end)``: its
    offsets and where the paragraph's text starts after it, or None."""
    emphasised = emphasised_head(doc, start, end)
    if emphasised is not None:
        return emphasised
    found = _HEAD.match(doc.shown(start, end))
    if found is None:
        return None
    lower = written_lower(doc.text)
    if not any(word.lower() in lower for word in found.group("head").split()):
        return None  # "INTERPOL ICSE Database ...": acronyms, never written as words
    return start + found.start("head"), start + found.end("head"), start + found.end()


def _verb_first(head: str) -> bool:
    """The head opens with a verb's form: a resolution's clause ("RECALLING Article 2 ...",
    "*Noting* The report ...", ``resolutions.py``), whose verb is the clause's own."""
    return verb_form(head.split()[0])


def split_heads(doc: SourceDoc, out: Cleaned) -> None:
    """Start every paragraph that opens with a heading in capitals after it, the heading
    its own (module docstring)."""
    for block in out.blocks:
        if block.kind != "para":
            continue
        found = run_in_heading(doc, block.start, block.end)
        if found is None or _verb_first(doc.display(found[0], found[1])):
            continue
        head_start, head_end, body = found
        block.heading = doc.display(head_start, head_end)
        block.start = body
        out.dropped.append(Dropped(block.line, REASON, block.heading))
