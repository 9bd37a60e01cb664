"""Myths: a claim the text states only to correct it.

Parents' pages, awareness leaflets and training slides write "Myth: Only teenage girls are
targeted." over "Fact: Children of any gender ...", or list "Common misconceptions" one
claim an item. Read without its label or heading, the myth is a plain sentence, kept as a
fact of the module and asked as true: the worst defect there is, a wrong key ("You must
wait 24 hours before reporting a missing child" -> True). The label is a frame of the
item, like a list's lead-in, and the claim is held with it:

- a sentence right after a myth label on its line ("Myth:", "Common misconception -",
  "**Myth:**"), or opening with one, is held; when the label opens its line or item, so
  are the line's further sentences until one opens with the correction ("Fact:",
  "Reality:", "In fact", "But"); after another label ("Speaker notes: Common
  misconception: ...") only the claim is held, the note going on with its correction;
- under a heading that names myths or misconceptions ("Myths and facts", "Common
  misconceptions we will correct"), the first sentence of each list item is the claim and
  is held unless it is labelled as the fact; the item's further sentences (the
  correction) are read as before.

The correction is content and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curriculum.draft.cleaning import Dropped

if TYPE_CHECKING:
    from curriculum.draft.reading import SourceDoc
    from curriculum.draft.sentences import Sentence

REASON = "a myth the text states in order to correct it, not a fact"
_KIND = (r"(?:(?:common|popular|widespread)\s+)?(?:myths?|misconceptions?|misbeliefs?"
         r"|false\s+beliefs?)")
_LABEL_BEFORE = re.compile(
    r"(?:^|[\s*_>#|(\[-])" + _KIND + r"[\s*_]*[:\u2013\u2014-][\s*_\"'\u201c\u2018]*$", re.I)
"""A myth label ending right where the sentence starts ("  Myth: ", "**Myth:** ")."""
_LABEL_OPENS = re.compile(r"^(?:[^.:!?\n]{1,30}:[\s*_]*)?[\s*_\"'\u201c]*" + _KIND
                          + r"[\s*_]*[:\u2013\u2014-]", re.I)
"""A sentence that opens with the label ("Myth: Only strangers groom children."), perhaps
after a label of its own ("Speaker notes: Common misconception: ...")."""
_OWN = re.compile(r"^[\s*_\"'\u201c]*" + _KIND + r"[\s*_]*[:\u2013\u2014-]", re.I)
"""The label opens the sentence itself, no other label before it."""
_CORRECTION = re.compile(
    r"^[\s*_\"'\u201c\u2022+-]*(?:facts?|the\s+facts?|reality|the\s+reality|truth|the\s+truth)"
    r"[\s*_]*[:\u2013\u2014-]|^[\s*_]*(?:in\s+(?:fact|reality|truth)|actually|however|but)\b",
    re.I)
"""A sentence that opens the correction: "Fact:", "Reality -", "In fact, ...", "But ..."."""
_HEADING = re.compile(r"\b(?:myths?|misconceptions?|misbeliefs?)\b", re.I)
_MARKER_ONLY = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25cf]|\(?\w{1,3}[.)])?\s*$")
"""The text in front of an item's first sentence on its line: its marker, if any."""


def drop_myths(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence that states a myth as dropped (module docstring)."""
    dropped: list[Dropped] = []
    held_line = -1
    """The line of the last sentence held after a label: its line's later sentences
    belong to the same myth until a correction opens."""
    for sentence in sentences:
        if sentence.dropped:
            continue
        text = doc.text[sentence.start : sentence.end]
        prefix = doc.text[doc.text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
        if _CORRECTION.match(text) or _CORRECTION.match(prefix):
            held_line = -1
            continue
        # the label opens its line or item: the line is the myth ("Myth: X. Y.")
        heads = bool(_LABEL_BEFORE.fullmatch(prefix.strip(" \t-*+\u2022>")) or _OWN.match(text))
        if heads or sentence.line == held_line:
            held_line = sentence.line
        elif not (_LABEL_BEFORE.search(prefix) or _LABEL_OPENS.match(text)
                  or _first_of_item(sentence, prefix)):
            continue
        sentence.dropped = REASON
        dropped.append(Dropped(sentence.line, REASON, doc.display(sentence.start, sentence.end)))
    return dropped


def _first_of_item(sentence: Sentence, prefix: str) -> bool:
    """The first sentence of a list item under a heading that names myths."""
    return (sentence.kind == "bullet" and bool(_HEADING.search(sentence.heading))
            and bool(_MARKER_ONLY.match(prefix)))
