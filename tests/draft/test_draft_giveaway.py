# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, one question of a module giving away another's answer: an acronym another
question asks for is not spelled out in a second stem (review 9a, E2). On a short text of
our own, drafted end to end, with the exact stems."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml
from draft_fixtures import run

from curriculum.draft.giveaway import keep_answers

_TEXT = (
    "# The image review service\n\n"
    "The Harbour Victim Identification Team (HVIT) reviews seized images and videos to identify "
    "and safeguard the children shown in them.\n\n"
    "Victim identification files are checked weekly by the HVIT duty analyst and kept for 7 years.\n"
)


def _questions(project: Path, text: str) -> list[dict[str, Any]]:
    (project / "sources" / "review.md").write_text(text, "utf-8")
    result = run("draft", "sources/review.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    module = yaml.safe_load((project / "drafts" / "child-victim-identification-draft.yaml").read_text("utf-8"))
    return list((module.get("quiz") or {}).get("questions", []))


def test_a_stem_does_not_spell_out_an_acronym_another_question_asks_for(project: Path) -> None:
    prompts = [q["prompt"] for q in _questions(project, _TEXT)]
    assert "The ____ (HVIT) reviews seized images and videos to identify and safeguard the children shown in them." in prompts
    assert "Victim identification files are checked weekly by the HVIT duty analyst and kept for ____ years." in prompts
    assert not [p for p in prompts if "Harbour Victim Identification Team (HVIT) duty" in p]


def test_an_acronym_no_question_asks_for_is_still_spelled_out() -> None:
    asked = SimpleNamespace(rule="acronym", prompt="The ____ (NID) holds graded images.", answers=["National Image Database"], named=[], stem_rule="sentence")
    other = SimpleNamespace(rule="count", prompt="Files are checked by the Harbour Victim Identification Team (HVIT) within ____ days.", answers=["7"], named=[], stem_rule="sentence")
    keep_answers([SimpleNamespace(questions=[asked, other])])  # type: ignore[list-item]
    assert other.prompt == "Files are checked by the Harbour Victim Identification Team (HVIT) within ____ days."
    assert asked.prompt == "The ____ (NID) holds graded images."
