"""Wrong options that are plausible and certainly wrong.

Numbers keep the answer's granularity (216 -> 166/276/326: an answer that is not round
is not the odd one out among round numbers; 440,000 -> multiples of 10,000; "four"
stays a word). A time limit or a term takes the values such rules set in its unit
(``_LADDERS``; days counted in months among months, ``conventional``), none so close to
the answer or to each other that both could be read as right (``apart``). A qualifier
decides the direction: with "more than 440,000" a smaller option would also be true, so
every distractor is larger. Years never pass the
document's own year. A number that appears anywhere in the cited sentence is never a
distractor. The answer's rank among the options is picked from a hash, so it is not
always in the middle (unless a qualifier forces it to an end).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from functools import lru_cache

from curriculum.draft.ages import LADDER as AGE_LADDER
from curriculum.draft.ages import age_options, is_age
from curriculum.draft.facts import NUMBER_WORDS, QUALIFIERS, Fact

_WORDS_BY_VALUE = {value: word for word, value in NUMBER_WORDS.items() if value <= 12}
_FACTORS = (0.25, 0.4, 0.5, 0.75, 1.25, 1.5, 2.0, 2.5, 3.0)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class NumberChoice:
    """The options of a numeric question, answer included, in display order."""

    options: tuple[str, ...]
    answer: str
    forced_extreme: bool


def numbers_in(text: str) -> set[float]:
    """Every number written in a text, digits or words ("four")."""
    found = {float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)}
    for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", text):
        for form in (word, *word.split("-")):
            if form.lower() in _WORD_VALUES:
                found.add(float(_WORD_VALUES[form.lower()]))
    return found


def written_value(text: str) -> float:
    """The number as written in the sentence: "440,000" -> 440000, "four" -> 4, "1.5" -> 1.5."""
    if text.lower() in _WORD_VALUES:
        return float(_WORD_VALUES[text.lower()])
    return float(text.replace(",", ""))


def direction(fact: Fact) -> str:
    """ ">" (more than N), "<" (fewer than N), "~" (about N) or "=" (exactly N)."""
    return QUALIFIERS.get(fact.qualifier, "=") if fact.qualifier else "="


_LIFETIME = 110.0
"""No one is older, and no order or record outlasts a life by much: "until the offender
reaches 100 years of age" changed to 200 is a wrong value nobody would believe."""


def candidates(fact: Fact, max_year: int | None, twin: bool = False, age: bool = False
               ) -> list[float]:
    """Plausible wrong values (``_candidates``); a number of years that fits a lifetime
    keeps its wrong values within one. An age (``age``) takes the ages rules set
    (``ages.py``) as options."""
    number = fact.number
    if age and not twin and number is not None and number == int(number):
        ages = age_options(int(number))
        if ages is not None:
            return ages
    values = _candidates(fact, max_year, twin)
    if (fact.kind == "count" and _unit(fact) == "year" and fact.number is not None
            and fact.number <= _LIFETIME):
        return [v for v in values if v <= _LIFETIME]
    return values


