"""Asides of a report: which unit took part in one dated operation, where its figures came from.

Two kinds of sentence are true and checkable but teach an officer nothing (the rubric's
trivia), whatever their wording:

- **One event's unit.** A press release or a case summary tells one operation to the
  minute ("At 06:10 on 4 March, officers from the Online Child Exploitation Team (OCET)
  executed a search warrant ..."). Asked as an acronym, the blank is the name of the unit
  that happened to be there that morning: a local unit's expansion in a single event's
  detail. Read from the parse: an acronym question whose spelled-out name is a body (its
  head noun a unit, team, squad ...), in a sentence whose main verb is in the past and
  which is dated to the day or the minute (a clock time, a date that names its day, or a
  day of the week).
  A standing fact about the same unit ("The OCET reviews every referral within 24
  hours"), or an acronym of an order, is judged like any other. One force's own system,
  where that event was logged, is the same aside (blind review 26, b2: "... recorded the
  referral in the ____ (PIS) on 16 March 2022", X: "a local system's name"): a name whose
  last word is a system, database, register, portal, platform or application counts as
  the body's, with the same exceptions (a standing fact, a name of international
  standing: "INTERPOL's ... database").
  The same holds for a past event with no date at all, told of one case that met the
  body ("Westmarch Police referred the matter to the Office for Police Conduct
  Westmarch (OPCW)", rubric 7), and the body's word may stand inside its name, before
  what it is of or for ("... to the Office for Police Conduct Westmarch (OPCW) on 20
  March 2025": blind review 15, b3). A year alone ("In 2023 the ... (NCA) received
  30,000 referrals") is a body's yearly record, judged as before; a body of
  international standing (its name or the words before it say "International",
  "European", "INTERPOL") is one every officer meets, never held so.
- **A note on the figures.** A letter or a table says where its figures come from or what
  they cover ("Figures are for calendar years and were supplied by the National Child
  Crime Agency (NCCA) on 6 February 2026"): the document's own sourcing, not a fact of the
  work. Read from the parse: the sentence's subject is the figures themselves ("figures",
  "data", "statistics", with no more than a determiner and where or when they are, "The
  figures in this letter", "Data for 2025") and its verb (or a verb joined to
  it) supplies, sources or scopes them. What the figures show ("The figures show that
  referrals rose") is a finding, judged like any other.

Every candidate on such a sentence is held below the threshold with the reason.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

ONE_EVENT = ("one event's detail: the unit named is the one that took part in a single dated "
             "operation, not a body an officer needs to know")
ONE_CASE = ("one case's detail: the body named is the one a single past event of the case "
            "met (no date: the case's own history), not a body an officer needs to know")
SYSTEM_EVENT = ("one event's detail: the system named is one force's own, where a single dated "
                "act was logged, not a name of the field an officer needs to know")
SYSTEM_CASE = ("one case's detail: the system named is one force's own, where a single past "
               "event of the case was logged, not a name of the field an officer needs to know")
DATA_NOTE = ("a note on the document's own figures (who supplied them, what period they "
             "cover), not a fact of the work")

_UNITS = word_set(
    "unit team squad command branch section department division desk hub taskforce "
    "centre center office bureau agency service directorate")
"""Head nouns of a body's name: "Online Child Exploitation Team", "Public Protection Unit"."""
_SYSTEMS = word_set("system database register registry portal platform application")
"""Last words of a system's name ("Police Intelligence System"): where one force logs its
cases, as local to it as its units."""
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:am|pm)?$", re.I)
"""A time of day as the tokeniser leaves it: "06:10", "22.30", "6.15am", "6am" (a bare
number only with "am"/"pm" after it, ``_clock``)."""
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_PERIOD_ENDS = word_set("to ending ended until till of since from between and")
"""Words before a date that make it the end or start of a period ("in the year to 31
March 2025", "as of 1 May"): figures over a period, not one event's day."""
_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec")
_WIDE = word_set("international european europe global world worldwide interpol europol "
                 "eurojust commonwealth nations")
"""Words of a body of international standing ("International Child Sexual Exploitation",
"INTERPOL's", "United Nations"): a body every officer meets, wherever the text is from."""
WIDE = _WIDE
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_FIGURES = word_set("figure data statistic statistics number total estimate count")
_SOURCING = word_set(
    "supply provide source compile draw take extract obtain collect derive round base cover "
    "relate refer come exclude include")
"""Verbs by which a note says where figures come from or what they cover."""
_SCOPE = word_set("for from to")
"""Prepositions of "Figures are for calendar years", "Data are from the national register"."""
_DETERMINERS = word_set("the these all this those")
_DOCUMENT = word_set("letter table annex appendix chart report response document page note")


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Hold a candidate on one event's unit or on a note about the figures (see above)."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    name = view.span_tokens(q.key) if q.rule == "acronym" else []
    system = _system(name)
    local = bool(name) and (_body(name) or system) and not _wide(view, q)
    if local and one_event(parsed):
        result.hold(SYSTEM_EVENT if system else ONE_EVENT)
    elif local and one_case(parsed, name):
        result.hold(SYSTEM_CASE if system else ONE_CASE)
    elif data_note(parsed):
        result.hold(DATA_NOTE)


