"""A figure of the present holds as of the document's date.

"Threadline has about 38 million monthly users", "The unit employs 17 analysts": read
a year later, the stem states a figure that has changed, and a trainer adds "As of 2025"
(the rubric's light edit). A count or statement whose sentence is in the present tense
about one particular body or place (a name, "the unit", "our"/"we" named as the author;
not "the note" or "the assessment": the text's own make-up does not change), or counting
who a shared system reaches ("64 countries have access to the database": ``value.reach``),
with no date of its own, starts "As of <month year>, " from the document's date
(``context.py`` puts it in front and sets ``as_of``). Not dated, because they hold
regardless of when the text was written: a rule (a modal, "require": ``bounds.py``), a
general statement about a kind ("Children who ... are", "A minor is anyone under 18"),
a length of time or an age ("within 24 hours", "under 18"), and a sentence already
saying as of when. No document date, no lead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.author import MORE_BODIES
from curriculum.draft.bounds import states_a_rule
from curriculum.draft.dates import MONTH_NAMES, MONTHS
from curriculum.draft.standalone import BODIES
from curriculum.draft.stemcheck import StemView, names_something

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion

_RULES = frozenset({"count", "true-statement", "false-statement"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_AS_OF = re.compile(r"\b(?:as of|as at)\b", re.I)
_TIMES = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "age"})
_SPECIFIC_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def present_lead(q: DraftQuestion) -> tuple[str, int] | None:
    """ "As of April 2025, " and the stem's root token index, or None (module docstring)."""
    date = q.analysis.cleaned.doc_date
    parsed = q.sentence.parsed
    when = q.sentence.block.when if q.sentence.block is not None else ""
    if (not when and (q.rule not in _RULES or date is None)) or parsed is None or _AS_OF.search(
            q.prompt):
        return None
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    if _YEAR.search(q.prompt) or any(_dates(e) for e in parsed.ents):
        return None
    if states_a_rule(parsed):
        return None
    root = parsed[:].root
    if root.tag_ not in ("VBZ", "VBP") or not view.inside(root):
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    key = view.span_tokens(q.key)
    from curriculum.draft.value import reach  # value -> questions -> context -> here

    if subject is None or not (_particular(subject, bool(q.speaker)) or reach(view, key)):
        return None
    if any(_a_time(t) or _a_label(t) for t in key):
        return None
    if when:
        return f"In {_month_year(when)}, ", root.i
    if date is None:
        return None
    return f"As of {MONTH_NAMES[date.month - 1]} {date.year}, ", root.i


def _month_year(when: str) -> str:
    """A timeline row's date as "November 2018" (from "26-29 Nov 2018") or "2009" (from
    "2009 (c.)"): the event's sentence in the present holds as of then."""
    year = _YEAR.search(when)
    if year is None:
        return when
    month = next((MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]{3,}", when)
                  if w.lower() in MONTHS), 0)
    return f"{MONTH_NAMES[month - 1]} {year.group(0)}" if month else year.group(0)


def _dates(ent: Any) -> bool:
    """A date or time of the sentence's own ("in March", "last year"), not a frequency
    ("monthly users", "every week") or a length of time ("for three years")."""
    if ent.label_ not in ("DATE", "TIME"):
        return False
    words = ent.text.lower().split()
    if all(w.endswith("ly") or w in ("every", "each", "a", "per") for w in words):
        return False
    return not re.fullmatch(r"(?:for |within |up to |at least |about )?[\w,.-]+ (?:years?|months?|"
                            r"weeks?|days?|hours?|minutes?)(?:'s?)?", ent.text.lower())


def _particular(subject: Any, speaker: bool) -> bool:
    """One body or place, not a kind: a name, "the unit", a possessive, or "we" named as
    the author."""
    if subject.lower_ == "we":
        return speaker
    if subject.ent_type_ == "LAW" or any(_a_label(t) for t in subject.subtree):
        return False  # "Article 12 gives ...": a provision, not a body's figure
    if subject.pos_ == "PROPN" or subject.ent_type_ in _SPECIFIC_ENTS:
        return True
    if subject.lemma_.lower() not in BODIES | MORE_BODIES:
        return False  # "the note rests on three principles": the text, not a body
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
               for c in subject.children)


def _a_time(token: Any) -> bool:
    """The figure is a length of time or an age ("24 hours", "under 18"): it does not
    change with the date."""
    head = token.head
    return token.lemma_.lower() in _TIMES or (
        token.like_num and head.lemma_.lower() in _TIMES) or any(
        c.lower_ in ("under", "over", "aged") for c in (token.doc[token.i - 1 : token.i]))


def _a_label(token: Any) -> bool:
    """A number that names something ("Article 12", "Room 4"): it counts nothing."""
    return names_something([token])
