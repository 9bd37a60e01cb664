"""A duty's time limit counted from an event: "must take place not later than 10 working
days before the first day of trial", "shall be filed at least 5 days before the hearing".

``value.py`` lowers a sentence about an event's length ("the visit took three days") or
about when an event took place ("the conference took place 10 days after the election").
A verb under a duty ("must", "shall", "is required to") that a count of time units
times, through "within", "by", "before", "after" or "later/earlier than", is neither: it
is a step of a procedure, whatever event the limit is counted from (blind review 13b:
a court's deadline for its own hearing, held back as "how long an event lasted").

Read from the parse only: the duty is the verb's own modal or the "require"/"oblige"
above it, and the count is a time-unit noun with a number, tied to a limit word, whose
first verb above is this one (not a clause inside it: "must record that the visit took
place 10 days after the referral" times the visit, not the duty).
"""

from __future__ import annotations

from typing import Any

_DUTY_MODALS = frozenset({"must", "shall"})
"""Binding modals; "should" alone is a recommendation in a report (``practice.py``)."""
_REQUIRING = frozenset({"require", "oblige"})
_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_LIMIT_WORDS = frozenset({"within", "by", "before", "after", "prior"})
_COMPARED = frozenset({"later", "earlier", "sooner"})
"""What "than" must follow to make a deadline ("not later than 10 days")."""


def duty_deadline(verb: Any) -> bool:
    """``verb`` is under a duty and timed by a count of time units before, after or
    within an event."""
    return _under_duty(verb) and any(_timed_by(token, verb) for token in verb.subtree)


def _under_duty(verb: Any) -> bool:
    """ "must take place", "shall be filed"; "is required to take place"."""
    if any(c.dep_ == "aux" and c.lower_ in _DUTY_MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REQUIRING


def _timed_by(token: Any, verb: Any) -> bool:
    """``token`` is a count of time units ("10 working days") tied to a limit word, and
    the first verb above it is ``verb``."""
    if token.lemma_.lower() not in _UNITS or not any(c.dep_ == "nummod" for c in token.children):
        return False
    if not (_limit_word(token.head) or any(
            c.dep_ == "prep" and c.lower_ in _LIMIT_WORDS for c in token.children)):
        return False
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return bool(head.i == verb.i)


def _limit_word(token: Any) -> bool:
    word = token.lower_
    return word in _LIMIT_WORDS or (word == "than" and token.head.lower_ in _COMPARED)
