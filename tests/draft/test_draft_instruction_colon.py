# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 29 (recall): a reading note or a teaching annotation that points the
reader at a source and then states what it says ("Begin with Rule 4: a report of a
missing child is late after ..."). The statement after the colon, one clause with its own
subject and finite verb, is the fact asked; the instruction in front only tells the
reader where to look, and one provision it names is kept as whose rule it is. A list or
a second instruction after the colon is not cut. Short texts of our own, with the exact
outcome. The provision's word keeps its capital although the notes write "rule" in lower
case elsewhere."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_NOTES = """# Reading notes: missing children

Each rule below is summarised in a single line.

Begin with Rule 4: a report of a missing child is treated as high risk when the child is under 12 years old.

Look at the annex: a missing child is usually found within 48 hours of the report.

Use the checklist: call the family, search the home and alert the patrols within 2 hours.
"""


def test_the_statement_after_an_instructions_colon_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _NOTES, matcher, name="reading-notes.md")
    asked = prompts(kept)
    assert "Under Rule 4, a report of a missing child is treated as high risk when the child is under 12 years old." in asked, asked
    assert "A missing child is usually found within 48 hours of the report." in asked, asked
    assert not [p for p in prompts(kept + below) if p.startswith(("Begin with", "Look at"))], prompts(kept + below)


def test_a_second_instruction_after_the_colon_is_not_cut(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _NOTES, matcher, name="reading-notes.md")
    assert not [p for p in prompts(kept) if "checklist" in p or "call the family" in p.lower()], prompts(kept)
    assert [p for p in prompts(below) if p.startswith("Use the checklist: call the family")], prompts(below)
