"""The head of a document: title, subtitle, dated and ``Key: value`` lines, publication lines.

Front matter proper is read in ``frontmatter.py``; these are the metadata lines that sit
in the body near the top ("Meeting dates: 7-10 November 2022", "Published by ..., 15
October 2024.", "Appeal no. ..., judgment delivered on 9 February 2023"). Read as prose,
they became questions about header lines; here they are metadata that dates the document.
"""

from __future__ import annotations

import re
from datetime import date

from curriculum.draft.dates import DAY_RANGE, FULL_DATE, MONTH_DAY_RANGE, MONTH_YEAR, MONTHS
from curriculum.draft.frontmatter import (
    EVENTS,
    ISSUED,
    KEY_VALUE,
    date_rank,
    key_date,
    key_words,
    read_date,
)
from curriculum.draft.headings import SMALL_WORDS, caption
from curriculum.draft.lines import Cleaned, Dropped, Line, raw_line
from curriculum.draft.reading import SourceDoc

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def wraps_on(doc: SourceDoc, shown: str, rest: list[Line]) -> bool:
    """True when the next line continues this one as prose (a hard-wrapped paragraph):
    it starts in lower case, or this line stops on a small word or holds a sentence end."""
    if not rest or shown.lstrip().startswith("#"):
        return False
    following = doc.display(rest[0].start, rest[0].end)
    if not following or rest[0].start in doc.heading_starts:
        return False
    last = shown.split()[-1].lower()
    return (
        following[0].islower()
        or last in SMALL_WORDS
        or (following[0].isdigit() and last in _BEFORE_FIGURE)
        or re.search(r"[.!?] [A-Z]", shown) is not None
    )


_BEFORE_FIGURE = frozenset({
    "least", "most", "than", "under", "over", "within", "about", "around", "nearly",
    "almost", "approximately", "up", "some", "below", "above", "exceeding"})
"""Words that stand before a figure ("at least" / "21 days before departure"): a line
that stops on one, over a line that opens with a figure, is a paragraph cut at its wrap,
never a title and its subtitle."""


_PUBLISHED = re.compile(
    r"^(?:published|issued|released|posted|updated|adopted|report adopted|last updated|"
    r"(?:prepared|compiled|produced|written) by)\b",
    re.I,
)


_NUMERIC = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b")


_SUBJECT_KEYS = frozenset({"subject", "re", "regarding", "topic", "matter", "subject matter"})
"""Keys of a header line that says what the text is about (a letter's, a decision's or a
memo's subject line), read with the title for placement (``placement.document_title``)."""


def head_line(
    line: Line, shown: str, written: str, out: Cleaned, alone: bool = False, wraps: bool = False
) -> bool:
    """Near the top, a ``Key: value`` line ("Meeting dates: 7-10 November 2022", "Venue:
    ...") or a publication line ("Published by ..., 15 October 2024.") is metadata; a line
    ``alone`` between blank lines may instead be a heading (``topic_heading``). A line that
    ``wraps`` on into the next as prose ("On 29/08/2024 I received instructions from the" /
    "unit ...") is a paragraph's first line, not a dated header line."""
    pair = KEY_VALUE.match(shown) if not caption(shown) else None  # "Table 2: ..." is a title
    if (
        pair is not None
        and len(pair.group("value").split()) <= 12
        and not shown.endswith(".")
        and not (alone and topic_heading(pair.group("key"), pair.group("value")))
    ):
        key = pair.group("key")
        found, rank = key_date(key, pair.group("value"))
        if key.strip().lower() in _SUBJECT_KEYS and not out.subject:
            out.subject = pair.group("value").strip()
        line.kind = "metadata"
        date_from(out, found, shown, line, "header line", rank)
        out.dropped.append(
            Dropped(line.number, f"header line ({key}): metadata, not text", written)
        )
        return True
    dated = FULL_DATE.search(shown) or _NUMERIC.search(shown)
    if dated and len(shown.split()) <= 15 and not re.search(r"[.!?;:,]$", shown) and not wraps:
        found = read_date(shown)
        if found is not None:
            line.kind = "dateline"
            date_from(out, found, shown, line, "header line", EVENTS if PERIOD.search(shown)
                      else ISSUED)
            reason = f"header line with a date, read as {found.isoformat()}"
            out.dropped.append(Dropped(line.number, reason, written))
            return True
    if _PUBLISHED.match(shown) and len(shown.split()) <= 25:
        found = read_date(shown)
        line.kind = "dateline"
        date_from(out, found, shown, line, "publication line")
        read = f"read as {found.isoformat()}" if found else "no full date in it"
        out.dropped.append(Dropped(line.number, f"publication line, {read}", written))
        return True
    return False


_CONTROL = frozenset(
    [
        "issue",
        "issued",
        "published",
        "publication",
        "version",
        "approved",
        "adopted",
        "effective",
        "from",
        "commencement",
        "force",
        "reviewed",
        "review",
        "revised",
        "updated",
        "amended",
        "modified",
        "valid",
        "validity",
        "expiry",
        "signed",
    ]
)
"""Keys of a document's control lines, wherever they stand ("Last reviewed: 12 May 2025" at
the end of a Word file, a log's "Signed: <name>, <rank>   17 June 2025" under its last
entry): the document's own dates, not the dates of what it reports."""


