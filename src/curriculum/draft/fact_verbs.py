"""What a figure's rule does: the verbs it is a limit of, read from the parse.

Two sentences of one source that ask the same figure with many words in common were
taken for one fact stated twice (``choosing.same_fact``). But two rules of one procedure
share their words and often their figures: "Partners must publish or broadcast the
alert within 15 minutes of receiving it" and, on cancellation, "stop broadcasting and
remove the alert from all channels within 15 minutes" are two duties (blind review 14b,
R4). Same number is not same fact: what the rule is about is the verb the figure's
phrase hangs from, with the verbs it is coordinated with ("publish or broadcast"), and
two rules whose verbs have no lemma in common do two things.

A verb whose object is a pronoun ("the protocol requires one within 24 hours") says
what is done only through what the pronoun stands for, and a support verb with a bare
noun ("an interview should take place within 72 hours", beside "should be offered an
interview within 72 hours") says it through the noun: neither decides anything, and the
sentences' shared words do, as before.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.questions import DraftQuestion

_STAND_IN = frozenset({"PRON", "DET", "NUM"})
"""An object that stands for something said elsewhere ("requires one", "do it")."""


def acts(q: DraftQuestion) -> frozenset[str] | None:
    """The lemmas of the verbs the figure of ``q`` is a limit or amount of; None when the
    parse says not (no parse, a table row, no verb above the figure, or a verb whose
    object is a stand-in)."""
    parsed = q.sentence.parsed
    if parsed is None or q.sentence.kind == "row":
        return None
    base = q.sentence.start
    token = next((t for t in parsed if base + t.idx >= q.key[0]), None)
    while token is not None and token.pos_ != "VERB":
        token = None if token.head.i == token.i else token.head
    if token is None:
        return None
    if any(c.dep_ == "dobj" and (c.pos_ in _STAND_IN or _bare(c)) for c in token.children):
        return None
    verbs = _coordinated(token)
    return frozenset(v.lemma_.lower() for v in verbs)


def _bare(noun: Any) -> bool:
    """A singular noun with nothing before it, the object of a support verb ("take place",
    "take effect", "have regard"): the verb says little of what is done."""
    return noun.tag_ == "NN" and not any(c.i < noun.i for c in noun.children)


def _coordinated(verb: Any) -> list[Any]:
    """The verb and the verbs joined to it by "and"/"or" ("publish or broadcast")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ == "VERB":
        top = top.head
    out = [top]
    stack = [top]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj" and child.pos_ == "VERB":
                out.append(child)
                stack.append(child)
    return out


def different_acts(a: DraftQuestion, b: DraftQuestion) -> bool:
    """The two figures are limits of rules that do different things (no verb lemma in
    common); False when either is not known."""
    mine, theirs = acts(a), acts(b)
    return mine is not None and theirs is not None and not mine & theirs
