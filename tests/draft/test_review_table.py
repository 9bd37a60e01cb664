# ruff: noqa: E501  (verdict rows and audit lines are kept whole, as the files hold them)
"""Session 27: ``bench/review_table.py`` joins blind verdict rows to a drafted tree, so the gate
and the ranking are tuned on reviewed questions (rows gained and lost by verdict), not on
examples. Rows and drafts of our own words."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("review_table", REPO / "bench" / "review_table.py")
assert _SPEC is not None and _SPEC.loader is not None
table = importlib.util.module_from_spec(_SPEC)
sys.modules["review_table"] = table
_SPEC.loader.exec_module(table)

_ROWS = [
    "stop31:\t> | a2 | `count-0a1b2c3d` | \"Wardens must log each visit within ____ hours.\" -> 12 | E | name the service |\n",
    "stop30:\t> | part | texts | module qs | K | E | X | keep-or-edit | before |\n",
    "stop21:\t> | ferry notice (txt) | X | 7: a venue | The ferry leaves the quay at ____ each morning -> 0640 |\n",
]

_MODULE = """# yaml-language-server: $schema=../schemas/module.schema.json
id: serious-violent-crimes-draft
theme: serious-violent-crimes
quiz:
  questions:
    # draft rule count, from sources/a2.md line 4; stem: sentence
    # score 0.85: +0.10 operational figure (hour)
    - id: count-0a1b2c3d
      type: single_choice
      prompt: Wardens must log each visit within ____ hours.
      options:
        - text: '6'
        - text: '12'
          correct: true
"""

_AUDIT = """## Candidates below the threshold

- `count-9f8e7d6c` (count, `sources/b1.txt` line 3), score 0.45: The ferry leaves the quay at \\_\\_\\_\\_ each morning. **Answer:** 0640 **Why:** not worth asking: a place where something happened
"""


def _tree(root: Path) -> Path:
    for name, files in (("a2.md", {"serious-violent-crimes-draft.yaml": _MODULE}),
                        ("b1.txt", {"draft-audit.md": _AUDIT})):
        drafts = root / "held-out-5" / name / "drafts"
        drafts.mkdir(parents=True)
        for file, text in files.items():
            (drafts / file).write_text(text, "utf-8")
    return root


def test_rows_in_both_layouts_are_read_and_header_rows_skipped() -> None:
    rows = table.read_rows(_ROWS)
    assert [(r.stop, r.qid, r.verdict, r.key) for r in rows] == [
        (31, "count-0a1b2c3d", "E", "12"), (21, "", "X", "0640")]
    assert rows[1].stem == "The ferry leaves the quay at ____ each morning"


def test_a_row_is_found_by_id_or_by_stem_with_its_score_and_reasons(tmp_path: Path) -> None:
    tree = table.read_tree(_tree(tmp_path))
    by_id: dict[str, list[object]] = {}
    for cand in tree:
        by_id.setdefault(cand.qid, []).append(cand)
    first, second = table.read_rows(_ROWS)
    module, how = table.find(first, tree, by_id)
    assert how == "id" and module.where == "module" and module.score == 0.85
    assert module.reasons == "+0.10 operational figure (hour)" and module.key == "6 | *12"
    below, how = table.find(second, tree, by_id)
    assert how.startswith("stem") and below.where == "below" and below.score == 0.45
    assert table.reason_classes(below.reasons) == {"not worth asking"}


def test_a_round_before_the_held_out_sets_is_found_by_id_only() -> None:
    """Stop 7 reviewed a text outside the corpus: a stem match would pick the same facts in
    another text (a later text may quote the same meeting), so only its ids count."""
    assert table.sets_of(7) == set()
    assert table.sets_of(21) == {"held-out-5"}
