"""A unified diff in a plain-text source: read the new version, never the removed lines.

A policy team circulates a redline as a unified diff ("diff -u old new") because it
survives every mail client: "-" lines are the old text, "+" lines the new, lines opening
with a space are unchanged. Read as prose, the removed and the added versions of one rule
stand side by side, and a question keyed on the removed one ("HIGH referrals are allocated
within 5 working days", true only of the superseded version) has a wrong key. So a diff is
read as the document it produces: its file headers ("--- a/..", "+++ b/..") and hunk headers
("@@ -15,35 +21,64 @@") are hidden, each kept line loses its one-character marker, and each
run of removed lines is hidden whole and joined over, so that a sentence whose old ending was
replaced runs on into its new one. Offsets never move (``markup.py``): every quote stays
checkable against the file.

A hunk is read by its header's counts (old and new line counts), which is how ``patch``
reads it, so a line after the hunk that happens to open with "-" or "+" (a list, a sign) is
never taken for a diff line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OLD_FILE = re.compile(r"--- \S[^\n]*")
_NEW_FILE = re.compile(r"\+\+\+ \S[^\n]*")
_HUNK = re.compile(r"@@ -\d+(?:,(?P<old>\d+))? \+\d+(?:,(?P<new>\d+))? @@[^\n]*")
_PREAMBLE = re.compile(r"(?:diff |index [0-9a-f]+\.\.|new file mode |deleted file mode )")
"""The lines ``git diff`` writes before a file's headers ("diff --git a/x b/x", "index ..")."""


@dataclass
class Diff:
    """What a source's unified diffs hide (see the module docstring); spans are offsets."""

    headers: list[tuple[int, int]] = field(default_factory=list)
    """File and hunk header lines, and the "\\ No newline at end of file" notes."""
    markers: list[tuple[int, int]] = field(default_factory=list)
    """The one-character marker (" " or "+") opening each kept line."""
    removed: list[tuple[int, int]] = field(default_factory=list)
    """Each run of removed lines, from its first line's start to the line after it."""


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    """Offset of the line break (or of the text's end)."""
    text: str


def unified_diffs(text: str) -> Diff:
    """Every unified diff in ``text`` (see the module docstring); an empty ``Diff`` for a
    text that holds none, which is nearly every source."""
    found = Diff()
    if "\n@@ -" not in text:
        return found
    lines = _lines(text)
    index = 0
    while index < len(lines):
        if _file_headers(lines, index):
            _preamble(lines, index, found)
            found.headers += [_span(lines[index]), _span(lines[index + 1])]
            index = _hunks(lines, index + 2, found)
        else:
            index += 1
    return found


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    at = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(at, at + len(body), body))
        at += len(raw)
    return out


def _span(line: _Line) -> tuple[int, int]:
    return line.start, line.end


def _file_headers(lines: list[_Line], index: int) -> bool:
    """A "--- old" line, a "+++ new" line, then a hunk header: a diff's start, and
    nothing else in prose looks like it."""
    return (
        index + 2 < len(lines)
        and _OLD_FILE.fullmatch(lines[index].text) is not None
        and _NEW_FILE.fullmatch(lines[index + 1].text) is not None
        and _HUNK.fullmatch(lines[index + 2].text) is not None
    )


def _preamble(lines: list[_Line], index: int, found: Diff) -> None:
    """``git diff``'s lines just above the file headers are the diff's too."""
    at = index - 1
    while at >= 0 and _PREAMBLE.match(lines[at].text):
        found.headers.append(_span(lines[at]))
        at -= 1


def _hunks(lines: list[_Line], index: int, found: Diff) -> int:
    """Read the hunks from ``index``; return the index of the first line after them."""
    while index < len(lines):
        header = _HUNK.fullmatch(lines[index].text)
        if header is None:
            return index
        found.headers.append(_span(lines[index]))
        old = int(header.group("old") or 1)
        new = int(header.group("new") or 1)
        index = _hunk_body(lines, index + 1, old, new, found)
    return index


def _hunk_body(lines: list[_Line], index: int, old: int, new: int, found: Diff) -> int:
    """Walk one hunk's lines until its counts are used up, as ``patch`` does."""
    removed_from: int | None = None
    while index < len(lines) and (old > 0 or new > 0 or lines[index].text.startswith("\\")):
        line = lines[index]
        mark = line.text[:1]
        if mark == "\\":  # "\ No newline at end of file"
            found.headers.append(_span(line))
        elif mark == "-" and old > 0:
            old -= 1
            removed_from = line.start if removed_from is None else removed_from
            index += 1
            continue
        elif mark in (" ", "") and old > 0 and new > 0:  # a blank context line may lose its space
            old, new = old - 1, new - 1
            if mark:
                found.markers.append((line.start, line.start + 1))
        elif mark == "+" and new > 0:
            new -= 1
            found.markers.append((line.start, line.start + 1))
        else:
            break  # a malformed hunk: stop reading it as a diff
        _close_removed(removed_from, line.start, found)
        removed_from = None
        index += 1
    _close_removed(removed_from, lines[index].start if index < len(lines) else lines[-1].end,
                   found)
    return index


def _close_removed(start: int | None, upto: int, found: Diff) -> None:
    """Record a run of removed lines ending where the line at ``upto`` starts (or where
    the text ends)."""
    if start is not None:
        found.removed.append((start, upto))
