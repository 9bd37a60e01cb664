"""Grading recorded responses follows docs/json-package.md, in both SCORM notations."""

from __future__ import annotations

from typing import Any

import pytest

from curriculum.analysis.grading import grade
from curriculum.package_models import (
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    OrderingItem,
    TrueFalseItem,
)

BASE: dict[str, Any] = {"identifier": "q", "points": 1, "prompt_html": "<p>?</p>"}


def choices(*ids: str) -> list[dict[str, str]]:
    return [{"identifier": i, "html": i} for i in ids]


MULTI = ChoiceItem.model_validate({**BASE, "type": "multiple_choice",
                                   "choices": choices("a", "b", "c", "d"),
                                   "correct_response": ["a", "b", "d"]})
BLANK = FillBlankItem.model_validate({**BASE, "type": "fill_blank",
                                      "correct_response": ["custody", "chain of custody"]})
NUMBER = NumericItem.model_validate({**BASE, "type": "numeric",
                                     "correct_response": {"value": 2.5, "tolerance": 0.5}})
MATCH = MatchingItem.model_validate({**BASE, "type": "matching", "lefts": choices("l1", "l2"),
                                     "rights": choices("r1", "r2"),
                                     "correct_response": [["l1", "r2"], ["l2", "r1"]]})
ORDER = OrderingItem.model_validate({**BASE, "type": "ordering", "choices": choices("a", "b", "c"),
                                     "correct_response": ["c", "a", "b"]})
TF = TrueFalseItem.model_validate({**BASE, "type": "true_false", "correct_response": [False]})


@pytest.mark.parametrize(("item", "raw", "correct"), [
    (MULTI, "d,a,b", True), (MULTI, "a[,]b[,]d", True), (MULTI, "a,b", False),
    (BLANK, "  Custody ", True), (BLANK, "chain   of custody", True), (BLANK, "custodian", False),
    (NUMBER, "2", True), (NUMBER, "3", True), (NUMBER, "2,9", True), (NUMBER, "3.01", False),
    (NUMBER, "two", False),
    (MATCH, "l1.r2,l2.r1", True), (MATCH, "l2[.]r1[,]l1[.]r2", True), (MATCH, "l1.r2", False),
    (ORDER, "c,a,b", True), (ORDER, "c[,]a[,]b", True), (ORDER, "a,b,c", False),
    (TF, "f", True), (TF, "false", True), (TF, "t", False), (TF, "maybe", False),
])
def test_grade(item: Any, raw: str, correct: bool) -> None:
    assert grade(item, raw).correct is correct


def test_empty_is_omitted_and_wrong() -> None:
    graded = grade(MULTI, "  ")
    assert (graded.correct, graded.omitted) == (False, True)
