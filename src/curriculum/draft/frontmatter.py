"""Front matter and header blocks: what a document says about itself, never its content.

Authors' files open with metadata in three common shapes: YAML front matter between
``---`` lines (Markdown sites), a block of ``Key: value`` lines closed by a ``---`` line
(or by a blank line, when the keys are ones documents use: ``Title:``, ``Date:`` ...),
and in HTML the ``<head>`` with its ``<title>`` and ``<meta>`` tags. Read as prose,
these lines became questions about header lines and years taken from URLs; read here,
they give the draft's source entry (title, date, url, publisher) and its "as of" date.
All offsets are into the normalised text, which has the file's length.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from curriculum.draft.dates import (
    DAY_RANGE,
    FULL_DATE,
    MONTH_DAY_RANGE,
    MONTH_YEAR,
    MONTHS,
    parse_dateline,
)

MAX_HEADER_LINES = 60
"""A header block longer than this is the document itself, not its header."""

_KEY = r"(?P<key>[A-Za-z][A-Za-z0-9_/().-]{0,30}(?: [A-Za-z0-9_/().-]{1,30}){0,3})"
"""A key is one to four words ("Date of events"); a longer run before a colon is prose."""
KEY_VALUE = re.compile(r"^[ \t]*" + _KEY + r"[ \t]*:[ \t]+(?P<value>\S[^\r\n]*?)[ \t]*$")
_KEY_ONLY = re.compile(r"^[ \t]*" + _KEY + r"[ \t]*:[ \t]*$")
_CONTINUATION = re.compile(r"^(?:[ \t]+\S|[ \t]*[-*\u2022][ \t]+\S|[ \t]*<?https?://\S+)")
_RULE = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$")
_YAML_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_URL = re.compile(r"https?://[^\s<>\"']+")
_NUMERIC_DATE = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)\b")

TITLE_KEYS = ("title", "headline", "document-title", "subject", "og:title", "dc.title")
FILE_DATE_KEY = "file-created"
"""The date a PDF or Word file's own properties give: the last resort, as it may be the day
the file was saved rather than the day the document was issued."""
_NEVER = frozenset(
    [
        "review",
        "next",
        "valid",
        "validity",
        "until",
        "expiry",
        "expires",
        "expire",
        "due",
        "deadline",
        "birth",
        "born",
        "dob",
        "retention",
        "retain",
    ]
)
"""A date under such a key is not the document's date ("Review date: June 2026", "Valid
until"), unless the key says the date is past or a start (``_LAST``, ``_FROM``)."""
_FORMER = frozenset(["previous", "former", "earlier", "replaces", "replaced", "supersedes",
                     "superseded", "cancels", "cancelled", "withdrawn"])
"""A key about another text ("Previous issue: 3 (Jan. 2023)", "Supersedes"): its date is
that text's, never this one's."""
_LAST = frozenset(["last", "reviewed", "checked"])
"""A review that took place ("Last reviewed", "Date of last review"): the text was checked as
current then, like an edit; "Review date" alone is usually the next review, never read."""
_FROM = frozenset(["from", "effective", "commencement", "commences", "commenced", "force"])
"""A key saying when the text takes effect ("Effective date", "Valid from", "In force from")."""
_EVENTS = frozenset(
    ["event", "events", "dates", "meeting", "meetings", "fieldwork", "hearing", "conference",
     "sitting", "heard", "recorded", "broadcast", "aired", "interviewed", "examination"]
)
_EDITED = frozenset(["updated", "modified", "revised", "amended"])
_ISSUED = frozenset(
    [
        "date",
        "dated",
        "published",
        "publication",
        "pubdate",
        "datepublished",
        "issued",
        "issue",
        "released",
        "release",
        "approved",
        "approval",
        "adopted",
        "signed",
        "closed",
        "completed",
        "concluded",
        "finalised",
        "finalized",
        "delivered",
        "handed",
        "posted",
        "version",
        "edition",
    ]
)
"""Keys of the day the document was issued, signed or completed: a log or a record is
dated by the day it was closed or completed ("Log closed: 17 June 2025"), not opened."""
ISSUED, EFFECTIVE, EVENTS, EDITED, FILE = 0, 1, 2, 3, 4
"""Date ranks, best first: when the document was issued (its version's date included), when
it takes effect, the events it reports, its last edit or review, the file's properties."""
_ISSUED_PHRASE = re.compile(
    r"\b(?:approved|issued|published|adopted|released|dated|signed)\b[:,]?"
    r"(?:\s+(?:on|in))?\s+(?P<rest>[^;()]+(?:\([^;()]*\))?)",
    re.I,
)
"""The date after "approved", "adopted" ... up to a ";" or a bracket, or inside the one
bracket that closes the phrase ("approved at meeting no. 8 (2 April 2025)")."""
_EVENT_PHRASE = re.compile(
    r"\b(?:held|met|convened|took\s+place|(?:first|second|third)\s+reading)\b[:,]?"
    r"(?:\s+(?:on|in))?\s+(?P<rest>[^;()]+(?:\([^;()]*\))?)",
    re.I,
)
"""When the meeting a record reports took place ("Held on Wednesday 5 March 2025"), or a
bill's reading ("First reading: 19 May 2025"): the document's events, ranked below its
issue."""


