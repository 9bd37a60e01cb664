"""A document's own administration is not what an officer is taught.

Guidance notes, handbooks, release notes and invitations to tender carry logistics aimed
at their own reader: when a station's counter is open ("Central and Eastwick stations
accept notifications 24 hours a day"), how a bidder must lay out a reply ("no more than
250 words"), when a debrief is held and who is invited to it, how many days ahead a
review queue lists an item. They hold a number or a "must", so the value features read
them as rules, and blind review 14 dropped every one (rubric 7): they regulate the
reader's errands, not policing or the protection of children.

Read from the parse, not from one document's words; each kind names the words that
show it in the audit:

- **opening hours** of premises: a station, office, counter, desk or reception is the
  subject of a clause timed by hours of the day ("24 hours a day", "around the clock",
  "from 08:00 to 20:00", "Monday to Saturday");
- **a tender's own procedure**: a bidder or tenderer is the subject, or the bid itself is;
- **the layout of a reply**: a length in words, pages or characters, or ink, capitals or
  a font;
- **a review meeting and its guests**: a debrief is held, or a party is invited to a
  meeting, demonstration or workshop that no word names as a procedure of the work
  ("a meeting", not "a strategy meeting");
- **a screen's lead time**: something appears, shows or is listed a number of days in
  advance;
- **a service's tariff**: a row of a table with a column of fees, prices or charges ("Fee
  (VRK)"): its other columns ("Target time: 15 working days") are one office's service to
  its applicants, not a limit set for an officer (blind review 26, b1);
- **a course's or an event's own materials and credit** (blind review 21: a webinar's "the
  slides and the recording will be on the CPD portal within 5 working days", "certificates
  are emailed to attendees who stay for at least 75 minutes", a training video's "complete the
  knowledge check on the learning portal within 14 days"): slides, handouts, a certificate
  of attendance or CPD, a learning portal, a knowledge check.

A rule of the work that uses the same nouns stays: "the desk must decide within 30
minutes whether to issue an alert" has no hours of the day, "a strategy meeting must
be held within 24 hours" is a meeting the work needs, a provider's law-enforcement portal
and a certificate that is evidence (of a conviction, under a statute) are the work's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from curriculum.draft.evidence import for_audience
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

HOLD = "the document's own administration ({}): its reader's errands, not a rule of the work"

_PREMISES = word_set("station stations office offices counter desk reception branch premises")
"""Places a reader goes to: their opening hours are an errand."""
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday weekday weekdays")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_TENDERERS = word_set("bidder bidders tenderer tenderers bid bids tender tenders")
"""The reader of an invitation to tender, and what they send."""
_LENGTH_UNITS = word_set("word words page pages character characters")
_LAYOUT = word_set("ink capitals capital font typeface")
_DEBRIEFS = word_set("debrief debriefing wash-up")
"""Meetings held after the work to look back on it."""
_GATHERINGS = word_set("meeting demonstration workshop presentation session conference event "
                       "briefing") | _DEBRIEFS
_HOLD_VERBS = word_set("hold convene arrange organise organize schedule run")
_SHOW_VERBS = word_set("appear show display list")
_AHEAD = word_set("advance ahead beforehand")
_TIME_UNITS = word_set("hour day week month")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EVENT_NOUNS = word_set("slide handout")
"""What only a course or an event has: its slides and handouts. Its delegates and attendees
are no sign: a meeting report tells what they discussed ("The delegates discussed the 36
victims identified by ..."), which is about the world."""
_CREDITED = word_set("attend attendance attendee stay complete completion cpd participant "
                     "participate session course webinar")
"""Words that make a certificate one of attendance, not of a conviction or under a statute."""
_LEARNING = word_set("learning e-learning cpd training course")


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its sentence is the document's own administration (docstring)."""
    tariff = price_column(q.sentence.block.cells if q.sentence.block is not None else ())
    if q.sentence.kind == "row" and tariff:
        result.hold(TARIFF.format(tariff))
        return
    parsed = q.sentence.parsed
    if parsed is None:
        return
    found = administration(parsed)
    if found:
        result.hold(HOLD.format(found))


_PRICES = word_set("fee fees price prices cost costs tariff tariffs payable")
"""A column header that prices what the table lists ("Charge" names an offence charged)."""

TARIFF = ('a row of a service\'s own tariff (its column "{}"): what one office charges, and '
          "how long it takes, for its customers, not a limit the law sets an officer")


def price_column(cells: Any) -> str:
    """The header of a row's column that prices it ("Fee (VRK)"), or "": a table of fees
    and target times is one office's service to its applicants (blind review 26, b1: a
    gazette's fee table, "the target time is 15 working days", X). A table of the work's
    limits has no price column; its rows are judged as before."""
    for cell in cells:
        if set(re.findall(r"[a-z]+", cell.header.lower())) & _PRICES:
            return str(cell.header)
    return ""


def administration(parsed: Any) -> str:
    """What shows the sentence is the document's own administration, or ""."""
    checks: list[Callable[[Any], str]] = [
        _opening_hours, _tender, _layout, _review_meeting, _lead_time, _course_materials]
    for check in checks:
        found = check(parsed)
        if found:
            return found
    return ""


def _subjects(verb: Any) -> list[Any]:
    """The subjects of ``verb``'s clause and their conjuncts ("stations and offices")."""
    out = []
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            out += [child, *child.conjuncts]
    return out


def _clause(token: Any) -> Any:
    """The verb (or the root) whose clause holds ``token``."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _opening_hours(parsed: Any) -> str:
    """Premises as the subject of a clause timed by hours of the day."""
    for token in parsed:
        if not _time_of_day(token):
            continue
        subjects = _subjects(_clause(token))
        if any(s.lemma_.lower() in _PREMISES or s.lower_ in _PREMISES for s in subjects):
            return "opening hours"
    return ""


def _time_of_day(token: Any) -> bool:
    """ "24 hours a day", "around the clock", "from 08:00", "Monday to Saturday"."""
    lower = token.lower_
    if lower == "day" and any(c.lower_ == "a" for c in token.children) and (
            token.head.lemma_.lower() == "hour"):
        return True
    if lower == "clock" and token.head.lower_ in ("around", "round"):
        return True
    if _CLOCK.match(token.text) and token.dep_ == "pobj":
        return True
    return lower in _WEEKDAYS and any(
        c.dep_ == "prep" and c.lower_ in ("to", "through") for c in [*token.children, token.head])


def _tender(parsed: Any) -> str:
    """A bidder or a bid is the subject: the procedure of a tender, for its bidders."""
    for token in parsed:
        if token.dep_ in _SUBJECTS and token.lower_ in _TENDERERS and token.pos_ == "NOUN":
            return f'a tender\'s procedure: "{token.text}"'
    return ""


def _layout(parsed: Any) -> str:
    """A reply's length in words or pages, or the ink, capitals or font it is written in."""
    for token in parsed:
        lower = token.lower_
        if lower in _LENGTH_UNITS and token.pos_ == "NOUN" and any(
                c.dep_ == "nummod" for c in token.children):
            return f'the length of a reply ("{_phrase(token)}")'
        if lower in _LAYOUT and token.dep_ == "pobj" and token.head.lower_ in ("in", "using"):
            return f'the layout of a reply ("{token.head.text} {_phrase(token)}")'
    return ""


def _review_meeting(parsed: Any) -> str:
    """A debrief held, or guests invited to a meeting no word names as the work's."""
    for token in parsed:
        lemma = token.lemma_.lower()
        if lemma in _DEBRIEFS and token.dep_ in ("dobj", "nsubjpass") and (
                token.head.lemma_.lower() in _HOLD_VERBS):
            return f'a review meeting ("{token.head.text} {_phrase(token)}")'
        if lemma == "invite" and _invited_to_meeting(token):
            return "who is invited to a meeting"
    return ""


def _invited_to_meeting(verb: Any) -> bool:
    """ "invited to a demonstration", "a debrief, to which all partners are invited"."""
    places = [c for p in verb.children if p.lower_ == "to" for c in p.children
              if c.dep_ == "pobj"]
    if verb.dep_ == "relcl":
        places.append(verb.head)
    return any(p.lemma_.lower() in _GATHERINGS and _plain(p) for p in places)


def _plain(noun: Any) -> bool:
    """No word names the meeting as a procedure of the work ("a strategy meeting")."""
    return noun.lemma_.lower() in _DEBRIEFS or not any(
        c.dep_ in ("compound", "amod", "nmod") for c in noun.children)


def _lead_time(parsed: Any) -> str:
    """Something appears or is listed a number of days in advance (a screen's lead time)."""
    for verb in parsed:
        if verb.lemma_.lower() not in _SHOW_VERBS or verb.pos_ != "VERB":
            continue
        units = [u for u in verb.subtree if u.lemma_.lower() in _TIME_UNITS and any(
            c.dep_ == "nummod" for c in u.children)]
        if units and any(_ahead(t) for t in [verb, *units]):
            return f'a screen\'s lead time ("{verb.text} {_phrase(units[0])} in advance")'
    return ""


def _course_materials(parsed: Any) -> str:
    """A course's or an event's slides or handouts, a certificate of attendance, a
    learning portal or a knowledge check."""
    if any(for_audience(t) for t in parsed if t.pos_ in ("VERB", "AUX")):
        return ""  # what the event's audience is sent: ``evidence.py`` names that reason
    lemmas = {t.lemma_.lower() for t in parsed} | {t.lower_ for t in parsed}
    for token in parsed:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if lemma in _EVENT_NOUNS or token.lower_ in _EVENT_NOUNS:
            return f'a course\'s materials ("{token.text}")'
        if lemma == "certificate" and lemmas & _CREDITED:
            return f'a certificate of attendance ("{token.text}")'
        named = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
        if lemma == "portal" and named & _LEARNING:
            return f'a learning portal ("{_phrase(token)}")'
        if lemma == "check" and "knowledge" in named:
            return f'a knowledge check ("{_phrase(token)}")'
    return ""


def _ahead(unit: Any) -> bool:
    """ "60 days in advance", "30 days ahead"."""
    for child in unit.children:
        if child.lower_ in _AHEAD:
            return True
        if child.dep_ == "prep" and any(g.lower_ in _AHEAD for g in child.children):
            return True
    return False


def _phrase(token: Any) -> str:
    """The noun with the words before it that hang on it ("250 words", "a debrief")."""
    return str(token.doc[token.left_edge.i : token.i + 1].text)
