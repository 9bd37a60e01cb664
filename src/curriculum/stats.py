"""Numbers per module for ``curriculum stats``: what a curriculum lead checks at a glance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from curriculum.checks.lint.options import correct_is_longest
from curriculum.loader import LoadedModule
from curriculum.models import QUESTION_TYPES


@dataclass
class ModuleStats:
    """One row of the stats table."""

    id: str
    theme: str
    duration: int
    sections: int
    scenarios: int
    questions: int
    by_type: Counter[str]
    objectives: int
    objectives_assessed: int
    handling: str
    facts: int
    single_choice: int = 0
    """Well-formed single-choice questions (the base of ``longest_correct``)."""
    longest_correct: int = 0
    """Single-choice questions whose correct option is the longest (item-longest-share)."""

    @property
    def longest_share(self) -> float | None:
        """Share of single-choice questions whose correct option is longest (None if none)."""
        return self.longest_correct / self.single_choice if self.single_choice else None

    @property
    def type_count(self) -> int:
        return len([t for t, n in self.by_type.items() if n])


@dataclass
class CurriculumStats:
    """All rows plus totals."""

    modules: list[ModuleStats] = field(default_factory=list)

    @property
    def total_questions(self) -> int:
        return sum(m.questions for m in self.modules)

    @property
    def total_duration(self) -> int:
        return sum(m.duration for m in self.modules)

    @property
    def by_type(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for row in self.modules:
            total.update(row.by_type)
        return total


def module_stats(loaded: LoadedModule) -> ModuleStats:
    """Count what one module holds."""
    module = loaded.module
    questions = module.quiz.questions if module.quiz else []
    by_type = Counter({t: 0 for t in QUESTION_TYPES})
    by_type.update(q.type for q in questions)
    assessed = {q.objective for q in questions if q.objective}
    longest = [f for f in (correct_is_longest(q) for q in questions) if f is not None]
    return ModuleStats(
        id=module.id,
        theme=module.theme,
        duration=module.duration,
        sections=len(module.sections),
        scenarios=sum(1 for s in module.sections if s.scenario),
        questions=len(questions),
        by_type=by_type,
        objectives=len(module.objectives),
        objectives_assessed=sum(1 for o in module.objectives if o.id in assessed),
        handling=module.handling,
        facts=sum(len(s.facts) for s in module.sections),
        single_choice=len(longest),
        longest_correct=sum(longest),
    )


def curriculum_stats(modules: list[LoadedModule]) -> CurriculumStats:
    """Rows in module order (the loader's sorted file order)."""
    return CurriculumStats([module_stats(m) for m in modules])


SHORT_TYPE_NAMES = {
    "single_choice": "single",
    "multiple_choice": "multi",
    "true_false": "t/f",
    "fill_blank": "blank",
    "numeric": "num",
    "matching": "match",
    "ordering": "order",
    "short_answer": "short",
}


def stats_rows(data: CurriculumStats, *, wide: bool = False) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the table, the total last; ``wide`` adds theme and types."""
    header = ["module", "min", "sections", "questions", "objectives", "handling"]
    if wide:
        header[1:1] = ["theme"]
        header[5:5] = ["types", *(SHORT_TYPE_NAMES[t] for t in QUESTION_TYPES)]
        header[-1:-1] = ["longest"]
    rows = [_row(m, wide) for m in data.modules]
    count = len(data.modules)
    total = ModuleStats(
        id=f"total ({count} module{'' if count == 1 else 's'})",
        theme="",
        duration=data.total_duration,
        sections=sum(m.sections for m in data.modules),
        scenarios=sum(m.scenarios for m in data.modules),
        questions=data.total_questions,
        by_type=data.by_type,
        objectives=sum(m.objectives for m in data.modules),
        objectives_assessed=sum(m.objectives_assessed for m in data.modules),
        handling="",
        facts=sum(m.facts for m in data.modules),
        single_choice=sum(m.single_choice for m in data.modules),
        longest_correct=sum(m.longest_correct for m in data.modules),
    )
    return header, [*rows, _row(total, wide)]


def _row(m: ModuleStats, wide: bool) -> list[str]:
    row = [m.id, str(m.duration), str(m.sections), str(m.questions),
           f"{m.objectives_assessed}/{m.objectives}", m.handling]
    if wide:
        row[1:1] = [m.theme]
        row[5:5] = [str(m.type_count), *(str(m.by_type[t]) for t in QUESTION_TYPES)]
        row[-1:-1] = [longest_cell(m)]
    return row


def longest_cell(m: ModuleStats) -> str:
    """``1/8 12%``: single-choice questions whose correct option is the longest (the lint
    allows 30%, docs/item-writing.md); ``-`` without single-choice questions."""
    if not m.single_choice:
        return "-"
    return f"{m.longest_correct}/{m.single_choice} {round(100 * (m.longest_share or 0))}%"


LONGEST_LIMIT = 0.30


def longest_summary(data: CurriculumStats) -> list[str]:
    """Lines under the 80-column table: the share over all modules, and each module over
    the item-writing limit (the wide table has a column per module)."""
    single = sum(m.single_choice for m in data.modules)
    if not single:
        return []
    longest = sum(m.longest_correct for m in data.modules)
    lines = [f"Longest option correct: {longest}/{single} one-answer questions "
             f"({round(100 * longest / single)}%); per module: --wide"]
    over = [m for m in data.modules if (m.longest_share or 0) > LONGEST_LIMIT]
    lines += [f"  over {LONGEST_LIMIT:.0%}: {longest_cell(m)} {m.id}" for m in over]
    return lines


def stats_json(data: CurriculumStats) -> dict[str, object]:
    """Everything the wide table shows, for scripts."""
    rows = [{**vars(m), "by_type": dict(m.by_type), "longest_share": m.longest_share}
            for m in data.modules]
    return {"modules": rows, "questions": data.total_questions, "minutes": data.total_duration}