def date_rank(key: str) -> int | None:
    """How well a key's date says when the document was issued (see the ranks above); None
    when it never does (a review, expiry or birth date) or the key is not about a date."""
    words = key_words(key)
    if "next" in words or "until" in words or words & _FORMER:
        return None
    if words & _LAST and not words & {"due", "deadline"}:
        return EDITED
    if words & _FROM and not words & {"expiry", "expires", "expire", "due", "deadline"}:
        return EFFECTIVE
    if words & _NEVER:
        return None
    if norm_key(key) == FILE_DATE_KEY:
        return FILE
    for rank, kind in ((EDITED, _EDITED), (EVENTS, _EVENTS), (ISSUED, _ISSUED)):
        if words & kind:
            return rank
    return None


def key_words(key: str) -> frozenset[str]:
    """``Date-of-issue`` -> {date, of, issue}; ``article:published-time`` -> its three words."""
    return frozenset(re.split(r"[-:._/()]+", norm_key(key))) - {""}


def key_date(key: str, value: str) -> tuple[date | None, int | None]:
    """The document date a ``key: value`` pair gives, and its rank.

    A dated key reads its value up to any "next review"/"valid until" part; another key
    still gives a date through a phrase such as "(approved 04/11/2024; ...)".
    """
    rank = date_rank(key)
    if rank is not None:
        return read_date(_before_never(value)), rank
    if key_words(key) & (_NEVER | _FORMER):
        return None, None
    found = issued_phrase(value) or _reference_date(key, value)
    return (found, ISSUED) if found is not None else (None, None)


_REFERENCE_KEYS = frozenset({"ref", "reference", "our", "file", "no", "number"})
_REFERENCE_BEFORE = re.compile(
    r"^\s*\S*\d\S*(?:\s+\S*\d\S*)?\s*(?:[|;,\u2013\u2014-]\s*)?(?:dated?\s*:?\s*)?$", re.I
)
"""What stands before the date in a reference line's value: the reference (a word or two
with a figure: "MIN/2026/044", "No. 7"), a separator, perhaps a "Date:" key of its own
(two columns of a reference block read as one line)."""


def _reference_date(key: str, value: str) -> date | None:
    """The date a letter's or a report's own reference line gives after its reference
    ("Our ref: MIN/2026/044 \u2014 12 February 2026", "Ref: HS-7 | 3 March 2026", "Our ref:
    MIN/2026/044 Date: 12 February 2026"): the date the text was written, which a letter
    prints beside its reference. Not "Your ref": that is the addressee's letter, and its
    date is that letter's."""
    words = key_words(key)
    if not words & _REFERENCE_KEYS or "your" in words or "their" in words:
        return None
    text = value.strip().rstrip(".")
    last = next(reversed(list(FULL_DATE.finditer(text))), None)
    if last is None or last.end() != len(text) or not _REFERENCE_BEFORE.match(text[: last.start()]):
        return None
    return read_date(last.group(0))


def issued_phrase(text: str) -> date | None:
    """The date in "published 27 February 2025", "approved on 04/11/2024" (None if none)."""
    return _phrase_date(_ISSUED_PHRASE, text)


