# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13: a grading or triage table sets one rule per row.

"Band 2 | Harm likely but not imminent | Within 2 hours" under "Band | Meaning | Visit"
is asked with "within" in the stem and the other bands' times as options; a scale
numbered 1, 2, 3 names its rows by their meaning. A table of tasks whose limits say
"within" stays with the duty rule, and limits said two ways give no question. Each on a
short text of our own words."""

from __future__ import annotations

import re
from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.table_values import table_value_rules
from curriculum.draft.themes import ThemeMatcher

BANDS = (
    "# School liaison procedure\n\n## Visit bands for welfare calls\n\n"
    "| Band | Meaning | Visit |\n|---|---|---|\n"
    "| Band 1 | A pupil is in danger now | Within 20 minutes |\n"
    "| Band 2 | Harm likely but not imminent | Within 2 hours |\n"
    "| Band 3 | Concern with no harm expected | Within 3 days |\n"
    "| Band 4 | Information only | Within 14 days |\n"
)


def asked(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    """The table-value questions of ``text`` read as a Markdown source."""
    path = tmp_path / "bands.md"
    path.write_text(text, "utf-8")
    return table_value_rules(analyse(read_source(path, tmp_path), "t", matcher))


def test_a_level_tables_limits_are_asked_with_within_in_the_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = asked(tmp_path, BANDS, matcher)
    q = next(q for q in questions if "Band 2" in q.prompt)
    assert q.prompt == "For Band 2 (harm likely but not imminent), the visit is within ____."
    assert q.options == [("20 minutes", False), ("2 hours", True), ("3 days", False), ("14 days", False)]
    assert len(questions) == 4


def test_a_scale_numbered_in_order_names_each_row_by_its_meaning(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = re.sub(r"\| Band (\d)", r"| \1", BANDS)
    q = next(q for q in asked(tmp_path, text, matcher) if "3 days" in [o for o, ok in q.options if ok])
    assert q.prompt == "Where the band is 3 (concern with no harm expected), the visit is within ____."


def test_a_task_table_with_within_limits_is_left_to_the_duty_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Steps after a welfare call\n\n"
        "| Task | Limit |\n|---|---|\n"
        "| Phone the school | Within 20 minutes |\n"
        "| Write the note | Within 2 hours |\n"
        "| Tell the family | Within 3 days |\n"
        "| Close the file | Within 14 days |\n"
    )
    assert asked(tmp_path, text, matcher) == []


def test_limits_said_two_ways_give_no_question(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = BANDS.replace("Within 2 hours", "2 hours")
    assert asked(tmp_path, text, matcher) == []
