"""Dates: the document's own date, day ranges and relative dates anchored on it.

dateparser reads whole date strings in many languages from its bundled locale data
(no network): it turns the Arabic ``٢٩ نوفمبر، ٢٠١٨`` into 2018-11-29. It misreads
ranges (``26 - 29 November`` comes back as 2029-11-26) and resolves "next month"
against today, which is neither right nor reproducible, so ranges and relative dates
are read here by rule and anchored on the document date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from curriculum.draft.normalise import script_languages

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names (``calendar.month_name`` follows the process locale)."""
MONTHS = {name.lower(): index for index, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name[:3].lower(): index for index, name in enumerate(MONTH_NAMES, start=1)})
MONTHS["sept"] = 9
_MONTH = (
    r"(?P<month>"
    + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.?"
)
_YEAR4 = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_VERSION = re.compile(
    r"^\s*(?:version|ver\.?|v|issue|edition|revision|rev\.?|release)\s*\d+(?:\.\d+)*"
    r"\s*(?:[,;:(\[]|-\s)?\s*",
    re.I,
)
"""A version label in front of a date ("Version 3, March 2025", "Issue 4 (June 2024)"):
its number is no day of the month."""

DAY_RANGE = re.compile(
    r"\b(?P<d1>[0-3]?\d)\s*(?:-|to|until)\s*(?P<d2>[0-3]?\d)\s+"
    + _MONTH
    + r"(?:,?\s+(?P<year>\d{4}))?\b"
)
MONTH_DAY_RANGE = re.compile(
    r"\b" + _MONTH + r"\s+(?P<d1>[0-3]?\d)\s*(?:-|to)\s*(?P<d2>[0-3]?\d)(?:,?\s+(?P<year>\d{4}))?\b"
)
FULL_DATE = re.compile(
    r"\b(?P<d1>[0-3]?\d)\s+"
    + _MONTH
    + r",?\s+(?P<year>\d{4})\b|\b"
    + _MONTH.replace("month", "month2")
    + r"\s+(?P<d2>[0-3]?\d),?\s+(?P<year2>\d{4})\b"
)
MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b")
"""A month and year with no day ("April 2022")."""
RELATIVE = re.compile(
    r"\b(?P<rel>(?:this|next|last|earlier this|later this) (?:week|month|year)|"
    r"yesterday|today|tomorrow)\b",
    re.I,
)


@dataclass(frozen=True)
class DateFact:
    """A date found in a sentence, resolved where the document date allows."""

    start: int
    end: int
    text: str
    kind: str  # "range", "date" or "relative"
    resolved: str | None  # ISO date or date range, e.g. "2018-11-26/2018-11-29"
    note: str = ""


def parse_dateline(line: str) -> date | None:
    """The date of a short date line (any language dateparser knows), else None.

    A four-digit year must be present: without it dateparser would fill the year in from
    today's date, and a draft must be the same whenever it is made.
    """
    line = _VERSION.sub("", line, count=1)
    if len(line) > 40 or len(line.split()) > 6 or not _YEAR4.search(line):
        return None
    # Imported late: it costs about 60 ms and only the date line needs it.
    import dateparser  # type: ignore[import-untyped]

    words = line.split()
    for skip in range(min(3, len(words))):
        candidate = " ".join(words[skip:])
        settings = {
            "REQUIRE_PARTS": ["month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": "DMY",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        found = dateparser.parse(
            candidate,
            languages=script_languages(candidate),
            settings=settings,
        )
        if isinstance(found, datetime):
            return found.date()
    return None


def find_dates(text: str, offset: int, anchor: date | None) -> list[DateFact]:
    """Day ranges, full dates and relative dates in ``text`` (offsets shifted by ``offset``)."""
    found: list[DateFact] = []
    taken: list[tuple[int, int]] = []
    for pattern in (DAY_RANGE, MONTH_DAY_RANGE):
        for match in pattern.finditer(text):
            fact = _range_fact(match, offset, anchor)
            if fact is not None:
                found.append(fact)
                taken.append(match.span())
    for match in FULL_DATE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        fact = _full_date(match, offset)
        if fact is not None:
            found.append(fact)
    for match in RELATIVE.finditer(text):
        found.append(_relative(match, offset, anchor))
    return sorted(found, key=lambda f: f.start)


def _range_fact(match: re.Match[str], offset: int, anchor: date | None) -> DateFact | None:
    month = MONTHS[match.group("month").lower()]
    year_text = match.group("year")
    year = int(year_text) if year_text else (anchor.year if anchor else None)
    d1, d2 = int(match.group("d1")), int(match.group("d2"))
    span_text = match.group(0)
    if year is None:
        return DateFact(
            match.start() + offset,
            match.end() + offset,
            span_text,
            "range",
            None,
            "no year in the text and no document date",
        )
    try:
        first, last = date(year, month, d1), date(year, month, d2)
    except ValueError:
        return None
    if last < first:
        return None
    note = "" if year_text else f"year {year} taken from the document date"
    resolved = f"{first.isoformat()}/{last.isoformat()}"
    return DateFact(
        match.start() + offset, match.end() + offset, span_text, "range", resolved, note
    )


def _full_date(match: re.Match[str], offset: int) -> DateFact | None:
    month_name = match.group("month") or match.group("month2")
    day = match.group("d1") or match.group("d2")
    year = match.group("year") or match.group("year2")
    try:
        value = date(int(year), MONTHS[month_name.lower()], int(day))
    except ValueError:
        return None
    return DateFact(
        match.start() + offset, match.end() + offset, match.group(0), "date", value.isoformat()
    )


def _relative(match: re.Match[str], offset: int, anchor: date | None) -> DateFact:
    phrase = match.group("rel").lower()
    start, end = match.start() + offset, match.end() + offset
    if anchor is None:
        return DateFact(
            start,
            end,
            match.group(0),
            "relative",
            None,
            "relative date and no document date: replace it with a date",
        )
    resolved = resolve_relative(phrase, anchor)
    note = f'"{match.group(0)}" is relative to the document date {anchor.isoformat()}'
    return DateFact(start, end, match.group(0), "relative", resolved, note)


def resolve_relative(phrase: str, anchor: date) -> str:
    """ISO form of "next month", "this week" ... seen from ``anchor``."""
    unit = phrase.split()[-1]
    step = {"next": 1, "last": -1}.get(phrase.split()[0], 0)
    if unit in ("today", "yesterday", "tomorrow"):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[unit]
        return (anchor + timedelta(days=shift)).isoformat()
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    return f"{anchor.year + step:04d}"


_MONTH_WORDS = "|".join(MONTH_NAMES)
_DAY_DATE = rf"[0-3]?\d\s+(?:{_MONTH_WORDS})\s+(?:19|20)\d\d"
_SOME_DATE = rf"(?:[0-3]?\d\s+)?(?:{_MONTH_WORDS})\s+(?:19|20)\d\d"
_PERIOD_ENDING = re.compile(
    rf"\b(?P<span>year|twelve months|12 months|quarter|period)\s+(?:ending|ended|to)\s+"
    rf"(?P<end>{_DAY_DATE})", re.I)
_PERIOD_RANGE = re.compile(rf"(?<!\w)(?P<first>{_SOME_DATE})\s*(?:to|until|-|\u2013|\u2014)\s*"
                           rf"(?P<last>{_SOME_DATE})\b")
_PERIOD_SPLIT_YEAR = re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)[/\u2013-](?P<next>\d\d)"
                                r"(?![\w/.-])")
