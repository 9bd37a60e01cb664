# ruff: noqa: E501  (the text is kept as sentences so it reads as a source)
"""Issue #9, round 27: "Failure to notify is an offence (maximum 2 years)" lifted from a
tab whose rule the sentences above give is a subject with nothing acted on (notify what,
and who must?): blind review 42, a6, X (rubric 4, "no subject"). A noun of failing or
refusing whose infinitive acts on nothing points back like the gerund "Failing to comply"
(``stemcheck._elided``); one that says what ("Failure to notify a trip abroad") does not.
A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Travel notification in Westreach\n\n"
    "Registered offenders in Westreach must notify the police of any trip abroad at least 7 days before they leave.\n\n"
    "Failure to notify is an offence (maximum 3 years).\n\n"
    "Refusal to register carries a fine of up to 900 crowns.\n\n"
    "Failure to notify a trip abroad is an offence punishable by up to 3 years' imprisonment.\n")


def test_a_failure_with_nothing_acted_on_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TEXT, matcher)
    for start in ("Failure to notify is", "Refusal to register"):
        assert not any(q.prompt.startswith(start) for q in kept), prompts(kept)
        held = [q for q in below if q.prompt.startswith(start)]
        assert held, prompts(below)
        assert all(any("does not say to what" in r for r in q.reasons) for q in held)
    assert any(q.prompt.startswith("Failure to notify a trip abroad") for q in kept), prompts(kept)
