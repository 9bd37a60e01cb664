"""Whether a title names two subjects of which only one is a theme's.

A title that joins two subjects ("Mandatory Reporting of Child Sexual Abuse and Offender
Notification Periods") says what the document covers, not what each of its sentences is
about. When only one of the subjects holds a theme's terms, the title's theme scores as
if it were the whole topic, and every sentence that names no theme of its own (the other
subject's rules, national crime statistics) would be sent there. Such a title places a
sentence only where the sentence's section heading names the same theme.

The subjects are the parts of a stretch of the title that "and", "or" or commas divide
("mandatory reporting of child sexual abuse", "offender notification periods"), when each
has at least two content words of its own (the parse's word classes). A part is another
subject when it holds no term of any theme and no word of the named theme's description
("Sex Offender Registration and Risk Assessment" is one subject: risk assessment is part
of offender management). A bare noun ("Search and Seizure", "Policy and Procedure") is
one subject seen from two sides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from curriculum.draft import nlp

_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_ENDS = frozenset({":", ".", ";", "-", "\u2013", "\u2014", "|", "(", ")"})
_JOINS = frozenset({"and", "or", "&"})
MIN_WORDS = 2
"""Content words each part of a coordination needs for the parts to be subjects of their
own: "Search and Seizure of Digital Devices" is one subject seen from two sides, and so is
"Child Sexual Exploitation and Abuse Online"."""


def other_subjects(
    text: str,
    theme: str,
    names: Callable[[str], dict[str, float]],
    described: frozenset[str],
) -> list[str]:
    """The heads (lower case) of the subjects that ``text`` (a title, lower case, laws'
    names left out) joins to one that ``theme`` names, when they name no theme (``names``
    gives a text's theme scores) and share no word with the theme's description
    (``described``, lemmas): "reporting" in "mandatory reporting of child sexual abuse and
    offender notification periods"."""
    out: list[str] = []
    for members in _coordinations(text):
        if any(len(_content(m)) < MIN_WORDS for m in members):
            continue  # "Search and Seizure of Devices": one subject seen from two sides
        if not any(names(_text(m)).get(theme, 0.0) > 0 for m in members):
            continue
        out += [_head(m) for m in members if not names(_text(m))
                and not {t.lemma_.lower() for t in _content(m)} & described]
    return [h for h in out if h]


def _head(member: tuple[Any, ...]) -> str:
    """The part's head, in lower case: the content word whose head lies outside the part (a
    title's gerund may be parsed as a verb: "vetting of coaches")."""
    inside = {t.i for t in member}
    for token in member:
        if token.pos_ in _CONTENT and (token.head.i not in inside or token.head.i == token.i):
            return str(token.lower_)
    return ""


def _coordinations(text: str) -> Iterator[list[tuple[Any, ...]]]:
    """Each coordination in ``text``: the parts of a stretch between a colon, a full stop
    or a dash that an "and", "or", "&" (or a list's commas) divide, when there are two or more
    ("mandatory reporting of child sexual abuse" | "offender notification periods"). The
    parse of a title is fragile ("vetting of coaches and notification periods" may come
    out with "periods" as the object of "vetting"), so the words, not the tree, divide."""
    doc = _parse(text, nlp.model_name())
    stretch: list[Any] = []
    for token in [*doc, None]:
        if token is None or token.text in _ENDS:
            members = _divide(stretch)
            if len(members) > 1:
                yield members
            stretch = []
        else:
            stretch.append(token)


def _divide(tokens: list[Any]) -> list[tuple[Any, ...]]:
    """The parts of one stretch. A comma divides only in a list that an "and" or "or"
    closes ("A, B and C"): "Management of Registered Sex Offenders, Harlow Fen
    Constabulary" names whose management, not a second subject."""
    if not any(_joins(t) for t in tokens):
        return [tuple(tokens)] if tokens else []
    out: list[tuple[Any, ...]] = []
    current: list[Any] = []
    for token in tokens:
        if (token.text == "," or _joins(token)) and not _modifiers_joined(current):
            out.append(tuple(current))
            current = []
        else:
            current.append(token)
    out.append(tuple(current))
    return [m for m in out if m]


_PREPOSITIONS = frozenset({"of", "for", "on", "in", "to", "with", "against", "by"})


def _modifiers_joined(before: list[Any]) -> bool:
    """The "and" that follows ``before`` joins two words of one noun phrase inside a
    preposition's object, not two subjects: after its last preposition ``before`` holds
    fewer than ``MIN_WORDS`` content words ("the questioning of child | and vulnerable
    witnesses": child and vulnerable witnesses), while "reporting of child sexual abuse |
    and offender notification periods" joins two."""
    last = max((i for i, t in enumerate(before) if t.lower_ in _PREPOSITIONS), default=None)
    return last is not None and len(_content(tuple(before[last + 1 :]))) < MIN_WORDS


def _joins(token: Any) -> bool:
    return bool(token.pos_ == "CCONJ" and token.lower_ in _JOINS)


def _content(member: tuple[Any, ...]) -> list[Any]:
    return [t for t in member if t.pos_ in _CONTENT and t.is_alpha and not t.is_stop]


def _text(member: tuple[Any, ...]) -> str:
    return " ".join(t.text for t in member)


@lru_cache(maxsize=256)
def _parse(text: str, model: str) -> Any:
    return nlp.parse([text])[0]
