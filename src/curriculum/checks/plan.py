"""The session plan adds up: section, activity and quiz minutes against ``duration``.

The trainer edition prints the plan, but an author should not have to build PDFs to
learn that the minutes say 20 while the module says 60. Modules that give no minutes
at all are not planned yet and pass quietly.
"""

from __future__ import annotations

from collections.abc import Iterator

from curriculum.checks.context import CheckContext, at_value
from curriculum.diagnostics import Diagnostic
from curriculum.pdf.plan import session_plan


def check_minutes_add_up(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A warning at ``duration`` when the planned minutes differ from it."""
    for loaded in ctx.modules():
        plan = session_plan(loaded.module)
        if plan.ok or plan.missing == len(plan.rows):
            continue
        missing = ""
        if plan.missing:
            rows = "part has" if plan.missing == 1 else "parts have"
            missing = f" ({plan.missing} {rows} no minutes)"
        message = (
            f"the sections, activities and quiz plan {plan.planned} of the module's "
            f"{plan.duration} minutes{missing}; make the minutes add up to the duration"
        )
        yield at_value(loaded.source_map, ("duration",), message, "minutes-mismatch", warn=True)