def event_phrase(text: str) -> date | None:
    """The date in "Held on Wednesday 5 March 2025, 10:00 to 12:15", "First reading: 19
    May 2025" (None if none): when the events the document records took place."""
    return _phrase_date(_EVENT_PHRASE, text)


def _phrase_date(pattern: re.Pattern[str], text: str) -> date | None:
    for match in pattern.finditer(text):
        found = read_date(_before_never(match.group("rest")))
        if found is not None:
            return found
    return None


def _before_never(value: str) -> str:
    """``12 June 2024; next review June 2026`` -> ``12 June 2024; ``."""
    words = re.finditer(r"[^\W\d_]+", value)
    cut = next((m.start() for m in words if m.group(0).lower() in _NEVER), len(value))
    return value[:cut]


URL_KEYS = ("url", "source-url", "canonical", "link", "permalink", "source", "web", "og:url")
PUBLISHER_KEYS = (
    "publisher",
    "organisation",
    "organization",
    "agency",
    "issued-by",
    "issuer",
    "author",
    "authors",
    "by",
    "dc.publisher",
    "dc.creator",
    "og:site-name",
)
_KNOWN = frozenset((*TITLE_KEYS, *URL_KEYS, *PUBLISHER_KEYS))


@dataclass
class MetaField:
    """One ``key: value`` the header held, where its line starts."""

    key: str
    value: str
    offset: int


@dataclass
class Metadata:
    """What the document says about itself; empty strings when it says nothing."""

    title: str = ""
    date_text: str = ""
    date: date | None = None
    date_rank: int = FILE + 1
    """How good ``date`` is (``ISSUED`` best); past ``FILE`` when there is none."""
    url: str = ""
    publisher: str = ""
    fields: list[MetaField] = field(default_factory=list)
    span: tuple[int, int] | None = None
    """Offsets of the whole header (delimiters included): no line in it is content."""
    blocks: list[tuple[int, int]] = field(default_factory=list)
    """Offsets of metadata blocks below the header (an HTML page's ``<dl>`` of article
    details under its title): no line in them is content either."""
    shape: str = ""
    """``yaml``, ``header`` or ``html``, for the audit."""

    def covers(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in ([self.span] if self.span else []) + self.blocks)

    def field_at(self, start: int, end: int) -> MetaField | None:
        """The field whose line starts in ``[start, end)`` (for the audit's reasons)."""
        return next((f for f in self.fields if start <= f.offset < end), None)


def norm_key(key: str) -> str:
    """``Date of events`` and ``date_of_events`` are the same key: ``date-of-events``."""
    return re.sub(r"[\s_]+", "-", key.strip().lower())


def read_metadata(text: str, kind: str) -> Metadata:
    """The document's header, by the shape its format allows (an empty one when none)."""
    if kind == "html":
        return _html_metadata(text)
    found = _yaml_front_matter(text) or _header_block(text)
    return found if found is not None else Metadata()


# -- text and Markdown ------------------------------------------------------------------


