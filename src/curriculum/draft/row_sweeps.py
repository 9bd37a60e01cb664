"""Rows of one table that would give each other away in a module.

A table's rows are asked one question each, and a column's other values are a row's
natural options (``table_values.py``). When several rows of one table reach a module,
they share one option set: with ``draw: 5`` they appear together and the last is answered
by elimination, and the table fills the text's per-theme cap ahead of its prose rules
(blind review 14, class 3: four rows of "Type of report | Target time to first action"
took four of five places). Two remedies, both local to a table's rows:

- ``spread``: the cap's order takes the first question of every section of the text (a
  table counts as one section) before a table's second row, so the prose rules of the
  other sections come first; a table alone in the text still gives all its rows.
- ``redraw``: when more than one row of a table is in a module, a row's wrong options are
  drawn around its own answer from the ladders of limits people set (15 minutes: 10, 20,
  30 minutes), never another of those rows' answers.
"""

from __future__ import annotations

import re

from curriculum.draft.distractors import numbers_in
from curriculum.draft.modules import ThemeMaterial
from curriculum.draft.procedures import row_ladder
from curriculum.draft.questions import DraftQuestion

_LENGTH = re.compile(
    r"^(?P<lead>(?:up to|at least|at most|within|every|once every)\s+)?(?P<n>\d{1,3})\s+"
    r"(?P<unit>(?:(?:working|calendar|clear|business)\s+)?"
    r"(?:minute|hour|day|week|month|year)s?)$", re.I)
"""An option that is a length and nothing else, with the word that bounds it."""
_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200,
            "year": 525600}


def _table(q: DraftQuestion) -> tuple[str, str, tuple[str, ...]] | None:
    """Which table a question's row belongs to: its source, heading and column headers;
    None for a question on anything but a table row."""
    block = q.sentence.block
    if q.sentence.kind != "row" or block is None or not block.cells:
        return None
    return (q.analysis.source_id, q.sentence.heading, tuple(c.header for c in block.cells))


def _section(q: DraftQuestion) -> tuple[str, ...]:
    table = _table(q)
    return ("table", *table[1:2], *table[2]) if table else ("section", q.sentence.heading)


def spread(ranked: list[DraftQuestion]) -> list[DraftQuestion]:
    """``ranked`` (one source's questions in one theme, best first) with a table's second
    and later rows moved after the first question of every other section."""
    seen: set[tuple[str, ...]] = set()
    later: list[DraftQuestion] = []
    first: list[DraftQuestion] = []
    last_first = -1
    for question in ranked:
        section = _section(question)
        if section in seen and section[0] == "table":
            later.append(question)
            continue
        if section not in seen:
            seen.add(section)
            last_first = len(first)
        first.append(question)
    at = last_first + 1
    return first[:at] + later + first[at:]


def redraw(materials: list[ThemeMaterial]) -> None:
    """In each module, the rows of one table that are asked together get wrong options
    around their own answers, none of them another asked row's answer (see above)."""
    for material in materials:
        tables: dict[tuple[str, str, tuple[str, ...]], list[DraftQuestion]] = {}
        for question in material.questions:
            table = _table(question)
            if table is not None and question.qtype == "single_choice" and question.options:
                tables.setdefault(table, []).append(question)
        for rows in tables.values():
            if len(rows) < 2:
                continue
            for question in rows:
                _redraw(question, [_answer(r) for r in rows if r is not question])


def _answer(q: DraftQuestion) -> str:
    return next((text for text, right in q.options if right), "")


def _minutes(text: str) -> float | None:
    found = _LENGTH.match(text.strip())
    if found is None:
        return None
    unit = found.group("unit").split()[-1].lower().rstrip("s")
    return float(found.group("n")) * _MINUTES[unit]


def _redraw(question: DraftQuestion, others: list[str]) -> None:
    """Wrong options from the ladder around the answer; left as they are when the answer
    is no plain length ("Indefinite", "the same day") or the ladder gives too few."""
    answer = _answer(question)
    found = _LENGTH.match(answer.strip())
    if found is None:
        return
    taken = {m for m in map(_minutes, others) if m is not None}
    scale = _MINUTES[found.group("unit").split()[-1].lower().rstrip("s")]
    doc, sentence = question.analysis.doc, question.sentence
    forbidden = {m / scale for m in taken} | numbers_in(doc.display(sentence.start, sentence.end))
    wrong = [w for w in row_ladder(found.group("n"), found.group("unit"), forbidden)
             if _minutes(w) not in taken]
    wrong = [f"{found.group('lead') or ''}{w}" for w in wrong]
    if len(wrong) < len(question.options) - 1 or len(wrong) < 3:
        return
    wrong = wrong[: len(question.options) - 1]
    options = sorted([answer, *wrong], key=lambda o: _minutes(o) or 0.0)
    question.options = [(o, o == answer) for o in options]
