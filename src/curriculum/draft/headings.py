"""Plain-text headings: a line that names a section, not a sentence to quote.

Authors' texts often put a heading straight above its paragraph, with no blank line and
no Markdown mark ("Expansion" over "The unit grew ..."). Joined as a hard-wrapped
paragraph, the heading became the first word of a stem. The test here is on the
line's shape only: short, no final punctuation, capitalised like a title (or all
capitals, or much shorter than the line after it), and the next line starts a sentence.
"""

from __future__ import annotations

import re

MAX_HEADING_WORDS = 10
"""Longer lines without final punctuation are wrapped prose, not headings."""
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "via",
        "vs",
        "per",
        "as",
        "into",
        "onto",
    ]
)
"""Words a title leaves in lower case ("Training and Referral")."""


def looks_like_heading(text: str, following: str, standalone: bool = False) -> bool:
    """True when ``text`` reads as a heading over the line ``following``; a ``standalone``
    line (blank lines around it) need not be shorter than what follows."""
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or len(text) > 80:
        return False
    if re.search(r"[.!?,;:\-]$", text) or not (text[0].isupper() or text[0].isdigit()):
        return False
    if not following or not (following[0].isupper() or following[0] in "\"'(\u2022"):
        return False
    letters = [w for w in words if w[:1].isalpha()]
    if not letters or words[-1].lower() in SMALL_WORDS:
        return False  # a wrapped line stops mid-phrase ("... by the")
    if text.isupper() and len(text) > 3:
        return True
    title_case = all(w[0].isupper() or w.lower() in SMALL_WORDS for w in letters)
    if title_case and (len(words) > 1 or len(text) < 0.5 * len(following)):
        return True
    if standalone:
        return True
    return len(words) <= 6 and len(text) <= 0.5 * len(following) and len(following) >= 40


_CAPTION = re.compile(r"^(?:Table|Figure|Chart)\s+\d{1,3}[A-Za-z]?(?:\.\d{1,2})?[.:]\s+\S")
CAPTION_WORDS = 30


def caption(shown: str) -> bool:
    """"Table 1: Sexual offences recorded, 2020/21 to 2024/25": a table's or figure's
    title, the context of the rows under it, never a sentence (no final full stop)."""
    return (
        _CAPTION.match(shown) is not None
        and len(shown.split()) <= CAPTION_WORDS
        and not shown.rstrip().endswith(".")
    )