def control_line(line: Line, shown: str, written: str, out: Cleaned) -> bool:
    """Anywhere in the text, a short ``Key: date`` line whose key is about the document
    itself (issue, version, effect, review, validity) is metadata, and may date it."""
    pair = KEY_VALUE.match(shown)
    if pair is None or shown.endswith(".") or len(pair.group("value").split()) > 6:
        return False
    key = pair.group("key")
    if not key_words(key) & _CONTROL:
        return False
    found = read_date(pair.group("value"))
    if found is None:
        return False
    line.kind = "metadata"
    _, rank = key_date(key, pair.group("value"))
    date_from(out, found, shown, line, "control line", rank)
    out.dropped.append(Dropped(line.number, f"control line ({key}): metadata, not text", written))
    return True


_MINOR = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of",
                    "on", "or", "the", "to", "with", "and/or", "under", "after", "before"})


def topic_heading(key: str, value: str) -> bool:
    """"Registered Sexual Offenders: Overseas Travel", alone between blank lines, is a
    heading in the form "Topic: Subtopic", not a ``Key: value`` line: both halves are titles
    of two words or more, every major word capitalised, with no figure. A label key
    ("Venue", "Contact", "Meeting dates", "Issued by") is a single word, has a lower-case
    word or ends on one, and a value with a figure is data; a header block's lines are not
    alone. Read as metadata, such a heading was dropped and the section lost the words that
    place it in a theme."""
    halves = (key.split(), value.split())
    if any(len(words) < 2 for words in halves) or re.search(r"\d", key + value):
        return False
    if halves[0][-1].lower() in _MINOR:
        return False
    return all(
        word[:1].isupper() or word.lower() in _MINOR
        for words in halves
        for word in words
    ) and all(words[0][:1].isupper() for words in halves)


def subtitle(shown: str) -> bool:
    return len(shown.split()) <= 20 and not re.search(r"[.!?;:,]$", shown)


def date_from(
    out: Cleaned,
    found: date | None,
    shown: str,
    line: Line,
    source: str,
    rank: int | None = ISSUED,
) -> None:
    """Keep the best-ranked date (``frontmatter.date_rank``), the first of equal rank: a
    "Meeting dates" line gives way to a publication line, never to a "Review date"."""
    if found is not None and rank is not None and rank < out.date_rank:
        out.doc_date, out.date_text, out.date_line = found, shown, line.number
        out.date_source, out.date_rank = source, rank


def metadata_line(doc: SourceDoc, line: Line, out: Cleaned) -> None:
    line.kind = "metadata"
    found = doc.meta.field_at(line.start, line.end + 1)
    if found is None and (doc.kind == "html" or not _WORD.search(doc.raw[line.start : line.end])):
        return  # a delimiter or a tag of the head: nothing an author would miss
    what = found.key if found is not None else "header"
    reason = f"front matter ({what}): metadata, not text"
    shown = doc.display(line.start, line.end) if doc.kind == "html" else raw_line(doc, line)
    if doc.kind == "html" and found is not None:
        shown = f"{found.key}: {found.value}"
    out.dropped.append(Dropped(line.number, reason, shown))


PERIOD = re.compile(
    r"\b(?:years?|quarters?|months?|weeks?|period|twelve months|\d+ months)\s+(?:ending|ended|to)"
    r"\b|\b(?:reference period|period covered|covering|as at)\b",
    re.I,
)
"""Words that say a date ends the period a document reports ("Year ending 31 March 2025",
"Figures as at 30 June"), not when the document was issued: a statistical bulletin is
released months after the end of its year."""
_SEPARATORS = re.compile(r"\s+[\u00b7\u2022|]\s+|(?<=[^\s.])\.\s+(?=[A-Z])")
_DATE_PATTERNS = (
    re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"),
    re.compile(r"\b[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b"),
    DAY_RANGE,
    MONTH_DAY_RANGE,
    FULL_DATE,
    MONTH_YEAR,
)
_FORMER = re.compile(
    r"\b(?:replac|supersed|cancel|withdraw|previous|former|earlier)\w*", re.I
)
SEGMENT_WORDS = 14
"""A part of a header line longer than this is a sentence, and the line is prose."""


def segments(shown: str) -> list[str]:
    """``Executive summary \u00b7 Published 24 March 2025`` or ``Order number: GO 14/2025.
    Effective date: 1 July 2025.``: the parts of a line of several items."""
    parts = _SEPARATORS.split(shown.strip(" \u00b7\u2022|"))
    return [part.strip(" \u00b7\u2022|.") for part in parts if part.strip(" \u00b7\u2022|.")]


