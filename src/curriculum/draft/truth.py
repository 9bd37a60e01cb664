"""True/false balance: a quiz where "True" always wins teaches learners to guess "True".

The sentence rules draft a true statement wherever a changed figure could still be true
(a bound, an approximation, a range, a negated sentence), and one question per sentence
reaches a module, so the true/false items that survive are mostly true. In each theme's
module (``choosing.balance_themes``), ``balance`` turns kept questions into their *false
twin* (the same sentence with one exact figure or year changed to one the document never
writes, ``questions.false_statement``) until about ``FALSE_SHARE`` of the true/false items
are false (never above ``MAX_FALSE_SHARE``): true statements first, then numeric choices
(at most half of them, rounded up). A twin must pass the same scoring as any candidate.
The replaced question goes to the audit with the reason. When no sound twin exists and
the module would still hold ``MIN_TRUE_FALSE`` or more true/false items almost all true,
the weakest true statements are held back (fewer items rather than an all-True set).
"""

from __future__ import annotations

from curriculum.checks.lint.quiz import MIN_TRUE_FALSE, TRUE_SHARE
from curriculum.draft.author import speak_as
from curriculum.draft.context import carry
from curriculum.draft.questions import (
    DraftQuestion,
    false_statement,
    falsifiable,
)
from curriculum.draft.referents import apply as name_referents
from curriculum.draft.scoring import THRESHOLD, score

FALSE_SHARE = 0.4
"""The share of true/false items keyed false that ``balance`` aims at."""
MAX_FALSE_SHARE = 0.5
"""No swap may push the share above this (one true statement alone stays true)."""
_CHOICE_RULES = ("count", "year")


def balance(
    kept: list[DraftQuestion], candidates: list[DraftQuestion]
) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """The kept questions with some swapped for their false twins, and those swapped out
    (each with its reason). ``candidates`` are every drafted question, so a twin already
    drafted is reused rather than made twice (ids must stay unique)."""
    drafted = {(q.analysis.source_id, q.sentence.index, q.key): q
               for q in candidates if q.rule == "false-statement"}
    out = list(kept)
    swapped: list[DraftQuestion] = []
    choices_left = (sum(q.rule in _CHOICE_RULES for q in kept) + 1) // 2
    for question in _swappable(kept):
        if _false_share(out) >= FALSE_SHARE:
            break
        if question.rule in _CHOICE_RULES and choices_left <= 0:
            continue
        if _false_share(out, question) > MAX_FALSE_SHARE:
            continue  # one true statement of one: all-false is no better than all-true
        twin = drafted.get((question.analysis.source_id, question.sentence.index, question.key))
        twin = twin if twin is not None else _twin(question)
        if twin is None or twin.score < THRESHOLD:
            continue
        choices_left -= question.rule in _CHOICE_RULES
        twin.reasons = [r for r in twin.reasons if not r.startswith("held back:")]
        out[out.index(question)] = twin
        question.reasons.append(f"held back: its false twin {twin.qid} reached the module, "
                                "so that not every true/false answer is True")
        swapped.append(question)
    out, one_sided = _fewer_true(out)
    return out, swapped + one_sided


def admit_false(
    kept: list[DraftQuestion], held: list[DraftQuestion]
) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """The per-text cap (``choosing.cap``) keeps the best few questions of a source, and
    may hold back the one false statement the pipeline made for it while every
    true/false item it keeps is true (a prohibition's twin, "The notification may contain
    any information about the victims" -> False, behind two true limits). Then the
    lowest-ranked true statement gives its place to the best false one held back, as
    long as the kept items stay at least half true. Both lists are in rank order; the
    swapped-out question is returned among the held, with its reason."""
    false = [q for q in held if q.qtype == "true_false" and q.truth is False]
    true = [q for q in kept if q.rule == "true-statement"]
    if not false or not true or _false_share(kept) >= FALSE_SHARE:
        return kept, held
    weakest, best = true[-1], false[0]
    if _false_share(kept, weakest) > MAX_FALSE_SHARE:
        return kept, held
    weakest.reasons.append(f"held back: {best.qid}, a false statement from the same source, "
                           "took its place, so that not every true/false answer is True")
    best.reasons = [r for r in best.reasons if not r.startswith("held back:")]
    return ([best if q is weakest else q for q in kept],
            [weakest if q is best else q for q in held])


def _fewer_true(kept: list[DraftQuestion]) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """When no sound false twin could be made, a module whose true/false items are almost
    all true (``validate`` warns: learners learn to answer True) keeps fewer of them: the
    lowest-scoring true statements are held back until the set is small or mixed."""
    high = TRUE_SHARE[1]
    held: list[DraftQuestion] = []
    while True:
        items = [q for q in kept if q.qtype == "true_false"]
        true = [q for q in items if q.truth]
        if len(items) < MIN_TRUE_FALSE or len(true) / len(items) <= high:
            return kept, held
        weakest = min(true, key=lambda q: (q.score, q.qid))
        weakest.reasons.append(
            f"held back: {len(true)} of the module's {len(items)} true/false items are true "
            "and none of them has a sound false twin; fewer items rather than all True")
        kept = [q for q in kept if q is not weakest]
        held.append(weakest)


def _swappable(kept: list[DraftQuestion]) -> list[DraftQuestion]:
    """True statements first, then numeric choices; each in document order."""
    def order(q: DraftQuestion) -> tuple[int, str, int]:
        return (q.rule != "true-statement", q.analysis.source_id, q.sentence.start)

    return sorted((q for q in kept if q.rule in ("true-statement", *_CHOICE_RULES)), key=order)


def _false_share(questions: list[DraftQuestion], swap: DraftQuestion | None = None) -> float:
    """The share of true/false items keyed false, as it is or after ``swap`` became its
    false twin."""
    statements = sum(q.qtype == "true_false" or q is swap for q in questions)
    false = sum(q.truth is False or q is swap for q in questions if q.qtype == "true_false"
                or q is swap)
    return false / statements if statements else 0.0


def _twin(question: DraftQuestion) -> DraftQuestion | None:
    """The false statement on the same figure, scored; None when none is certainly false."""
    analysis, sentence = question.analysis, question.sentence
    facts = analysis.facts.get(sentence.index, [])
    fact = next((f for f in facts if f.span == question.key and f.kind in _CHOICE_RULES), None)
    if fact is None or not falsifiable(analysis, sentence, fact, asked=True):
        return None
    twin = false_statement(analysis, sentence, fact, [f for f in facts if f.kind == "list"])
    if twin is None:
        return None
    name_referents(twin)
    speak_as(twin)
    carry(twin)  # the same context or date lead-in as its true sibling (``context.py``)
    twin.finish()
    judged = score(twin)
    twin.score, twin.reasons = judged.final, judged.reasons
    twin.evidence = judged.evidence
    return twin
