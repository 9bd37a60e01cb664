"""Limits a procedure sets without "must": a service target and a standing cap.

Two sentence shapes of handbooks and procedures state a limit the reader works to, and
were read as a plan or as how long one event lasted (blind review 14b, R3):

- **a service target** (``service_target``): "The alert desk aims to decide on a request
  within 20 minutes of receiving it." The body's aim is timed from an event that recurs
  (a request received, a referral made) in minutes, hours or days, so it is the standard
  each case is held to, as a target time in a table is; a plan's aim runs for weeks,
  months or years ("The unit aims to train all staff within two years of the launch"
  stays a plan).
- **a standing cap** (``standing_cap``): "An alert stays live for up to 48 hours." The
  present tense and a generic subject ("an alert", "each order") make it true of every
  alert: the cap the procedure sets. A past or a definite subject narrates one event
  ("The search ran for up to 48 hours", "The operation lasts up to a week").

Both are read from the parse of the sentence's root.
"""

from __future__ import annotations

from typing import Any

_AIMS = frozenset({"aim", "target"})
_WITHIN = frozenset({"within"})
_UNITS = frozenset({"minute", "hour", "day"})
"""A service target is timed in minutes, hours or (working) days; a plan's horizon in
weeks, months or years ("aims to train all staff within two years of the launch")."""
_CAPS = frozenset({"run", "last", "remain", "stay"})
_GENERIC = frozenset({"a", "an", "each", "every", "any"})
_PRESENT = frozenset({"VBZ", "VBP"})
_CAP_WORDS = frozenset({"up", "maximum"})
"""The words of a cap the figure carries: "up to 48 hours", "a maximum of 48 hours"."""


def service_target(root: Any) -> bool:
    """ "aims to decide ... within 20 minutes of receiving it": a present aim whose
    infinitive is timed by "within" a count of time units counted "of" an event."""
    if root.lemma_.lower() not in _AIMS or root.tag_ not in _PRESENT:
        return False
    acts = [c for c in root.children if c.dep_ == "xcomp"]
    return any(_within_of(token) for act in acts for token in act.subtree)


def _within_of(token: Any) -> bool:
    """``token`` is "within" with a time unit after it counted from an event ("within 20
    minutes of receiving it")."""
    if token.lower_ not in _WITHIN:
        return False
    units = [g for g in token.children if g.dep_ == "pobj" and g.lemma_.lower() in _UNITS]
    return any(c.dep_ == "prep" and c.lower_ == "of" for u in units for c in u.children)


def standing_cap(root: Any) -> bool:
    """ "An alert stays live for up to 48 hours": a present verb of duration with a
    generic subject and a capped figure, and no auxiliary (a past or a future narrates)."""
    if root.lemma_.lower() not in _CAPS or root.tag_ not in _PRESENT:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not subjects or not all(any(d.dep_ == "det" and d.lower_ in _GENERIC
                                   for d in s.children) for s in subjects):
        return False
    return any(t.lower_ in _CAP_WORDS and t.dep_ in ("quantmod", "advmod", "amod", "pobj")
               for t in root.subtree)


_TERMS = frozenset({"last", "run"})
_INSTRUMENTS = frozenset({
    "order", "notice", "authorisation", "authorization", "licence", "license", "warrant",
    "permit", "registration", "accreditation", "certificate", "certification", "approval",
    "consent", "restriction", "prohibition", "injunction", "ban", "suspension", "exclusion",
    "designation", "direction", "caution", "warning", "notification", "alert", "bail",
    "disqualification", "requirement", "preservation", "extension", "renewal",
})
"""Instruments that a law or a scheme grants for a term: an order, a notice, an
authorisation, a licence. Their term is a rule ("An authorisation for a juvenile source
lasts 4 months"); a session's, a visit's or a project's length is how long one thing ran."""


def standing_term(root: Any) -> bool:
    """ "An authorisation for a juvenile source lasts 4 months": the term an instrument is
    granted for, stated as law states it (a present "last" or "run", no auxiliary, a generic
    subject: "a", "an", "each", "every", "any" or none) with an instrument as its subject.
    It is the rule's length, not how long a study or an event ran; "The order lasted two
    years" (past) and "The authorisation runs until May" (one authorisation) are events."""
    if root.lemma_.lower() not in _TERMS or root.tag_ not in _PRESENT:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_generic_instrument(s) for s in subjects)


def _generic_instrument(noun: Any) -> bool:
    """An instrument noun named as a kind: a generic determiner or none, no possessive."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _INSTRUMENTS:
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return all(d.dep_ == "det" and d.lower_ in _GENERIC for d in dets)
