"""A pair quantified by "neither", "either" or "both" points back to the pair.

"Responsibility must not be left with neither force", "Both agencies must sign the
plan", "either party may apply": the quantifier counts two things of the kind that the
text named before (a form's sending and receiving force, in its header), and the stem
alone does not say which two (blind review 13, class C: "neither force" reached a
module). Read from the parse: "neither", "either" or "both" as the determiner of a common
noun, when the stem does not itself name a thing of that kind before it ("The sending
force keeps responsibility until the receiving force accepts ...; neither force ...").
"Both X and Y" names its two ("both" is then a conjunction's, not a determiner), and a
pair every reader knows without a text (a child's parents, the two sexes, "either way")
needs no antecedent.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.pointer import Pointer

_PAIR_WORDS = frozenset({"neither", "either", "both"})
_KNOWN_PAIRS = frozenset({"parent", "sex", "gender", "side", "hand", "way", "end"})
"""Nouns whose two are known to every reader ("either parent", "both sexes")."""


def quantified(tokens: list[Any]) -> list[Pointer]:
    """ "neither force": a quantified pair whose two the stem does not show."""
    shown = {t.i for t in tokens}
    for token in tokens:
        if token.lower_ not in _PAIR_WORDS or token.dep_ not in ("det", "predet"):
            continue
        head = token.head
        if head.pos_ != "NOUN" or head.i not in shown or head.i < token.i:
            continue
        lemma = head.lemma_.lower()
        if lemma in _KNOWN_PAIRS or any(t.i < token.i and t.lemma_.lower() == lemma
                                        for t in tokens):
            continue
        return [Pointer(head.i, -0.5, f'points back: "{token.text} {head.text}" counts two '
                        "things named before the stem, which it does not show", "lemma",
                        lemma)]
    return []
