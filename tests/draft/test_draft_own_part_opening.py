# ruff: noqa: E501  (the text is kept as sentences so it reads as a source)
"""Issue #9, round 27: an opening that only points into a part of the document ("As set
out in paragraph 4.3,", "Under paragraph 12,") is where the text says it, not part of the
claim, and is dropped like a connective (blind review 40, a1: E, drop "as set out in Part
F"; ``linking.OWN_PART``); a provision of a law ("Under section 5,") is not. A short text
of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Guidance on missing children\n\n"
    "Under paragraph 12, officers must review the risk assessment of a missing child every 8 hours.\n\n"
    "As set out in paragraph 4.3, a return interview must be offered within 72 hours.\n\n"
    "Under section 5, a missing child must be recorded on the national database within 2 hours.\n")


def test_an_opening_pointing_into_the_document_is_dropped(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TEXT, matcher)
    every = kept + below
    for stem in ("Officers must review the risk assessment of a missing child every ____ hours.",
                 "A return interview must be offered within ____ hours."):
        found = [q for q in every if q.prompt == stem]
        assert found, prompts(every)
        assert all("connective dropped" in q.stem_rule for q in found)
    assert not any(q.prompt.startswith("A missing child must be recorded") for q in every), prompts(every)
