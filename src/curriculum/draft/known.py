"""A rule stated inside a survey finding: "68% did not know that <rule>".

A training-needs survey reports what its respondents knew, and in doing so states the
rule they were asked about: "68% did not know that a child's device should be kept
powered on and isolated from networks". The finding's percentage describes the sample
(``value.py``, ``evidence.py`` hold it back); the rule is what an officer needs, and the
text asserts it as true, because "know" (like "be aware", "realise") takes a true clause.

Read from the parse: the sentence's main verb is a verb of knowing, its subject is a
number or a share ("68%", "Only 22%", "Most respondents"), and its clausal complement
("that ...") is itself a rule: a verb under "must", "shall" or "should" with a noun
subject, and no figure (a rule with a figure is asked by its figure, not here). The
statement is the complement alone, drafted true ("A child's device should be kept powered
on and isolated ..."), scored and gated as any true statement; the finding's share is
never shown.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.clauses import Stem

_KNOWING = frozenset({"know", "realise", "realize", "understand", "recognise", "recognize"})
_MODALS = frozenset({"must", "shall", "should"})
_SHARES = frozenset({"%", "percent", "per", "cent", "most", "many", "few", "half", "all",
                     "majority", "minority", "proportion", "share", "third", "quarter"})
"""Words of a subject that counts people (a finding about a sample)."""


def known_rule(sentence: Any) -> tuple[Stem, tuple[int, int]] | None:
    """The stem (the complement, from its first word after "that" to the sentence's end)
    and the key (its modal verb's offsets), or None when the sentence is no such finding."""
    parsed = sentence.parsed
    if parsed is None:
        return None
    root = parsed[:].root
    if root.lemma_.lower() not in _KNOWING or not _counts_people(root):
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if clause is None or not _rule(clause):
        return None
    words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    if any(t.like_num or t.pos_ == "NUM" for t in words if not _reference(t)):
        return None
    first = words[0]
    start = sentence.start + first.idx
    modal = next(c for c in clause.children if c.dep_ == "aux" and c.lower_ in _MODALS)
    key = (sentence.start + modal.idx, sentence.start + modal.idx + len(modal.text))
    return Stem(((start, sentence.end),), "the rule a finding says people knew"), key


def _counts_people(verb: Any) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(t.lower_ in _SHARES or t.like_num for t in subject.subtree)


def _rule(verb: Any) -> bool:
    """A duty with a noun subject: "a child's device should be kept ...", "officers must
    ..."; never a pronoun ("they must": who?)."""
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def _reference(token: Any) -> bool:
    """A number that cites a document ("(DEP 4, 2023)"): inside brackets."""
    before: str = token.doc[: token.i].text
    return before.count("(") > before.count(")")
