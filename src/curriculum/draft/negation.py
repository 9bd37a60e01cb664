"""Where a negation reaches: the clause and the rule a figure belongs to.

A figure under a negated verb is held back as fatal (``scoring._negated``): "No appeal
was brought against the sentence of four years" stays true with any other figure. Two
shapes put a negation next to a figure without scoping over it, and a rule's limit was
lost to each (blind review 14, classes 7 and R3):

- **another clause**: "An officer may remove a child for up to 72 hours; this power does
  not confer parental responsibility". The parser hangs the first clause on the second
  (a ``ccomp`` across the semicolon), so climbing from the figure's verb reached the
  negated one. A clause set off by ";" or ":" is a clause of its own: the climb stops
  there (``other_clause``).
- **a negated trigger**: "If a decision has not been reached within six weeks, the
  applicant may ask ...". The negation is the rule's condition, and its figure is the
  limit the rule sets: another figure states another rule, so a choice of figures has one
  answer (``rule_trigger``). A true/false twin of it does not: a later limit ("not reached
  within eight weeks") still follows from the rule, so that stays held.
"""

from __future__ import annotations

from typing import Any

_BOUNDARY = frozenset({";", ":"})
_CONDITIONS = frozenset({"if", "where", "when", "once"})
"""Conjunctions that make a clause the condition of the clause it hangs on."""


def other_clause(verb: Any) -> bool:
    """``verb`` and its head are set apart by a semicolon or a colon hung on the head:
    two clauses the parser joined, not a verb and its complement."""
    head = verb.head
    low, high = sorted((verb.i, head.i))
    return any(c.dep_ == "punct" and c.text in _BOUNDARY and low < c.i < high
               for c in head.children)


def rule_trigger(verb: Any) -> bool:
    """``verb`` heads the condition ("if ... has not been reached within six weeks") of a
    main clause that states what may or must then be done (a modal), itself not negated."""
    if verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return False
    main = verb.head
    modal = any(c.tag_ == "MD" and c.lower_ not in ("might", "could") for c in main.children)
    return modal and not any(c.dep_ == "neg" for c in main.children)
