# ruff: noqa: E501  (the text is kept as sentences so it reads as a source)
"""Issue #9, round 27: a phrase inside the sentence that only points into a part of the
document (", as set out in Part F."), set off by commas, is struck from the stem (blind
review 40, a1: E, drop "as set out in Part F"; ``tighten.unpointed_within``), unless the
parser hangs a kept word on it (the stem would read as cut inside a clause), and never a
law's provision (", under section 5 of the ... Act"). A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Evidence in online abuse cases\n\n"
    "Evidence must be preserved, as set out in paragraph 7, within 24 hours of the referral.\n\n"
    "Officers should seek evidence through mutual legal assistance within 30 days, as set out in Part F.\n\n"
    "Every referral must be logged within 2 hours, under section 5 of the Westmarch Child Safety Act 2024.\n")


def test_a_pointer_into_the_document_inside_the_sentence_is_struck(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TEXT, matcher)
    every = kept + below
    found = [q for q in kept if q.prompt == "Officers should seek evidence through mutual legal assistance within ____ days."]
    assert found, prompts(kept)
    assert all("pointer into the document struck" in q.stem_rule for q in found)
    # the parser hangs "within 24 hours" on "set": the sentence stays whole, and asked
    assert any(q.prompt.startswith("Evidence must be preserved, as set out in paragraph 7,") for q in kept), prompts(kept)
    assert any(q.prompt.endswith("under section 5 of the Westmarch Child Safety Act 2024.") for q in every), prompts(every)
