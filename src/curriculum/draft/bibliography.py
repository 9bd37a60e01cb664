"""A reference list's entries are the sources a text cites, never sentences of its own.

An entry in author-year style opens with its authors and its year in brackets, then its
title, then where it was published: "Burns, C. M. and Domene, J. (2008). The emotional
impact on police teams ... *Traumatology*, 14(2), 20-31." Read as text, the entry gave a
"sentence" of the authors, one of the title and one of the journal, and the title, a
noun phrase or a claim of somebody's study ("Device checks reduce reoffending among
online offenders."), was asked as a fact of the document, or fused into the sentence
beside it. An entry is told by its head, whatever the heading over the list says:

- the authors' names with their initials after a comma ("Burns, C. M.,", "Roe, T.")
  before the year in brackets, or
- any words (a person's or a body's name: "Council of the Baltic Sea
  States", "INTERPOL.") before the year in brackets and its full stop, then the title
  ("(2017). *PROMISE ...*", "(2022, 20 October). More specialist ..."),

with no verb before the bracket: names have none.

A sentence that cites a study in its own words ("Hanson (1998) found that ...", "a rise
in referrals was reported (2019).") has a verb before the bracket, or no full stop after
it, and stays. The sentences after the head on its line (the title, the journal) go with
it, each with a line in the audit, and so does a line right under it with no verb (the
journal of a wrapped entry); a line under it with a verb is read for itself.
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.lines import Dropped
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence

REASON = "a reference list entry: a source the text cites, not a sentence of its own"
_YEAR = r"\((?:19|20)\d\d[a-z]?(?:[,;] ?[^()\n]{1,25})?\)"
"""The year in brackets, maybe with a date or a second year ("(2022, 20 October)",
"(1997; 2006)")."""
_INITIALS = re.compile(
    r"[A-Z][\w'\u2019-]+,\s+(?:[A-Z]\.[\s-]*){1,3}[^()\n]{0,160}?" + _YEAR)
"""Authors written "Surname, I." before the year (the rest of the names up to it)."""
_NAMED = re.compile(r"([^()\n]{2,160}?)\.?\s*" + _YEAR + r"\.\s+[\W_]*[A-Z0-9]")
"""Any name, the year in brackets, its full stop and a capital: the title."""
_BLOCK = re.compile(r"\n|<(?:/?(?:p|li|div|tr|td|h\d)\b|br)", re.I)
"""What parts two sentences of one line from each other: a line break, a block's tag. An
entry's title and journal go on in its line; a sentence on the next line is another
entry's, or the text's ("Background: ..." under an abstract's "Authors: ..." line)."""
_LOOK = 300
"""How far from a sentence's start its head may run (the initials of the authors may
have split it into sentences of their own)."""
_VERBS = frozenset({"VERB", "AUX"})
_MARKER = re.compile(r"[\s>#]*(?:[-*+\u2022]|\d+[.)]|\[\d+\])?\s*")
"""A list item's marker (and a quote's or a heading's) before the entry's text."""


def entry_head(text: str, parsed: Any = None, before: int = 0) -> bool:
    """``text`` opens with a reference entry's head; ``parsed``, the parse of the sentence
    that starts ``before`` characters into ``text``, tells a name (no verb before the
    bracket) from a clause."""
    initials = _INITIALS.match(text)
    found = initials or _NAMED.match(text)
    if found is None or (parsed is None and initials is None):
        return False
    end = found.end() - before if initials else len(found.group(1)) - before
    return parsed is None or not any(t.pos_ in _VERBS for t in parsed if t.idx < end)


def _line_start(doc: SourceDoc, sentence: Sentence, previous: int) -> int:
    """Where the text of ``sentence``'s line starts, past its list marker, when no other
    sentence stands on the line before it (a run-in label taken off the entry, "Roe, T.
    (2022)." over its title, is no sentence): else the sentence's own start."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    if start <= previous:
        return sentence.start
    marker = _MARKER.match(doc.shown(start, sentence.start))
    return start + (marker.end() if marker else 0)


def _goes_on(doc: SourceDoc, entry_end: int, sentence: Sentence) -> bool:
    """``sentence`` goes on with the entry that ends at ``entry_end``: on its line, or on
    the next line of its paragraph (no list marker, no tag) with no verb (the journal or
    the publisher of a wrapped entry, "Journal of Family Support, 3(1), 5-19.")."""
    if not _BLOCK.search(doc.text, entry_end, sentence.start):
        return True
    gap = doc.text[entry_end : sentence.start]
    return (gap.count("\n") == 1 and not gap.strip() and sentence.parsed is not None
            and not any(t.pos_ in _VERBS for t in sentence.parsed))


def drop_references(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence of a reference list entry as dropped (module docstring)."""
    dropped: list[Dropped] = []
    entry_end = -1
    """The end of the last sentence of an entry: a sentence right after it on its line
    (the entry's title, its journal) is the entry's too."""
    previous = -1
    for sentence in sentences:
        start = _line_start(doc, sentence, previous)
        previous = sentence.end
        head = entry_head(doc.shown(start, min(len(doc.text), sentence.start + _LOOK)),
                          sentence.parsed, sentence.start - start)
        if not head and (entry_end < 0 or not _goes_on(doc, entry_end, sentence)):
            entry_end = -1
            continue
        entry_end = sentence.end  # a head dropped for another reason still opens its entry
        if sentence.dropped:
            continue
        sentence.dropped = REASON
        dropped.append(Dropped(sentence.line, REASON, doc.display(sentence.start, sentence.end)))
    return dropped