def _candidates(fact: Fact, max_year: int | None, twin: bool = False) -> list[float]:
    """Plausible wrong values of the same granularity as the fact's number. For a false
    twin (``twin``) one clearly wrong value is needed, not a set of options, so a small
    number keeps its near neighbours (the ladder and spacing are for options)."""
    raw = fact.value
    if fact.kind == "year":
        year = int(raw)
        values = [year + d for d in (-3, 3, -6, 6, -9, 9, -12)]
        limit = max_year if max_year is not None else year + 9
        return [float(v) for v in values if 1800 <= v <= limit]
    ladder = None if twin else conventional(_LADDERS, _unit(fact), written_value(raw))
    if raw.lower() in NUMBER_WORDS:
        value = NUMBER_WORDS[raw.lower()]
        if value >= 10 and ladder is not None and value in ladder[:-1]:
            # "fourteen days" among the limits "14 days" is set against, in words
            return [float(v) for v in ladder if v != value and v < _WORDED]
        if value >= 10:
            return _spread(value)
        if twin:
            return [float(v) for v in (value - 1, value + 1, value - 2, value + 2, value + 3)
                    if v in _WORDS_BY_VALUE and v != value]
        if ladder is not None and value in ladder:
            return [float(v) for v in ladder if v != value and v in _WORDS_BY_VALUE]
        return [float(v) for v in _spaced(value) if v in _WORDS_BY_VALUE]
    base = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    if decimals:
        return sorted({round(base * f, decimals) for f in _FACTORS} - {base})
    value = int(base)
    if ladder is not None and value in ladder[:-1]:
        return [float(v) for v in ladder if v != value]
    if 10 <= value < 20:
        return _spread(value)
    if value < 20 and twin:
        return [float(v) for v in (value - 2, value + 2, value - 1, value + 1, value + 4) if v > 0]
    if value < 20:
        return [float(v) for v in _spaced(value)]
    step = _granularity(value)
    out = set()
    for factor in _FACTORS:
        scaled = value * factor
        if step == 1:  # keep the last digit, so the answer is not the only "unround" one
            out.add(float(round(scaled / 10) * 10 + value % 10))
        else:
            out.add(float(max(step, round(scaled / step) * step)))
    out.discard(float(value))
    return sorted(out)


_WORDED = 100
"""A ladder's values an answer in words takes as options: below it, each is written in words
too (``in_words``); "120" among "sixty" and "ninety" would be a figure of another form."""

_LADDERS = {
    "minute": (5, 10, 15, 20, 30, 45, 60, 90),
    "hour": (1, 2, 4, 6, 8, 12, 24, 36, 48, 72, 96),
    "day": (1, 2, 3, 5, 7, 10, 14, 21, 28, 30, 42, 60, 90),
    "week": (1, 2, 3, 4, 6, 8, 12, 16, 26, 52),
    "month": (1, 2, 3, 6, 9, 12, 18, 24, 36),
    "year": (1, 2, 3, 5, 7, 10, 14, 15, 20, 25),
}
"""The values a time limit or a term takes in practice ("within 3 days" is set against
1, 2, 5 or 7 days, not 2/4/5: a run of neighbours tests nothing a trainer cares about).
Used only for an answer on the ladder below its top (an answer at the top would be the
largest option); an answer off the ladder keeps the spacing rules below."""

MONTHLY_DAYS = (7, 14, 30, 60, 90, 120, 180, 365)
"""Days a rule counts in months ("30 days", "90 days", "180 days") and the periods set
against them: 90 days among 70/110/140 is the only multiple of 30, so it stands out, and
30 beside 28 tests nothing (blind reviews 16 and 20)."""

LADDER_WINDOW = (0.4, 3.0)
"""How far from the answer a value of its unit's ladder may lie (``allowed``): a ladder's
steps grow with its values (30, 60, 90, 180 days), so the window of other figures
(half to two and a half times the answer) would leave too few of them."""

MONTHLY_WINDOW = (0.2, 4.1)
"""Days counted in months run from a week to a year: 7 days is a plausible wrong value for
30 days (a period set in weeks), and so is 365 for 90; 14 alone may be a figure the
sentence states."""

CLOSE = 0.85
"""Two options whose smaller is more than this share of the larger (28 and 30 days, 14
and 15 years) could both be read as right, or tell apart nothing a trainer cares about."""


def conventional(ladders: Mapping[str, tuple[int, ...]], unit: str, value: float
                 ) -> tuple[int, ...] | None:
    """The values rules set for a limit in ``unit`` (from ``ladders``) among which an answer
    of ``value`` is asked: a number of days that is a whole number of months (30, 90, 180)
    among periods counted in months (``MONTHLY_DAYS``), not among weekly ones."""
    if unit == "day" and value >= 30 and value % 30 == 0:
        return MONTHLY_DAYS
    return ladders.get(unit)


