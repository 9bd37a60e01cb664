"""A theme's one-word term in another sense: "a missing response" is no missing child.

Why: a theme's title and description use some of its words as attributes whose sense the
noun they describe fixes ("Missing and abducted children", "online solicitation", "Serious
and violent crimes"; ``theme_attributes``). The same word before another noun may be
another sense altogether: a prison instruction's "the application must not be approved on
the strength of a missing response" went to serious and violent crime by its "missing"
(blind review 16, X 9). Whether the word is the theme's in a given document shows in the
document itself. A use of it is in another sense when it is an attribute of a noun phrase
that holds none of the theme's words (its title's and keywords' words and its
description's nouns, verbs and adjectives: ``ThemeMatcher.vocabulary``) and no other noun
or adjective of its sentence is one of them: "412 serious incidents, of which 57 involved
the death of a child" speaks of the theme's matter, so its "serious" is the theme's. Where
any use in the document is the theme's sense ("a missing child", "online grooming", "an
online child sexual exploitation inquiry", or no noun's attribute: "the child went
missing"), every use counts, "missing episodes" and "online safety" too; where every use
is in another sense, none counts, for its sentence, its questions or the document's share
of the theme (``Word.other_sense``; ``other_sense_weight`` keeps them in the whole of the
document's share, as matter of no theme, so that another theme the document barely names
does not inherit it). Only one-word terms are read so: a phrase ("sex offender") is its
own sense, and initials ("ICSE") are a name's.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.themes import Term, ThemeMatcher, Word


def mark_other_senses(words: dict[int, list[Word]], matcher: ThemeMatcher) -> None:
    """Mark, in place, every use of a theme's one-word term in ``words`` (the theme words
    of each sentence of one document, by sentence index) when no use of it in the
    document is in the theme's sense (module docstring). One pass over the words, each
    looked up in the matcher's index of terms."""
    uses: dict[tuple[str, Term], list[tuple[int, int]]] = {}
    for index, row in words.items():
        for i, word in enumerate(row):
            if not word.masked:
                for theme_id, term in matcher.single_terms(word):
                    uses.setdefault((theme_id, term), []).append((index, i))
    attributes = theme_attributes(
        tuple((t.id, t.title, t.description or "") for t in matcher.themes))
    for (theme_id, term), found in uses.items():
        if term.words[0].lower not in attributes.get(theme_id, frozenset()):
            continue  # not an attribute whose sense the theme fixes by its noun
        vocabulary = matcher.vocabulary.get(theme_id, frozenset())
        if all(_elsewhere(words[index], i, vocabulary) for index, i in found):
            for index, i in found:
                words[index][i] = dataclasses.replace(words[index][i], other_sense=True)


@lru_cache(maxsize=8)
def theme_attributes(themes: tuple[tuple[str, str, str], ...]) -> dict[str, frozenset[str]]:
    """The words each theme's title and description use as an attribute before a noun, in
    lower case ("Missing and abducted children": "missing", "abducted"; "online
    solicitation": "online"; "Serious and violent crimes"): words whose sense the theme
    fixes by the noun they describe. Read from the words' order, not their parse (a
    description is a list of noun phrases, which the parser often reads as a clause).
    Initials ("the ICSE database") are a name's, of one sense; a theme with no description
    fixes none but its title's."""
    texts = [text for _, title, description in themes for text in (title, description)]
    docs = nlp.parse(texts)
    out = {}
    for n, (theme_id, _, _) in enumerate(themes):
        found: set[str] = set()
        for doc in docs[2 * n : 2 * n + 2]:
            found |= {t.lower_ for t in doc if _before_noun(t)}
        out[theme_id] = frozenset(found)
    return out


def _before_noun(token: Any) -> bool:
    """An adjective or participle (not initials) followed, past other attributes and
    "and" or "or", by a noun: "Missing and abducted children"."""
    if not _attribute(token) or token.is_upper:
        return False
    for after in token.doc[token.i + 1 :]:
        if after.pos_ in ("NOUN", "PROPN"):
            return True
        if not (_attribute(after) or after.pos_ == "CCONJ" or after.text == "-"):
            return False
    return False


def _attribute(token: Any) -> bool:
    return token.pos_ == "ADJ" or token.tag_ in ("VBG", "VBN")


def _elsewhere(row: list[Word], i: int, vocabulary: frozenset[str]) -> bool:
    """Word ``i`` of a sentence's words describes a noun phrase that holds none of the
    theme's words ("a missing response"; not "online child sexual exploitation"), and no
    other noun or adjective of the sentence is one of them: "412 serious incidents, of
    which 57 involved the death of a child" speaks of the theme's matter (a child's death),
    so its "serious" is the theme's sense."""
    word = row[i]
    if not word.describes or any(w in vocabulary for w in word.describes):
        return False
    return not any(w.cls in ("n", "a") and not w.masked and w.lemma in vocabulary
                   for k, w in enumerate(row) if k != i)


def other_sense_weight(words: list[Word], matcher: ThemeMatcher) -> float:
    """What the words used in another sense would have weighed as their terms: a
    document's share of each theme counts them as matter of no theme, so that taking them
    from one theme does not hand its share to another the document barely names."""
    return sum(max((term.weight for _, term in matcher.single_terms(w)), default=0.0)
               for w in words if w.other_sense)
