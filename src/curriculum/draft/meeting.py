"""A meeting's own arrangements: the rules of its room, its sessions and its agenda items.

An agenda, a programme or the minutes of a meeting close with procedural notes: "Mobile
devices must be left outside the meeting room during the closed session under item 5",
"A quiet room is available throughout the meeting", "Participants may leave any session
at any time". They read as rules (a modal, a place, a time), so the value features scored
them as duties, and a word of a theme ("mobile devices") placed one in a module; blind
review 13a dropped it (rubric 7 and 9): they are logistics for the meeting's own delegates,
not a fact of the work an officer uses.

A candidate is held as not worth asking when the document is a meeting's own paper (its
title, or a heading, names an agenda or minutes, or a meeting or session by its ordinal:
"Fourteenth meeting") and its sentence, read from the parse, places what it says in that
meeting:

- a room or venue of it ("the meeting room", "a quiet room", "at the venue");
- the meeting or a session of it named as this one, by "the" or "this" with no word
  that makes it another kind ("during the closed session", "throughout the meeting"; not
  "the strategy meeting", a procedure of the work);
- an item of its agenda by number ("under item 5");
- its quorum.

The word must hang on a preposition or be a subject or object of the sentence's verb, in
a clause that reports nothing said or decided: "The meeting heard that 27 children were
identified" and "The board agreed at the meeting that ..." report what was given at it,
which is judged like any other sentence. A document that is no meeting's paper (a procedure for
strategy meetings) is never read this way.

In any text, a sentence that says only what a gathering talked about is held too
(``agenda_topic``; blind review 26, a6: "Legislation on travelling sex offenders was one
of the topics at the INTERPOL Specialists Group ... meeting", X, rubric 7): that a matter
was on an agenda teaches nothing about the matter. Told by the parse: the subject is "one
of the topics", "among the topics", "a theme" of or at a meeting, conference, workshop
..., or "on the agenda", or it "was discussed", "debated", "raised" ... at one (a past
passive), or the gathering or its delegates "discussed" it (a past active). A modal
makes a rule of practice ("must be discussed at a strategy meeting"), a clause reports
what was said ("heard that ..."), and the present tells practice ("Each referral is
discussed at the weekly meeting"): those are judged as before.
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.analysis import Analysis
from curriculum.draft.placement import document_title
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.stemcheck import Score, word_set

_GATHERINGS = word_set("meeting session sitting plenary conference")
"""Nouns that name the meeting itself, or one of its sessions."""
_ROOMS = word_set("room venue hall")
"""Where the meeting sits."""
_SAME = word_set("closed open plenary opening closing same whole entire next first last "
                 "final morning afternoon current present")
"""Words that say which of the meeting's own sessions, not another kind of meeting."""
_PAPERS = re.compile(r"\b(?:agenda|minutes)\b", re.I)
"""A heading that names the document as a meeting's paper."""
_PLACED = frozenset({"pobj", "nsubj", "nsubjpass", "dobj", "attr"})


def meeting_paper(analysis: Analysis) -> bool:
    """The document is a meeting's own paper: its title or a heading names an agenda or
    minutes, or a meeting or session by its ordinal ("Fourteenth meeting"), read once."""
    if analysis.meeting is None:
        headings = [document_title(analysis),
                    *dict.fromkeys(s.heading for s in analysis.kept() if s.heading)]
        shown = [h for h in headings if h.strip()]
        analysis.meeting = any(_PAPERS.search(h) for h in shown) or any(
            _ordinal_meeting(parsed) for parsed in nlp.parse(shown))
    return analysis.meeting


def _ordinal_meeting(parsed: Any) -> bool:
    return any(t.lemma_.lower() in _GATHERINGS and any(
        c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in t.children) for t in parsed)


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its sentence places what it says in the meeting whose paper the
    document is (module docstring), or says only what a meeting talked about
    (``agenda_topic``); the reason names the words that show it."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    topic = agenda_topic(parsed)
    if topic:
        result.hold(AGENDA.format(phrase=topic))
        return
    if not meeting_paper(q.analysis):
        return
    found = arrangement(parsed)
    if found:
        result.hold(f'the meeting\'s own arrangements ("{found}"): logistics for its '
                    "delegates, not a fact of the work")


def arrangement(parsed: Any) -> str:
    """The phrase that places the sentence in the meeting itself, or ""."""
    for token in parsed:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in _PLACED:
            continue
        if any(c.dep_ == "ccomp" for c in _clause(token).children):
            continue  # "The board agreed at the meeting that ...": what was decided at it
        lemma = token.lemma_.lower()
        kids = list(token.children)
        words = [c.lemma_.lower() for c in kids if c.dep_ in ("compound", "amod")]
        if lemma in _ROOMS:
            return _phrase(token)
        if lemma == "quorum":
            return _phrase(token)
        if lemma == "item" and any(c.dep_ == "nummod" for c in kids):
            return _phrase(token)
        if lemma in _GATHERINGS and token.dep_ == "pobj" and all(w in _SAME for w in words) and any(
                c.dep_ == "det" and c.lemma_.lower() in ("the", "this") for c in kids):
            return _phrase(token)
    return ""


