"""A figure that says a service is always open is no quantity to ask.

"The Crew Support Programme (confidential, 24 hours)", "a counselling line, open 24 hours",
"available seven days": the figure is the whole day or the whole week, and says only that
the service never closes. Blanked, it asks how many hours a day has ("confidential, ____
hours" -> 24, with 12, 36 and 48 beside it); changed, it says a line is open 12 hours,
which no learner could know to be false (blind review 29, a3: X, "24 hours is round-the-clock
availability, not a length"). "24 hours a day" and "seven days a week" are caps already
(``distractors.period_cap``); this is the same figure written without its period. A
bracket's figure is an aside and gives its sentence no true/false item; a sentence that
claims the opening ("requires a point of contact available 24 hours a day") may still be
stated true, never changed.

Read from the layout and the parse, not from a service's name: the figure is 24 hours or 7
days and either

- stands in brackets as one of their descriptors, alone or after single words ("(24
  hours)", "(free, 24 hours)"), with nothing after it inside them (a condition after it,
  "(24 hours if a child is at risk)", makes it a limit), or
- is the measure of a word of being open or staffed ("open 24 hours", "available 7 days",
  "staffed 24 hours"), with no preposition of its own ("within 24 hours", "for 24 hours" are
  lengths).
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.facts import Fact

_WHOLE = {"hour": 24.0, "day": 7.0}
"""The figure of each unit that covers its whole cycle: a day's hours, a week's days."""
_OPEN_WORDS = frozenset({"open", "available", "staffed", "manned", "answered", "operate",
                         "operational", "run", "accessible", "reachable", "online"})
"""Words a service's opening time measures ("open 24 hours", "staffed 7 days")."""
_DESCRIPTOR = re.compile(r"[A-Za-z][A-Za-z-]*")
"""A bracket's other descriptor beside the figure: one word ("free", "confidential")."""


BRACKET = "bracket"
MEASURE = "measure"


def round_the_clock(text: str, sentence_start: int, fact: Fact, parsed: Any) -> str:
    """How ``fact`` (a count in the sentence starting at ``sentence_start``) says a service
    never closes (module docstring): ``BRACKET`` for a descriptor in brackets, an aside a
    statement of its sentence does not claim either; ``MEASURE`` for the measure of "open"
    or "available", which its sentence does claim ("Article 35 requires a point of contact
    available 24 hours a day": stated true, never changed nor blanked); "" for a figure
    that is a quantity."""
    unit = fact.noun.split()[-1].lower().rstrip("s") if fact.noun else ""
    whole = _WHOLE.get(unit)
    if whole is None or fact.number != whole:
        return ""
    if _bracket_descriptor(text, fact):
        return BRACKET
    return MEASURE if _measures_opening(parsed, sentence_start, fact) else ""


def _bracket_descriptor(text: str, fact: Fact) -> bool:
    """ "(24 hours)", "(free, 24 hours)": the figure and its unit end the bracket, and
    whatever stands before it inside the bracket is single words between commas."""
    opened = text.rfind("(", 0, fact.span[0])
    if opened < 0 or ")" in text[opened : fact.span[0]]:
        return False
    after = re.match(r"[ \t]*\)", text[fact.context[1] :])
    if after is None:
        return False
    before = [p.strip() for p in text[opened + 1 : fact.span[0]].split(",")]
    return before[-1] == "" and all(_DESCRIPTOR.fullmatch(p) for p in before[:-1])


def _measures_opening(parsed: Any, sentence_start: int, fact: Fact) -> bool:
    """ "open 24 hours", "available 7 days": the unit hangs, with no preposition, on a word
    of being open."""
    if parsed is None:
        return False
    start, end = fact.span[0] - sentence_start, fact.context[1] - sentence_start
    unit = next((t for t in parsed if start < t.idx < end and t.like_num is False
                 and t.pos_ == "NOUN"), None)
    if unit is None or unit.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj"):
        return False
    return unit.head.lemma_.lower() in _OPEN_WORDS or unit.head.lower_ in _OPEN_WORDS
