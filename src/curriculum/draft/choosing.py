"""Choosing what reaches a module: the threshold, and a few questions for thin themes.

Every candidate is scored (``scoring.py``); those at or above ``THRESHOLD`` are kept, one
per sentence; in each theme's module some are then swapped for their false twins
(``truth.py``, ``balance_themes``). A
theme that has cited sentences but no kept question takes up to ``TOP_UP`` of its best
candidates from ``FLOOR`` up, each flagged for the author; with none, its module says why.
"""

from __future__ import annotations

from collections.abc import Callable

from curriculum.draft.clauses import md_escape
from curriculum.draft.evidence import FIRST
from curriculum.draft.modules import ThemeMaterial
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.scoring import FLOOR, THRESHOLD, TOP_UP, score
from curriculum.draft.truth import balance

PER_TEXT = 5
"""At most this many questions from one source reach one theme's module."""


def choose(candidates: list[DraftQuestion]) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Score every candidate; those at or above the threshold, and the rest."""
    for question in candidates:
        try:
            judged = score(question)
        except (ValueError, IndexError, KeyError, AttributeError) as exc:
            # content the checks cannot read is held back and reported, never a crash
            question.score, question.reasons = 0.0, [f"fatal: could not be judged ({exc!r})"]
            continue
        question.score, question.reasons = judged.final, judged.reasons
        question.evidence = judged.evidence
    above = [q for q in candidates if q.score >= THRESHOLD]
    kept = one_per_sentence(above)
    chosen = {id(q) for q in kept}
    return kept, [q for q in candidates if id(q) not in chosen]


def one_per_sentence(questions: list[DraftQuestion]) -> list[DraftQuestion]:
    """One question per sentence: a true/false and a blank on one figure ask it twice.

    The best by score is kept (at equal scores, a choice or blank before a true/false,
    which a guess passes half the time); the others are held back with the reason.
    """
    best: dict[tuple[str, int, int], DraftQuestion] = {}
    for question in sorted(questions, key=_rank):
        best.setdefault(_fact_of(question), question)
    for question in questions:
        winner = best[_fact_of(question)]
        if winner is not question:
            question.reasons.append(f"held back: {winner.qid} asks about the same sentence "
                                    "and ranks higher")
    kept = {id(q) for q in best.values()}
    return [q for q in questions if id(q) in kept]


def _fact_of(q: DraftQuestion) -> tuple[str, int, int]:
    """The sentence, or the item of its inline list that holds the answer ("included A,
    B and C": each item is a fact of its own)."""
    facts = q.analysis.facts.get(q.sentence.index, [])
    for fact in facts:
        if fact.kind == "list" and not q.items:
            for start, end in fact.items:
                if start <= q.key[0] < end:
                    return (q.analysis.source_id, q.sentence.index, start)
    return (q.analysis.source_id, q.sentence.index, -1)


def _rank(q: DraftQuestion) -> tuple[bool, float, int, str]:
    """A figure a rule sets (a duty's time limit, an age, a penalty) and a definition
    first, whatever their score: an officer acts on them, while a body's facts (what an
    acronym stands for, which body does what, what it achieved) only help; then by
    score, a choice or blank before a true/false."""
    return (q.evidence not in FIRST, -q.score, q.qtype == "true_false", q.qid)


def cap(materials: list[ThemeMaterial], per_text: int = PER_TEXT) -> list[DraftQuestion]:
    """At most ``per_text`` questions of one source in one theme, the best by score; the
    rest are held back (returned) with the reason."""
    out: list[DraftQuestion] = []
    for material in materials:
        by_source: dict[str, list[DraftQuestion]] = {}
        for question in material.questions:
            by_source.setdefault(question.analysis.source_id, []).append(question)
        dropped = set()
        for questions in by_source.values():
            for question in sorted(questions, key=_rank)[per_text:]:
                question.reasons.append(
                    f"held back: {per_text} better questions from this source already in "
                    f"the theme {material.theme.id!r}")
                dropped.add(id(question))
                out.append(question)
        material.questions = [q for q in material.questions if id(q) not in dropped]
    return out


def balance_themes(
    materials: list[ThemeMaterial], below: list[DraftQuestion], candidates: list[DraftQuestion]
) -> list[DraftQuestion]:
    """The true/false balance of each theme's module (``truth.balance``). Returns the
    questions below the threshold or held back, now with those swapped out for their
    false twins and without a twin that was held back before and is now in a module."""
    swapped: list[DraftQuestion] = []
    for material in materials:
        material.questions, out = balance(material.questions, candidates)
        swapped += out
    placed = {id(q) for m in materials for q in m.questions}
    return [q for q in below if id(q) not in placed] + swapped


def top_up(
    materials: list[ThemeMaterial],
    below: list[DraftQuestion],
    theme_of: Callable[[DraftQuestion], str | None],
) -> list[DraftQuestion]:
    """A theme with material but no question takes its best few candidates, flagged."""
    left = list(below)
    for material in materials:
        if material.questions or not material.facts:
            continue
        mine = [q for q in left if q.score >= FLOOR and theme_of(q) == material.theme.id]
        best = _one_each(sorted(mine, key=_rank))[:TOP_UP]
        for question in best:
            question.warnings.append(
                f"below the threshold ({question.score:.2f} < {THRESHOLD}), taken so that "
                "this theme has questions: check it"
            )
            left.remove(question)
        material.questions = sorted(best, key=_order)
        if not best:
            theirs = [q for q in left if theme_of(q) == material.theme.id]
            material.note = _why_none(material, theirs)
    return left


def _one_each(ranked: list[DraftQuestion]) -> list[DraftQuestion]:
    """The first of each sentence, as ``one_per_sentence`` keeps above the threshold: a
    top-up must not ask one fact twice (a statement and its blank)."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for question in ranked:
        if _fact_of(question) not in seen:
            seen.add(_fact_of(question))
            out.append(question)
    return out


def _order(q: DraftQuestion) -> tuple[str, int, str]:
    return (q.analysis.source_id, q.sentence.start, q.qid)


def _why_none(material: ThemeMaterial, candidates: list[DraftQuestion]) -> str:
    if not candidates:
        return (
            "No quiz question: none of these sentences holds a fact a rule can ask about "
            "(a figure, a year, a defined acronym, a keyword phrase, a person or a place)."
        )
    best = max(candidates, key=lambda q: (q.score, q.qid))
    return (
        f"No quiz question: {len(candidates)} candidate(s) scored below the threshold; the "
        f"best ({best.qid}, {best.score:.2f}) was held back because: "
        f"{md_escape('; '.join(best.reasons))}. See draft-audit.md."
    )
