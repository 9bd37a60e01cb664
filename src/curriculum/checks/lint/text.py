"""Reading option and stem text the way an item reviewer does: words, numbers, kinds.

Kept apart from the rules so that each rule reads as the guideline it checks.
All helpers are pure and work on plain strings (Markdown emphasis is kept only
where a rule needs to see it, see :func:`emphasised_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")

_STOPWORD_TEXT = (
    "a about above after again against all also an and any are as at be because been before "
    "being below between both but by can could did do does doing down during each few for "
    "from further had has have having he her here hers him his how i if in into is it its "
    "itself just me more most my no nor not now of off on once only or other our out over "
    "own same she should so some such than that the their them then there these they this "
    "those through to too under until up very was we were what when where which while who "
    "whom why will with would you your which whose one two three four five first second new "
    "used use uses using may might must following true false statement statements correct "
    "answer select apply "
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case (letters and digits; apostrophes kept inside)."""
    return [w.casefold() for w in WORD.findall(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem so that "device" and "devices", "record" and "recorded" compare equal."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word  # abuse ~ abused


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning (no stop words, at least four letters)."""
    return _content_stems(text)


@lru_cache(maxsize=16384)
def _content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if len(w) >= 4 and w not in STOPWORDS)


def stem_words(text: str) -> dict[str, str]:
    """Content stems of ``text`` mapped to the first word that gave each (for messages)."""
    found: dict[str, str] = {}
    for word in words(text):
        if len(word) >= 4 and word not in STOPWORDS:
            found.setdefault(stem(word), word)
    return found


@lru_cache(maxsize=16384)
def normalised(text: str) -> str:
    """Case, punctuation and spacing removed: what makes two options "the same"."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.casefold())).strip()


@lru_cache(maxsize=16384)
def visible_length(text: str) -> int:
    """Length as a learner perceives it: Markdown marks and spacing runs do not count."""
    return len(_SPACE.sub(" ", re.sub(r"[*_`]", "", text)).strip())


_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def emphasised_words(markdown: str) -> set[str]:
    """Words inside Markdown emphasis, plus words written in capitals (NOT, EXCEPT)."""
    found = {w.casefold() for m in _EMPHASIS.finditer(markdown) for w in WORD.findall(m[2])}
    found.update(w.casefold() for w in WORD.findall(markdown) if len(w) > 1 and w.isupper())
    return found


# ---- numbers, dates and ranges --------------------------------------------------------------

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = re.compile(_NUMBER)
_MONTH_TEXT = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_MONTHS = _MONTH_TEXT.split()
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DATE = re.compile(
    rf"^(?:(?:\d{{1,2}}\s+)?(?:{'|'.join(_MONTHS)})\.?(?:\s+\d{{1,2}},?)?\s+{_YEAR}"
    rf"|{_YEAR}-\d\d(?:-\d\d)?|\d{{1,2}}/\d{{1,2}}/{_YEAR}|(?:in\s+)?{_YEAR}s?)$",
    re.IGNORECASE,
)


def to_number(text: str) -> float:
    """``"1,250"`` -> 1250.0 (thousands separators removed)."""
    return float(text.replace(",", ""))


def kind_of(text: str) -> str:
    """``date``, ``number`` or ``text``: what sort of answer an option gives.

    A date is a year or a calendar date ("2004", "1 July 2004", "November 2018");
    a number is an option that is mostly a quantity ("216", "more than 50",
    "13 years", "25%"); everything else is text.
    """
    plain = normalised_keep_digits(text)
    if _DATE.match(plain):
        return "date"
    if NUMBER.search(plain) and len(words(NUMBER.sub(" ", plain))) <= 3:
        return "number"
    return "text"


def normalised_keep_digits(text: str) -> str:
    """Trimmed, spacing collapsed, trailing full stop removed (digits and commas kept)."""
    return _SPACE.sub(" ", text).strip().rstrip(".")


@dataclass(frozen=True)
class Interval:
    """A closed range of values an option claims (open ends are infinite)."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


_INF = float("inf")
_RANGE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), shape)
    for pattern, shape in (
        (rf"^(?:between\s+|from\s+)?({_NUMBER})\s*(?:-|\u2013|to|and)\s*({_NUMBER})\b", "both"),
        (rf"^(?:more than|over|above|greater than)\s+({_NUMBER})\b", "gt"),
        (rf"^(?:at least|no fewer than|no less than)\s+({_NUMBER})\b", "ge"),
        (rf"^({_NUMBER})\s*(?:\+|or more|and over|and above)(?!\w)", "ge"),
        (rf"^(?:less than|fewer than|under|below)\s+({_NUMBER})\b", "lt"),
        (rf"^(?:at most|up to|no more than)\s+({_NUMBER})\b", "le"),
        (rf"^({_NUMBER})\s*(?:or (?:fewer|less|under)|and under|and below)(?!\w)", "le"),
    )
)


def interval_of(text: str) -> Interval | None:
    """The range an option states ("10-20", "more than 50", "at most 5"), else None.

    A single number is not a range (two different numbers never overlap); it
    only counts when compared with a range that contains it, see
    :func:`point_of`.
    """
    plain = normalised_keep_digits(text)
    for pattern, shape in _RANGE_PATTERNS:
        match = pattern.match(plain)
        if match is None:
            continue
        values = [to_number(g) for g in match.groups()]
        if shape == "both":
            return Interval(min(values), max(values))
        step = 1e-9
        return {
            "gt": Interval(values[0] + step, _INF),
            "ge": Interval(values[0], _INF),
            "lt": Interval(-_INF, values[0] - step),
            "le": Interval(-_INF, values[0]),
        }[shape]
    return None


def point_of(text: str) -> float | None:
    """The value of an option that is one number, perhaps with a unit ("13 years")."""
    plain = normalised_keep_digits(text)
    match = re.fullmatch(rf"({_NUMBER})(?:\s*%|\s+[^\W\d_]+)?", plain)
    return to_number(match[1]) if match else None
