# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, what is no word of a step's sentence: a procedure's bracketed tag ("[ACT]",
"[REC]") and an emphasised label whose colon comes before a rule in lower case ("**Time
limit:** no child may ..."), read as the step's label (``items.py``); and a clock time
("22:30"), one moment, never a count (``facts.py``). Short texts of our own, each with the
exact outcome."""

from __future__ import annotations

from pathlib import Path

from test_draft_actors import drafted

from curriculum.draft.themes import ThemeMatcher

STEPS = (
    "# Finding a child alone at an address\n\n"
    "If you are in doubt, you should ask your supervisor.\n\n"
    "## Step 4: Tell the council\n\n"
    "- **[ACT]** Phone the council duty desk. Submit a concern form within 24 hours.\n"
    "- [REC] Note the name of each person you told.\n"
    "- **Time limit:** no child may be kept in a place of safety for more than 72 hours.\n"
)


def test_a_procedure_s_tag_and_a_label_s_colon_are_no_words_of_the_step(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, STEPS, matcher)
    shown = {q.prompt for q in kept + below}
    # the bracketed tag is the step's kind, not a word of its sentence: the item is read as
    # its two instructions, and the reader ("you") is the one who acts
    limit = next(q for q in kept if q.rule == "time-limit")
    assert limit.prompt == "Submit a concern form within ____."
    assert STEPS[limit.quote[0]:limit.quote[1]] == "Submit a concern form within 24 hours."
    # a label's colon before a lower-case sentence ends the label
    assert "No child may be kept in a place of safety for more than 72 hours." in shown
    assert not [p for p in shown if "[ACT]" in p or "[REC]" in p or "Time limit" in p]


def test_a_clock_time_is_one_moment_never_a_count(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Officers reviewed the grading at 22:30 hours and found 3 errors.\n"
    kept, below = drafted(tmp_path, text, matcher)
    counts = [q for q in kept + below if q.rule == "count"]
    # "22:30 hours" is a moment, not 30 hours: only the errors are counted
    assert [q.prompt for q in counts] == ["Officers reviewed the grading at 22:30 hours and found ____ errors."]
