"""Could a sentence yield a question at all? A cheap test on its raw text, before parsing.

Parsing is the expensive part of ``draft``; a sentence that no question rule can use
need not be parsed. ``might_yield`` is a *superset* test: it answers True for every
sentence a rule in ``questions.py`` or ``lists.py`` might turn into a question (a
figure, a number word, a year, a defined acronym, a capitalised name or place, a
definitional cue or a present "is"/"are", a lead-in ending in ":", a glossary entry
"Term: ...", an author keyword),
and may answer True for many that yield nothing.
It must never answer False for a sentence a rule could use: when a rule learns a new
trigger, this test learns it in the same commit (``tests/draft/test_draft_candidates.py``
pins that every drafted question's sentence passes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from curriculum.draft.facts import NUMBER_WORDS

_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_FIGURE = re.compile(
    r"\d|\b(?:" + _NUMBER_WORDS + r"|one|dozen|dozens|hundreds|thousands|millions|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|forty|sixty|seventy|"
    r"eighty|ninety|thousand|million|billion|half|quarter|third|twice|double)\b",
    re.I,
)
_DEFINITION = re.compile(
    r"\b(?:means|meaning|defined|defines|definition|refers? to|known as|stands? for|"
    r"is called|are called)\b",
    re.I,
)
_COPULA = re.compile(r"\b(?:is|are)\b", re.I)
"""A present-tense "is"/"are": a definition "X is a Y that ..." (``definitions.py``)."""
_ENTRY = re.compile(r"^\s*[A-Za-z][^:;.,()]{0,60}?(?::|\s[-\u2013\u2014]\s)")
"""A glossary entry, "Term: definition" (``glossary.py``)."""
_ACRONYM = re.compile(r"\([A-Z][A-Za-z]?[A-Z]{1,7}\)")
_INNER_CAPITAL = re.compile(r"(?<=[\s\"'(\[,;:])[A-Z]")
"""A capital letter after the sentence's first word: a name, a place, an organisation."""


def might_yield(text: str, keywords: Iterable[str] = ()) -> bool:
    """True unless no question rule can use this sentence (see the module docstring).

    ``keywords`` are the themes' keyword phrases (any case); a sentence holding the
    first word of one of them, by its first five letters, passes (lemmas vary the end:
    "offenders" / "offender", "travelling" / "travel").
    """
    if (
        _FIGURE.search(text)
        or _ACRONYM.search(text)
        or _INNER_CAPITAL.search(text.lstrip(" \"'([")[1:])
        or _DEFINITION.search(text)
        or _COPULA.search(text)
        or text.rstrip().endswith(":")
        or _ENTRY.search(text)
    ):
        return True
    lowered = text.casefold()
    return any(_prefix(k) in lowered for k in keywords if _prefix(k))


def _prefix(keyword: str) -> str:
    words = keyword.casefold().split()
    return words[0][:5] if words else ""
