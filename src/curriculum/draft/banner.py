"""The title a plain-text document boxes between rule lines, when no title is found.

A control room's script or a force's form often opens with a banner: a rule line of
"=" signs, the issuer and the document's name in capitals, another rule line, and then
its "Key : value" header ("Doc ref : ...", "Issued : ..."). The header reader takes the
first rule line for a title line above the keys, so the document's title is a row of
"=" signs and says nothing of what the document is about; the banner's own lines ("CALL
HANDLING SCRIPT CH-14: REPORT OF A MISSING OR ABDUCTED CHILD") are read as metadata. For
placing sentences by their document's title (``placement.document_title``) the banner's
lines are the title: they are what a reader sees as the document's name. Only the
placement reads it: a stem never takes these words (a banner in capitals is no name to
paste into a clause).
"""

from __future__ import annotations

import re

from curriculum.draft.analysis import Analysis

_RULE = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,}|#{3,})[ \t]*$")
MAX_LINES = 4
"""A banner names a document in a few lines; more is a header of fields, not a title."""


def banner_title(analysis: Analysis) -> str:
    """The banner's lines joined (". "), when the title found holds no letter and the
    front matter is a header opened by a rule line; else "". The lines between the
    opening rule and the next one that hold letters, at most ``MAX_LINES``."""
    title = analysis.cleaned.title or ""
    meta = analysis.doc.meta
    if any(c.isalpha() for c in title) or meta.span is None or meta.shape != "header":
        return ""
    lines = analysis.doc.raw[meta.span[0] : meta.span[1]].splitlines()
    if not lines or not _RULE.match(lines[0]):
        return ""
    inside: list[str] = []
    for line in lines[1:]:
        if _RULE.match(line):
            break
        if any(c.isalpha() for c in line):
            inside.append(" ".join(line.split()))
    return ". ".join(inside) if 0 < len(inside) <= MAX_LINES else ""
