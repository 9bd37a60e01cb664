"""Choosing what reaches a module: the threshold, and a few questions for thin themes.

Every candidate is scored (``scoring.py``); those at or above ``THRESHOLD`` are kept. A
theme that has cited sentences but no kept question takes up to ``TOP_UP`` of its best
candidates from ``FLOOR`` up, each flagged for the author; with none, its module says why.
"""

from __future__ import annotations

from collections.abc import Callable

from curriculum.draft.clauses import md_escape
from curriculum.draft.modules import ThemeMaterial
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.scoring import FLOOR, THRESHOLD, TOP_UP, score


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
    kept = [q for q in candidates if q.score >= THRESHOLD]
    return kept, [q for q in candidates if q.score < THRESHOLD]


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
        best = sorted(mine, key=lambda q: (-q.score, q.qid))[:TOP_UP]
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
