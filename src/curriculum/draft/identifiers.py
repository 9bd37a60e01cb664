"""Case identifiers never reach a module (content brief, section 6.2: no case numbers, no
personal identifiers of a victim or a suspect).

Why: authors draft from case material too (an alert about a missing child, a handover note
on one offender, a charging file). Such texts carry a passport number, a vehicle
registration or a crime reference beside the rules worth teaching, and a sentence that
holds one would otherwise become a module fact or a question stem. A sentence is held when
it names a kind of personal or case identifier ("passport", "reg", "date of birth", "crime
number" ...) and holds a code of letters and digits, or when it holds a hash value (a
content hash of real material). Document symbols alone ("GA-2019-RES-07", "Directive
2011/93/EU") name no person and stay.
"""

from __future__ import annotations

import re

from curriculum.draft.lines import Dropped
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence

_CUE = re.compile(
    r"\b(?:passports?|reg(?:istration)?|(?:number|licence|license) plates?|vrm|vin|imei|dob"
    r"|date of birth|id(?:entity)? cards?|national insurance|pnc"
    r"|(?:case|crime|custody|incident|occurrence|arrest) (?:no|nr|number|ref|reference))\b",
    re.IGNORECASE,
)
_CODE = re.compile(r"(?<![\w/.-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w/-])")
_HASH = re.compile(r"(?<![0-9A-Za-z])[0-9a-fA-F]{32,}(?![0-9A-Za-z])")
MIN_CODE = 5
"""A code is at least this many letters and digits long, with both kinds in it ("LX3318842",
"VB-4471-KR"): a section number ("15A") or a form's name ("SON1") is shorter."""

REASON = ("holds a case identifier (a passport, vehicle, case or other personal number, or a "
          "hash value): kept out of modules (content brief, section 6.2)")


def _is_code(token: str) -> bool:
    chars = [c for c in token if c.isalnum()]
    digits = sum(c.isdigit() for c in chars)
    return len(chars) >= MIN_CODE and 3 <= digits < len(chars)


def holds_identifier(text: str) -> bool:
    """``text`` names a kind of identifier and holds a code, or holds a hash value."""
    if _HASH.search(text):
        return True
    return bool(_CUE.search(text)) and any(_is_code(m.group(0)) for m in _CODE.finditer(text))


def drop_identifiers(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence that holds a case identifier as dropped, with the reason."""
    dropped: list[Dropped] = []
    for sentence in sentences:
        if sentence.dropped:
            continue
        shown = doc.display(sentence.start, sentence.end)
        if holds_identifier(shown):
            sentence.dropped = REASON
            dropped.append(Dropped(sentence.line, REASON, shown))
    return dropped
