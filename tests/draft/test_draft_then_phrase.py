# ruff: noqa: E501  (the text is kept as sentences so it reads as a source)
"""Issue #9, round 27: a stem opening on a time the sentence before gives ("By then,")
points back like "Seventeen years later," (blind review 42, a1: E, delete the pointer);
"Since then," in front of a standing rule ("Since then, every force must refer ...") is
dropped like a connective, as the rule holds now whenever it began, and stays in front of
a perfect clause (``linking.SINCE_THEN``, ``stemcheck._THEN``). A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Missing children in Harlow\n\n"
    "The Harlow Missing Persons Bureau was set up in 2015 to coordinate searches for missing children.\n\n"
    "By then, more than 2,000 children were reported missing in Harlow each year.\n\n"
    "Since then, every force in Harlow must refer a missing child to the Bureau within 2 hours.\n\n"
    "Since then, the Bureau has traced more than 900 children abroad.\n")


def test_a_time_the_stem_does_not_show_points_back_unless_a_standing_rule_follows(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TEXT, matcher)
    every = kept + below
    rule = [q for q in kept if q.prompt.startswith("Every force in Harlow must refer a missing child")]
    assert rule, prompts(kept)
    assert all("connective dropped" in q.stem_rule for q in rule)
    assert not any(q.prompt.startswith("By then,") for q in kept), prompts(kept)
    held = [q for q in every if q.prompt.startswith("By then,")]
    assert held, prompts(every)
    assert all("a time the stem does not show" in " ".join(q.reasons) for q in held)
    # a perfect clause counts from the time "since then" gives: the phrase stays
    assert not any(q.prompt.startswith(("The Bureau has", "The Harlow Missing Persons Bureau has"))
                   for q in every), prompts(every)
