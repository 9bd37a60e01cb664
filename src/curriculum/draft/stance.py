"""The author's own position: what "we" support, oppose or believe.

A response to a consultation, a position paper or a submission says where its writer
stands: "We support a duty to report, modelled on the duty on US providers under 18 U.S.C.
§ 2258A", "We oppose the lower age in draft section 214A", "We welcome the proposal". With
the author named for "we" (``author.py``) the stem reads "Kittiwake Children's Trust
supports a duty to report ...": a true/false item on what one body thinks. A trainer drops
it (blind review 30, a2: rubric 7): an officer needs the duty, not the writer's view of it;
the fact inside, where there is one, is asked from its own sentence.

Told by the parse: the first person plural ("we", never inside quotation marks) is the
subject of a main verb of stance (``STANCE``: support, oppose, welcome, believe, agree ...;
"agree" with an object, "we agreed a protocol", is an act).
A first person that reports what it did ("We answered 9,640 reports") or must do ("We must
report within 24 hours") is judged as before, and so are verbs of proposing, recommending or
urging, which ``proposed.py`` and ``own.py`` read.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.stemcheck import Score, StemView, word_set

STANCE = word_set("support oppose welcome believe agree disagree favour favor prefer "
                  "endorse regret doubt hope want applaud commend object")
"""Verbs by which a writer says where it stands, not what happens. Not "accept", "share"
or "reject", which say what a body does with reports or data ("We accept reports from
national hotlines ...")."""
_ACTS = frozenset({"dobj"})
""""agree" with an object is an act ("we agreed a protocol with the regional forces")."""
_MAIN = frozenset({"ROOT", "conj"})
REASON = ('the author\'s own position ("{words}"): what its writer thinks, not a fact of the '
          "work")


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its stem says where the document's writer stands (module
    docstring)."""
    found = stance(view)
    if found:
        result.hold(REASON.format(words=found))


def stance(view: StemView) -> str:
    """"we" and its verb of stance, when the stem's main clause is the writer's position;
    else ""."""
    for token in view.tokens():
        if token.lower_ != "we" or token.dep_ != "nsubj":
            continue
        verb: Any = token.head
        if verb.dep_ in _MAIN and verb.lemma_.lower() in STANCE and view.inside(verb) and not (
                verb.lemma_.lower() == "agree" and any(c.dep_ in _ACTS for c in verb.children)):
            return f"{token.text} {verb.text}"
    return ""