def _clause(token: Any) -> Any:
    """The verb whose clause holds ``token`` (the token itself at the root)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head  # spaCy makes a new Token on each access: compare places
    return token


def _phrase(token: Any) -> str:
    """The noun with the words that hang on it ("the meeting room", "item 5")."""
    end = max([token.i, *(c.i for c in token.children if c.dep_ == "nummod")])
    span = token.doc[token.left_edge.i : end + 1]
    return str(span.text)


# -- what a meeting talked about -------------------------------------------------------------

_EVENTS = word_set("meeting session sitting plenary conference workshop seminar symposium "
                   "summit webinar forum congress roundtable")
"""Gatherings whose agenda a sentence may report."""
_TOPICS = word_set("topic theme subject item issue")
"""What an agenda is made of."""
_DISCUSSING = word_set("discuss debate raise address present consider table examine")
"""Verbs that say a matter was talked about, in the passive ("was discussed at ...")."""
_AT = frozenset({"at", "during", "of", "for", "in", "on"})
_DELEGATES = word_set("delegate delegates participant participants attendee attendees")
"""Who sat at a gathering: "Delegates at the workshop discussed ..." reports its agenda."""
_MODAL = frozenset({"MD"})

AGENDA = ('a meeting\'s agenda ("{phrase}"): that a matter was talked about at one event '
          "says nothing an officer uses about the matter")


def agenda_topic(parsed: Any) -> str:
    """The words by which the main clause says only that its subject was a topic of a
    gathering: "X was one of the topics at the ... meeting", "X was among the topics
    discussed at ...", "X was a theme of the conference", "X was (or featured) on the
    agenda", "X was discussed at the 2018 meeting" (a past passive), "The 2018 meeting
    discussed X" (a past active whose subject is the gathering or its delegates); "" when
    it says more. A modal ("must be discussed at a strategy meeting": a rule of practice),
    a clause of what was said or found ("... heard that ...", "examined how ..."), and a
    verb in the present ("each case is discussed at ...": practice) say more."""
    root = parsed[:].root
    if any(c.tag_ in _MODAL or c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return ""
    agenda = next((found for c in root.children if c.dep_ == "prep" and c.lower_ == "on"
                   for found in [_topic_phrase(c)] if found), "")
    if agenda:
        return agenda
    if root.lemma_.lower() == "be":
        for attr in (c for c in root.children if c.dep_ in ("attr", "prep")):
            found = _topic_phrase(attr)
            if found:
                return found
        return ""
    if root.lemma_.lower() not in _DISCUSSING:
        return ""
    if root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in root.children):
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in _AT):
            event = _event_of(prep)
            if event is not None:
                return str(parsed[root.i : event.i + 1].text)
    if root.tag_ == "VBD":
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lemma_.lower() in _EVENTS or (
                subject.lemma_.lower() in _DELEGATES and _event_of(subject) is not None)):
            return str(parsed[subject.left_edge.i : root.i + 1].text)
    return ""


def _topic_phrase(token: Any) -> str:
    """The phrase from ``token`` to the gathering it names as having the subject as a
    topic: "one of the topics at the ... meeting", "a theme of the conference", "on the
    agenda"; "" when none."""
    if token.dep_ == "prep" and token.lower_ == "on":
        agenda = next((c for c in token.children if c.dep_ == "pobj"
                       and c.lemma_.lower() == "agenda"), None)
        return str(token.doc[token.i : agenda.i + 1].text) if agenda is not None else ""
    topic = token
    if token.dep_ == "prep" and token.lower_ == "among":  # "among the topics discussed at"
        topic = next((c for c in token.children if c.dep_ == "pobj"), token)
    if token.lemma_.lower() == "one":  # "one of the topics"
        topic = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), token)
    if topic.lemma_.lower() not in _TOPICS:
        return ""
    event = _event_of(topic)
    return str(token.doc[token.left_edge.i : event.i + 1].text) if event is not None else ""


def _event_of(head: Any) -> Any:
    """The gathering named in the phrases after ``head`` ("at the ... meeting"), or None:
    the last such noun, wherever a long name's parse hangs it ("the topics at the INTERPOL
    Specialists Group on Crimes Against Children meeting")."""
    found = [t for t in head.subtree if t.i > head.i and t.pos_ in ("NOUN", "PROPN")
             and t.lemma_.lower() in _EVENTS]
    return found[-1] if found else None
