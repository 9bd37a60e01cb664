"""A child's glossary: everyday words put in a child's terms are not a definition to learn.

A guide written for young witnesses explains the words they will hear in court ("Court:
the place where a judge decides what happened", "Defendant: the person the court is
deciding about"). Its glossary has the shape of any other (``glossary.py``), but asking
"Which term is defined as 'the place where a judge decides ...'?" tests a word every
officer knows, glossed for a child: a trainer drops it as not worth asking. A definition
worth asking is of a term of the trade, in the words of the trade.

What tells the two apart is read from the text, not from its words:

- **the audience**: the text speaks to its reader as "you" (``guidance.addresses_reader``),
  and its title or opening says that reader is young (a "for" phrase whose person is a
  child, a young person, a teenager: "a guide for young witnesses", "for children and
  young people"; a guide named for one, "Young witness guide"; "you" said to be young,
  "if you are under 18", "if you are a young person"), or its title calls it an easy-read
  version (an opening that offers a copy "in easy read" is a leaflet for adults);
- **the entry**: its term is a single word (the everyday words of a place: court, judge,
  jury), or its gloss speaks to the child as "you" ("a TV screen that lets you talk to the
  court from another room"): the gloss's register, not a definition of the trade.

Such an entry (and a sentence that defines a word the same way, "A witness is someone who
tells the court what they saw") is held below the threshold with that reason. A text for
officers that explains special measures for child witnesses is not for a child, and the
terms of several words of a child's guide with an impersonal gloss are still asked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from curriculum.draft import nlp
from curriculum.draft.guidance import addresses_reader, says_you
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

HOLD = ("a child's gloss of an everyday word (the text is written for a young reader and "
        "speaks to them as \"you\"): not a term of the trade an officer must know")

_YOUNG = word_set("child children young kid kids teenager teenagers teen teens youngster "
                  "youngsters pupil pupils boy boys girl girls juvenile juveniles")
"""Words of a young reader in a "for" phrase ("for young witnesses", "for children")."""
_EASY_READ = re.compile(r"\beasy[\s-]+(?:read|to[\s-]+read)\b", re.I)
_GUIDES = word_set("guide booklet leaflet book pack handbook information factsheet")
_ADULT = 18
_OPENING = 3
"""The opening sentences that may say whom the text is for, after its title."""
_RULES = frozenset({"glossary", "definition"})


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold a glossary entry or a definition that is a child's gloss (module docstring)."""
    if q.rule not in _RULES or not for_a_child(q.analysis):
        return
    text = q.analysis.doc.text
    gloss = text[q.pieces[0][0]:q.pieces[0][1]] if q.pieces else q.sentence.text(q.analysis.doc)
    if _one_word(text[q.key[0]:q.key[1]]) or says_you(gloss):
        result.hold(HOLD)


def _one_word(term: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", term)
    return len([w for w in words if w.lower() not in ("a", "an", "the")]) == 1


def for_a_child(analysis: Analysis) -> bool:
    """The text speaks to "you" and its title or opening says "you" is young, or it calls
    itself easy-read. Read once per text."""
    if analysis.for_child is None:
        opening = tuple(s.text(analysis.doc) for s in analysis.kept()[:_OPENING])
        analysis.for_child = _for_a_child(analysis.doc.text, analysis.cleaned.title or "", opening)
    return analysis.for_child


def _for_a_child(text: str, title: str, opening: tuple[str, ...]) -> bool:
    if not addresses_reader(text):
        return False
    if _EASY_READ.search(title):
        return True  # in the opening it may offer another version ("ask for it in easy read")
    return any(_young_reader(t) for t in (title, *opening) if t)


@lru_cache(maxsize=64)
def _young_reader(text: str) -> bool:
    """A young reader named: a "for" phrase whose person is young ("a guide for young
    witnesses", "for children and young people"), a guide named for one ("Young witness
    guide"), or "you" said to be young ("if you are under 18", "if you are a young person")."""
    doc = nlp.parse([text])[0]
    return any(_for_young(t) or _young_guide(t) or _you_young(t) for t in doc)


def _young_words(noun: Any) -> bool:
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
    return any(w.lower_ in _YOUNG for w in words)


def _for_young(token: Any) -> bool:
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    return any(_young_words(noun) for noun in [token, *token.conjuncts])


def _young_guide(token: Any) -> bool:
    """A guide, booklet or leaflet whose modifiers name a young reader ("Young witness
    guide", "Child witness booklet")."""
    if token.lemma_.lower() not in _GUIDES:
        return False
    return any(w.lower_ in _YOUNG for c in token.children if c.dep_ in ("amod", "compound")
               for w in c.subtree)


def _you_young(token: Any) -> bool:
    """ "you" as the subject of "be" with a young complement or an age under 18."""
    if token.lower_ != "you" or token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return False
    parts = list(token.head.children)
    if any(p.dep_ in ("attr", "acomp") and _young_words(p) for p in parts):
        return True
    if any(p.dep_ == "attr" for p in parts):
        return False  # "if you are a parent of a child under 18": the age is the child's
    for part in parts:
        if part.dep_ == "prep" and part.lower_ in ("under", "below"):
            ages = [c for c in part.children if c.dep_ == "pobj" and c.text.isdigit()]
            if any(int(a.text) <= _ADULT for a in ages):
                return True
    return False
