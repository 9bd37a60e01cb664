"""A "that" clause the parser hung on its reporting verb as a second verb: relabelled.

The small English pipeline reads "Europol reported in 2017, drawing on data from a
national reporting centre, that girls were targeted mainly ..." as two coordinated verbs,
"reported" and "targeted" (``conj``), as if "and" stood between them, when the clause
after "that" is what was reported (a clause complement, ``ccomp``). Every rule after it
then splits the sentence at its coordination: "Europol reported in 2017." is asked on its
own (a fragment) and the finding, which opens with "that", is lost. It happens when a
phrase set off by commas stands between the verb and its "that" clause.

A conjunct verb marked by the subordinator "that" (before it), under a verb of
reporting or finding (``_REPORTING``) that has no clause complement of its own, with no
coordinating word ("and", "but", "or") before it, is the complement: its label is set to
``ccomp`` (its head stays the reporting verb).
"""

from __future__ import annotations

from typing import Any

Doc = Any
_REPORTING = frozenset({
    "report", "say", "state", "find", "show", "note", "conclude", "warn", "estimate",
    "suggest", "confirm", "indicate", "reveal", "explain", "add", "announce", "observe",
    "argue", "claim", "write", "tell", "stress", "emphasise", "emphasize", "highlight",
    "acknowledge", "recognise", "recognize", "record", "establish", "demonstrate"})
_COORDINATORS = frozenset({"and", "but", "or", "nor", "yet"})


def relabel(docs: list[Doc]) -> list[Doc]:
    """``docs`` with every such "that" clause made its reporting verb's complement (in
    place)."""
    for doc in docs:
        for token in doc:
            if _misread(token):
                token.dep_ = "ccomp"
    return docs


def _misread(token: Any) -> bool:
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
        return False
    head = token.head
    if head.i >= token.i or head.lemma_.lower() not in _REPORTING or any(
            c.dep_ == "ccomp" for c in head.children):
        return False
    mark = next((c for c in token.children if c.dep_ == "mark" and c.i < token.i), None)
    if mark is None or mark.lower_ != "that":
        return False
    between = token.doc[head.i + 1 : mark.i]
    return not any(t.lower_ in _COORDINATORS and t.dep_ == "cc" and t.head.i == head.i
                   for t in between)
