# ruff: noqa: E501  (the text is kept as sentences so it reads as a source)
"""Issue #9, round 27: a stem opening "Here," or "There," stands for a case or a place the
sentence before gives ("Here, the investigating officer must ..."): it points back like
"Otherwise," (rubric 4; ``stemcheck._LOCATIVE``). "There is ..." is no such opening. A
short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Missing children guidance\n\n"
    "Some children go missing from residential care several times a week.\n\n"
    "Here, the investigating officer must complete a risk assessment within 2 hours.\n\n"
    "There is a duty on every force to record a missing child on the national database within 2 hours.\n")


def test_here_opening_a_stem_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TEXT, matcher)
    assert not any(q.prompt.startswith("Here,") for q in kept), prompts(kept)
    held = [q for q in below if q.prompt.startswith("Here,")]
    assert held, prompts(below)
    assert all('points back: starts "Here,"' in " ".join(q.reasons) for q in held)
    assert not any("starts \"There" in " ".join(q.reasons) for q in kept + below)