def apart(values: Iterable[float], answer: float) -> list[float]:
    """``values`` on one side of ``answer``, nearest first, without any that is ``CLOSE`` to
    the answer or to the value kept before it (21 -> 28, 42: not 30 beside 28)."""
    kept: list[float] = []
    last = answer
    for value in values:
        if min(value, last) > CLOSE * max(value, last):
            continue
        kept.append(value)
        last = value
    return kept


def ladder_window(fact: Fact) -> tuple[float, float] | None:
    """The window of a count that takes its wrong values from its unit's ladder
    (``_candidates``), or None when it does not."""
    raw = fact.value
    if fact.kind != "count" or (raw.lower() not in NUMBER_WORDS and not raw.isdigit()):
        return None
    value = int(written_value(raw))
    ladder = conventional(_LADDERS, _unit(fact), value)
    if ladder is None:
        return None
    word = raw.lower() in NUMBER_WORDS
    if not (value in ladder if word and value < 10 else value in ladder[:-1]):
        return None
    return MONTHLY_WINDOW if ladder is MONTHLY_DAYS else LADDER_WINDOW


def _unit(fact: Fact) -> str:
    """The time unit a figure counts ("three working days" -> "day"), or ""."""
    words = fact.noun.lower().replace("'", " ").split()[:2] if fact.noun else []
    return next((w.rstrip("s") for w in words if w.rstrip("s") in _LADDERS), "")


def other_units_only(text: str, fact: Fact) -> set[float]:
    """The numbers ``text`` writes only as a length in another time unit than ``fact``'s
    ("every 12 months" for a fact in hours), each time. Such a number is no figure of the
    fact's kind elsewhere in the document, so a false statement may take it: "within 12
    hours" for a 24-hour rule, where "12 months" alone had pushed the false value off the
    unit's ladder to "within 14 hours" (blind review 27, post-go: an edit). A number
    written once bare, with the fact's own unit or with any other noun stays forbidden; a
    time of day's parts ("17:05:12" in an e-mail header) are no length and count for
    nothing. Empty when the fact counts no time unit."""
    unit = _unit(fact)
    if not unit:
        return set()
    return {v for v, seen in _lengths(text).items() if "" not in seen and unit not in seen}


@lru_cache(maxsize=8)
def _lengths(text: str) -> dict[float, frozenset[str]]:
    """Each number ``text`` writes, with the time units written after it ("" for none or
    another noun): read once per document, since every false statement of a 2 MB source
    asks (a scan per fact made drafting such a source quadratic)."""
    units: dict[float, set[str]] = {}
    for match in _NUMBER_AND_AFTER.finditer(text):
        start = match.start()
        if _CLOCK.match(text, match.end("n")) or _CLOCK_BEFORE.search(text, max(0, start - 3),
                                                                      start):
            continue  # "17:05:12" in a header's date: a time of day, no length
        raw = match.group("n")
        if raw.lower() not in _WORD_VALUES and not raw[0].isdigit():
            continue
        value = written_value(raw) if raw.lower() in _WORD_VALUES else float(raw.replace(",", ""))
        after = (match.group("unit") or "").lower().rstrip("s")
        units.setdefault(value, set()).add(after if after in _LADDERS else "")
    return {v: frozenset(seen) for v, seen in units.items()}


_NUMBER_AND_AFTER = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)"
    r"(?:[\s-]+(?:(?:working|calendar|clear|full|business|consecutive)\s+)?"
    r"(?P<unit>[A-Za-z]+))?")
"""A number (digits or words) and the word after it, past a hyphen ("12-month") and a
qualifier of days ("10 working days")."""
_CLOCK = re.compile(r":\d")
_CLOCK_BEFORE = re.compile(r"\d:$")
"""A number in a time of day ("17:05:12"), read either side of its colon."""


def _spaced(value: int) -> list[int]:
    """Around a small count, options two apart (3 -> 1/5/7), never a run of neighbours
    (2/3/4/5): the answer is then not merely "the middle one"."""
    return [v for v in (value - 2, value + 2, value + 4, value - 4, value + 6) if v > 0]


