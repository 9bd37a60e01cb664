"""Level tables: grades, priorities and risk levels, one rule per row.

A grading or triage table ("Grade | Meaning | Attendance", "Grade 1 | Immediate threat to
a child | Within 15 minutes") sets one rule per row: what the level means, and the time
its response is due. Its limit cells say "within", so the table-value rule
(``table_values.py``) left them to the duty rule (``table_limits.py``), which has no verb
to make a duty of and drafted a label ("Attendance for Grade 1 (...): within ____."),
held below the threshold. And a row named by a number ("1 | A child is at risk now |
within 4 hours") was no row at all to it: a figure alone says not what the row is.

In a table whose first column names **levels**, both are asked as the table's values:

- the first column names levels when every row's name is a short code ("P1", "A"), the
  column's own word with a code ("Grade 1", "Level B", "Priority 3" under "Grade",
  "Level", "Priority"), or the rows are numbered 1, 2, 3 ... in order, and there are at
  least ``MIN_LEVELS`` of them: a scale the table defines, not a list of tasks;
- a column whose time cells all say "within" (or "no later than") the same way is that
  scale's limits: the word goes into the stem and the options are the other rows'
  times ("For Grade 1 (immediate threat to a child), the attendance is within ____
  (grading)." -> "15 minutes", against "1 hour", "24 hours", "72 hours").
"""

from __future__ import annotations

import re

SCALE_STEM = "table row, a level of a scale"
"""``stem_rule`` of a level table's row: built whole as a table row's statement is, and a rule
of its document (``placement.states_rule``): a grading table sets one rule per row."""
MIN_LEVELS = 3
"""A scale has at least this many levels; two rows are a pair, not a grading."""
_CODE = re.compile(r"^[A-Z]{0,3}\d{0,2}$")
_LEVEL = re.compile(r"^(?P<word>[A-Za-z]+)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b")
_BOUND = re.compile(r"^(?P<bound>within|no later than|not later than)\s+(?P<value>.+)$", re.I)


def is_scale(names: list[str], header: str) -> bool:
    """The first column's row names are the levels of a scale (see the module docstring)."""
    if len(names) < MIN_LEVELS or len(set(names)) != len(names):
        return False
    if all(n.isdigit() for n in names):
        return [int(n) for n in names] == list(range(int(names[0]), int(names[0]) + len(names)))
    if all(_CODE.match(n) and n for n in names):
        return True
    word = header.strip().split()[-1].lower() if header.strip() else ""
    found = [_LEVEL.match(n) for n in names]
    return bool(word) and all(m is not None and m.group("word").lower() == word for m in found)


def bound_of(shown: str) -> tuple[str, str] | None:
    """ "Within 15 minutes" -> ("within", "15 minutes"): a limit cell's bound and its time."""
    found = _BOUND.match(shown.strip())
    if found is None:
        return None
    return found.group("bound").lower(), found.group("value").strip()


def names_itself(name: str, header: str) -> bool:
    """The row's name holds its column's word ("Grade 1" under "Grade"): it is named as
    it stands ("For Grade 1 ..."), not as "the grade is grade 1"."""
    word = header.strip().split()[-1].lower() if header.strip() else ""
    found = _LEVEL.match(name)
    return bool(word) and found is not None and found.group("word").lower() == word
