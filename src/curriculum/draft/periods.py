"""A period word in the stem gives the asked period away.

"Psychological support exists on paper (a compulsory annual review), but only four of nine
staff had attended a review in the previous ____ months" asks 12, and "annual" says it; so
does "every two years" for "a refresher within ____ months" asking 24. The question builder
already drops a blank whose number shows again in the stem ("every two years ... ____
years"); a period named by a word of frequency ("annual", "quarterly", "weekly") or in
another unit ("a year", "every 12 months" for "____ year") is the same cue in other words.
A learner who reads the stem knows the answer (rubric 3).

A blank's period is its number times the unit it counts (from the parse: "____ months");
the stem's periods are its words of frequency and its "N unit" phrases outside the blank
("every two years", "a 12-month review", "once a year"). Equal lengths (a month as 30 or
31 days, a year as 365) make the blank a giveaway.
"""

from __future__ import annotations

import re

from curriculum.draft.facts import NUMBER_WORDS

UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.4,
             "quarter": 91.3, "year": 365.0}
"""Units of time in days (a month and a quarter as their average)."""
FREQUENCY = {"hourly": 1 / 24, "daily": 1.0, "weekly": 7.0, "fortnightly": 14.0,
             "monthly": 30.4, "quarterly": 91.3, "annual": 365.0, "annually": 365.0,
             "yearly": 365.0, "biennial": 730.0, "biennially": 730.0, "triennial": 1095.0}
"""Words that name a period by how often something recurs ("an annual review")."""
_WORDS = {**NUMBER_WORDS, "a": 1, "an": 1, "one": 1, "twenty-four": 24}
"""The facts' number words, and the words of one period ("a year", "one month")."""
_SPAN = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")[\s-]+"
    r"(?P<unit>hour|day|week|fortnight|month|quarter|year)s?\b", re.I)
"""A period written as a number and a unit ("two years", "12-month", "a year")."""
_EVERY = re.compile(r"\b(?:every|each|per)\s+(?P<unit>hour|day|week|fortnight|month|quarter|"
                    r"year)\b", re.I)
"""A period of one unit after a word of recurrence ("every year", "per month")."""
_FREQUENCY = re.compile(r"\b(?P<word>" + "|".join(FREQUENCY) + r")\b", re.I)


def answer_days(value: float, unit: str | None) -> float | None:
    """The length of the asked period in days, or None when the blank counts no unit of
    time."""
    if unit is None or unit not in UNIT_DAYS:
        return None
    return value * UNIT_DAYS[unit]


def cue(stem: str, days: float) -> str:
    """The words of ``stem`` (the prompt with its blank) that name a period as long as
    ``days``, or ""."""
    for match in _FREQUENCY.finditer(stem):
        if _same(FREQUENCY[match.group("word").lower()], days):
            return match.group(0)
    for match in _EVERY.finditer(stem):
        if _same(UNIT_DAYS[match.group("unit").lower()], days):
            return match.group(0)
    for match in _SPAN.finditer(stem):
        n = match.group("n").lower()
        length = (_WORDS[n] if n in _WORDS else int(n)) * UNIT_DAYS[match.group("unit").lower()]
        if _same(length, days):
            return match.group(0)
    return ""


def _same(a: float, b: float) -> bool:
    """Two periods of one length, a month counted as 30 or 31 days ("12 months", "a
    year")."""
    return abs(a - b) <= 0.03 * max(a, b)
