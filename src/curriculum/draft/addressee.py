"""A text that speaks to one person: "you" is that person, not every reader.

Sentencing remarks speak to the defendant ("you pleaded guilty", "you will be subject to
the notification requirements ..."), a decision letter to its applicant. A rule such a
text addresses to "you" ("You must notify the police ... within 3 days of your release")
is a rule for whoever is in that person's position, and a stem that keeps "you" asks it
of the learner. A leaflet or a guide that says "you" to any reader ("If you find a
child ...") is different: there "you" is the reader, and the stem may keep it.

Read from the parse: the text speaks to one person when at least ``PERSONAL`` of its
sentences have "you" as the subject of a past tense or a present perfect ("you used",
"you have been sentenced"): things that happened to one person. In such a text a stem
with "you" takes a penalty (``context.stem_pointers``) unless the sentence before (or the
one before that) says what makes the rule apply to "you" ("you will be subject to the
notification requirements of Part 2 of the Act"): the stem then asks it of "A person
subject to the notification requirements of Part 2 of the Act", and "your" becomes
"their" (``referents.apply``).
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.pointer import Pointer

PERSONAL = 2
"""Sentences about one person's past ("you pleaded guilty") that make a text personal."""
_SECOND = frozenset({"you", "your", "yours", "yourself"})


def speaks_to_one(analysis: Any) -> bool:
    """At least ``PERSONAL`` sentences say what "you" did or what happened to "you" (read
    once per source and kept on the analysis: every candidate's stem asks)."""
    if analysis.personal is None:
        analysis.personal = _personal(analysis)
    return bool(analysis.personal)


def _personal(analysis: Any) -> bool:
    count = 0
    for sentence in analysis.kept():
        parsed = sentence.parsed
        if parsed is not None and any(_past_of_you(t) for t in parsed):
            count += 1
            if count >= PERSONAL:
                return True
    return False


def _past_of_you(token: Any) -> bool:
    if token.lower_ != "you" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have"
                                      for c in verb.children)


def second_person(tokens: list[Any], base: int, named: frozenset[int]) -> list[Pointer]:
    """The first "you"/"your" of the stem that no name resolves (see the module
    docstring); call only for a text that speaks to one person."""
    for token in tokens:
        if token.lower_ in _SECOND and token.tag_ in ("PRP", "PRP$") and (
                base + token.idx + len(token.text) not in named):
            return [Pointer(token.i, -0.5, f'points back: "{token.text}" is the one person the '
                            "text speaks to; the stem must say whom the rule is for", "you")]
    return []


def subject_to(parsed: Any) -> str:
    """ "the notification requirements of Part 2 of the Sexual Offences Act 2003" from a
    sentence whose "you" will be (or is) "subject to" it; "" when it says no such thing."""
    for token in parsed:
        if token.lower_ != "subject" or token.pos_ != "ADJ":
            continue
        verb = token.head
        if not any(c.lower_ == "you" and c.dep_ == "nsubj" for c in verb.children):
            continue
        to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if noun is None:
            continue
        cut = next((t.i for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "for"
                    and t.head.i == noun.i), None)
        words = [t for t in noun.subtree if cut is None or t.i < cut]
        shown: str = parsed[words[0].i : words[-1].i + 1].text
        return shown
    return ""


_MODALS = frozenset({"must", "shall", "will", "may", "should"})


def rewritten(tokens: list[Any], what: str) -> list[tuple[Any, str]] | None:
    """Each "you" and "your" of the stem with what it becomes ("A person subject to
    <what>", "their"); None when a "you" is not the subject of a modal verb (its verb
    would not agree: "you are required")."""
    out = []
    for token in tokens:
        if token.lower_ == "your" and token.tag_ == "PRP$":
            out.append((token, "their"))
        elif token.lower_ in ("you", "yourself"):
            if token.dep_ != "nsubj" or not any(c.tag_ == "MD" and c.lower_ in _MODALS
                                                for c in token.head.children):
                return None
            person = "A person" if token.text[:1].isupper() else "a person"
            out.append((token, f"{person} subject to {what}"))
    return out
