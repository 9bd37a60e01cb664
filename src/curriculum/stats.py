"""Numbers per module for ``curriculum stats``: what a curriculum lead checks at a glance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

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
        handling=module.handling or "",
        facts=sum(len(s.facts) for s in module.sections),
    )


def curriculum_stats(modules: list[LoadedModule]) -> CurriculumStats:
    """Rows in module order (the loader's sorted file order)."""
    return CurriculumStats([module_stats(m) for m in modules])
