"""Spans of a text a translator must not touch, as XLIFF inline codes (``<ph>``).

Cross-references (``[](#section-id)``), link targets, autolinks and inline code
(``case-notes.txt`` in back-quotes) are the same in every language; sending them as
placeholders lets translation tools protect them, and lets ``translate import`` refuse a
target that lost, added or changed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROTECTED = re.compile(
    r"\[[^\]\n]*\]\(#[^)\s]+\)"  # a cross-reference with its label
    r"|\]\((?:https?://|mailto:)[^)\s]+\)"  # the target part of an outside link
    r"|<(?:https?://|mailto:)[^>\s]+>"  # an autolink
    r"|`[^`\n]+`"  # inline code
)


@dataclass(frozen=True)
class Code:
    """A protected span: its id in the unit and the text it stands for."""

    id: str
    data: str


Piece = str | Code


def split(text: str, source: list[Piece] | None = None) -> list[Piece]:
    """``text`` as plain runs and codes, each occurrence with its own id.

    For a target, ``source`` is the source's pieces: the n-th occurrence of a span takes
    the id of the source's n-th occurrence of that span (XLIFF pairs codes by id); a span
    the source lacks gets a new id.
    """
    offered: dict[str, list[str]] = {}
    for piece in source or []:
        if isinstance(piece, Code):
            offered.setdefault(piece.data, []).append(piece.id)
    used = sum(len(ids) for ids in offered.values())
    out: list[Piece] = []
    last = 0
    for match in PROTECTED.finditer(text):
        if match.start() > last:
            out.append(text[last:match.start()])
        span = match.group(0)
        if offered.get(span):
            ident = offered[span].pop(0)
        else:
            used += 1
            ident = str(used)
        out.append(Code(ident, span))
        last = match.end()
    if last < len(text):
        out.append(text[last:])
    return out


def joined(pieces: list[Piece]) -> str:
    """The text back from its pieces."""
    return "".join(p.data if isinstance(p, Code) else p for p in pieces)


def codes_of(pieces: list[Piece]) -> list[str]:
    """The codes' texts in order (to compare a source and its target)."""
    return [p.data for p in pieces if isinstance(p, Code)]
