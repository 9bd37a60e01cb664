"""A name's short form is the name: "the Register" after "the International Child
Exploitation Image Register".

Why: a document that names a body, a database or an instrument once in full goes on to call
it by the name's last word, capitalised, after "the" ("the Register", "the Database").
Theme matching masks the words of the full name (``themes._name_spans``), but the short form
is one capitalised word, which the parser reads as no name, or as a name of one word; and a
term that is a whole name counts (``themes._counts``). So the short form counted as a
theme's keyword: a circular on access to an image register went, question by question, to
sex offender management by its "Register" (blind review 15b, class 1). A capitalised word
right after "the" that is the last word of a longer name the same text holds is masked, and
counts for no theme: here "Register" is not the name, only its end. The word in lower case
("the register of sex offenders") stays a topic, and so does a capitalised word that ends no
longer name of the text ("the Internet").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from curriculum.draft.themes import Word

_THE = re.compile(r"\b[Tt]he\s+$")


def mask_short_names(text: str, words: dict[int, list[Word]]) -> None:
    """Mask, in place, every short form of a longer name of ``text`` in ``words`` (the
    theme words of each sentence, by sentence index)."""
    heads = _name_heads(text, words.values())
    if not heads:
        return
    for index, row in words.items():
        if any(_short_form(text, row, i, heads) for i in range(len(row))):
            words[index] = [dataclasses.replace(w, masked=True, name=None)
                            if _short_form(text, row, i, heads) else w
                            for i, w in enumerate(row)]


def _name_heads(text: str, rows: Iterable[list[Word]]) -> frozenset[str]:
    """The last words, capitalised, of the names of two or more words in the text."""
    heads = set()
    for row in rows:
        for word in row:
            if word.name is None or word.end != word.name[1]:
                continue
            if len(text[word.name[0] : word.name[1]].split()) < 2:
                continue
            shown = text[word.start : word.end]
            if shown.isalpha() and shown.istitle():
                heads.add(word.lower)
    return frozenset(heads)


def _short_form(text: str, row: list[Word], i: int, heads: frozenset[str]) -> bool:
    """Word ``i`` is a capitalised head of a name, alone after "the" (not followed by
    another capitalised word: "the Register Office" is a name of its own)."""
    word = row[i]
    if word.lower not in heads or (word.masked and word.name != (word.start, word.end)):
        return False  # inside a longer name (masked as it) or no name's last word
    shown = text[word.start : word.end]
    if not (shown.isalpha() and shown.istitle()):
        return False
    if not _THE.search(text[max(0, word.start - 8) : word.start]):
        return False
    following = row[i + 1] if i + 1 < len(row) else None
    return following is None or not text[following.start : following.end][:1].isupper()