def segment_date(segment: str) -> tuple[date | None, int | None]:
    """The document date one part of a header line gives, and its rank: a ``Key: value``
    pair by its key; otherwise the first date in it by the words just before it
    ("Published 24 March 2025", "Last updated 3 June 2025", "3rd edition (March 2024)";
    "Year ending 31 March 2025" is the period reported: ``EVENTS``)."""
    if _FORMER.search(segment):
        return None, None  # "Replaces version 1.3 (June 2022)": another text's date
    pair = KEY_VALUE.match(segment)
    if pair is not None:
        return key_date(pair.group("key"), pair.group("value"))
    starts = [m.start() for pattern in _DATE_PATTERNS if (m := pattern.search(segment))]
    if not starts:
        return None, None
    found = read_date(segment[min(starts) :])
    before = segment[: min(starts)]
    if PERIOD.search(before + " to"):
        return found, EVENTS
    key = " ".join(_WORD.findall(before)[-3:])
    return (found, date_rank(key)) if key else (None, None)


def _bare(segment: str) -> tuple[date | None, int | None]:
    """A part of a byline that is a date and nothing else ("Publisher \u00b7 Release 14
    \u00b7 November 2025"): the date of the issue the byline heads."""
    part = segment.strip()
    for pattern in (*_DATE_PATTERNS[:2], FULL_DATE, MONTH_YEAR):  # a range dates events
        whole = pattern.match(part)
        if whole is not None and not part[whole.end():].strip(" .,"):
            return read_date(part), ISSUED
    return None, None


def several_items(line: Line, shown: str, written: str, out: Cleaned) -> bool:
    """A line of several short items, at least one a document date: two ``Key: value``
    pairs or more ("Order number: GO 14/2025. Issued by: ... Effective date: 1 July 2025.
    Review date: 30 June 2027."), or parts set apart by "\u00b7", "\u2022" or "|" (a byline:
    "Publisher \u00b7 Version 4.2 \u00b7 Last updated 3 June 2025"). It is metadata, and
    dates the document by its best-ranked part. A part longer than a short phrase makes the
    line prose."""
    parts = segments(shown)
    if len(parts) < 2 or any(len(part.split()) > SEGMENT_WORDS for part in parts):
        return False
    pairs = sum(1 for part in parts if KEY_VALUE.match(part))
    if pairs < 2 and not re.search(r"\s[\u00b7\u2022|](?:\s|$)", shown):
        return False
    dated = [(found, rank, part) for part in parts
             for found, rank in [segment_date(part) if segment_date(part)[0] else _bare(part)]
             if found is not None and rank is not None]
    if not dated:
        return False
    line.kind = "metadata"
    for found, rank, part in dated:
        pair = KEY_VALUE.match(part)
        phrase = pair is not None and date_rank(pair.group("key")) is None  # "Status: approved"
        date_from(out, found, shown, line, "publication phrase" if phrase else "header line",
                  rank)
    out.dropped.append(Dropped(line.number, "header line of several items: metadata, not text",
                               written))
    return True


_BAR = re.compile(r"\s+[\u00b7|]\s+")
BANNER_WORDS = 8
"""A part of a banner longer than this, unless it is a ``Key: value`` pair, is prose."""


def banner_line(line: Line, shown: str, written: str, out: Cleaned) -> bool:
    """A line near the top of parts set apart by "|" or "\u00b7" with no date: a site's
    banner ("GOV.NM | Ministry of Education (fictional ...)") or a reference line ("Ref:
    MoE/SG/2025/04 | Applies to: all maintained schools ..."). Each part is a name or a
    ``Key: value`` pair and none ends a sentence: metadata, not a fact (a dated one is
    ``several_items``'s)."""
    parts = [p.strip() for p in _BAR.split(shown.strip()) if p.strip()]
    if len(parts) < 2 or any(
        re.search(r"[.!?;]$", part) or (len(part.split()) > BANNER_WORDS
                                        and KEY_VALUE.match(part) is None)
        for part in parts
    ):
        return False
    line.kind = "metadata"
    out.dropped.append(Dropped(line.number, "banner or reference line of several items: "
                               "metadata, not text", written))
    return True


def labelled_parts(shown: str) -> int:
    """How many parts of a line set apart by "|" or "\u00b7" are ``Key: value`` pairs: a
    document's head line of two or more ("Post: Detective Constable | Number of posts: 3 |
    Base: ...") is a reference line in any format, not only on a web page (blind review
    11a, R8: below the head block's first line it had become a fact)."""
    parts = [p.strip() for p in _BAR.split(shown.strip()) if p.strip()]
    return sum(1 for part in parts if KEY_VALUE.match(part)) if len(parts) >= 2 else 0


_WRAPPED_DATE = re.compile(
    r"^(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.?,?\s+(?:19|20)\d\d\b"
)


def date_tail(shown: str, following: str) -> str:
    """The rest of a date a line wrap cut after its day ("Published 24" / "March 2025"):
    the next line's month and year, or "" when the line does not end on a day."""
    if not re.search(r"(?:^|\s)[0-3]?\d$", shown):
        return ""
    found = _WRAPPED_DATE.match(following.strip())
    return found.group(0) if found is not None else ""
