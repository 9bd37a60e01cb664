"""A description of one person's case never reaches a module (content brief, section 6.2).

Why: authors draft from case material too: a missing-person diffusion, a wanted or
welfare message, a case study with a description form. Beside its few rules such a text
describes one (real or fictional) person: appearance, clothing, health, where and when
last seen, the vehicle, the family. That is no module fact and no quiz item, and it is
personal data ("identifiers.py" holds the numbers; this holds the description).

What marks a case record is its layout, not its words: a block of "LABEL: value" lines
of which at least ``FIELDS`` describe a person (surname, sex, date of birth, height, hair,
clothing ...). In a text that holds one:

- every line of the record block from its first such label on is held;
- a sentence set in capitals is held: police message formats (diffusions, telexes) put
  the message in capitals, so in a text with a person record the capitals are the case
  (the circumstances, the requests about this child), while the mixed-case cover note
  around it teaches;
- a sentence naming the recorded person by a name the record gives is held.

In any text, a sentence that says where or when someone was "last seen" together with a
calendar date or a clock time is held: that is one person's case, never a rule ("ask
when the child was last seen" names no date and stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curriculum.draft.lines import Dropped
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence

REASON = "describes one person's case (a description, health, last sighting or family): " \
         "kept out of modules (content brief, section 6.2)"

FIELDS = 3
"""A block is a person record from this many distinct description fields on: a form with
one "Name:" line or a letter's "Date:" is no description of a person."""

_LABEL = re.compile(
    r"^\s*(?:[A-Za-z0-9]{1,3}[.)]\s+)?([A-Za-z][A-Za-z /'()-]{0,40}?)\s*:\s*(\S.*)?$")
_PERSON_FIELDS = (
    "name", "full name", "surname", "family name", "forename", "forenames", "first name",
    "first names", "given name", "given names", "alias", "aliases", "sex", "gender", "dob",
    "date of birth", "age", "height", "build", "weight", "hair", "eyes", "eye colour",
    "complexion", "ethnicity", "ethnic appearance", "nationality", "marks",
    "distinguishing marks", "scars", "tattoos", "clothing", "footwear", "description",
    "last seen", "languages", "photograph", "medical", "medication",
)
"""The fields of a description of a person (of any person: the kind of form, not one
text's words). A label counts when it is a field or starts with one ("CLOTHING WHEN LAST
SEEN")."""
_NAME_FIELDS = ("name", "full name", "surname", "family name", "forename", "forenames",
                "first name", "first names", "given name", "given names", "alias", "aliases")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,4}}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b|\b\d{4}\s*(?:lt|hrs|h|z)\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_`]")
_LAST_SEEN = re.compile(r"\blast\s+seen\b", re.IGNORECASE)
CAPITALS = 0.9
"""Share of upper-case letters from which a sentence is set in capitals."""
MIN_LETTERS = 8


@dataclass
class Record:
    """The person records of one text: their lines, and the names they give."""

    lines: set[int]
    names: set[str]


def _field(label: str) -> str | None:
    """The description field a label names, if any."""
    low = " ".join(label.lower().split())
    for field in _PERSON_FIELDS:
        if low == field or low.startswith(field + " "):
            return field
    return None


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """The text's runs of non-blank lines, each line with its 1-based number."""
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def person_records(text: str) -> Record:
    """The lines of the text's person records (from a block's first description field to
    the block's end), and the name words those records give."""
    record = Record(set(), set())
    for block in _blocks(text):
        found: dict[str, int] = {}
        names: set[str] = set()
        for number, line in block:
            match = _LABEL.match(_MARKUP.sub("", line).lstrip(" \t-*>|\u2022"))
            field = _field(match.group(1)) if match else None
            if match is None or field is None:
                continue
            found.setdefault(field, number)
            if field in _NAME_FIELDS and match.group(2):
                names |= {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", match.group(2))}
        if len(found) >= FIELDS:
            first = min(found.values())
            record.lines |= {n for n, _ in block if n >= first}
            record.names |= names
    return record


def in_capitals(text: str) -> bool:
    """The sentence is set in capitals (a police message's body), not mixed case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS and sum(c.isupper() for c in letters) >= CAPITALS * len(
        letters)


def last_seen(text: str) -> bool:
    """Where or when someone was last seen, with a date or a clock time: a case, no rule."""
    return bool(_LAST_SEEN.search(text)) and bool(_DATE.search(text))


def _names(text: str, names: set[str]) -> bool:
    return bool(names) and any(w.lower() in names for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text))


def describes_case(doc: SourceDoc, sentence: Sentence, record: Record) -> bool:
    """``sentence`` describes one person's case, read with the text's person records."""
    shown = doc.display(sentence.start, sentence.end)
    if last_seen(shown):
        return True
    if not record.lines:
        return False
    lines = range(sentence.line, doc.line_of(max(sentence.start, sentence.end - 1)) + 1)
    return (any(n in record.lines for n in lines) or in_capitals(shown)
            or _names(shown, record.names))


def drop_case_records(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence that describes one person's case as dropped, with the reason."""
    record = person_records(doc.text)
    dropped: list[Dropped] = []
    for sentence in sentences:
        if sentence.dropped or not describes_case(doc, sentence, record):
            continue
        sentence.dropped = REASON
        dropped.append(Dropped(sentence.line, REASON, doc.display(sentence.start, sentence.end)))
    return dropped
