"""What a stem's figure or term stands for: checks that a figure or a blanked term is what
the sentence states, not a phrase it names, a count with its noun elsewhere, or a term its
words cannot single out.

Each was a blind reviewer's drop the gates let through (blind reviews 30 and 31):

- a figure inside a short quoted phrase the sentence names rather than uses ("what a '24
  hours' script produces": a saying the text refutes), ``quoted_phrase``;
- a singular unit after a blank whose answer is one ("or within ____ hour"), which gives
  the answer away, ``singular_unit``;
- a number standing alone as a verb's object, its noun in the clause before ("INTERPOL
  reports issuing 2,687 in 2023."), ``judge_uncounted``;
- a term blanked as the subject of "is" with too few words after it to single it out ("A
  ____ is an alert and intelligence."), ``judge_thin_definition``.

``scoring.py`` calls them where its order of reasons needs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView


_NOUN_AFTER = re.compile(r"[a-z]+\b")
_LINK_AFTER = re.compile(
    r"(?:is|are|was|were|has|have|had|and|or|but|in|of|for|to|by|from|at|on|with|as|within|"
    r"after|before|under|which|that|who|where|when)\b")
"""A word after a closing quotation mark that continues the sentence rather than taking
the quoted phrase as its modifier."""
_QUOTED = re.compile(r"(?<!\w)[\"\u201c']([^\"\u201c\u201d]{1,60}?)[\"\u201d']")
"""A quoted phrase; an apostrophe inside a word ("the unit's 24 hours' rule") opens none."""


def quoted_phrase(q: DraftQuestion) -> str:
    """The short quoted phrase (six words or fewer) the asked figure stands in, when the
    sentence mentions that phrase rather than uses it: the phrase opens the sentence (its
    topic: a subject line '"Wait 24 hours" still in a call script') or a noun follows it
    (a label: 'what a "24 hours" script produces'). A quoted rule the sentence cites for
    its content ('the Act requires a report "within 24 hours"') is neither, and stays.
    Empty otherwise."""
    text = q.analysis.doc.text
    start = q.sentence.start
    sentence = text[start : q.sentence.end]
    for match in _QUOTED.finditer(sentence):
        lo, hi = start + match.start(1), start + match.end(1)
        if not (lo <= q.key[0] and q.key[1] <= hi) or len(match.group(1).split()) > 6:
            continue
        before = sentence[: match.start()].strip(" *_-#0123456789.)(")
        after = sentence[match.end() :].lstrip()
        if not before or (_NOUN_AFTER.match(after) and not _LINK_AFTER.match(after)):
            return match.group(0)
    return ""


_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
THIN = 4
"""Fewer content words than this after "is" leave a definition that fits its siblings."""


def judge_thin_definition(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A term blanked as the subject of "is"/"are" whose predicate is too thin to tell it
    from others of its kind ("A ____ is an alert and intelligence.": every INTERPOL Notice
    is one; blind review 31, a2: X 2, the clause cut from its sentence): fewer than
    ``THIN`` content words after the verb. "A ____ is a global police alert to help locate
    a missing person" singles its term out, and stays."""
    if q.rule != "key-term":
        return
    key = view.span_tokens(q.key)
    if not key:
        return
    head = key[-1]
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ != "be":
        return
    after = [t for t in view.tokens() if t.i > verb.i and t.pos_ in _CONTENT]
    if len(after) < THIN:
        result.kill(f"a definition too thin to single out its term ({len(after)} content "
                    "words after the verb): other terms of its kind fit the blank as truly")


_COUNTED_RULES = frozenset({"count", "year", "true-statement", "false-statement"})
_NOT_COUNTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def judge_uncounted(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A figure that counts nothing the stem names: a number standing alone as a verb's
    object, its noun left to the clause before ("Yellow Notices ... help locate missing
    persons; INTERPOL reports issuing 2,687 in 2023" asked as "INTERPOL reports issuing
    2,687 in 2023."; blind review 31, b2: X 4). A stem that counts a noun elsewhere ("received
    1,200 reports and forwarded 300") names what the bare figure counts."""
    if q.rule not in _COUNTED_RULES:
        return
    tokens = view.tokens()
    if any(t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN") for t in tokens):
        return
    bare = next((t for t in tokens if t.like_num and t.dep_ == "dobj"
                 and t.ent_type_ not in _NOT_COUNTS
                 and not any(c.pos_ in ("NOUN", "PROPN", "PRON") for c in t.subtree if c is not t)),
                None)
    if bare is not None:
        result.kill(f'the figure counts nothing the stem names ("{bare.head.text} {bare.text}"): '
                    "what it counts is said before")


_UNIT_AFTER_BLANK = re.compile(r"____\s+([a-z]+)\b")
_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "working",
                    "calendar", "business", "time", "occasion", "child", "person", "case"})


def singular_unit(q: DraftQuestion) -> str:
    """The unit after the blank, when it is singular and the answer is one ("or within
    ____ hour where ...", "a ____ day extension"): the noun's number tells the learner the
    figure, whatever the options. Empty otherwise."""
    if q.analysis.doc.display(*q.key).strip().lower() not in ("1", "one"):
        return ""
    found = _UNIT_AFTER_BLANK.search(q.prompt)
    return found.group(1) if found and found.group(1) in _UNITS else ""
