"""An expectation or a prediction: what a document says will happen, not a rule in force.

A government response, a plan or a report says when something is expected to happen:
"connection is expected within 18 months, because users must first be trained", "the
draft law is expected to pass in 2027", "the new system is likely to be connected by March
2027". Asked as a time limit ("connection is expected within ____ months"), such a
sentence teaches a forecast of the document's own day as if it were a duty (blind review
18, a3). The same words set a norm when the time counts from an event of each case
("Referral is expected within 2 working days of an indicator being identified") or when a
person is expected to act ("Officers are expected to complete the course within 6 months"):
those are rules of practice and stay.

Read from the parse: the main clause's verb is "expected" (or "anticipated", "projected",
"forecast", "predicted") in the passive, or "likely"/"unlikely" after "be"; its subject is
no person; and its clause holds a time (a date entity) that counts from no event of its
own (no "of", "from" or "after" hangs on it): a period counted from the document's day or
a calendar date.
"""

from __future__ import annotations

import re
from typing import Any

_EXPECTING = frozenset({"expect", "anticipate", "project", "forecast", "predict"})
_LIKELY = frozenset({"likely", "unlikely"})
_TRIGGERS = frozenset({"of", "from", "after", "following", "since"})
"""A preposition by which a period counts from an event of each case ("within 2 days of
the report"): then the time is a rule's."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSON = re.compile(r"(?:officer|police|staff|worker|investigator|practitioner|manager|"
                     r"person|people|child|children|you|we|[^m]ent|er|or|ist|ant|ian)s?$")
"""A subject that is a person, by its word or its ending (officers, applicants, you): an
expectation of a person is a norm ("Officers are expected to ...")."""

_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "conj"})
"""Clauses of their own the parser may hang on the predicate ("a unit will be established on
1 July 2026; connection is expected ..."): their dates are not the expectation's."""

REASON = ('an expectation or a prediction ("{verb}" with a time counted from the '
          "document's day: {time}), not a rule in force")


def expectation(doc: Any) -> str:
    """The hold reason for a sentence whose main clause forecasts when something happens
    (module docstring), else ""."""
    if doc is None or not len(doc):
        return ""
    root = doc[:].root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
        predicate = _predicate(verb)
        if predicate is None or _person_subject(verb):
            continue
        time = _own_day_time(predicate)
        if time:
            return REASON.format(verb=predicate.text, time=time)
    return ""


def _predicate(verb: Any) -> Any:
    """ "expected" in the passive, or "likely" after "be"; else None."""
    if verb.lemma_.lower() in _EXPECTING and any(c.dep_ == "auxpass" for c in verb.children):
        return verb
    if verb.lemma_.lower() == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _LIKELY),
                    None)
    return None


def _person_subject(verb: Any) -> bool:
    return any(c.dep_ in _SUBJECTS and (c.ent_type_ == "PERSON" or _PERSON.search(c.lower_))
               for c in verb.children)


def _own_day_time(predicate: Any) -> str:
    """The first date entity in the predicate's clause that counts from no event of its
    own ("within 18 months", "in 2027"), else ""."""
    other = {t.i for c in predicate.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
    inside = {t.i for t in predicate.subtree} - other
    for ent in predicate.doc.ents:
        if ent.label_ != "DATE" or ent.root.i not in inside:
            continue
        if any(c.dep_ == "prep" and c.lower_ in _TRIGGERS for c in ent.root.children):
            continue
        return str(ent.text)
    return ""
