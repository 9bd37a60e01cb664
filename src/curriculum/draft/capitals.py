"""Whether a stem's first word keeps its capital when a lead goes in front of it.

"As of March 2025, All 14 hubs are linked ..." reads as a slip: after a lead the first
word is mid-sentence, and only a name keeps its capital there. The parse says which
words are names (a proper noun, a named entity), so no list of words is needed; "The"
before a name of an organisation is lowercased as it reads mid-sentence ("the Harbourside
Centre"), but not before a place or a title that owns it ("The Hague").
"""

from __future__ import annotations

from typing import Any

NAMES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                   "WORK_OF_ART", "LAW", "LANGUAGE"})
"""Entity types that are names; a number word ("Two of the ...", CARDINAL) or a date word
is lowercased like any other word."""


def keeps_capital(token: Any) -> bool:
    """``token``, first in a stem, keeps its capital after a lead: a name, "I" or an
    acronym; "The" only as part of a place's or a work's name."""
    if token.text == "The":
        return token.ent_type_ in ("GPE", "WORK_OF_ART")
    if token.text == "I" or (token.text.isupper() and len(token.text) > 1):
        return True
    return token.pos_ == "PROPN" or token.ent_type_ in NAMES


def first_keeps_capital(parsed: Any, offset: int) -> bool | None:
    """Whether the word of ``parsed`` at character ``offset`` keeps its capital after a
    lead; None when the parse has no word there (the caller decides as it did without)."""
    token = next((t for t in parsed if t.idx == offset and not t.is_space), None)
    return None if token is None else keeps_capital(token)
