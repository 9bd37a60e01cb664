"""Line numbers in the margin: a transcript's "3:14", a pleading's or a bill's "12".

A transcript of a hearing or a deposition, a bill or a pleading numbers its lines in the
margin, so that a reader can cite "page 4, line 19". The numbers are a locator, not the
text: left in, they cut every wrapped sentence ("of the 3:25 alleged offences"), read as
figures and stop a speaker's label from opening its line. A margin is a run of at least
``_RUN`` lines that each open with a number (or PAGE:LINE) and a gap of two spaces or a
tab, counting up by one; a new page starts again at 1, and its page header (one or two
lines such as "Page 4") may stand between. Its numbers are hidden like markup, so the text
keeps its offsets and every quote stays checkable against the file; its page breaks (the
blank lines and the header between a page's last numbered line and the next page's first)
do not end a paragraph, as a printed transcript's sentence runs on over the page.

Numbered paragraphs are no margin: their wrapped lines carry no number, which breaks the
run; a numbered table's first column is a table's (``tables.plain_tables``), read before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

_NUMBER = re.compile(
    r"[ \t]{0,8}(?:(?P<page>\d{1,4}):)?(?P<line>\d{1,3})(?=[ \t]{2,}\S|\t\S|[ \t]*$)")
_RUN = 5
"""Fewer numbered lines in a row are a short list, not a margin."""
_HEADER_LINES = 2
"""Unnumbered lines a page break may hold ("Page 4", a running head)."""


@dataclass(frozen=True)
class _Mark:
    """One line's margin number: where it is and what it counts."""

    start: int
    end: int
    page: int | None
    line: int
    line_end: int
    """Where the numbered line ends (its line break's offset)."""


@dataclass
class Margin:
    """What the margin hides, and the page breaks that join what they cut."""

    numbers: list[tuple[int, int]] = field(default_factory=list)
    breaks: list[tuple[int, int]] = field(default_factory=list)
    """From the end of a page's last numbered line to the start of the next page's first."""


def margin_numbers(text: str) -> Margin:
    """Every margin number in ``text`` and its runs' page breaks (see the module
    docstring)."""
    found = Margin()
    run: list[_Mark] = []
    between = 0  # unnumbered lines with text since the run's last number
    at = 0
    for raw in text.splitlines(keepends=True):
        mark = _mark(raw, at)
        at += len(raw)
        if mark is None:
            between += bool(raw.strip())
            continue
        if not run or not _follows(run[-1], mark, between):
            _keep(run, found)
            run = []
        run.append(mark)
        between = 0
    _keep(run, found)
    return found


def _mark(line: str, at: int) -> _Mark | None:
    found = _NUMBER.match(line)
    if found is None:
        return None
    page = found.group("page")
    return _Mark(at, at + found.end(), int(page) if page else None, int(found.group("line")),
                 at + len(line.rstrip("\r\n")))


def _follows(last: _Mark, mark: _Mark, between: int) -> bool:
    """``mark`` counts on from ``last``: the next line, or line 1 of a new page, with
    nothing but a page header between."""
    if (last.page is None) != (mark.page is None):
        return False
    next_line = mark.line == last.line + 1 and mark.page == last.page and not between
    new_page = mark.line == 1 and between <= _HEADER_LINES and (
        mark.page is None or last.page is None or mark.page == last.page + 1)
    return next_line or new_page


def _keep(run: list[_Mark], found: Margin) -> None:
    if len(run) < _RUN:
        return
    found.numbers += [(m.start, m.end) for m in run]
    found.breaks += [(last.line_end, mark.start) for last, mark in pairwise(run)
                     if mark.start > last.line_end + 1]
