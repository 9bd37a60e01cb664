"""A table of contents, of authorities or an index: entries and page numbers, never text.

A report, a brief or a manual opens with lists of its own parts and of what it cites,
each entry ending with the page it is on ("Summary of Argument 1", "III. A child's
apparent agreement is irrelevant to the offence 4", "Convention on Cybercrime, CETS No.
185, art. 9 3", "Interpretation Act 1990, s. 15 .......... 3"). Read as prose, the lines
of such a list are joined into one paragraph and split at its full stops, and a heading
of the document fused with the page numbers of its neighbours becomes a stem ("A child's
apparent agreement is irrelevant to the offence 4 IV."): a question on the document's
layout, its page numbers taken for figures.

What marks the list is its layout, never its words (``mark``):

- under a heading that names such a list ("Contents", "Table of Contents", "Table of
  Authorities", "Index", "List of Figures"), a group of lines (a run with no blank line)
  most of whose lines, the last of them included, end with a page reference: a number,
  a roman numeral, pages separated by commas, or "passim". The list may go on under
  headings of its own ("Cases", "Statutes") while its groups keep that form (an entry
  may wrap, so a third of a group's lines is enough); the first
  group that does not (the document's first paragraph of prose) ends it;
- anywhere, a group of two or more lines that end with dot leaders and a page reference
  ("Scope .......... 3").

The lines are dropped with a plain reason in the audit; the entries' wording stays in
the headings of the document's body, where it is read in its place.
"""

from __future__ import annotations

import re

from curriculum.draft.lines import Cleaned, Dropped, Line, raw_line
from curriculum.draft.reading import SourceDoc

_LIST_HEADING = re.compile(
    r"(?i)(?:table\s+of\s+(?:contents|authorities|cases|statutes|legislation)|contents|"
    r"index|list\s+of\s+(?:tables|figures|illustrations|abbreviations|authorities))"
)
"""The heading of a list of the document's parts or of what it cites."""
_PAGE_REF = re.compile(
    r"(?:\s|\.{2,}|\u2026)\s*(?:\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?"
    r"(?:\s*,\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?)*|[ivxlc]{1,7}|passim)\s*$"
)
"""The page reference that ends an entry ("... Argument 2", "... 2, 3", "... ii", "...
passim")."""
_LEADERS = re.compile(r"(?:\.\s?){3,}\s*(?:\d{1,3}|[ivxlc]{1,7})\s*$", re.I)
"""Dot leaders and a page number ("Scope .......... 3")."""
REASON = ("a table of contents, of authorities or an index (entries with their page "
          "numbers): the document's layout, not text")


def mark(doc: SourceDoc, lines: list[Line], out: Cleaned) -> None:
    """Drop the lines of every list of contents or authorities (module docstring)."""
    inside = False
    for heading, group in _groups(doc, lines):
        if heading is not None:
            key = " ".join(doc.display(heading.start, heading.end).strip("# ").split())
            key = re.sub(r"^[\dIVX]+[.)]?\s+", "", key)  # "1. Contents"
            inside = inside or _LIST_HEADING.fullmatch(key) is not None
            continue
        if (inside and _entries(doc, group)) or _leaders(doc, group):
            _drop_all(doc, group, out)
        else:
            inside = False


def _groups(doc: SourceDoc, lines: list[Line]) -> list[tuple[Line | None, list[Line]]]:
    """The headings and the runs of text lines between blank lines, in order (a heading as
    ``(heading, [])``, a run as ``(None, lines)``)."""
    out: list[tuple[Line | None, list[Line]]] = []
    run: list[Line] = []
    for line in lines:
        if line.kind in ("para", "bullet"):
            run.append(line)
            continue
        if line.kind in ("noise", "duplicate", "repeat"):
            continue  # a dropped line ("1, 3, 34 4": too few letters) goes on with the run
        if run:
            out.append((None, run))
            run = []
        if line.kind == "heading":
            out.append((line, []))
    if run:
        out.append((None, run))
    return out


def _entries(doc: SourceDoc, group: list[Line]) -> bool:
    """The group's last line ends with a page reference, and a third of its lines or more
    do (an entry may wrap over two or three lines, only its last ending with its page)."""
    ends = [_PAGE_REF.search(doc.display(x.start, x.end)) is not None for x in group]
    return ends[-1] and 3 * sum(ends) >= len(ends)


def _leaders(doc: SourceDoc, group: list[Line]) -> bool:
    """Two lines or more of the group end with dot leaders and a page number."""
    return sum(_LEADERS.search(doc.display(x.start, x.end)) is not None for x in group) >= 2


def _drop_all(doc: SourceDoc, group: list[Line], out: Cleaned) -> None:
    for line in group:
        line.kind, line.reason = "noise", REASON
        out.dropped.append(Dropped(line.number, REASON, raw_line(doc, line)))
