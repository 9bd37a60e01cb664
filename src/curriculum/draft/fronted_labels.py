"""A list item that opens on a time or stage label written as a phrase ("at 1 hour:",
"within 24 hours:", "after 28 days:"), then a whole sentence.

Why: timings lists ("Where no sighting or contact has been made:" + "- at 1 hour: the
adviser must be in contact with the duty inspector;") put the rule's time in front of its
clause with a colon. Read as written, the phrase is a citation fused in front of the
sentence and the stem is dropped (blind review 15a, C4: a guide's timings were never
asked); read without it, the rule loses its time. The phrase is the clause's fronted
adverbial, so the stem shows it so: "at 1 hour, the adviser must be in contact ...".

From the parse: the words before the colon are one prepositional phrase (a preposition
and its object, holding a number, no verb), at most ``MAX_WORDS`` words, and the words
after it are one clause with its own subject and finite verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.reading import SourceDoc

MAX_WORDS = 6
RULE = "time label fronted"
"""The stem rule's name: an item so read is asked only with its list's lead-in shown
(``context.lacks_lead``): "at 2 hours" counts from what the lead-in says."""
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
Span = tuple[int, int]


def split(doc: SourceDoc, sentence: Span, parsed: Any) -> tuple[Span, Span] | None:
    """The label phrase and the clause after its colon (file offsets), or None."""
    if parsed is None or not len(parsed):
        return None
    colon = next((t for t in parsed[: MAX_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i < 2:
        return None
    words = [t for t in parsed[: colon.i] if not t.is_space]
    first = words[0]
    if first.tag_ != "IN" or not first.text.islower() or not any(t.like_num for t in words) or (
            any(t.pos_ in ("VERB", "AUX") for t in words)) or not all(
            t.i == first.i or first.i in [a.i for a in t.ancestors] for t in words):
        return None
    if not _clause(parsed, colon.i + 1):
        return None
    after = next((t for t in parsed[colon.i + 1 :] if not t.is_space), None)
    if after is None:
        return None
    start = sentence[0]
    return (start + first.idx, start + colon.idx), (start + after.idx, sentence[1])


def _clause(parsed: Any, begin: int) -> bool:
    """The words from ``begin`` on hang from one finite verb there, which has a subject."""
    inside = [t for t in parsed[begin:] if not t.is_space and not t.is_punct]
    tops = [t for t in inside if t.head.i == t.i or t.head.i < begin]
    if len(tops) != 1 or tops[0].pos_ not in ("VERB", "AUX"):
        return False
    verb = tops[0]
    finite = verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= begin
                          for c in verb.children)
