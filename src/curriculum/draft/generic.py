"""Which earlier name may stand for a stem's definite noun, and which may not.

``referents.earlier_name`` names "the unit" by the nearest earlier name of the kind ("the
Travelling Sex Offender Management Unit"). Two ways that goes wrong change what the
source says, while the quote and the key stay right, so no provenance check sees it
(blind review 13, classes A and C1):

- **A rule's generic noun.** In a rule or a definition, "the court" or "the direction" is
  whichever one the rule meets: "Except for reasons beyond the court's control, a witness
  must ..." in a direction that applies to two courts, or "the hearing at which the
  direction is sought" in a text that names four practice directions. Naming it by one
  of them ("the Provincial Court's control", "the Practice Direction is sought") narrows
  or changes the rule. So in a rule the noun is named only when the text makes the two
  one referent: the name is defined as that noun ("... Agency (the agency)"), or the
  text names no other thing of that kind (``one_of_kind``).
- **Words that are no name.** A name is read back from capitalised words before the
  kind's word; on a status or version line ("Version 4.2 · In force for crimes recorded
  from ...") a capitalised preposition opens the run, and "the force" became "the In
  force". A name never opens with a word the parse reads as a function word (a
  preposition, a conjunction, a pronoun, a determiner, an auxiliary): ``function_word``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from curriculum.draft.standalone import in_rule

_CLOSED = frozenset({"ADP", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "PART"})
"""Parts of speech of closed-class words: none of them opens a name."""


def function_word(line: str, name: str) -> bool:
    """The name read from the end of ``line`` (the text of its line up to the kind's word)
    opens with a word the parse of that line reads as a function word: "In" of "Version
    4.2 · In" is the preposition of "In force", not a name."""
    at = line.rfind(name.split()[0]) if name.split() else -1
    if at < 0:
        return False
    return _opens_closed(line, at)


@lru_cache(maxsize=512)
def _opens_closed(line: str, at: int) -> bool:
    from curriculum.draft import nlp

    parsed = nlp.parse([line])[0]
    token = next((t for t in parsed if t.idx == at), None)
    return token is not None and token.pos_ in _CLOSED


def rule_sentence(head: Any) -> bool:
    """The noun stands in a rule (``standalone.in_rule``: a modal of duty or permission, a
    verb that sets a rule) or in a definition ('"child witness" means ...')."""
    return in_rule(head) or head.doc[:].root.lemma_.lower() == "mean"


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                       "our", "his", "her", "any", "each", "every", "such", "no"})
_QUALIFIER = re.compile(r"[ \t]+(?:No\.?[ \t]*)?(\d[\w/.-]*)")
"""A number after the kind's word that says which one ("Practice Direction 2026/01",
"Order No. 118/2025")."""


_WHICH = re.compile(r"[ \t]+(of|in|for)[ \t]+(?:(?:the|a|an|another|each|any|every)[ \t]+)?"
                    r"([a-z][\w'-]*)")
"""A plain mention's phrase that says which one of the kind it is ("... of the other country",
"... of termination"): lowercase, so a name's own words ("for International Child
Abduction") are no such phrase."""


def one_of_kind(text: str, words: list[str]) -> bool:
    """Whether the text names at most one thing of the kind ``words`` ends: capitalised
    mentions of the kind, told apart by the capitalised word before them ("Superior Court",
    "Provincial Court") and the number after them ("Practice Direction 2026/01", "Practice
    Direction 2019/07"); a bare "the Court" is a reference, no name of its own. A plain
    mention that says which one by a phrase after it ("the central authority of the
    country where the child is", "notice of termination") is another thing of the kind,
    and so is the kind in the plural ("central authorities"): the text's one name of it
    ("the Estvanian Central Authority") is then not what a rule's "the central authority"
    means (blind review 14: naming it so made a true key false)."""
    tail = r"\s+".join(re.escape(w) for w in words)
    if re.search(r"(?<![\w-])" + tail + r"(?:s|es)(?![\w-])", text, re.I) or (
            tail.endswith("y") and re.search(
                r"(?<![\w-])" + tail[:-1] + r"ies(?![\w-])", text, re.I)):
        return False
    pattern = re.compile(r"(?<![\w-])" + tail + r"(?![\w-])", re.I)
    seen: set[str] = set()
    for match in pattern.finditer(text):
        if not match.group(0)[:1].isupper():
            which = _WHICH.match(text, match.end())
            if which is not None:
                seen.add(f"{which.group(1).lower()} {which.group(2).lower()}")
            if len(seen) > 1:
                return False
            continue
        before = re.search(r"([A-Za-z][\w'-]*)[ \t]+$", text[max(0, match.start() - 60):
                                                             match.start()])
        word = before.group(1) if before is not None else ""
        if not word[:1].isupper() or word.lower() in _ARTICLES:
            word = ""
        number = _QUALIFIER.match(text, match.end())
        key = f"{word.lower()} {number.group(1) if number else ''}".strip()
        if key:
            seen.add(key)
        if len(seen) > 1:
            return False
    return True


def defined_as(text: str, offset: int, words: list[str]) -> bool:
    """The name at ``offset`` (where its kind's word is) is defined as the phrase: '...
    Practice Direction ("the direction")', "... Agency (the agency)"."""
    tail = r"\s+".join(re.escape(w) for w in words)
    found = re.compile(tail, re.I).match(text, offset)
    if found is None:
        return False
    alias = re.compile(r"[^()\n]{0,40}?\(\s*(?:the\s+)?[\"'\u201c\u2018]?(?:the\s+)?" + tail
                       + r"[\"'\u201d\u2019]?\s*\)", re.I)
    return alias.match(text, found.end()) is not None


def generic_in_rule(head: Any, text: str, offset: int, words: list[str]) -> bool:
    """The phrase headed by ``head`` is a rule's generic noun that the found name (its kind's
    word at ``offset``) must not replace: the sentence is a rule or a definition, the text
    names more than one thing of the kind, and the name is not defined as the phrase."""
    return rule_sentence(head) and not one_of_kind(text, words) and not defined_as(
        text, offset, words)
