"""The session plan: sections, activities and the quiz with their minutes, against the duration.

A trainer plans the day from this table, so it must not mislead: a row
without minutes is shown as missing, and a total that differs from the
module's ``duration`` is stated in words, not left for the trainer to add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from curriculum.models import Module
from curriculum.pdf.catalogue import SOURCE, Strings

Status = Literal["ok", "over", "under", "incomplete"]


@dataclass(frozen=True)
class PlanRow:
    """One line of the plan; ``start`` is the elapsed time when known."""

    kind: Literal["section", "activity", "quiz"]
    title: str
    minutes: int | None
    start: str | None


@dataclass(frozen=True)
class SessionPlan:
    """The rows, their total and whether the total matches the module's duration."""

    rows: tuple[PlanRow, ...]
    planned: int
    duration: int
    missing: int
    status: Status
    messages: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every row has minutes and they add up to the duration."""
        return self.status == "ok"


def session_plan(module: Module, t: Strings | None = None) -> SessionPlan:
    """The plan of ``module``: its sections, their activities, then the quiz."""
    t = t or SOURCE
    items: list[tuple[Literal["section", "activity", "quiz"], str, int | None]] = []
    for section in module.sections:
        items.append(("section", section.title, section.minutes))
        if section.activity:
            items.append(("activity", section.activity.title, section.activity.minutes))
    if module.quiz:
        items.append(("quiz", t.quiz_title(module.quiz.title), module.quiz.minutes))
    rows = _with_start_times(items)
    planned = sum(row.minutes or 0 for row in rows)
    missing = sum(1 for row in rows if row.minutes is None)
    status = _status(planned, module.duration, missing)
    return SessionPlan(rows, planned, module.duration, missing, status,
                       _messages(t, status, planned, module.duration, missing))


def _with_start_times(
    items: list[tuple[Literal["section", "activity", "quiz"], str, int | None]],
) -> tuple[PlanRow, ...]:
    rows = []
    elapsed: int | None = 0
    for kind, title, minutes in items:
        rows.append(PlanRow(kind, title, minutes, _clock(elapsed)))
        elapsed = None if elapsed is None or minutes is None else elapsed + minutes
    return tuple(rows)


def _clock(minutes: int | None) -> str | None:
    return None if minutes is None else f"{minutes // 60}:{minutes % 60:02d}"


def _status(planned: int, duration: int, missing: int) -> Status:
    if planned > duration:
        return "over"
    if missing:
        return "incomplete"
    return "under" if planned < duration else "ok"


def _messages(t: Strings, status: Status, planned: int, duration: int, missing: int
              ) -> tuple[str, ...]:
    out = []
    if status == "ok":
        out.append(t.fmt("plan_ok", duration=duration))
    elif status in ("over", "under"):
        out.append(t.fmt(f"plan_{status}", planned=planned, diff=abs(planned - duration),
                         duration=duration))
    if missing:
        out.append(t.fmt("plan_missing_rows", n=missing, duration=duration, planned=planned))
    return tuple(out)
