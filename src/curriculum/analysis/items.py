"""Per-question figures and flags from graded responses (the analysis itself, no I/O).

Flags follow common classroom item-analysis practice: an item answered correctly by more
than 90% of learners tells little (too easy), by fewer than 20% is too hard or miskeyed,
a negative corrected point-biserial means strong learners chose it wrongly more often than
weak ones (check the key and the wording), and a distractor nobody chose does no work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from curriculum.analysis import statistics as st
from curriculum.analysis.grading import Graded

TOO_EASY = 0.9
TOO_HARD = 0.2


@dataclass(frozen=True)
class OptionCount:
    """How many learners chose one option (its text as plain text, not HTML)."""

    id: str
    text: str
    correct: bool
    chosen: int


@dataclass(frozen=True)
class ItemStats:
    """Everything the report says about one question."""

    id: str
    type: str
    points: int
    prompt: str
    presented: int
    correct: int
    omitted: int
    difficulty: float | None
    point_biserial: float | None
    upper_lower: float | None
    options: tuple[OptionCount, ...]
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """An option of a choice or true/false question, for distractor counts."""

    id: str
    text: str
    correct: bool


def item_stats(
    meta: tuple[str, str, int, str],
    choices: tuple[Choice, ...],
    graded: Sequence[Graded | None],
    totals: Sequence[float],
) -> ItemStats:
    """Figures for one question; ``graded[i]`` is learner i's result (None: not presented)."""
    qid, qtype, points, prompt = meta
    seen = [(g, t) for g, t in zip(graded, totals, strict=True) if g is not None]
    scores = [int(g.correct) for g, _ in seen]
    seen_totals = [t for _, t in seen]
    counts = tuple(OptionCount(c.id, c.text, c.correct,
                               sum(1 for g, _ in seen if c.id in g.chosen)) for c in choices)
    difficulty = st.mean(scores) if scores else None
    r_pb = st.corrected_point_biserial(scores, seen_totals, points) if scores else None
    d = st.upper_lower(scores, seen_totals) if scores else None
    stats = ItemStats(qid, qtype, points, prompt, len(seen), sum(scores),
                      sum(1 for g, _ in seen if g.omitted), difficulty, r_pb, d, counts, ())
    return ItemStats(**{**vars(stats), "flags": flags(stats)})


def flags(item: ItemStats) -> tuple[str, ...]:
    """Plain-language warnings about one question (empty when it works as intended)."""
    found: list[str] = []
    if item.difficulty is not None and item.difficulty > TOO_EASY:
        found.append(f"too easy: {item.difficulty:.0%} answered correctly (more than "
                     f"{TOO_EASY:.0%})")
    if item.difficulty is not None and item.difficulty < TOO_HARD:
        found.append(f"too hard: {item.difficulty:.0%} answered correctly (fewer than "
                     f"{TOO_HARD:.0%}); check the key")
    if item.point_biserial is not None and item.point_biserial < 0:
        found.append(f"negative discrimination: corrected point-biserial "
                     f"{item.point_biserial:.2f}; stronger learners got it wrong more often")
    if item.presented:
        for option in item.options:
            if not option.correct and option.chosen == 0:
                found.append(f"distractor {option.id} was chosen by nobody")
    return tuple(found)
