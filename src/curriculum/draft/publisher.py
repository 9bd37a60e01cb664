"""A publishing office speaks for its body: "we" of a press office's lines is the force.

A body's press office, communications department, help centre or publications unit
publishes the body's texts; it does not do what they say. "Lines to take" issued by
"Halsted Constabulary Corporate Communications" say "we risk-assess every referral": the
force assesses, not its press office. A platform's "Loopline Help Centre" page says "we
preserve data for 90 days": Loopline does. Naming the office as the actor ("According to
the Halsted Constabulary Corporate Communications, ...", "The Loopline Help Centre will
preserve ...") gives the rule to the wrong body.

``speaking_for`` turns the name of such an office into the name of the body it publishes
for, in the forms a document head gives it: "Halsted Constabulary Corporate
Communications", "Corporate Communications, Halsted Constabulary", "Press Office of the
Halsted Constabulary", "Halsted Constabulary's Press Office". What marks a publishing
office is its function (communications, press, media, publications, public affairs, help,
support), never a body's own name: an office with any other function ("Public Protection
Unit") is a body that acts, and keeps its name.
"""

from __future__ import annotations

import re

_FUNCTION = (r"(?:(?:Corporate|Digital|External|Internal|Strategic|Social|Media|News)\s+)?"
             r"(?:Communications?|Comms|Press|Media|News|Publications?|Public\s+Affairs|"
             r"Public\s+Relations|Public\s+Information|Media\s+Relations|"
             r"(?:(?:Customer|User|Member|Trust\s+and\s+Safety)\s+)?(?:Help|Support|Care|Service))")
_OFFICE = (r"(?:Office|Team|Department|Dept\.?|Unit|Centre|Center|Desk|Hub|Services?|"
           r"Directorate|Division|Bureau|Section|Branch)")
_ALONE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:Communications?|Comms|Public\s+Affairs|"
                    r"Media\s+Relations|Public\s+Relations)")
"""Functions that name an office without a kind of office after them ("Corporate
Communications"); "Press" or "Help" alone is no office."""
_DESK = re.compile(r"(?P<customer>(?:Customer|User|Member|Trust\s+and\s+Safety)\s+)?"
                   r"(?:Help|Support|Care|Service)")
_DESKS = frozenset({"centre", "center", "desk", "hub"})
"""A help or support office is a desk or a centre ("Help Centre", "Support Desk"): a
"Victim Support Unit" or a "Child Care Team" is a body that acts."""
_COMMON = frozenset({"national", "regional", "central", "joint", "local", "force", "state",
                     "federal", "county", "city", "international", "european"})
"""First words of an office's own name ("National Press Office"), no body of their own."""
_OFFICE_NAME = re.compile(rf"(?:[Tt]he\s+)?(?P<function>{_FUNCTION})(?:\s+(?P<kind>{_OFFICE}))?")
_TRAILING = re.compile(rf"^(?P<body>.+?)(?:'s?|\u2019s?)?\s+(?P<function>{_FUNCTION})"
                       rf"(?:\s+(?P<kind>{_OFFICE}))?$")
"""No "the" before the office: "Inside the Help Centre" is a headline, not a body's office."""
_OF_BODY = re.compile(rf"^{_OFFICE_NAME.pattern}\s+(?:of|at|for)\s+(?:the\s+)?(?P<body>.+)$")


def publishing_office(name: str) -> bool:
    """ "Corporate Communications", "the Press Office", "Help Centre": ``name`` is, whole,
    the name of an office whose job is publishing."""
    found = _OFFICE_NAME.fullmatch(name.strip())
    return found is not None and _is_office(found)


def speaking_for(name: str) -> str:
    """The body a publishing office's name speaks for ("Halsted Constabulary" of
    "Halsted Constabulary Corporate Communications" or of "Corporate Communications,
    Halsted Constabulary"); ``name`` itself when it names no publishing office of a body,
    and "" when it names only the office ("Press Office")."""
    text = " ".join(name.split())
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 1 and publishing_office(parts[0]):
        return ", ".join(parts[1:])  # "Press Office, Halsted Constabulary"
    if publishing_office(text):
        return ""
    for pattern in (_OF_BODY, _TRAILING):
        found = pattern.match(parts[0] if parts else text)
        if found is None or not _is_office(found):
            continue
        body = re.sub(r"^[Tt]he\s+", "", found.group("body").strip())
        words = body.split()
        if words and all(w[:1].isupper() for w in (words[0], words[-1])) and (
                body.lower() not in _COMMON):  # "Inside the Help Centre": no body
            return ", ".join([body, *parts[1:]])
    return text


def _is_office(found: re.Match[str]) -> bool:
    """The match names an office whose job is publishing (see ``_ALONE``, ``_DESKS``)."""
    function, kind = found.group("function"), found.group("kind")
    desk = _DESK.fullmatch(function)
    if desk is not None:
        return desk.group("customer") is not None or (kind or "").lower() in _DESKS
    return kind is not None or _ALONE.fullmatch(function) is not None
