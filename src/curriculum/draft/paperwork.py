"""A sentence about the document's own paperwork: how its reader answers or fills it in.

A tender, a form's notes or a call for comments is about one theme (a victim
identification tool, an offender's notification), and its rules on how to answer it
("Bidders must respond to each requirement below with Yes, Partial or No and a
description of no more than 250 words") state a duty with no theme word. The title or
the document's share would carry such a rule into the theme (``placement.py``), but it
teaches nothing of the theme's matter: it is about the document itself. So a sentence is
held out of the document-level placement when it points at the document's own parts or
sets the length of the reader's answer, and names nothing of any theme's matter (the
words of the themes' titles, keywords and descriptions: children, offenders, victims,
abuse, evidence ...). A rule that points at a table below but is about offenders ("The
offenders in the table below must notify within 3 days") keeps its theme.

What points at the document is read from the parse: "below", "above" or "overleaf" right
after a noun and not before the noun phrase of a preposition ("each requirement below",
"the form above"; not "below the age of 16"); what sets an answer's length is a number
counting words, pages or characters of text ("no more than 250 words").
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.analysis import Analysis
from curriculum.draft.sentences import Sentence
from curriculum.draft.themes import ThemeMatcher, kin

_POINTERS = frozenset({"below", "above", "overleaf"})
_TEXT_UNITS = frozenset({"word", "page", "character"})
"""Units that count the reader's own text: a limit in them is a format, not a rule of
the field."""
_OBJECT = frozenset({"DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON"})


def own_paperwork(analysis: Analysis, sentence: Sentence, matcher: ThemeMatcher) -> str:
    """The words that make ``sentence`` one about the document's own paperwork ("each
    requirement below", "250 words"), or "" when it is not, or names a theme's matter."""
    parsed = sentence.parsed
    if parsed is None:
        return ""
    found = _pointer(parsed) or _length(parsed)
    if not found or _names_matter(analysis, sentence, matcher):
        return ""
    return found


def _pointer(parsed: Any) -> str:
    for token in parsed:
        if token.lower_ not in _POINTERS or token.i == 0:
            continue
        before = parsed[token.i - 1]
        after = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
        if before.pos_ == "NOUN" and (after is None or after.pos_ not in _OBJECT):
            return str(parsed[before.left_edge.i : token.i + 1].text)
    return ""


def _length(parsed: Any) -> str:
    for token in parsed:
        if token.lemma_.lower() in _TEXT_UNITS and token.pos_ == "NOUN":
            numbers = [c for c in token.children if c.dep_ == "nummod"]
            if numbers:
                return f"{numbers[0].text} {token.text}"
    return ""


def _names_matter(analysis: Analysis, sentence: Sentence, matcher: ThemeMatcher) -> bool:
    """A noun or adjective of the sentence is a word of some theme's own vocabulary (its
    title's, keywords' and description's words), or of one's family ("offences" of
    "offender"): the sentence is about the field's matter, whatever else it says."""
    vocabulary = frozenset().union(*matcher.vocabulary.values())
    for word in analysis.words.get(sentence.index, []):
        if word.masked or word.cls not in ("n", "a"):
            continue
        if word.lemma in vocabulary or word.lower in vocabulary:
            return True
        if any(kin(word.lower, v) for v in vocabulary if v[:1] == word.lower[:1]):
            return True
    return False