def _body(expansion: list[Any]) -> bool:
    """The spelled-out name is a body's: its head names a kind of unit, as its last word
    ("Online Child Exploitation Team") or before what it is of or for ("Office for Police
    Conduct Westmarch")."""
    words = [t for t in expansion if t.is_alpha]
    heads = words[-1:] + [w for w in words if any(c.dep_ == "prep" for c in w.children)]
    return any(w.lemma_.lower() in _UNITS for w in heads)


def _system(expansion: list[Any]) -> bool:
    """The spelled-out name is a system's: its last word is one (``_SYSTEMS``)."""
    words = [t for t in expansion if t.is_alpha]
    return bool(words) and words[-1].lemma_.lower() in _SYSTEMS


def _wide(view: StemView, q: DraftQuestion) -> bool:
    """The body is of international standing: its name, or the words just before the
    blank ("INTERPOL's ____ (ICSE)"), say so (``_WIDE``)."""
    start = q.key[0] - view.base
    words = [t for t in view.doc if t.idx < start][-3:] + view.span_tokens(q.key)
    return any(t.lower_.removesuffix("'s").removesuffix("\u2019s") in _WIDE for t in words)


def one_case(parsed: Any, name: list[Any]) -> bool:
    """The sentence tells one past event of a case that met the body, with no date at all:
    its main verb is in the past, the body's name stands outside the verb's subject (the
    case was referred, reported or sent to it), and it names no year, month, day or time (a
    year alone dates a body's yearly record, not one case). A name inside the subject is
    left alone: a present "The ... Team (HVIT) reviews seized images" can parse as a past
    "seized" whose subject is "reviews"."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or not _past(root):
        return False
    inside = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if not name or any(t.i in inside for t in name):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") or _YEAR.fullmatch(t.text) or (
        t.lower_.rstrip(".") in _MONTHS) for t in parsed)


def one_event(parsed: Any) -> bool:
    """The sentence tells one thing that happened, dated to its day or its minute: its
    main verb is in the past and it holds a clock time or a date with its day."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or not _past(root):
        return False
    return any(_clock(t) for t in parsed) or _day_date(parsed)


def _clock(token: Any) -> bool:
    text = token.text
    if not _CLOCK.match(text):
        return False
    if any(c in text for c in ":."):
        return text[-2:].lower() in ("am", "pm") or token.head.lower_ in ("at", "by")
    return text[-2:].lower() in ("am", "pm")


def _past(verb: Any) -> bool:
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                      for c in verb.children)


def _day_date(parsed: Any) -> bool:
    """A month named beside a day number ("4 March 2026", "March 4"), or a day of the week
    ("on Tuesday"); not a month or a year alone."""
    if any(t.lower_ in _WEEKDAYS and t.ent_type_ == "DATE" for t in parsed):
        return True
    for token in parsed:
        if token.lower_.rstrip(".") not in _MONTHS or token.ent_type_ != "DATE":
            continue
        near = [parsed[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(parsed)]
        days = [n for n in near if n.like_num and n.text.isdigit() and int(n.text) <= 31]
        first = min([token.i, *(n.i for n in days)])
        if days and not (first > 0 and parsed[first - 1].lower_ in _PERIOD_ENDS):
            return True
    return False


def data_note(parsed: Any) -> bool:
    """The subject is the figures themselves and a verb of it says where they come from or
    what they cover ("Figures ... were supplied by", "Data are for calendar years")."""
    for subject in parsed:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lemma_.lower() not in _FIGURES:
            continue
        if subject.tag_ not in ("NNS", "NN") or not _bare(subject):
            continue
        verb = subject.head
        if any(_sources(v) for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]):
            return True
    return False


def _bare(subject: Any) -> bool:
    """Only a determiner, and at most where they stand or when they are of: "Figures",
    "The figures in this letter", "Data for 2025"; not "Figures on arrests" or "Home
    Office figures", which are figures of the work named."""
    return all((c.dep_ == "det" and c.lower_ in _DETERMINERS) or _where_or_when(c)
               for c in subject.children)


def _where_or_when(prep: Any) -> bool:
    """ "in this letter", "in Table 2", "for 2025": a place in the document or a period."""
    if prep.dep_ != "prep":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in _DOCUMENT or o.ent_type_ == "DATE"
                                 for o in objects)


def _sources(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _SOURCING:
        return True
    return lemma == "be" and any(c.dep_ == "prep" and c.lower_ in _SCOPE for c in verb.children)