def year_cap(fact: Fact, latest: int | None) -> int | None:
    """The latest year an option may take. Never after the document (``latest``), and for
    "since ____" (a start that lasts until the document was written) before its year: in
    a June 2025 text "risen every year since 2025" cannot be true, and a learner rules
    that option out from the date alone."""
    if latest is None or fact.kind != "year" or not fact.label.lower().startswith("since"):
        return latest
    return max(int(fact.value), latest - 1)


def _spread(value: int) -> list[float]:
    """Around a two-digit answer, no run of consecutive numbers (10/11/12/13 tests nothing):
    values from half to twice the answer, on both sides."""
    out = {int(value * f + 0.5) for f in (0.5, 0.7, 1.4, 1.8, 2.0)}
    out.discard(value)
    return sorted(float(v) for v in out if v > 0)


def _granularity(value: int) -> int:
    step = 1
    while value % (step * 10) == 0 and step * 10 <= value:
        step *= 10
    return step


def allowed(value: float, answer: float, way: str,
            window: tuple[float, float] = (0.5, 2.5)) -> bool:
    """Is a wrong value certainly wrong (given the qualifier) and still plausible?

    Without a direction, values stay within ``window`` times the answer (half to two and
    a half; ``LADDER_WINDOW`` for a ladder's values): a tenth of the answer is wrong but
    gives itself away.
    """
    low, high = window
    if way in ("=", "~") and answer >= 20 and not low <= value / answer <= high:
        return False
    if way == ">":
        return value >= answer * 1.2
    if way == "<":
        return value <= answer * 0.8
    if way == "~":
        return value >= answer * 1.25 or value <= answer * 0.8
    return value != answer


def fmt(value: float, like: str) -> str:
    """Write ``value`` the way the answer is written (word, commas, decimals)."""
    if like.lower() in NUMBER_WORDS:
        word = in_words(int(value))
        return word.capitalize() if like[0].isupper() else word
    if "." in like:
        decimals = len(like.split(".")[1])
        return f"{value:,.{decimals}f}" if "," in like else f"{value:.{decimals}f}"
    if "," in like:
        return f"{int(value):,}"
    return str(int(value))


_UNITS_TEXT = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS_TEXT = "twenty thirty forty fifty sixty seventy eighty ninety"
_UNITS = _UNITS_TEXT.split()
_TENS = _TENS_TEXT.split()


