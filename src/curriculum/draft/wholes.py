"""Parts of a named whole: a list whose lead-in counts its items and names their set.

"Commentators summarise the convention's approach as the "4 Ps":" over four items
("Prevention - screening and training of ...", "Protection - support for victims ...")
and "The strategy rests on four pillars:" over four bold labels: the labels are the parts
of one thing the lead-in names, not terms a glossary defines. Asked 'Which term is defined
as "support for victims, ..."?', the stem hides what the options are parts of, and a
trainer rewrites it: 'Of the "4 Ps", which covers ...?'.

Here, from the document's structure and the lead-in's parse: when the entries of a
glossary are all the items of one list, and the sentence introducing that list
(``BulletList.lead``) states a count equal to the number of items ("four", "4"), the noun
phrase holding that count, when the lead-in ends on it, is the whole ("the "4 Ps"",
"four pillars" read as "the four pillars"); a possessive or demonstrative in front of it
("its", "these") points back and is read as "the". No count, a count of something else
("The plan of 4 ministries sets out:"), or entries from more than one list: the question
stays the glossary's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis, BulletList
    from curriculum.draft.sentences import Sentence

_NOUNS = frozenset({"NOUN", "PROPN"})
_POINTS_BACK = frozenset({"its", "their", "these", "those", "this", "our", "his", "her"})
_TRAIL = re.compile(r"[\s:;,.\u2013\u2014-]+$")
_AFTER = re.compile(r"[\s\"'\u201d\u2019*_)]*(?::|[\u2013\u2014-]+)?[\s*_]*")
"""What may follow the whole in its lead-in: a closing quote or bracket, then the colon
or dash that opens the list; the whole is what the lead-in ends on."""


def named_whole(analysis: Analysis, items: list[Sentence]) -> str | None:
    """The whole that ``items`` (a glossary's entries, in order) are the parts of, as a
    stem names it ("the "4 Ps"", "the four pillars"), or None."""
    bullets = _whole_list(analysis, items)
    if bullets is None or bullets.lead is None or bullets.lead.parsed is None:
        return None
    lead = bullets.lead
    counts = [f for f in analysis.facts.get(lead.index, []) if f.kind == "count"]
    if len(counts) != 1 or counts[0].number != len(items):
        return None
    head = _counted_noun(lead, counts[0].span)
    if head is None:
        return None
    return _shown(analysis, lead, head)


def _whole_list(analysis: Analysis, items: list[Sentence]) -> BulletList | None:
    """The one list whose items are exactly ``items``."""
    ids = {s.list_id for s in items}
    if len(ids) != 1 or None in ids or any(s.kind != "bullet" for s in items):
        return None
    found = [b for b in analysis.lists if b.list_id in ids]
    if len(found) != 1 or [s.index for s in found[0].items] != [s.index for s in items]:
        return None
    return found[0]


def _counted_noun(lead: Sentence, span: tuple[int, int]) -> Any | None:
    """The noun the count counts ("Ps" of "the 4 Ps", "pillars" of "four pillars")."""
    lo, hi = span[0] - lead.start, span[1] - lead.start
    numbers = [t for t in lead.parsed if lo <= t.idx < hi] if lead.parsed is not None else []
    if not numbers:
        return None
    number = numbers[-1]
    head = number.head
    if number.dep_ in ("nummod", "compound") and head.pos_ in _NOUNS and head.i > number.i:
        return head
    return None


def _shown(analysis: Analysis, lead: Sentence, head: Any) -> str | None:
    """The noun phrase of ``head`` as written, from its first word to its last, without
    the lead-in's closing colon; "the" in front of a bare count or a word that points back."""
    last = head
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos", "cc", "conj"):
            break  # "four pillars that ministers agreed": the phrase ends at its noun
        last = child.right_edge
    first = head.left_edge
    start = lead.start + first.idx
    end = lead.start + last.idx + len(last.text)
    if not _AFTER.fullmatch(analysis.doc.text[end : lead.end]):
        return None  # "The plan of 4 ministries sets out:": the count is not what the list holds
    text = _TRAIL.sub("", analysis.doc.display(start, end))
    if text.count('"') % 2 or text.count("\u201c") != text.count("\u201d"):
        return None  # a quotation opened or closed outside the phrase
    opening = text.split()[0] if text.split() else ""
    if opening.casefold() in _POINTS_BACK:
        text = "the " + text[len(opening):].lstrip()
    elif opening.casefold() != "the":
        text = "the " + text
    return text
