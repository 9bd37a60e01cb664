"""Numeric answers are read by one rule (docs/json-package.md, "Numbers learners type"): the
Python grader here, the player in the browser tests, both from tests/data/numeric-input.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curriculum.analysis.grading import parse_number

CASES = json.loads((Path(__file__).parents[1] / "data" / "numeric-input.json").read_text("utf-8"))


@pytest.mark.parametrize(("typed", "value"), CASES["cases"])
def test_a_typed_number_reads_as_the_table_says(typed: str, value: float | None) -> None:
    assert parse_number(typed) == value