def in_words(value: int) -> str:
    """A whole number under 100 in words ("twenty-two"); larger ones in digits."""
    if value < 20:
        return _UNITS[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    return str(value)


_PER = re.compile(r"^\s*(?:a|an|per|each|every)\s+(day|week|month|year)\b", re.I)
_CAPS = {("hour", "day"): 24, ("day", "week"): 7, ("month", "year"): 12, ("week", "year"): 52,
         ("day", "year"): 366, ("day", "month"): 31, ("hour", "week"): 168}


def period_cap(fact: Fact, after: str) -> int | None:
    """ "24 hours a day", "7 days a week": the most the figure can be, or None."""
    per = _PER.match(after)
    unit = fact.noun.split()[-1].lower().rstrip("s") if fact.noun else ""
    return _CAPS.get((unit, per.group(1).lower())) if per else None


def number_choice(
    fact: Fact, seed: int, forbidden: set[float], max_year: int | None, after: str = "",
    between: tuple[float | None, float | None] = (None, None), before: str = "",
) -> NumberChoice | None:
    """Three distractors and the answer, or None when three good ones do not exist.

    ``after`` is the text after the figure's noun: "hours a day" caps the options at 24,
    and asks nothing when the answer is the cap itself (24 hours a day tests nothing).
    ``between`` keeps every option strictly inside a range's other end ("from 19 to ____":
    no option of 19 or less). ``before`` is the sentence up to the figure: with ``after``,
    it says whether the figure is an age ("under the age of ____").
    """
    base = written_value(fact.value)
    age = fact.kind == "count" and (fact.noun == "age" or is_age(before, after))
    # an age's "under" is a definition's boundary when it is asked at all (``scoring``
    # holds a threshold otherwise): another age is another rule, on either side
    way = direction(fact) if fact.kind == "count" and not age else "="
    cap = period_cap(fact, after)
    if cap is not None and base >= cap:
        return None
    low, high = between
    window = None if age else ladder_window(fact)
    pool = [v for v in candidates(fact, max_year, age=age)
            if allowed(v, base, way, window or (0.5, 2.5)) and v not in forbidden
            and (cap is None or v <= cap)
            and (low is None or v > low) and (high is None or v < high)]
    below = sorted((v for v in pool if v < base), reverse=True)
    above = sorted(v for v in pool if v > base)
    if window is not None:
        below, above = apart(below, base), apart(above, base)
    picks = _pick(below, above, seed)
    if picks is None:
        return None
    values = sorted([*picks, base])
    options = tuple(fmt(v, fact.value) if v != base else fact.value for v in values)
    forced = way in (">", "<")
    return NumberChoice(options, fact.value, forced)


def _pick(below: list[float], above: list[float], seed: int) -> list[float] | None:
    """Three values around the answer; how many sit below it is chosen by ``seed``."""
    feasible = [k for k in range(4) if k <= len(below) and 3 - k <= len(above)]
    spread = [k for k in feasible if k in (1, 2)]  # options on both sides of the answer
    feasible = spread or feasible
    if not feasible:
        return None
    k = feasible[seed % len(feasible)]
    return below[:k] + above[: 3 - k]


def false_value(
    fact: Fact, seed: int, forbidden: Set[float], max_year: int | None, after: str = "",
    before: str = "",
) -> str | None:
    """A replacement that makes a statement clearly false (for true/false questions);
    never past a period's cap ("30 hours a day"), and on the strict side of a bound
    (``bound_side``)."""
    base = written_value(fact.value)
    way = direction(fact) if fact.kind == "count" else "="
    side = bound_side(before, after) if way == "=" else ""
    cap = period_cap(fact, after)
    pool = [v for v in candidates(fact, max_year, twin=True) if v not in forbidden
            and (cap is None or v <= cap)]
    if fact.kind == "count" and (fact.noun == "age" or is_age(before, after)):
        ages = age_twins(base, way, side, forbidden)
        if ages is not None:  # an age rules set: another such age, or no false statement
            return fmt(ages[seed % len(ages)], fact.value) if ages else None
    stepped = [v for v in _ladder_twins(fact, base, way, forbidden, cap)
               if not side or (v < base if side == "<" else v > base)]
    if stepped:  # a length rules set: a value such rules set ("60 days", not "220 days")
        return fmt(stepped[seed % len(stepped)], fact.value)
    if side == "<":
        pool = [v for v in pool if v <= base * 0.8]
    elif side == ">":
        pool = [v for v in pool if v >= base * 1.25]
    if way in ("=", "~") and base >= 20:
        pool = [v for v in pool if 0.5 <= v / base <= 2.5]
    if way == ">":
        pool = [v for v in pool if v >= base * 2]  # "more than 880,000": clearly not reported
    elif way == "<":
        pool = [v for v in pool if v <= base * 0.5]
    elif fact.kind != "year":
        pool = [v for v in pool if v >= base * 1.25 or v <= base * 0.8]
    if not pool:
        return None
    return fmt(pool[seed % len(pool)], fact.value)


AGE_APART = 2
"""A false age differs from the rule's by this many years or more: "under 17" for a rule
of 18 is false, but a trainer reads it as a quibble, not a wrong belief."""


def age_twins(base: float, way: str, side: str, forbidden: Set[float]) -> list[float] | None:
    """For a false statement's age that rules set (``ages.LADDER``: 13, 16, 18), the
    nearest other ages of the ladder on either side, ``AGE_APART`` years off or more, on
    the strict side of a bound (``side``, or a qualifier's ``way``) and never one the
    document writes: "10 years of age or under" where the source says 13, "21 or over"
    where it says 18, never "26 years of age or under" or "aged 32 or over", which no
    rule sets and a learner rules out without knowing the rule (blind review 27: an
    edit, "26 gives it away"). None when the age is on no ladder (the other figures'
    rules apply); [] when no such age is left."""
    if base != int(base) or int(base) not in AGE_LADDER:
        return None
    strict = side or (way if way in ("<", ">") else "")
    fits = [float(a) for a in AGE_LADDER if abs(a - base) >= AGE_APART
            and float(a) not in forbidden and (strict != "<" or a < base)
            and (strict != ">" or a > base)]
    return [v for v in fits if v < base][-1:] + [v for v in fits if v > base][:1]


def bound_side(before: str, after: str) -> str:
    """Which side of a bound a false value must fall on to be false, or "": a limit "within
    24 hours", "within the previous 12 months", "up to 5 years", "13 or under" is met by
    anything stricter, so "within 36 hours", "within the previous 24 months" or "26 or
    under" reads as true of the same rule (blind review 27, post-go: keys right but
    fragile); its false value is lower ("<"). A floor "at least 21 days", "16 or
    over" is met by anything laxer; its false value is higher (">")."""
    if _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after):
        return "<"
    if _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
        return ">"
    return ""


