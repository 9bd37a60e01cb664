"""A page's boxes: support, contact, correction, disclaimer and cookie notices are not its body.

Why: a news page, a leaflet or a briefing closes (or opens) with boxes of its kind's
conventions: "Support: Children and young people can contact the ... Helpline free on 116
111, 24 hours a day.", "Correction: An earlier version gave the wrong section number.",
"Disclaimer: ...", a cookie banner ("We use cookies to ..."), a briefing's "Lines to take:".
Read as sentences, they matched a theme and became facts and questions: a helpline's number
and hours asked as true or false, with the box's label fused into the stem (blind review
18, a4; rubric X 5 and X 7). What such a box says is the page's service to its reader, not
a fact of the work.

A box is found by its label or by its markup, whatever the document's kind:

- a paragraph or list item that opens with the label of a box kind (``_LABEL``: "Support:",
  "Help:", "Contact us:", "Correction:", "Disclaimer:", "Copyright:", "Cookies:", "Editor's
  note:", "Lines to take:", "Media enquiries:", "Content warning:"), emphasised or not: every
  sentence of it. A bare "Note:" is not one: a guide's notes state its content ("Note:
  detected victims are not all victims");
- in HTML, an element whose class, id or label names such a box (``class="support"``,
  ``id="cookie-banner"``, ``class="correction"``): every sentence inside it.

The sentences are left out (as contact details are, ``contacts.py``) with the box's kind in
the audit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curriculum.draft.lines import Dropped

if TYPE_CHECKING:
    from curriculum.draft.reading import SourceDoc
    from curriculum.draft.sentences import Sentence

REASON = ("a {kind} box of the page (its label or markup says so): the page's service to "
          "its reader, not a fact of the work")

_KINDS = (r"support|help|getting\s+help|need\s+help|where\s+to\s+get\s+help|helplines?|"
          r"contacts?|contact\s+us|corrections?|clarifications?|disclaimers?|copyright|"
          r"cookies?(?:\s+notice)?|privacy(?:\s+notice)?|editor(?:'|\u2019)?s\s+note|"
          r"lines\s+to\s+take|(?:media|press)\s+enquiries|content\s+(?:warning|advisory)|"
          r"trigger\s+warning")
_LABEL = re.compile(rf"^[\W_]*(?P<kind>{_KINDS})[\s*_]*:", re.I)
"""A box kind's label opening a paragraph ("**Support:** Children ...", "Correction: ...")."""
_BOX_WORD = re.compile(
    r"\b(?P<kind>support|help|helpline|contact|correction|clarification|disclaimer|"
    r"copyright|cookie|consent|privacy|newsletter|subscribe|advert|promo|share|related)s?\b",
    re.I)
"""A word of an HTML element's class, id or label that names a box of the page."""
_OPEN = re.compile(
    r"<(?P<name>div|section|aside|p)\b(?P<attrs>[^>]*\b(?:class|id|aria-label)\s*=[^>]*)>",
    re.I)
_ATTR = re.compile(r"\b(?:class|id|aria-label)\s*=\s*(?:\"(?P<a>[^\"]*)\"|'(?P<b>[^']*)')", re.I)


def drop_boxes(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence of a box of the page as dropped (module docstring)."""
    spans = html_boxes(doc.raw) if doc.kind == "html" else []
    boxed: dict[int, str] = {}  # a labelled block's start -> its kind
    dropped: list[Dropped] = []
    for sentence in sentences:
        if sentence.dropped:
            continue
        kind = next((k for s, e, k in spans if s <= sentence.start < e), "")
        block = sentence.block
        if not kind and block is not None:
            if block.start not in boxed:
                found = _LABEL.match(doc.display(block.start, block.end))
                boxed[block.start] = _kind(found.group("kind")) if found else ""
            kind = boxed[block.start]
        if kind:
            reason = REASON.format(kind=kind)
            sentence.dropped = reason
            dropped.append(Dropped(sentence.line, reason,
                                   doc.display(sentence.start, sentence.end)))
    return dropped


def _kind(label: str) -> str:
    """The box kind as the audit names it ("editor's note", "support")."""
    return " ".join(label.lower().split())


def html_boxes(raw: str) -> list[tuple[int, int, str]]:
    """The spans of an HTML page's elements whose class, id or label names a box of the
    page (``_BOX_WORD``), each with its kind: from the opening tag to its closing one."""
    out = []
    for match in _OPEN.finditer(raw):
        names = " ".join((a.group("a") or a.group("b") or "")
                         for a in _ATTR.finditer(match.group("attrs")))
        kind = _BOX_WORD.search(names)
        if kind is None:
            continue
        end = _closing(raw, match.group("name").lower(), match.end())
        out.append((match.start(), end, kind.group("kind").lower()))
    return out


def _closing(raw: str, name: str, start: int) -> int:
    """Where the element of ``name`` opened just before ``start`` closes (nesting counted);
    the end of the text when it never does."""
    tags = re.compile(rf"<(/?){name}\b[^>]*>", re.I)
    depth = 1
    for tag in tags.finditer(raw, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(raw)
