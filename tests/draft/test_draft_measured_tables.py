# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 21 (a liaison post's quarterly report, X 5, 7, 8): a table that
reports what was done over periods ("Q3 2025 | Q4 2025 | Median turnaround Q4") is a return,
not a table of values a rule sets: no cell of it is asked, while a table of limits beside it
still is (``table_values.measured``). Short tables of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft.analysis import analyse
from curriculum.draft.reading import read_source
from curriculum.draft.table_values import measured, table_value_rules
from curriculum.draft.themes import ThemeMatcher

_TEXT = """# Liaison post report, second half of 2025

## Requests handled

| Request type | H1 2025 | H2 2025 | Median turnaround H2 |
|---|---|---|---|
| Preservation requests to providers | 9 | 12 | 3 days |
| Subscriber data requests | 6 | 8 | 14 days |
| Content data requests | 2 | 4 | 90 days |
| Welfare visits | 5 | 3 | 7 days |

## Review frequency for registered offenders abroad

| Risk level | Review of travel notifications |
|---|---|
| Very high | Every 1 month |
| High | Every 3 months |
| Medium | Every 6 months |
| Low | Every 12 months |
"""


def test_a_return_by_period_is_not_asked_and_a_table_of_limits_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "report.md"
    path.write_text(_TEXT, "utf-8")
    questions = table_value_rules(analyse(read_source(path, tmp_path), "t", matcher))
    assert [q.prompt for q in questions] == [
        "For review frequency for registered offenders abroad, where the risk level is very high, the review of travel notifications is ____.",
        "For review frequency for registered offenders abroad, where the risk level is high, the review of travel notifications is ____.",
        "For review frequency for registered offenders abroad, where the risk level is medium, the review of travel notifications is ____.",
        "For review frequency for registered offenders abroad, where the risk level is low, the review of travel notifications is ____.",
    ]


@pytest.mark.parametrize(("header", "found"), [
    ("Median turnaround Q4", True),
    ("Average time to first contact", True),
    ("FY 2024/25", True),
    ("Jan-Mar", True),
    ("Notice before foreign travel", False),
    ("Limit under the 2003 Act", False),
    ("Who may apply", False),
])
def test_what_a_measured_column_is(header: str, found: bool) -> None:
    assert measured(header) is found
