"""Where a field's named model or instrument originated: "the Barnahus model, which
originated in Iceland", "The Lanzarote approach originated in Spain".

A place blank asks, by default, where something happened (a meeting's city, a raid's
town): trivia, held back (``evidence._place``). Where a named model of the field comes
from is knowledge of the field instead: a trainer keeps it (blind review 13b). This is
near trivia, so the lift is narrow, read from the parse:

- the place is the object of "in" under the verb "originate";
- what originated is the verb's subject or, for a relative clause ("..., which
  originated in ..."), the noun it describes; it must be a kind of model, method or
  instrument ("model", "approach", "protocol") named by a proper noun in front of it
  ("the Barnahus model"). A body, a person or an event never qualifies.
"""

from __future__ import annotations

from typing import Any

_ORIGIN_VERBS = frozenset({"originate"})
_MODEL_NOUNS = frozenset({
    "model", "approach", "method", "methodology", "protocol", "programme", "program",
    "framework", "instrument", "tool", "technique", "standard", "scale", "test",
})
"""Kinds of thing a field names after their authors or birthplace ("the Barnahus model",
"the ABE protocol"), as opposed to bodies and events."""


def origin_place(answer: list[Any]) -> bool:
    """The place blank ``answer`` says where a named model or instrument originated."""
    if not answer:
        return False
    prep = answer[0].head
    verb = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or verb.lemma_.lower() not in _ORIGIN_VERBS:
        return False
    return _named_model(_origin_of(verb))


def _origin_of(verb: Any) -> Any | None:
    """What originated: the subject, or the noun a relative clause describes."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
        return verb.head
    return subject


def _named_model(noun: Any | None) -> bool:
    """ "the Barnahus model": a model noun with a proper noun in front of it."""
    if noun is None or noun.lemma_.lower() not in _MODEL_NOUNS:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
               for c in noun.children)
