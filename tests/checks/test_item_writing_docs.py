"""The docs list every item-writing code, and every code has a data-file case."""

from __future__ import annotations

import re
from pathlib import Path

from curriculum.checks.lint import CODES

ROOT = Path(__file__).parents[2]
SILENCE_CODES = {"lint-ignore-reason", "lint-ignore-unknown", "lint-ignore-scope",
                 "lint-ignore-unused"}


def test_docs_list_every_code_in_registry_order() -> None:
    text = (ROOT / "docs" / "item-writing.md").read_text("utf-8")
    listed = re.findall(r"^\| `(item-[a-z-]+)` \|", text, re.MULTILINE)
    assert listed == list(CODES)
    for code in SILENCE_CODES:
        assert f"`{code}`" in text


def test_every_code_has_a_validate_case() -> None:
    expected = "".join(p.read_text("utf-8")
                       for p in (ROOT / "tests" / "validate_cases").glob("*/expected.txt"))
    for code in [*CODES, *SILENCE_CODES]:
        assert f"[{code}]\n" in expected, code


def test_every_rule_has_a_one_line_reason_and_fix() -> None:
    for rule in CODES.values():
        assert rule.why and "\n" not in rule.why and rule.fix and "\n" not in rule.fix
