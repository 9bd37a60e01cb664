"""A lead-in whose verb waits for its object: each item is that object.

Why: codes and guides list what a rule requires as noun phrases under a verb that stops
at the colon ("The Code sets three risk grades and requires:" + "an initial risk grade
recorded by the call handler within 1 hour of the report;"). Read alone the item has no
verb and no subject (a fragment, rubric X 4), so it was never asked (blind review 15a,
C4: the operational timings of a code were the main recall loss). Read after its
lead-in it is the sentence the writer meant: "The Code ... requires an initial risk
grade recorded ... within 1 hour of the report."

From the parse: the lead-in's last word before the colon is a lexical verb (not "be",
not a modal, not a passive participle: "as follows:", "are listed:" name no object) with
no object or clause of its own, and the item is a noun phrase or a gerund, never a
bare verb ("requires:" + "record the time" is no sentence) and never a sentence of its
own (``leadins.join_items`` leaves those standing alone). ``leadins._judge`` then keeps
the join only when the two parse as one sentence with a subject and a finite verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.sentences import Sentence

_TAKEN = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative",
                    "prt", "agent"})
"""Children that mean the verb already has what it takes (or is phrasal: "sets out:")."""
_VERB_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD"})


def waits(parsed: Any) -> bool:
    """The lead-in stops on a verb that still wants its object (module docstring)."""
    if parsed is None:
        return False
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if not words or words[-1].i + 1 >= len(parsed) or parsed[words[-1].i + 1].text != ":":
        return False
    verb = words[-1]
    if verb.tag_ not in _VERB_TAGS or verb.pos_ != "VERB" or verb.lemma_ in ("be", "follow"):
        return False
    return not any(c.dep_ in _TAKEN for c in verb.children)


def object_item(item: Any) -> bool:
    """The item can be the verb's object: it opens on no bare or finite verb."""
    first = next((t for t in item if not t.is_punct and not t.is_space), None)
    return first is not None and first.tag_ not in ("VB", "VBZ", "VBP", "VBD", "MD")


def ruling_lead(sentence: Sentence) -> Any:
    """The parse of the lead-in whose verb an item completes as its object, when the item
    was read as one sentence with it; None otherwise. The item's own parse holds only its
    words ("an initial risk grade recorded ... within 1 hour"), never the verb that makes
    it a rule ("requires"), so tense and rule are judged by the lead-in's."""
    lead = sentence.lead
    if not sentence.joined or sentence.stem is not None or lead is None or lead.parsed is None:
        return None
    return lead.parsed if waits(lead.parsed) else None


def front(parsed: Any) -> str | None:
    """The lead-in as shown before its items when its waiting verb is the second of two
    that share a subject ("The Code sets three risk grades - high, medium and low - and
    requires:"): the subject and that verb only ("The Code requires"), since the first
    verb's clause is no part of the item's rule and only lengthens the stem. None when the
    verb is not so coordinated, or has words of its own (an auxiliary, a negation, an
    adverb) that the shorter form would lose."""
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    verb = words[-1] if words else None
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
            c.dep_ not in ("cc", "punct") for c in verb.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("aux", "neg") for c in verb.head.children):
        return None
    span = parsed[subject.left_edge.i : subject.right_edge.i + 1]
    return f"{span.text} {verb.text}"
