"""Facts a question can be built on, found by rule in one sentence.

Counts with their noun and qualifier ("more than 440,000 images and videos"), years,
dates, acronym definitions, people with their roles, places and inline lists. Every
fact carries the exact offsets of its answer, so a question's key can be checked
against the file and never drifts from what the source says.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from curriculum.draft.bounds import NOTICE_AFTER
from curriculum.draft.dates import MONTHS, find_dates
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence

NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
"""Number words a figure may be written in: a statute spells its ages and terms ("the age
of sixteen years", "five to fifteen years")."""
QUALIFIERS = {
    "more than": ">",
    "over": ">",
    "at least": ">",
    "in excess of": ">",
    "upwards of": ">",
    "fewer than": "<",
    "less than": "<",
    "under": "<",
    "up to": "<",
    "nearly": "<",
    "almost": "<",
    "about": "~",
    "around": "~",
    "approximately": "~",
    "some": "~",
    "roughly": "~",
}
_STOPWORDS_TEXT = (
    "a an the of on in at to for from by with and or but as is are was were be been "
    "has have had its their his her this that these those which who whom whose it "
    "they we he she than then per each every all any some more most other such into "
    "over under about between through during including included include includes also "
    "not no nor so very will would can could may might must should our your my there "
    "here when where while"
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_ORG_WORDS_TEXT = (
    "group team task force office agency unit centre center police ministry "
    "department council commission foundation interpol europol database alliance "
    "organization organisation association network coalition committee bureau service "
    "court union nations institute programme program secretariat"
)
ORG_WORDS = frozenset(_ORG_WORDS_TEXT.split())
_ROLE_WORDS_TEXT = (
    "director head chief secretary president minister commissioner officer "
    "coordinator manager inspector superintendent chair chairman chairperson "
    "spokesperson prosecutor judge detective sergeant constable deputy"
)
ROLE_WORDS = frozenset(_ROLE_WORDS_TEXT.split())
_TITLES = frozenset({"supervisor", "worker", "analyst", "investigator", "mr", "mrs", "ms", "dr"})


def names_only(parsed: Any) -> bool:
    """ "DI Pell; Carrow Bridge Neighbourhood Sergeant.", "Superintendent Calloway (on-call
    Gold), Duty Inspector Reyes.": names and roles with no verb at all (a log's list of
    the people told or present, a distribution list) say who, never what, so they are no
    fact and no question. Read from the parse: no verb, at least four in five of its
    nouns proper names, one of them a person or a role."""
    if parsed is None:
        return False
    words = [t for t in parsed if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    content = [t for t in words if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON")]
    names = [t for t in content if t.pos_ == "PROPN"]
    if len(content) < 2 or len(names) < 0.8 * len(content):
        return False
    return any(t.ent_type_ == "PERSON" or t.lower_ in ROLE_WORDS | _TITLES for t in names)


_PREPOSITIONS = frozenset({"around", "about", "over", "under", "some"})
_QUAL = "|".join(q.replace(" ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True))
_WORDS_LONGEST_FIRST = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
"""Number words for a regular expression, "fourteen" before "four": the first that fits wins."""
_COUNT = re.compile(
    r"(?:\b(?P<qual>" + _QUAL + r")\s+)?(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    r"|(?i:" + _WORDS_LONGEST_FIRST + r"))(?P<mult>\s+(?:million|billion|thousand))?"
    r"(?![\w,.-]*\d)(?P<pct>\s?%| per ?cent)?"
)
_LOCATOR = re.compile(
    r"\b(?:(?:[Ss]ection|[Aa]rticle|[Pp]aragraph|[Cc]lause|[Ss]chedule|[Rr]egulation)s?|"
    r"[Pp]art|[Rr]ule|[Cc]hapter|[Aa]nnex|[Aa]ppendix|[Pp]age|[Tt]able|[Ff]igure|[Cc]ount|"
    r"[Ee]xhibit|[Ss]tep|[Qq]uestion|[Ii]tem|[Rr]elease|[Ee]pisode|ss?\.|[Pp]aras?\.|"
    r"[Aa]rts?\.|[Rr]egs?\.|[Nn]o\.|[Pp]p?\.)[ \t\u00a0]*$"
)
"""A number right after a locator names a part of a text, a law or a case ("clause 4
creates a duty", "section 15A", "Count 1", "page 12"): no count of anything, though a
verb or noun follows it."""
_PHONE = re.compile(r"(?<![\w.,-])(?:\+\d{1,3}(?:[ -]\(?\d{2,}\)?)+|0\d{2,}(?:[ -]\d{2,})+"
                    r"|0\d{4,})(?![\w,./-]*\d)(?:,?\s*\([^()]{1,60}\))?")
"""A telephone number ("0300 555 0147", "020 7946 0318", "+44 20 7946 0318"): a means of
contact, never a count, whatever verb reaches it ("consult the duty lawyer on ..."); with
the brackets after it, which give the line's hours ("0300 555 0390 (24 hours)"), never a
time limit."""
_CLOCK = re.compile(r"(?<![\w:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\w:]|[.,]\d)")
"""A clock time ("22:30", "09:00", "04:02:15"): one moment, never a count; split at its colon,
its minutes were blanked as "22:____"."""
_YEAR = re.compile(
    r"\b(?P<prep>in|since|from|by|until|before|after|during|of|early|late)\s+(?P<year>1[89]\d\d|20\d\d)\b"
)
_DURATION = re.compile(
    r"\b(?P<num>" + "|".join(NUMBER_WORDS) + r"|\d+)-(?P<unit>day|week|month|year|hour)\b", re.I
)
_ACRONYM = re.compile(r"\((?P<short>[A-Z][A-Za-z]?[A-Z]{1,7})\)")
_CAPS = re.compile(r"[A-Z][\w'&-]*(?:\s+(?:(?:of|on|for|against|and|the|de)\s+)*[A-Z][\w'&-]*)*")
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+){1,2}"
_APPOSITION = re.compile(r"^(?P<name>" + _NAME + r"), (?P<role>[^,;:]{6,100}?)(?:,| said\b|\.$)")
_ROLE_FIRST = re.compile(
    r"(?P<role>[A-Z][^,;:]{6,100}?), (?P<name>" + _NAME + r") (?:said|says|told|added|explained)\b"
)
_LIST_CUE = re.compile(
    r"\b(?:included|including|include|includes|such as|namely|covered|covering|covers)\s+"
)


@dataclass(frozen=True)
class Fact:
    """A checkable fact: ``span`` is the answer, ``context`` the phrase around it."""

    kind: str
    span: tuple[int, int]
    context: tuple[int, int]
    value: str
    label: str
    qualifier: str = ""
    noun: str = ""
    number: float | None = None
    items: tuple[tuple[int, int], ...] = field(default=())
    other: str = ""


def sentence_facts(doc: SourceDoc, sentence: Sentence, anchor: date | None) -> list[Fact]:
    """Every fact of one sentence, in order of position."""
    text = doc.text[sentence.start : sentence.end]
    base = sentence.start
    facts: list[Fact] = []
    dates = find_dates(text, base, anchor)
    taken = [(d.start, d.end) for d in dates]
    for found in dates:
        label = f"{found.text} ({found.resolved})" if found.resolved else found.text
        facts.append(
            Fact(
                "date",
                (found.start, found.end),
                (found.start, found.end),
                found.text,
                label,
                other=found.note,
                noun=found.kind,
            )
        )
    facts += _years(text, base, taken)
    taken += [f.span for f in facts if f.kind == "year"]
    facts += _durations(text, base)
    facts += _counts(text, base, taken)
    facts += _acronyms(text, base)
    facts += _people(text, base)
    facts += _lists(text, base)
    facts += _organisations(text, base)
    return sorted(facts, key=lambda f: (f.span[0], f.kind))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _years(text: str, base: int, taken: list[tuple[int, int]]) -> list[Fact]:
    out = []
    for match in _YEAR.finditer(text):
        span = (base + match.start("year"), base + match.end("year"))
        if not _overlaps(span, taken):
            out.append(
                Fact(
                    "year",
                    span,
                    (base + match.start(), span[1]),
                    match.group("year"),
                    match.group(0),
                    number=float(match.group("year")),
                )
            )
    return out


def _durations(text: str, base: int) -> list[Fact]:
    return [
        Fact(
            "duration",
            (base + m.start("num"), base + m.end("num")),
            (base + m.start(), base + m.end()),
            m.group("num"),
            m.group(0),
            noun=m.group("unit"),
        )
        for m in _DURATION.finditer(text)
    ]


def _counts(text: str, base: int, taken: list[tuple[int, int]]) -> list[Fact]:
    out = []
    taken = taken + [(base + m.start(), base + m.end())
                     for m in itertools.chain(_PHONE.finditer(text), _CLOCK.finditer(text))]
    for match in _COUNT.finditer(text):
        num = match.group("num")
        span = (base + match.start("num"), base + match.end("num"))
        if (
            _overlaps(span, taken)
            or re.fullmatch(r"(1[89]|20)\d\d", num)
            or text[match.end() : match.end() + 1] == "-"
            or _LOCATOR.search(text, 0, match.start("num"))
            or _SUPERSEDED.search(text, max(0, match.start() - 40), match.start("num"))
        ):
            continue
        noun, noun_end = _noun_after(text, match.end())
        pct = bool(match.group("pct"))
        if not noun and not pct and bare_age(text, match.start("num"), match.end()):
            noun = "age"  # "a child (under 18)", "anyone under 18": the age a rule sets
        elif not noun and not pct:
            continue
        if noun.split()[0].lower() in MONTHS if noun else False:
            continue
        value = _number_value(num, match.group("mult"))
        qual = " ".join((match.group("qual") or "").lower().split())
        if qual in _PREPOSITIONS and not num[0].isdigit():
            qual = ""  # "focused around four key themes": a preposition, not a qualifier
        if qual == "at least" and NOTICE_AFTER.match(text[match.end():]):
            qual = ""  # "at least 21 days before travel": a notice period, not a bound, so
            # its distractors lie on both sides (``distractors.direction``), as a deadline's
        end = base + (match.end() if pct else noun_end)
        first = match.start() if qual else match.start("num")
        label = text[first : end - base]
        out.append(
            Fact(
                "count",
                span,
                (base + first, end),
                num,
                label,
                qual,
                "%" if pct else noun,
                value,
                other=(match.group("mult") or "").strip(),
            )
        )
    return out


_SUPERSEDED = re.compile(
    r"\b(?:(?:extend|increas|rais|reduc|lower|shorten|lengthen|cut|chang|amend|replac|"
    r"substitut)\w*[ \t]+from|(?:up|down)[ \t]+from|previously|formerly|originally)"
    r"[ \t]+[\"\u201c(]?$", re.I)
"""A number the text gives as the value a change replaced ("extended from 90 days by the
REPORT Act", "(previously 5 years)"): the rule in force is the other figure, and a blank
on the old one asks what no longer holds while the stem states the answer (blind review
24a). Never a count to ask."""


_PERSONS = (r"(?:child(?:ren)?|persons?|people|anyone|anybody|someone|everyone|victims?|"
            r"minors?|boys?|girls?|learners?|pupils?|adults?|offenders?|witness(?:es)?|"
            r"suspects?|individuals?|teenagers?|youths?)")
"""Words for a person or people, as ``person_word`` and ``bare_age`` read them."""
_PERSON_BOUND = re.compile(
    rf"\b{_PERSONS}\W{{0,3}}(?:aged\s+|who\s+(?:is|are|was|were)\s+)?(?:under|below)\s+$",
    re.I)
_PERSON_WORD = re.compile(_PERSONS, re.I)


def person_word(word: str) -> bool:
    """``word`` names a person or people ("child", "offenders", "anyone")."""
    return _PERSON_WORD.fullmatch(word) is not None


_AGE_END = re.compile(r"\s*(?:$|[).,;:]|(?:or|and|unless|at|for|in|when|where|who|whom|"
                      r"whose|if|with|is|are|was|were)\b)", re.I)


def bare_age(text: str, start: int, end: int) -> bool:
    """The number is an age though no noun follows it: a person, then "under" or "below",
    then the number with no unit ("a child (under 18)", "anyone under 18", "offenders who
    were under 18 at release"). A rule's age is written so as often as "under the age of
    18"; with no noun it was no fact at all, and the age a definition or an offence sets
    gave no question (blind review 22b, b6). Only a whole number an age can be (10 to 25),
    and only where the clause goes on with no noun of its own. Not "over": "boys over 14"
    describes whom a finding is about more often than it sets a rule's age."""
    number = text[start:end]
    if not number.isdigit() or not 10 <= int(number) <= 25:
        return False
    return (_PERSON_BOUND.search(text, max(0, start - 60), start) is not None
            and _AGE_END.match(text, end) is not None)


def _noun_after(text: str, index: int) -> tuple[str, int]:
    """Up to three words after a number: "participants", "images and videos", "key themes"."""
    words = list(re.finditer(r"\s+([A-Za-z][a-z-]*)", text[index:]))
    taken: list[re.Match[str]] = []
    cursor = 0
    for word in words[:4]:
        if word.start() != cursor:
            break
        token = word.group(1)
        if not taken and token.lower() in STOPWORDS:
            break
        if token in STOPWORDS and not (token in ("and", "or") and taken and len(taken) < 3):
            break
        taken.append(word)
        cursor = word.end()
    while taken and taken[-1].group(1) in ("and", "or"):
        taken.pop()
    if not taken:
        return "", index
    return " ".join(w.group(1) for w in taken), index + taken[-1].end()


def _number_value(num: str, mult: str | None) -> float:
    value = (
        float(NUMBER_WORDS[num.lower()])
        if num.lower() in NUMBER_WORDS
        else float(num.replace(",", ""))
    )
    scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
    return value * scale.get((mult or "").strip(), 1.0)


def _acronyms(text: str, base: int) -> list[Fact]:
    out = []
    for match in _ACRONYM.finditer(text):
        short = match.group("short")
        long_span = _expansion(text, match.start(), short)
        if long_span is None:
            continue
        start, end = long_span
        out.append(
            Fact(
                "acronym",
                (base + start, base + end),
                (base + start, base + match.end()),
                text[start:end],
                f"{short}: {text[start:end]}",
                other=short,
            )
        )
    return out


def _expansion(text: str, paren: int, short: str) -> tuple[int, int] | None:
    """The capitalised words before ``(ICSE)`` whose initials spell the acronym; failing
    that, with each capitalised part of a hyphenated word giving its own letter
    ("Multi-Agency Public Protection Arrangements (MAPPA)")."""
    return _spelled(text, paren, short, r"[A-Za-z][\w'-]*") or _spelled(
        text, paren, short, r"(?<![A-Za-z])[A-Za-z][\w']*|(?<=[A-Za-z]-)[A-Z][\w']*")


def _spelled(text: str, paren: int, short: str, word: str) -> tuple[int, int] | None:
    """The last capitalised words (as ``word`` reads them) whose initials spell ``short``,
    with only small function words between them."""
    words = list(re.finditer(word, text[:paren]))
    capitals = [w for w in words if w.group(0)[0].isupper()]
    letters = [c for c in short if c.isupper()]
    if len(capitals) < len(letters):
        return None
    chosen = capitals[-len(letters) :]
    if [w.group(0)[0] for w in chosen] != letters:
        return None
    between = text[chosen[0].start() : chosen[-1].end()]
    if any(
        w.lower() not in ("of", "on", "for", "and", "the", "against", "in")
        for w in re.findall(r"\b[a-z][\w'-]*", between)
    ):
        return None
    return chosen[0].start(), chosen[-1].end()


def _people(text: str, base: int) -> list[Fact]:
    out = []
    for pattern in (_APPOSITION, _ROLE_FIRST):
        for match in pattern.finditer(text):
            role = match.group("role").strip()
            if not _is_role(role):
                continue
            name = match.group("name")
            span = (base + match.start("name"), base + match.end("name"))
            label = f"{name}: {role}"
            kind = "person_label" if match.group(0).endswith(".") else "person"
            out.append(
                Fact(
                    kind,
                    span,
                    (base + match.start(), base + match.end()),
                    name,
                    label,
                    other=role,
                    items=((base + match.start("role"), base + match.end("role")),),
                )
            )
    return out


def _is_role(role: str) -> bool:
    words = role.replace("'s", "").split()
    if not words or words[-1].lower() in STOPWORDS:
        return False  # "Head of the" is a role cut short
    return any(w.lower().strip(",.") in ROLE_WORDS for w in words)


def _lists(text: str, base: int) -> list[Fact]:
    """Inline lists after "included", "including", "such as": the items' offsets."""
    out = []
    for cue in _LIST_CUE.finditer(text):
        tail_start = cue.end()
        tail = text[tail_start:].rstrip(".;")
        items = _split_items(tail)
        if len(items) < 3:
            continue
        spans = tuple((base + tail_start + s, base + tail_start + e) for s, e in items)
        label = "; ".join(text[s - base : e - base] for s, e in spans)
        out.append(
            Fact(
                "list",
                spans[0],
                (base + cue.start(), spans[-1][1]),
                label,
                label,
                items=spans,
                other=cue.group(0).strip(),
            )
        )
    return out


def _split_items(tail: str) -> list[tuple[int, int]]:
    """Split "a, b, c and d which ..." on ", " and a final "and"; cut relative clauses."""
    parts: list[tuple[int, int, bool]] = []
    cursor, joined = 0, False
    for match in re.finditer(r",\s+(?P<conj>(?:and|or)\s+)?", tail):
        parts.append((cursor, match.start(), joined))
        cursor, joined = match.end(), bool(match.group("conj"))
    parts.append((cursor, len(tail), joined))
    out = []
    for start, end, _ in parts:
        cut = re.search(r"\s+(?:which|that|who|whose|where)\s+", tail[start:end])
        out.append((start, start + cut.start() if cut else end))
    last_start, last_end = out[-1]
    final_and = list(re.finditer(r"\s+(?:and|or)\s+", tail[last_start:last_end]))
    if not parts[-1][2] and len(out) >= 2 and final_and:
        split = final_and[-1]
        out[-1:] = [(last_start, last_start + split.start()), (last_start + split.end(), last_end)]
    out = [(s, e) for s, e in out if tail[s:e].strip()]
    if any(len(tail[s:e].split()) > 12 for s, e in out):
        return []  # not a list of short items: a sentence with commas
    return out


def _organisations(text: str, base: int) -> list[Fact]:
    """Named organisations: capitalised runs of two or more words with an organisation word."""
    out = []
    for start, end, name in capitalised_names(text):
        lead = re.match(r"(?:The|A|An|This|Its|Their)\s+", name)
        if lead is not None:
            start, name = start + lead.end(), name[lead.end() :]
        words = name.split()
        if start == 0 and len(words) < 3:
            continue  # a sentence's first word is capitalised anyway
        if len(words) >= 2 and org_kind(name) == "ORG":
            out.append(
                Fact("org", (base + start, base + end), (base + start, base + end), name, name)
            )
    return out


def capitalised_names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised word runs (organisation names, roles) with their offsets in ``text``."""
    out = []
    for match in _CAPS.finditer(text):
        words = match.group(0).split()
        if len(words) >= 2 or (match.group(0).isupper() and len(match.group(0)) > 1):
            out.append((match.start(), match.end(), match.group(0)))
    return out


def org_kind(name: str) -> str:
    """ORG, ROLE or "" for a capitalised name, by keyword."""
    words = {w.lower().strip("'s") for w in name.split()}
    if words & ROLE_WORDS:
        return "ROLE"
    if words & ORG_WORDS:
        return "ORG"
    return ""
