"""The theme a sentence's neighbour lends it: the sentence just before, on the same matter.

Two sentences of one paragraph or list item often share one matter, and only the first
names it: "The provider has confirmed that the data is preserved for 90 days. An
extension of a further 90 days can be asked for once." The second has no theme words of
its own, so its own score is only the document's share, just under the bar, while the
first is placed. It goes on from it: it adds to it ("a further"), points back to it
("this", "such") or shares a noun with it; a sentence on the next matter does neither. A
sentence with no theme term of its own therefore takes ``WEIGHT`` of the theme whose
terms its neighbour's own words hold most of, when the neighbour stands just before it
in the same paragraph or item (no blank line, no new item, heading or table between
them). A sentence with theme words of its own is judged by them alone: a neighbour does
not outweigh what a sentence says."""

from __future__ import annotations

import re

from curriculum.draft.analysis import Analysis
from curriculum.draft.sentences import Sentence
from curriculum.draft.themes import ThemeMatcher

WEIGHT = 0.8
"""What a neighbour's theme adds to a sentence with no theme words: as much as a sentence
must owe its theme itself (``placement.OWN``), for it is on the neighbour's matter; still
short of the bar alone (a sentence needs the document's share or its description words
as well)."""
_NEW_ITEM = re.compile(r"\n\s*(?:[-*\u2022#|]|\(?\w{1,3}[.)])\s")


def neighbour_themes(
    analysis: Analysis, sentence: Sentence, matcher: ThemeMatcher
) -> set[str]:
    """The theme whose terms the sentence just before ``sentence`` holds most of (the only
    one, or ahead of the next) outside a condition, a relative clause or a restriction
    (what it is about, not what narrows it), when it stands in the same paragraph or item
    (``_continues``): "data is preserved" holds a form of the internet theme's
    "preservation", though too weak a sign to place that sentence by itself."""
    current = sentence
    for _ in range(CHAIN):
        previous = _previous(analysis, current)
        if previous is None or (previous.block is not None and previous.block.cells):
            return set()
        if not _goes_on(analysis, previous, current):
            return set()
        words = [w for w in analysis.words.get(previous.index, []) if not w.aside]
        found = matcher.scores(words)  # its main clause's: not "restricting internet use"
        if found:
            if len(found) > 1 and found[1].score >= found[0].score:
                return set()
            return {found[0].theme}
        current = previous  # no theme words: the one it goes on from may name the matter
    return set()


CHAIN = 3
"""How far back a run of sentences that each go on from the one before is read for the
matter they share: an item that names what it is about once ("a. The tool is an instrument
for adults convicted of a sexual offence. Its coding rules were revised in 2016. It is not
designed for women ...") says it in its first sentence, and the third goes on from the
second, which goes on from the first (blind review 45, a1: the tool's limits, a recall
loss the reviewers listed, fit no theme)."""


def _previous(analysis: Analysis, sentence: Sentence) -> Sentence | None:
    """The kept sentence just before ``sentence``, if it goes on in the same stretch of
    text. Found from the sentence's own place (its index is its position unless items
    were inserted), not by listing every kept sentence per question: that made placing
    a 2 MB text's questions quadratic (3.5 s of CPU, ``bench/draft.py``)."""
    sentences = analysis.sentences
    at = sentence.index
    if not (0 <= at < len(sentences) and sentences[at].index == sentence.index):
        at = next((i for i, s in enumerate(sentences) if s.index == sentence.index), -1)
    if at < 0 or sentences[at].dropped:
        return None
    before = at - 1
    while before >= 0 and sentences[before].dropped:
        before -= 1
    if before < 0:
        return None
    previous = sentences[before]
    return previous if _continues(analysis.doc.raw[previous.end : sentence.start]) else None


def _continues(gap: str) -> bool:
    """Nothing but spaces, punctuation or a wrapped line between two sentences: no blank
    line, and no new list item, heading or table row."""
    if "\n\n" in gap or _NEW_ITEM.search(gap):
        return False
    return not any(c.isalnum() for c in gap)


_POINTERS = frozenset({"further", "also", "such", "this", "these", "that", "those", "it", "its",
                       "they", "same", "another", "additional", "then"})
"""Words by which a sentence goes on from the one before: it adds to it ("a further 90
days", "also") or points back to it ("this", "such", "it")."""
_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "time", "per", "cent"})


def _goes_on(analysis: Analysis, previous: Sentence, sentence: Sentence) -> bool:
    """``sentence`` goes on from ``previous``: it holds a word that adds to it or points
    back (``_POINTERS``), or shares a noun with it (other than a unit of time: "days"
    in both says nothing). "The drafting group met 14 times in 2024." does not go on
    from "Travelling sex offenders can be prosecuted at home"."""
    words = analysis.words.get(sentence.index, [])
    if any(w.lower in _POINTERS for w in words):
        return True
    if _penalty_of(analysis, previous, sentence):
        return True
    before = {w.lemma for w in analysis.words.get(previous.index, [])
              if w.cls == "n" and not w.masked}
    return any(w.cls == "n" and not w.masked and w.lemma in before and w.lemma not in _UNITS
               for w in words)


_PENALTIES = frozenset({"penalty", "punishment", "imprisonment", "fine", "sentence"})
_OFFENCES = frozenset({"offence", "offense", "crime"})


def _penalty_of(analysis: Analysis, previous: Sentence, sentence: Sentence) -> bool:
    """``sentence`` states a penalty and names no offence, and ``previous`` states an
    offence: the penalty is that offence's ("It is an offence to fail to notify on time.
    The maximum penalty on conviction on indictment is 5 years' imprisonment."). A law
    or a form's notes give an offence and then its penalty; the second sentence shares no
    noun with the first and points back by no pronoun, but it is about the same matter."""
    words = [w for w in analysis.words.get(sentence.index, []) if w.cls == "n" and not w.masked]
    if not any(w.lemma in _PENALTIES for w in words) or any(w.lemma in _OFFENCES for w in words):
        return False
    return any(w.cls == "n" and not w.masked and w.lemma in _OFFENCES
               for w in analysis.words.get(previous.index, []))

