# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 14 (tname): a prohibition's false twin by "may" only when the rule is
absolute. A twin whose paragraph qualifies the rule on the same matter is held
(``twins.py``); a negative quantifier never flips ("neither area", ``prohibitions.py``);
a pair counted by "both"/"neither"/"either" points back unless the stem names the kind
(``quantified.py``). Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

QUALIFIED = (
    "# Care of young witnesses\n\n"
    "A young witness should not be kept waiting in the public corridor. Except where no room is free, a young witness must wait in a separate room.\n"
)
ANOTHER_MATTER = (
    "# Care of young witnesses\n\n"
    "A young witness should not be kept waiting in the public corridor. Ushers may open the side door only when the judge has risen.\n"
)
NEITHER = (
    "# Moving a registered offender between areas\n\n"
    "The old area keeps the case until the new area accepts it. The case must not be left with neither area.\n"
)
PAIRS = (
    "# Moving a registered offender between areas\n\n"
    "The transfer plan must be sent to both agencies within 5 working days of the move.\n\n"
    "A copy of the plan must be given to either parent within 10 days of the move.\n"
)

Drafted = tuple[list[DraftQuestion], list[DraftQuestion]]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, Drafted]:
    """Each text's kept and held-back candidates, drafted once."""
    texts = {"qualified": QUALIFIED, "another matter": ANOTHER_MATTER, "neither": NEITHER,
             "pairs": PAIRS}
    return {name: chosen(tmp_path_factory.mktemp("twins"), text, matcher)
            for name, text in texts.items()}


def test_a_twin_whose_paragraph_qualifies_the_rule_is_held(drafted: dict[str, Drafted]) -> None:
    kept, below = drafted["qualified"]
    assert not [q.prompt for q in kept if q.qtype == "true_false"]
    twin = [q for q in below if q.prompt == "A young witness may be kept waiting in the public corridor."]
    assert len(twin) == 1 and twin[0].truth is False and twin[0].score == 0.0
    assert ('fatal: the rule is qualified in its paragraph (line 3: "Except where no room is free, a young '
            'witness must wait in ..."): its false twin may be read as allowed, so False is arguable') in twin[0].reasons


def test_a_twin_beside_a_condition_on_another_matter_stays(drafted: dict[str, Drafted]) -> None:
    kept, _ = drafted["another matter"]
    assert [(q.prompt, q.truth) for q in kept] == [
        ("A young witness may be kept waiting in the public corridor.", False)]


def test_a_negative_quantifier_never_flips(drafted: dict[str, Drafted]) -> None:
    kept, below = drafted["neither"]
    assert not [q.prompt for q in kept + below if "neither" in q.prompt]


def test_a_pair_counted_by_both_points_back_and_a_known_pair_does_not(drafted: dict[str, Drafted]) -> None:
    kept, below = drafted["pairs"]
    assert [q.prompt for q in kept] == ["A copy of the plan must be given to either parent within ____ days of the move."]
    held = [q for q in below if q.prompt == "The transfer plan must be sent to both agencies within ____ working days of the move."]
    assert len(held) == 1
    assert '-0.50 points back: "both agencies" counts two things named before the stem, which it does not show' in held[0].reasons

