# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, tables whose rows are the rules (blind review 13b, class F): a retention
schedule's substance is a table of record classes, each kept for a period, and it gave no
question: its period column repeats two lengths ("6 years", "10 years"), too few to be
each other's options in a long table; its rows are named by a code ("C2") under "Ref",
which "Where the ref is C2" does not explain; its caption is set under it; and its most
important period is kept "until" an age. A schedule of our own, drafted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft.analysis import analyse
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.table_values import table_value_rules
from curriculum.draft.themes import ThemeMatcher

SCHEDULE = """# Disposal schedule for the missing persons bureau

## 3. Periods

| Ref | Kind of record | Starts from | Retention period | Then |
|---|---|---|---|---|
| M1 | Files on a missing child who was found harmed | Date the child is found | Until the child has reached 25 years of age | Review |
| M2 | Files on a missing adult found safe | Date the case is closed | 2 years | Destroy |
| M3 | Return interview records of a child found safe | Date of the interview | 7 years | Review |
| M4 | Search logs and maps | Date the search ends | 2 years | Destroy |
| M5 | Media appeals and their replies | Date of the appeal | 7 years | Destroy |

**Table 2** - How long the bureau keeps its records.
"""


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> list[DraftQuestion]:
    root = tmp_path_factory.mktemp("schedule")
    path = root / "schedule.md"
    path.write_text(SCHEDULE, "utf-8")
    return table_value_rules(analyse(read_source(path, root), "t", matcher))


def test_a_long_column_of_two_lengths_is_asked_with_the_lengths_people_set(asked: list[DraftQuestion]) -> None:
    """Five rows, two lengths: each row's length is asked with the column's other length
    and the nearest lengths people set; a row named by a code under "Ref" is named by what
    the code stands for, the code after it; the caption under the table says what it is
    about, not the heading's "Periods"."""
    assert [(q.prompt, [o for o, right in q.options if right], len(q.options)) for q in asked[:4]] == [
        ("For files on a missing adult found safe (M2), the retention period is ____.", ["2 years"], 4),
        ("For return interview records of a child found safe (M3), the retention period is ____.", ["7 years"], 4),
        ("For search logs and maps (M4), the retention period is ____.", ["2 years"], 4),
        ("For media appeals and their replies (M5), the retention period is ____.", ["7 years"], 4),
    ]


def test_a_period_kept_until_an_age_asks_the_age(asked: list[DraftQuestion]) -> None:
    """ "Until the child has reached 25 years of age" is no length, but its age is the
    rule's figure: the blank is the age, the options the nearest ages such rules set."""
    assert [(q.prompt, q.options) for q in asked[4:]] == [
        ("For files on a missing child who was found harmed (M1), the retention period is until the child has reached ____ years of age.",
         [("18", False), ("21", False), ("25", True), ("30", False)]),
    ]
    doc = asked[4].analysis.doc
    assert doc.display(*asked[4].key) == "25"


def test_a_row_named_by_a_code_with_nothing_to_explain_it_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A code whose next cell is a length says not what the row is: "Where the ref is
    P1, ..." would leave the learner guessing, so the row is not asked."""
    path = tmp_path / "codes.md"
    path.write_text("## Periods\n\n| Ref | Retention period |\n|---|---|\n| P1 | 2 years |\n"
                    "| P2 | 6 years |\n| P3 | 10 years |\n| P4 | 2 years |\n", "utf-8")
    assert table_value_rules(analyse(read_source(path, tmp_path), "t", matcher)) == []


CHANGES = """# Release 5.0: what changed

## Retention

| Record type | Old retention | New retention |
|---|---|---|
| Media from a closed case | 5 years | 8 years |
| Media of an identified series | 20 years | 30 years |
| Analyst notes | 3 years | 6 years |
| Audit trail of searches | 6 years | 10 years |
"""


def test_a_change_log_s_old_column_is_never_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Old | New: the old value is no longer the rule (blind review 14: a release note's
    superseded retention periods were asked); the new column still is."""
    path = tmp_path / "changes.md"
    path.write_text(CHANGES, "utf-8")
    asked = table_value_rules(analyse(read_source(path, tmp_path), "t", matcher))
    keys = {o for q in asked for o, right in q.options if right}
    assert asked and all("old retention" not in q.prompt.lower() for q in asked), [q.prompt for q in asked]
    assert keys == {"8 years", "30 years", "6 years", "10 years"}, keys
