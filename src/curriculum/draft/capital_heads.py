"""A heading in capitals run in at the start of a paragraph is the paragraph's heading.

Reports and inspection summaries set a paragraph's subject in capitals in front of its
first sentence, with no stop or colon after it: "RISK ASSESSMENT Detainees under 18 must be
seen ...". Read as text, the heading was fused in front of the sentence as its subject
("RISK ASSESSMENT Detainees under 18 must be seen by an appropriate adult within ____
hours", blind reviews 39 and 41 found the same class in other layouts). The heading is
told by its shape: two words or more in capitals at the paragraph's start, then a word
with a capital and lower case (the sentence's first word). An acronym opening a sentence
("INTERPOL Yellow Notices ...", "UK NCA officers ...") is one word, or words the document
never writes in lower case (``emphasis.written_lower``), or goes on in lower case: none is
a heading. The paragraph then starts after it, under it as its heading (for the paragraph
only: a run-in heading names its own paragraph), with a line in the audit.
"""

from __future__ import annotations

import re

from curriculum.draft.emphasis import written_lower
from curriculum.draft.lines import Cleaned, Dropped
from curriculum.draft.reading import SourceDoc

REASON = ("heading in capitals run in at the start of its paragraph: its context, not a word of "
          "its sentence")
_HEAD = re.compile(r"[ \t]*(?P<head>[A-Z][A-Z'\u2019&-]+(?:[ \t]+(?:[A-Z][A-Z'\u2019&-]+|&)){1,5})"
                   r"[ \t]+(?=[A-Z][a-z])")
"""Two to six words in capitals, then the sentence's first word (a capital, then lower case)."""


def run_in_heading(doc: SourceDoc, start: int, end: int) -> tuple[int, int, int] | None:
    """The heading in capitals opening the paragraph ``[start, end)``: its offsets and
    where the paragraph's text starts after it, or None."""
    found = _HEAD.match(doc.shown(start, end))
    if found is None:
        return None
    lower = written_lower(doc.text)
    if not any(word.lower() in lower for word in found.group("head").split()):
        return None  # "INTERPOL ICSE Database ...": acronyms, never written as words
    return start + found.start("head"), start + found.end("head"), start + found.end()


def split_heads(doc: SourceDoc, out: Cleaned) -> None:
    """Start every paragraph that opens with a heading in capitals after it, the heading
    its own (module docstring)."""
    for block in out.blocks:
        if block.kind != "para":
            continue
        found = run_in_heading(doc, block.start, block.end)
        if found is None:
            continue
        head_start, head_end, body = found
        block.heading = doc.display(head_start, head_end)
        block.start = body
        out.dropped.append(Dropped(block.line, REASON, block.heading))
