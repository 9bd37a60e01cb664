# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind reviews 20 and 21: a theme with material but no question at the threshold
takes no candidate below it (``choosing.explain_empty``): the candidates stay in the audit,
and the module says why it has no question. Every top-up a blind review met was dropped.
Short texts of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_note

_RELEASE = """---
title: Man sentenced for online offences against children
date: 2025-06-12
---

# Man sentenced for online offences against children

A man from Harlow Quay was sentenced on 12 June 2025 to six years' imprisonment for online sexual offences against children.

Examiners also found 2,140 images on the devices; most matched material already known to national databases.
"""


def test_a_candidate_that_points_back_is_no_top_up(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "release.md", _RELEASE)
    assert "prompt: Examiners found" not in modules
    assert "taken so that this theme has questions" not in modules
    assert ("No quiz question: 3 candidate(s) scored below the threshold; the best "
            "(count-b4b3b6f2, 0.55) was held back because: -0.30 points back") in modules
    assert "`count-b4b3b6f2` (count, `sources/release.md` line 10), score 0.55" in audit


_HEARING = """---
title: Record of a hearing on a registered sex offender
date: 2026-03-02
---

# Record of a hearing on a registered sex offender

The magistrates made a prohibition order against the registered sex offender on the day of the hearing.

The order may not be discharged before the end of 5 years from today without the consent of the defendant.
"""


def test_a_thin_theme_takes_no_question_below_the_threshold(tmp_path: Path) -> None:
    """The statement scores 0.50 ("the order" points back, -0.10; "from today", -0.15) and
    has no flaw of 0.20: it used to be the theme's top-up, flagged "taken so that this
    theme has questions". Session 25: it waits in the audit, and the module says why."""
    modules, audit = drafted_note(tmp_path, "hearing.md", _HEARING)
    assert "prompt: The order may not be discharged" not in modules
    assert "taken so that this theme has questions" not in modules
    assert "No quiz question: " in modules
    assert "A theme takes no question below the threshold (0.6)" in modules
    assert "score 0.50: The order may not be discharged" in audit


_MEETING = """---
title: Note of a review meeting on a registered sex offender
date: 2026-05-11
---

# Note of a review meeting on a registered sex offender

The panel looked again at the risk management plan for the registered sex offender during the meeting.

The plan cannot be varied before the end of 3 years from today without the agreement of the offender.
"""


def test_the_audit_says_why_a_drafted_theme_has_no_question(tmp_path: Path) -> None:
    """Session 27: the audit's "Drafts" list said only "0 questions" for a theme whose
    candidates all scored below the threshold; it now gives the module's reason (the best
    candidate, its score and what held it back), next to the candidates an author may
    promote, instead of promoting one."""
    modules, audit = drafted_note(tmp_path, "meeting.md", _MEETING)
    assert "prompt: The plan cannot be varied" not in modules
    drafts = audit.split("## Drafts")[1].split("\n## ")[0]
    assert ("- `sex-offender-management-draft.yaml`: drafted; 2 facts, 0 questions. No quiz "
            "question: 2 candidate(s) scored below the threshold; the best (statement-") in drafts
    assert 'points back: "the plan" says which one elsewhere' in drafts
    assert 'an author can check one under "Candidates below the threshold"' in drafts
    assert "`serious-violent-crimes-draft.yaml`: too little material (not drafted); 0 facts, " \
        "0 questions\n" in drafts
