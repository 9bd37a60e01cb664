"""Prohibitions: rules with no figure, asked as true/false by their negation.

Nearly every question the rules drafted was a number of days or hours, because a
true/false item needed a figure to change. A prohibition ("Analysts must never download
material to a personal device", "Support for the child must not depend on whether the
family cooperates") is a rule an officer gets wrong in practice, and it has a false twin
that needs no figure: the same sentence without its negation ("Analysts must download
material to a personal device") says the opposite of the rule, so it is certainly false.

Read from the parse: the main verb of the sentence takes "must" or "shall" and one
negation ("not", "never", "n't") of its own, its subject is a noun (not a pronoun), and
the sentence holds no other negation (a second "not" would make the twin's meaning
unclear), no figure (a sentence with one is asked by its figure), no question and no
condition that points elsewhere ("unless", "except"). "may not" and "cannot" are left
alone: they often say what is impossible, not what is forbidden ("the study cannot show
that ..."), and "should not" is advice.

The statement is drafted true or false by turn with the other true/false items, scored
and gated as any candidate; the false one's key is the negation it leaves out.
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape, render
from curriculum.draft.sentences import Sentence

NEGATIONS = frozenset({"not", "never", "n't"})
_MODALS = frozenset({"must", "shall"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EXCEPTIONS = re.compile(r"\b(?:unless|except|otherwise)\b", re.I)
MAX_WORDS = 30


def negation(analysis: Analysis, sentence: Sentence) -> tuple[int, int] | None:
    """The file offsets of the one negation of a prohibition in ``sentence`` (with the
    space before it), or None when the sentence states no such rule (see above)."""
    parsed = sentence.parsed
    text = analysis.doc.text[sentence.start : sentence.end]
    if parsed is None or "?" in text or _EXCEPTIONS.search(text):
        return None
    if len(text.split()) > MAX_WORDS or any(t.like_num or t.pos_ == "NUM" for t in parsed):
        return None
    negs = [t for t in parsed if t.dep_ == "neg" or t.lower_ in NEGATIONS]
    if len(negs) != 1:
        return None
    neg = negs[0]
    verb = neg.head
    if verb.dep_ != "ROOT" or not _modal(verb) or not _noun_subject(verb):
        return None
    start = sentence.start + neg.idx
    end = start + len(neg.text)
    if neg.lower_ != "n't":  # "must not": the space before goes with the word
        while start > sentence.start and analysis.doc.text[start - 1] == " ":
            start -= 1
    return start, end


def _modal(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _noun_subject(verb: Any) -> bool:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def without(analysis: Analysis, pieces: Any, span: tuple[int, int]) -> str:
    """The stem with the negation left out (``render`` with an empty replacement)."""
    prompt = render(analysis.doc, pieces, replace=(span, ""), escape=md_escape)
    return re.sub(r" {2,}", " ", prompt)
