# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind reviews 20 and 21: a theme with material but no question at the threshold
takes only candidates with no flaw as its top-up (``choosing._flawed``): one that points back
to a sentence it does not show is left in the audit, and the module says why it has no
question. A short text of our own."""

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
