"""The document's own assessment: how its candidates are examined and marked.

Exam papers, marking schemes, course syllabi and lesson plans state their own rules of
assessment: "The pass mark is 36 (60%)", "Candidates who score 33-35 may request a viva
within 14 days of results", "Deduct no marks for spelling, but outdated terms lose 1 mark
per question (maximum 3)", "Late work loses 5 marks per working day". They read as rules
(a modal, a time limit, a cap), so the value features scored them as a duty; blind
reviews dropped every one: they are logistics for the document's own readers, like the
length of its sessions, not a fact of the work an officer uses.

A candidate is held as not worth asking when its sentence, read from the parse, is about
the assessment itself:

- its people or events are the assessment's: a noun "candidate", "examinee",
  "invigilator", "viva", "resit";
- or it counts or awards marks: the noun "mark" with a number ("1 mark each", "lose 5
  marks"), a kind of mark ("the pass mark", "half marks", "full marks"), or as what a
  verb of marking gives or takes ("deduct no marks", "half marks are not given").

"Examiner" is not among them (a forensic examiner is a role of the work), nor "mark"
without a number or a verb of marking ("bite marks", "identifying marks").
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.stemcheck import Score, word_set

_OWN = word_set("candidate examinee invigilator viva resit re-sit")
"""The assessment's own people and events."""
_MARK_KINDS = word_set("pass half full total bonus")
"""Kinds of mark ("the pass mark", "half marks")."""
_MARKING = word_set("lose deduct award give carry score gain receive get earn attract "
                    "allocate dock")
"""Verbs that give or take marks ("deduct no marks", "half marks are not given")."""
_OBJECTS = frozenset({"dobj", "nsubjpass", "pobj", "attr"})
_POSTS = word_set("post job vacancy appointment")
"""A candidate for a post ("Before taking up the post, candidates must complete a
psychological assessment and then attend screening every 12 months while in post"): a job
description's rule for the post holder, not the examining of an exam's candidates."""


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its sentence is about the document's own assessment (module
    docstring); the reason names the word that shows it."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    found = assessed(parsed)
    if found:
        result.hold(f'the document\'s own assessment ("{found}": how its candidates are '
                    "examined and marked), not a fact of the work")


def assessed(parsed: Any) -> str:
    """The word that shows the sentence is about the assessment itself, or ""."""
    for token in parsed:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = token.lemma_.lower()
        if lemma in _OWN and not (lemma == "candidate" and _for_a_post(parsed)):
            return str(token.text)
        if lemma != "mark":
            continue
        if any(c.dep_ == "nummod" or c.lemma_.lower() in _MARK_KINDS for c in token.children):
            return str(token.text)
        if token.dep_ in _OBJECTS and token.head.lemma_.lower() in _MARKING:
            return str(token.text)
    return ""


def _for_a_post(parsed: Any) -> bool:
    """The sentence's candidates are a post's: it names the post, job or appointment."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _POSTS for t in parsed)
