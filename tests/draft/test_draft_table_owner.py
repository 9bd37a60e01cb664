# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose table: a table's row asked as "Where the priority is P2 ..., the time limit
is ____." names whose rules the table sets, from the document's own policy (``whose.owner``)
or from a heading that names a rule document ("Revised triage policy":
``table_subject.rule_document``); a heading that names a topic adds nothing. Each on a short
text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.reading import read_source
from curriculum.draft.table_values import table_value_rules
from curriculum.draft.themes import ThemeMatcher


def asked(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[str]:
    path = tmp_path / "paper.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return sorted(q.prompt for q in table_value_rules(analysis))


_PAPER = """# Board paper: changes to the helpline

## 4. Revised callback procedure

| Priority | Callback time |
|---|---|
| P1 - Child in danger now | 30 minutes |
| P2 - Child harmed in the past week | 4 hours |
| P3 - Worry about a child | 2 working days |
| P4 - General advice | 5 working days |

The board is asked to approve the procedure.
"""


def test_a_table_under_a_heading_that_names_a_procedure_is_that_procedures(tmp_path: Path, matcher: ThemeMatcher) -> None:
    assert asked(tmp_path, _PAPER, matcher) == [
        "Under the revised callback procedure, where the priority is P1 (child in danger now), the callback time is ____.",
        "Under the revised callback procedure, where the priority is P2 (child harmed in the past week), the callback time is ____.",
        "Under the revised callback procedure, where the priority is P3 (worry about a child), the callback time is ____.",
        "Under the revised callback procedure, where the priority is P4 (general advice), the callback time is ____.",
    ]


def test_a_table_under_a_topic_heading_is_asked_as_before(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _PAPER.replace("## 4. Revised callback procedure", "## 4. How fast we call back")
    assert asked(tmp_path, text, matcher)[0] == "Where the priority is P1 (child in danger now), the callback time is ____."


_POLICY = """---
title: "Helpline Safeguarding Policy"
author: "Marrowby Children's Helpline"
---

# Helpline Safeguarding Policy

This policy sets out how the helpline answers calls about children at risk.

## 4. Callback times

| Priority | Callback time |
|---|---|
| P1 - Child in danger now | 30 minutes |
| P2 - Child harmed in the past week | 4 hours |
| P3 - Worry about a child | 2 working days |
| P4 - General advice | 5 working days |
"""


def test_a_policys_table_names_the_policy(tmp_path: Path, matcher: ThemeMatcher) -> None:
    assert asked(tmp_path, _POLICY, matcher)[0] == (
        "Under the Helpline Safeguarding Policy, where the priority is P1 (child in danger now), the callback time is ____.")