_UPPER_BEFORE = re.compile(
    r"\b(?:within(?:\s+the\s+(?:previous|preceding|last|past|first|next|following))?|"
    r"up\s+to|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|"
    r"not\s+more\s+than|at\s+most|(?:a\s+)?maximum\s+of|under|below|not\s+exceeding|"
    r"no\s+longer\s+than|not\s+longer\s+than|capped\s+at|limited\s+to)\s+$", re.I)
_UPPER_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?or\s+(?:under|less|fewer|younger|below|sooner|earlier)\b", re.I)
_LOWER_BEFORE = re.compile(
    r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|"
    r"not\s+fewer\s+than|(?:a\s+)?minimum\s+of|no\s+earlier\s+than|not\s+earlier\s+than)\s+$",
    re.I)
_LOWER_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?or\s+(?:over|more|older|above|longer|later)\b", re.I)


def _ladder_twins(fact: Fact, base: float, way: str, forbidden: Set[float],
                  cap: int | None) -> list[float]:
    """For a false statement's length of time on its unit's ladder (``_LADDERS``: "90
    days", "12 months", "seven days"), the nearest values of the ladder on either side
    that are clearly not the source's (a quarter off or more) and that the document never
    writes: "preserve ... for 60 days" or "for 120 days" where the source says 90, never
    "for 220 days", and "within the previous 18 months" where it says 12, never "17
    months" (a falsehood nobody holds gives itself away: blind review 25). An answer in
    words keeps options it can write in words; none lies outside the ladder's window
    (``LADDER_WINDOW``: "every thirty-six hours" for four is no belief either). [] when
    the figure is no such length, or the document writes every near value."""
    if fact.kind != "count" or way != "=" or fact.value.lower() in ("one", "a", "an"):
        return []
    ladder = conventional(_LADDERS, _unit(fact), base)
    if ladder is None or base not in ladder:
        return []
    worded = fact.value.lower() in _WORD_VALUES
    low, high = MONTHLY_WINDOW if ladder is MONTHLY_DAYS else LADDER_WINDOW
    fits = [float(v) for v in ladder if float(v) not in forbidden
            and (v >= base * 1.25 or v <= base * 0.8) and low <= v / base <= high
            and (cap is None or v <= cap) and (not worded or v < _WORDED)]
    below = [v for v in fits if v < base][-1:]
    above = [v for v in fits if v > base][:1]
    return below + above


_WORD_VALUES = {**{in_words(v): v for v in range(100)}, **NUMBER_WORDS}
"""Every number word this module reads or writes, to its value."""