_PERIOD_ANNUAL = re.compile(r"\b(?:annual|yearly)\s+(?:report|review|statistics|bulletin|data)"
                            r"\b\D{0,30}?(?P<year>(?:19|20)\d\d)\b|\b(?P<year2>(?:19|20)\d\d)\s+"
                            r"annual\s+(?:report|review|statistics)\b", re.I)
_NOT_A_PERIOD = re.compile(r"\b(?:valid|review|effective|force|expir|until|deadline|next|"
                           r"release|publish|issued|consultation|meeting|held|event|academic|"
                           r"school|term|semester|course|syllabus|curriculum|plan|strateg|"
                           r"programme|program|priorit|target|objective)", re.I)
"""A line about the document's own life (validity, review, release), an event, a course's
year or a plan's years ("Action Plan 2025-26", "Strategy 2024/25": a period to come) dates
neither what its figures count nor over which period."""
HEAD_LINES = 15
"""The head of a document: its lines before the first line of prose, at most this many."""


_STATED = re.compile(
    r"\b(?:as of|as at)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?", re.I
)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d\b")


def stated_date(text: str) -> str | None:
    """The date a sentence gives its own figure, in ISO form, or None.

    "As of November 2022, 68 countries were connected ... (INTERPOL, 18 November 2022)":
    the figure holds as of its own date, not the date of the document that repeats it
    years later, so a question's ``as_of`` is this date. A month named alone is made a
    day when the sentence dates its source on a day of that month; otherwise the month
    ("2022-11") or the year stays as precise as the text is.
    """
    for match in _STATED.finditer(text):
        rest = text[match.end() : match.end() + 40]
        full = FULL_DATE.match(rest)
        if full is not None:
            fact = _full_date(full, 0)
            return fact.resolved if fact is not None else None
        month = MONTH_YEAR.match(rest)
        if month is not None:
            number, year = MONTHS[month.group("month").lower()], month.group("year")
            for source in FULL_DATE.finditer(text):
                fact = _full_date(source, 0)
                if fact is not None and fact.resolved and fact.resolved.startswith(
                    f"{year}-{number:02d}-"
                ):
                    return fact.resolved
            return f"{year}-{number:02d}"
        year_alone = _YEAR_ALONE.match(rest)
        if year_alone is not None:
            return year_alone.group(0)
    return None


def reference_period(text: str) -> str:
    """The period a report's figures cover, as a lead for its undated past figures ("In
    the year ending 31 March 2025", "Between 1 April 2023 and 31 March 2024", "In
    2024/25", "In 2024"), read from the document's head (its title, subtitle and header
    lines before the first line of prose: "Year ending 31 March 2025", "Annual Report
    2023/24", "Reporting period: 1 April 2023 to 31 March 2024"), else "". A line
    about the document's own life ("Valid until ...", "Next release ...") or a meeting
    gives none: it dates the document, not what its figures count."""
    head: list[str] = []
    for line in text.splitlines():
        if len(line.split()) >= 15 and re.search(r"[.!?]\s*$", line):
            break  # the first line of prose ends the head
        if line.strip():
            head.append(line)
        if len(head) >= HEAD_LINES:
            break
    for line in head:
        if _NOT_A_PERIOD.search(line):
            continue
        found = _PERIOD_ENDING.search(line)
        if found:
            return f"In the {found.group('span').lower()} ending {found.group('end')}"
        found = _PERIOD_RANGE.search(line)
        if found:
            return f"Between {found.group('first')} and {found.group('last')}"
        found = _PERIOD_SPLIT_YEAR.search(line)
        if found and int(found.group("next")) == (int(found.group("year")) + 1) % 100:
            return f"In {found.group(0)}"
        found = _PERIOD_ANNUAL.search(line)
        if found:
            return f"In {found.group('year') or found.group('year2')}"
    return ""
