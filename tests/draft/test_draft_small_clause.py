"""A plural pronoun that is the subject of a small clause ("The law makes them available")
is the governing verb's object: that verb's subject is no antecedent of it
(``stemcheck._co_argument``)."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, one

from curriculum.draft.themes import ThemeMatcher


def test_them_in_a_small_clause_never_stands_for_the_verb_s_subject(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Witnesses\n\n"
        "Screens, live links and recorded interviews are called special measures. The law makes"
        " them available to all witnesses under 18, as a matter of course.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    asked = one(below, "The law makes them available to all witnesses under 18, as a matter of"
                " course.")
    assert 'points back: "them" is not in the stem' in " ".join(asked.reasons)
    assert not [q for q in kept if "them" in q.prompt]
