"""A stem trimmed so that its verb loses its object: "... wishes to receive from the State
party, within 180 days." says nothing of what is due.

Why: a trimmed stem stops at a comma before the sentence ends (``clauses.py``,
``tighten.py``). When the verb's object stands after a fronted phrase ("receive from the
State party, within 180 days, information about the measures taken", "provide to the
Committee, within six months, a report on ..."), the parser often hangs that object
elsewhere (as an apposition of the subject, or as a loose noun phrase), so the stem's check
for a child it cut (``stemcheck.grammar``) sees none, and the stem read as whole: a treaty
body's follow-up formula asked as "true" with its object gone (blind review 18, a1; rubric
X 4).

Read from the parse of the whole sentence: the words cut after the stem, at a comma,
open with a bare noun phrase (no preposition, conjunction or clause of its own before its
noun) that the parser hangs as an apposition or a loose phrase on a word the stem shows
before its last verb, or on that verb itself; and the last verb the stem shows (not "be",
not a passive, not the verb of a modifier or a subordinate clause) has no object or
complement in the stem. Then the noun phrase is that verb's object, and the stem is a
fragment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

_LOOSE = frozenset({"appos", "npadvmod", "dep", "dobj", "attr", "oprd"})
"""How the parser hangs a verb's displaced object."""
_FILLED = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})
"""What a verb's object or complement is, when the stem shows it."""
_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIERS = frozenset({"acl", "relcl", "advcl", "pcomp", "csubj", "csubjpass", "amod"})
"""A verb in a modifier or a subordinate clause: its object is not the clause's."""


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Kill a stem whose last verb lost its object to the cut (module docstring)."""
    if q.items:
        return  # a list question shows its items, not one clause
    cut = cut_object(view)
    if cut:
        result.kill(cut)


def cut_object(view: StemView) -> str:
    """The reason, when the stem's last verb lost its object to the trim; else ""."""
    shown = view.tokens()
    if not shown:
        return ""
    end = shown[-1].i
    rest = [t for t in view.doc[end + 1 :] if not t.is_space]
    tail = [t for t in rest if not t.is_punct]
    if not tail or rest[0].text != "," or any(view.inside(t) for t in tail):
        return ""  # nothing cut at a comma (a bracketed reference is an aside), or a
        # piece of the stem after it
    verb = next((t for t in reversed(shown) if t.pos_ == "VERB" and t.dep_ not in (
        "aux", "auxpass", "amod") and t.lemma_ != "be"), None)
    if verb is None or verb.dep_ in _MODIFIERS or any(c.dep_ == "auxpass" for c in verb.children):
        return ""  # a verb of a modifier ("every person travelling with ...") is not the
        # clause's
    if any(c.dep_ in _FILLED and view.inside(c) for c in verb.children):
        return ""
    noun = _opening_noun(tail[0], end)
    if noun is None or noun.dep_ not in _LOOSE:
        return ""
    head = noun.head
    if not (head.i == verb.i or (view.inside(head) and head.i < verb.i)):
        return ""
    return (f'a clause trimmed so that "{verb.text}" loses its object ("{noun.text}", cut '
            "after the stem): the stem does not say what")


def _opening_noun(first: Any, end: int) -> Any:
    """The noun heading the phrase the cut words open with, when they open with a bare noun
    phrase (its first word a determiner, an adjective, a number or the noun); else None."""
    token = first
    while token.head.i != token.i and token.head.i > end and token.pos_ not in _NOUNS:
        token = token.head
    if token.pos_ not in _NOUNS:
        return None
    opening = [t for t in token.subtree if t.i < token.i]
    if first.i != token.i and (not opening or opening[0].i != first.i or any(
            t.pos_ in ("ADP", "SCONJ", "CCONJ", "VERB", "AUX", "PRON") for t in opening)):
        return None
    return token
