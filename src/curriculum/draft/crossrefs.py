"""A stem whose meaning rests on provisions it does not quote is not asked.

Legislation, above all amending and transitional provisions, states its rules by
reference: "the amendments made by section 3 apply to a relevant offender ... on the day
on which that section comes into operation, and such an offender shall make the
notification required by section 12(4A) of the principal Act within 28 days". The stem
is grammatical and its key is right, but a trainee cannot know what rule is meant, and
prefixing the Act's name does not cure it (blind review 14, b6: rubric 4).

A reference is a provision's name ("section 3", "subsection (1)(c)", "Part 3", "that
section", "this Article", "the principal Act"); a chain ("subsection (2) of section 14")
is one reference. It is *anchored*, and harmless, when it
only cites where a rule the stem states is found: in brackets ("(section 30)") or of a
named instrument ("section 354 of the Sentencing Act 2020", "Article 16 of the Budapest
Convention"). A stem with two or more references that are not anchored rests on text it
does not show, and is held with the references named in the audit. One such reference
("fails to comply with section 10 ... commits an offence") leaves the rule readable and
is judged like any other stem (``stemcheck`` already marks a bare "paragraph (1)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

HOLD = ("the stem rests on provisions it does not quote ({}): a trainee cannot tell what rule "
        "is meant")
BARE = 2
"""From this many unanchored references on, the stem is held."""

_PROVISIONS = word_set("section sections subsection subsections paragraph paragraphs "
                       "subparagraph sub-paragraph sub-section article articles part parts "
                       "schedule schedules regulation regulations chapter")
_INSTRUMENTS = word_set("act acts convention directive regulation code order statute law")
_POINTING = word_set("this that these those same said principal")
"""Words that make a reference point back to text the stem does not show."""
_NUMBERED = re.compile(r"^(?:\d|[IVXLC]+$|[A-Z]$)")
"""What names a provision after its word: "3", "12(4A)", "IV", "A"."""
_BRACKETED = re.compile(r"^(?:\d|[a-z]{1,4}\b)")
"""A subsection's number in brackets: "(1)", "(c)", "(iv)"."""


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its stem rests on ``BARE`` or more unanchored references."""
    found = bare_references(view.tokens())
    if len(found) >= BARE:
        result.hold(HOLD.format(", ".join(f'"{r}"' for r in found)))


def bare_references(tokens: list[Any]) -> list[str]:
    """The references among ``tokens`` that no bracket or named instrument anchors."""
    out: list[str] = []
    for n, token in enumerate(tokens):
        lower = token.lower_
        if lower in _PROVISIONS and _is_reference(tokens, n) and not _anchored(tokens, n) and (
                not _within(tokens, n)):
            out.append(_shown(token))
        elif lower in _INSTRUMENTS and token.pos_ == "PROPN" and _points_back(token) and (
                token.head.head.lower_ not in _PROVISIONS):
            out.append(_shown(token))  # "the principal Act" on its own
    return out


def _is_reference(tokens: list[Any], n: int) -> bool:
    """A provision named by a number ("section 3", "Part IV", "subsection (1)(c)") or by
    "this"/"that" ("that section")."""
    after = tokens[n + 1].text if n + 1 < len(tokens) else ""
    if after == "(" and n + 2 < len(tokens):
        if _BRACKETED.match(tokens[n + 2].text):
            return True
    elif _NUMBERED.match(after):
        return True
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in tokens[n].children)


def _anchored(tokens: list[Any], n: int) -> bool:
    """In brackets ("(section 30)"), or of a named instrument ("... of the Sentencing Act")."""
    token = tokens[n]
    if n > 0 and tokens[n - 1].text == "(":
        return True
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(p.dep_ == "pobj" and _named(p) for p in prep.children)
    return False


def _within(tokens: list[Any], n: int) -> bool:
    """The outer provision of a chain ("section 14" of "subsection (2) of section 14"):
    the chain is one reference, counted at its first word."""
    if n < 2 or tokens[n - 1].lower_ != "of":
        return False
    for back in range(n - 2, max(-1, n - 7), -1):
        if tokens[back].lower_ in _PROVISIONS:
            return True
        if not _numbering(tokens[back].text, "(") and not _NUMBERED.match(tokens[back].text):
            return False
    return False


def _named(instrument: Any) -> bool:
    """ "the Sentencing Act 2020", "the Budapest Convention"; not "the principal Act"."""
    if _points_back(instrument):
        return False
    return instrument.pos_ == "PROPN" and (instrument.ent_type_ == "LAW" or any(
        c.dep_ in ("compound", "nummod", "amod") or c.pos_ == "PROPN"
        for c in instrument.children) or instrument.lower_ not in _INSTRUMENTS)


def _points_back(token: Any) -> bool:
    return any(c.lower_ in _POINTING and c.dep_ in ("det", "amod") for c in token.children)


def _shown(token: Any) -> str:
    """The reference as written: "section 12(4A)", "subsection (1)(c)", "that section",
    "the principal Act"."""
    doc = token.doc
    if token.lower_ in _INSTRUMENTS:
        return str(doc[token.left_edge.i : token.i + 1].text)
    start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ in _POINTING else token.i
    end = token.i + 1
    while end < len(doc) and _numbering(doc[end].text, doc[end - 1].text):
        end += 1
    text = str(doc[start:end].text)
    return text + ")" * (text.count("(") - text.count(")"))


def _numbering(text: str, before: str) -> bool:
    """A piece of a provision's number: "12(4A", "(", "1)(c", ")", or "c" after "("."""
    if text in ("(", ")") or any(ch.isdigit() for ch in text) or "(" in text or ")" in text:
        return all(ch.isalnum() or ch in "()" for ch in text)
    return before == "(" and _BRACKETED.match(text) is not None
