"""A subject cut down to the last noun of a name the section gave in full.

Manuals, procedures and notes name a thing in full once, in the section's heading or in the
sentence before ("7.2 Loading reference hash sets", "The reference hash sets are current."),
and then go on with its last noun alone: "Sets older than 30 days trigger an amber banner",
"Large sets can take up to 20 minutes." Read alone, the stem does not say which sets (blind
review 23, a6: "Sets" points back to the reference hash sets). The signal is the parse's,
not a word list: the stem's subject is a bare plural noun (no determiner, possessive, number
or compound of its own, and no phrase or clause after it saying which ones) that opens the
stem, while the heading or one of the two sentences before holds the same noun as the head
of a noun compound ("hash sets") the stem does not show. A noun for people is left alone
("Offenders must notify ..." under "Sex offender registration"): which people a rule binds
is ``stemcheck``'s and ``actors.py``'s question.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.facts import person_word
from curriculum.draft.pointer import Pointer

_OWN = frozenset({"det", "poss", "predet", "compound", "nummod", "nmod", "prep", "acl",
                  "relcl"})
"""Children of a noun that say which ones it means (or make it a compound of its own): a
prepositional phrase or a clause after it restricts it as the full name would ("Requests
from outside the United States" after "Emergency disclosure requests" is another set, not
the same one cut short); an adjective grading it does not ("Large sets", "Sets older than
30 days")."""


def mark(lemma: str) -> str:
    """The mark ``context.recent`` puts in its word set for a noun that heads a compound
    ("reference hash sets" -> "set#compound")."""
    return f"{lemma}#compound"


def compound_heads(tokens: Iterable[Any]) -> set[str]:
    """The marks of the nouns that head a noun compound among ``tokens``."""
    return {mark(t.lemma_.lower()) for t in tokens if t.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in t.children)}


@lru_cache(maxsize=256)
def heading_heads(heading: str) -> frozenset[str]:
    """The marks of the compounds a heading names ("7.2 Loading reference hash sets");
    parsed once per heading."""
    if len(heading.split()) < 2:
        return frozenset()
    return frozenset(compound_heads(nlp.parse([heading])[0]))


def elided_head(tokens: list[Any], recent: frozenset[str]) -> list[Pointer]:
    """ "Sets older than 30 days trigger ...": the stem's opening subject is the last noun
    of a compound the heading or the sentence before named (see the module docstring)."""
    first = next((t for t in tokens if not t.is_punct), None)
    for token in tokens:
        if token.dep_ not in ("nsubj", "nsubjpass") or not _plural(token) or (
                token.ent_type_ or first is None):
            continue
        if token.left_edge.i != first.i or person_word(token.lower_):
            continue
        if any(c.dep_ in _OWN for c in token.children):
            continue  # "Hashes of material from ...", "Requests from outside the United
            # States", "Sets used in ...", "Audit logs": the stem says which ones
        lemma = token.lemma_.lower()
        if mark(lemma) not in recent or _compound_shown(tokens, lemma):
            continue
        return [Pointer(token.i, -0.4, f'points back: "{token.text}" is the last word of a '
                        "name the heading or the sentence before gives in full (which "
                        f"{token.lower_}?)", "lemma", lemma)]
    return []


def _plural(token: Any) -> bool:
    """A plural noun, or one the tagger took for a verb although the parser made it the
    subject ("Sets older than 30 days trigger ...": "Sets" tagged as a verb)."""
    return bool(token.tag_ == "NNS" or (token.tag_ == "VBZ" and token.lower_.endswith("s")
                                        and token.text[:1].isupper()))


def _compound_shown(tokens: list[Any], lemma: str) -> bool:
    """The stem itself names the compound somewhere ("... the reference hash sets")."""
    return any(t.lemma_.lower() == lemma and any(c.dep_ == "compound" for c in t.children)
               for t in tokens)