def _lines(text: str, limit: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for match in _LINE.finditer(text):
        if len(out) >= limit or (match.start() == match.end() == len(text)):
            break
        out.append((match.start(), match.group(0)))
    return out


def _yaml_front_matter(text: str) -> Metadata | None:
    lines = _lines(text, MAX_HEADER_LINES + 2)
    if not lines or lines[0][1].strip() != "---" or lines[0][1].startswith((" ", "\t")):
        return None
    for index, (offset, line) in enumerate(lines[1:], start=1):
        if _YAML_END.match(line.rstrip("\r\n")):
            meta = _from_lines(lines[1:index])
            meta.span, meta.shape = (0, offset + len(line.rstrip("\r\n"))), "yaml"
            return meta
    return None


def _header_block(text: str) -> Metadata | None:
    """``Key: value`` lines at the top, closed by a rule line, or by a blank line when at
    least two of the keys are ones documents use for themselves."""
    lines = _lines(text, MAX_HEADER_LINES + 2)
    first = next((i for i, (_, line) in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    lead: tuple[int, str] | None = None
    if not KEY_VALUE.match(lines[first][1].rstrip("\r\n")):
        lead, first = lines[first], first + 1  # a title line above the keys
        words = lead[1].split()
        if len(words) > 20 or re.search(r"[.!?;,]\s*$", lead[1]):
            return None
    body: list[tuple[int, str]] = []
    for offset, raw_line in lines[first:]:
        line = raw_line.rstrip("\r\n")
        if _RULE.match(line):
            return _closed(body, lead, offset + len(line)) if body else None
        if not line.strip():
            return None if lead is not None else _closed_by_blank(body)
        if not (KEY_VALUE.match(line) or _KEY_ONLY.match(line) or _CONTINUATION.match(line)):
            return None
        body.append((offset, raw_line))
    return None


def _closed(body: list[tuple[int, str]], lead: tuple[int, str] | None, end: int) -> Metadata:
    meta = _from_lines(body)
    if lead is not None:
        if not meta.title:
            meta.title = lead[1].strip().lstrip("#").strip()
        meta.fields.insert(0, MetaField("(title line)", lead[1].strip(), lead[0]))
    meta.span, meta.shape = ((lead or body[0])[0], end), "header"
    return meta


def _closed_by_blank(body: list[tuple[int, str]]) -> Metadata | None:
    meta = _from_lines(body)
    if sum(1 for f in meta.fields if _known(f.key)) < 2:
        return None
    last_offset, last_line = body[-1]
    meta.span, meta.shape = (body[0][0], last_offset + len(last_line.rstrip("\r\n"))), "header"
    return meta


def _known(key: str) -> bool:
    """A key that headers use: a title, URL or publisher key, or a dated one."""
    return norm_key(key) in _KNOWN or date_rank(key) is not None


def _from_lines(lines: list[tuple[int, str]]) -> Metadata:
    meta = Metadata()
    current: MetaField | None = None
    for offset, raw_line in lines:
        line = raw_line.rstrip("\r\n")
        match = KEY_VALUE.match(line) if not line.startswith((" ", "\t")) else None
        if match is not None:
            value = _unquote(match.group("value"))
            current = MetaField(match.group("key").strip(), value, offset)
            meta.fields.append(current)
        elif (only := _KEY_ONLY.match(line)) is not None and not line.startswith((" ", "\t")):
            current = MetaField(only.group("key").strip(), "", offset)
            meta.fields.append(current)
        elif current is not None and not current.value:
            item = re.sub(r"^[ \t]*[-*\u2022]?[ \t]*", "", line).strip()
            current.value = _unquote(item)
    _interpret(meta)
    return meta


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value.strip("<>") if _URL.fullmatch(value.strip("<>")) else value


def _interpret(meta: Metadata) -> None:
    """Pick title, date, url and publisher from the fields, by the keys' preference order."""
    by_key: dict[str, str] = {}
    for item in meta.fields:
        by_key.setdefault(norm_key(item.key), item.value)
    meta.title = _without_site(next((by_key[k] for k in TITLE_KEYS if by_key.get(k)), ""))
    meta.publisher = next((by_key[k] for k in PUBLISHER_KEYS if by_key.get(k)), "")
    meta.url = next(
        (m.group(0) for k in URL_KEYS if (m := _URL.search(by_key.get(k, ""))) is not None), ""
    ).rstrip(".,;)")
    best: tuple[int, date, str] | None = None
    for item in meta.fields:
        found, rank = key_date(item.key, item.value)
        if found is not None and rank is not None and (best is None or rank < best[0]):
            best = (rank, found, item.value)
    if best is not None:
        meta.date_rank, meta.date, meta.date_text = best


def _without_site(title: str) -> str:
    """``Police launch campaign ... | National Police Service``: the page's own title."""
    parts = [p.strip() for p in title.split(" | ")]
    return parts[0] if len(parts) > 1 and len(parts[0].split()) >= 3 else title


def read_date(value: str) -> date | None:
    """An ISO date, a day range (its last day: when the events were reported) or a date
    dateparser reads with a four-digit year; None otherwise (never today's date)."""
    iso = _ISO.search(value)
    if iso is not None:
        try:
            return date(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
        except ValueError:
            return None
    for pattern in (DAY_RANGE, MONTH_DAY_RANGE):
        match = pattern.search(value)
        if match is not None and match.group("year"):
            try:
                month = MONTHS[match.group("month").lower().rstrip(".")]
                return date(int(match.group("year")), month, int(match.group("d2")))
            except (ValueError, KeyError):
                return None
    numeric = _NUMERIC_DATE.search(value)
    if numeric is not None:
        try:  # day first, as dateparser is told (DATE_ORDER DMY)
            return date(int(numeric.group("y")), int(numeric.group("m")), int(numeric.group("d")))
        except ValueError:
            return None
    full = FULL_DATE.search(value)
    if full is not None:
        day = full.group("d1") or full.group("d2")
        month = MONTHS[(full.group("month") or full.group("month2")).lower().rstrip(".")]
        year = full.group("year") or full.group("year2")
        try:
            return date(int(year), month, int(day))
        except ValueError:
            return None
    alone = MONTH_YEAR.search(value)
    if alone is not None:  # "3rd edition, April 2022": the month's first day
        return date(int(alone.group("year")), MONTHS[alone.group("month").lower()], 1)
    return parse_dateline(value.strip())


# -- HTML ------------------------------------------------------------------------------

_HEAD = re.compile(r"<head\b[^>]*>.*?</head\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(?P<body>.*?)</title\s*>", re.I | re.S)
_META = re.compile(r"<meta\b(?P<attrs>[^>]*)>", re.I)
_LINK = re.compile(r"<link\b(?P<attrs>[^>]*)>", re.I)
_ATTR = re.compile(r"(?P<name>[A-Za-z:_.-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')")


def _attrs(text: str) -> dict[str, str]:
    return {
        m.group("name").lower(): html.unescape(m.group("dq") or m.group("sq") or "")
        for m in _ATTR.finditer(text)
    }


def _html_metadata(text: str) -> Metadata:
    meta = Metadata(shape="html")
    head = _HEAD.search(text)
    scope = head.group(0) if head is not None else text[: text.lower().find("<body") + 1 or None]
    base = head.start() if head is not None else 0
    title = _TITLE.search(scope)
    if title is not None:
        value = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", " ", title.group("body"))))
        meta.fields.append(MetaField("title", value.strip(), base + title.start()))
    for match in _META.finditer(scope):
        attrs = _attrs(match.group("attrs"))
        key = attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or ""
        if key and attrs.get("content"):
            meta.fields.append(MetaField(key, attrs["content"].strip(), base + match.start()))
    for match in _LINK.finditer(scope):
        attrs = _attrs(match.group("attrs"))
        if attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
            meta.fields.append(MetaField("canonical", attrs["href"], base + match.start()))
    table_end = _control_table(text, head.end() if head is not None else 0, meta)
    _details_list(text, head.end() if head is not None else 0, meta)
    meta.fields += _footer_fields(text)
    _interpret(meta)
    if head is not None:
        meta.span = (head.start(), max(head.end(), table_end))
    elif table_end:
        meta.span = (0, table_end)
    return meta


_FOOTER = re.compile(r"<footer\b[^>]*>(?P<body>.*?)</footer\s*>", re.I | re.S)
_FOOTER_PART = re.compile(r"\s*(?:<[^>]*>|[\u00b7\u2022|\n])\s*")
_CONTROL_PHRASE = re.compile(
    r"^(?P<key>(?:[A-Z][a-z]+\s+)?(?:[Ll]ast\s+)?(?:updated|reviewed|revised|modified|published)"
    r"(?:\s+on)?)\s+(?P<value>\S.*)$", re.I
)
_FOOTER_WORDS = 8
"""A part of a footer longer than this is prose (a credit, a thanks), not a control line."""


def _footer_fields(text: str) -> list[MetaField]:
    """A page's control line in its footer ("Page last reviewed: 9 October 2025 \u00b7 Next
    review: October 2026", "Last updated 1 July 2025."): each short part that is a dated
    key (``Key: value``, or a phrase "Last updated <date>") is a field, so it dates the
    page like a ``<meta>`` date would; the footer itself is never read as text
    (``markup.py``). A next-review date never dates it (``date_rank``), and a longer part
    is prose ("Thanks to ... for reviewing the draft in March 2025")."""
    out = []
    for footer in _FOOTER.finditer(text):
        body = footer.group("body")
        for part in _FOOTER_PART.split(html.unescape(body)):
            part = part.strip().rstrip(".")
            if not part or len(part.split()) > _FOOTER_WORDS:
                continue
            pair = KEY_VALUE.match(part) or _CONTROL_PHRASE.match(part)
            if pair is None:
                continue
            key, value = pair.group("key"), pair.group("value")
            if date_rank(key) is not None and read_date(value) is not None:
                out.append(MetaField(key, value, footer.start("body")))
    return out


_BODY_TABLE = re.compile(r"<table\b[^>]*>(?P<body>.*?)</table\s*>", re.I | re.S)
_ROW = re.compile(r"<tr\b[^>]*>(?P<body>.*?)(?=<tr\b|</tr\s*>|$)", re.I | re.S)
_CELL = re.compile(r"<(?P<tag>t[hd])\b[^>]*>(?P<body>.*?)(?=<t[hd]\b|</t[hd]\s*>|$)", re.I | re.S)
_VISIBLE = re.compile(
    r"<(?:script|style)\b.*?</(?:script|style)\s*>|<[^>]*>|&nbsp;|\s", re.I | re.S
)


def _control_table(text: str, start: int, meta: Metadata) -> int:
    """A table that opens the body, before any text, and whose rows are ``<th>`` key,
    ``<td>`` value pairs ("Version | 2.1, 14 January 2026", "Author | ..."): the document's
    control block, as a Word template or a lesson plan sets it. Its pairs are fields (they
    may date the document); the offset where it ends, or 0 when there is none."""
    table = _BODY_TABLE.search(text, start)
    if table is None or _VISIBLE.sub("", text[start : table.start()]):
        return 0
    pairs: list[MetaField] = []
    base = table.start("body")
    for row in _ROW.finditer(table.group("body")):
        cells = list(_CELL.finditer(row.group("body")))
        tags = [c.group("tag").lower() for c in cells]
        if not cells or len(cells) % 2 or tags != ["th", "td"] * (len(cells) // 2):
            return 0
        for key, value in zip(cells[::2], cells[1::2], strict=True):
            pairs.append(MetaField(_cell_text(key.group("body")), _cell_text(value.group("body")),
                                   base + row.start("body") + key.start()))
    if not pairs:
        return 0
    meta.fields += pairs
    return table.end()


def _cell_text(body: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", " ", body))).strip()


_DL = re.compile(r"<dl\b[^>]*>(?P<body>.*?)</dl\s*>", re.I | re.S)
_TERM = re.compile(
    r"<(?P<tag>d[td])\b[^>]*>(?P<body>.*?)(?=<d[td]\b|</d[td]\s*>|</dl\s*>|$)", re.I | re.S
)
_ABOVE = re.compile(
    r"<(?P<tag>header|nav|h[1-6]|script|style)\b[^>]*>.*?</(?P=tag)\s*>", re.I | re.S
)
_DETAIL_KEY_WORDS = 5
_DETAIL_VALUE_WORDS = 25


def _details_list(text: str, start: int, meta: Metadata) -> None:
    """A ``<dl>`` of the page's details before its first line of prose, under at most its
    banner, breadcrumb and title ("Article ID | KB-12", "Owner | ...", "Last reviewed |
    14 October 2026", "Next review due | April 2027"): the page's control block written as
    a description list. Its pairs are fields, so a dated one dates the page, and its lines
    are metadata, not headings. Only short terms with short values, one of them a dated
    key whose value is a date: a glossary's ``<dl>`` defines terms in sentences."""
    found = _DL.search(text, start)
    if found is None or _VISIBLE.sub("", _ABOVE.sub("", text[start : found.start()])):
        return
    base = found.start("body")
    terms = list(_TERM.finditer(found.group("body")))
    tags = [t.group("tag").lower() for t in terms]
    if not terms or len(terms) % 2 or tags != ["dt", "dd"] * (len(terms) // 2):
        return
    pairs = [MetaField(_cell_text(k.group("body")), _cell_text(v.group("body")), base + k.start())
             for k, v in zip(terms[::2], terms[1::2], strict=True)]
    if any(len(p.key.split()) > _DETAIL_KEY_WORDS or len(p.value.split()) > _DETAIL_VALUE_WORDS
           for p in pairs):
        return
    if not any(date_rank(p.key) is not None and read_date(p.value) is not None for p in pairs):
        return
    meta.fields += pairs
    meta.blocks.append((found.start(), found.end()))
