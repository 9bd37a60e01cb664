"""Ages a rule sets, and the wrong options a trainee could believe for one.

A definition's "below the age of eighteen years" was offered with nine, thirteen and
twenty-five (blind review 14a, a6): the spacing that suits a count of cases puts an age
among ages no law sets, and a trainee rules them out without knowing the rule. The ages
that child-protection, consent, criminal-responsibility and offender rules set cluster
in the teens, so the options are the nearest of those (``LADDER``), written as the
answer is ("sixteen", "17"). Whether a figure is an age is read from the words around
it: "the age of ____", "aged ____", "____ years of age", "____ years old".
"""

from __future__ import annotations

import re

LADDER = (10, 12, 13, 14, 16, 17, 18, 21, 25)
"""Ages rules set. An answer on it below its top takes its wrong options from it."""
_BEFORE = re.compile(r"\b(?:age\s+of|aged)\s+$", re.I)
_AFTER = re.compile(r"^\s*(?:of\s+age|old)\b", re.I)


def is_age(before: str, after: str) -> bool:
    """The figure is an age: ``before`` is the sentence up to it, ``after`` the text after
    its noun ("years")."""
    return _BEFORE.search(before[-20:]) is not None or _AFTER.match(after) is not None


def age_options(value: int) -> list[float] | None:
    """The other ages of ``LADDER`` for an answer on it below its top, else None."""
    if value not in LADDER[:-1]:
        return None
    return [float(a) for a in LADDER if a != value]
