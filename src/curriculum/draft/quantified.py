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

A bare count that opens the stem points back the same way when the sentences just before
counted the same noun ("Five of the seven member States ... Two States record age only as
...": which two?), ``counted_part``.
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



_RESTRICTING = frozenset({"of", "in", "from", "at", "on", "outside", "within", "that", "who",
                          "which", "whose", "with", "without", "where", "under", "("})
"""Words after a counted noun that say which ones it means ("Two forces in the north",
"three States that ratified ...", "Two of them")."""


def counted_part(tokens: list[Any], recent: frozenset[str]) -> list[Pointer]:
    """ "Two States record age only as 'adult/minor'": a stem that opens on a bare count
    of a plural noun the sentences just before counted too ("Five of the seven member
    States ...") states a fact of some of them, and alone does not say which (blind
    review 43, b6: X, "no referent for 'Two States'"). A count with its own restriction
    ("Two forces in the north", "Three States that ...") says which; a count before a
    modal ("Two analysts must agree ...") is a rule's number of people, not a part of a
    set named before. Read by the words' tags and order, not the dependencies: the parser
    often takes the count and its noun for a compound of the next word ("Two States
    record age": "record" a noun)."""
    from curriculum.draft.stemcheck import counted  # stemcheck imports this module

    words = [t for t in tokens if not t.is_punct or t.text == "("]
    if len(words) < 3 or words[0].tag_ != "CD" or not count_word(words[0]):
        return []
    noun = next((t for t in words[1:4] if _plural(t)), None)
    if noun is None or any(t.tag_ not in _NOUN_TAGS for t in words[1:] if t.i < noun.i):
        return []
    after = next((t for t in words if t.i > noun.i), None)
    if after is None or after.tag_ == "MD" or after.lower_ in _RESTRICTING:
        return []
    marks = {counted(noun.lemma_.lower()), counted(noun.lower_)}
    if not marks & recent:
        return []
    return [Pointer(noun.i, -0.4, f'points back: "{words[0].text} {noun.text}" are some of '
                    f"the {noun.text} the sentences before counted (which "
                    f"{words[0].lower_}?)", "lemma", noun.lemma_.lower())]


_NOUN_TAGS = frozenset({"JJ", "NN", "NNP", "NNS", "NNPS"})


def _plural(token: Any) -> bool:
    """A plural noun, or a capitalised one the tagger left singular ("member States")."""
    return bool(token.tag_ in ("NNS", "NNPS") or (
        token.tag_ == "NNP" and token.text.endswith("s") and not token.text.endswith("ss")))


def count_word(token: Any) -> bool:
    """A small count of things ("Two", "3", "twelve"), not a year ("2024 figures")."""
    text = token.lower_.replace(",", "")
    return not (text.isdigit() and len(text) == 4) and bool(token.like_num)


def counted_nouns(tokens: Any) -> set[str]:
    """The plural nouns a number counts among ``tokens`` ("seven member States", "nine
    partner agencies"), lemma and lower form, read by tags and order (the number and the
    nearest plural noun within three words), so a misparse leaves them counted."""
    out: set[str] = set()
    words = [t for t in tokens if not t.is_punct]
    for n, token in enumerate(words):
        if token.tag_ != "CD" or not count_word(token):
            continue
        for other in words[n + 1 : n + 4]:
            if _plural(other):
                out |= {other.lemma_.lower(), other.lower_}
                break
            if other.tag_ not in _NOUN_TAGS:
                break
    return out
