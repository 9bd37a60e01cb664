# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 15: a stem whose meaning rests on provisions it does not quote ("the
changes made by section 1 ... section 7(2) of the principal Act") is held with the
references named; a rule that cites one provision, or cites a named Act, is still asked
(``crossrefs.py``). One short text of our own, chosen once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import nlp
from curriculum.draft.crossrefs import bare_references
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Child Protection (Amendment) Act 2027\n\n"
    "1. A person aged 18 or over who arranges to meet a child under 16 after online sexual contact commits an offence and is liable to imprisonment for up to 10 years.\n\n"
    "2. The changes made by section 1 apply to a registered sex offender who is on the register on the day that section comes into force, and such an offender must make the notification required by section 7(2) of the principal Act within 21 days of that day.\n\n"
    "3. A registered sex offender who fails to comply with section 9 commits an offence and is liable to imprisonment for up to 5 years.\n")
_HELD = ('not worth asking: the stem rests on provisions it does not quote ("section 1", "section 7(2)", '
         '"the principal Act"): a trainee cannot tell what rule is meant')


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("crossrefs"), _TEXT, matcher)


def test_a_transitional_rule_by_reference_is_held(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    by_reference = [q for q in kept + below if q.prompt.startswith("Under the Child Protection (Amendment) Act 2027, the changes made by section 1")]
    assert len(by_reference) == 2 and all(_HELD in q.reasons and q not in kept for q in by_reference)


def test_the_rules_stated_in_their_stems_are_still_asked(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, _ = drafted
    assert prompts(kept) == [
        "Under the Child Protection (Amendment) Act 2027, a person aged 18 or over who arranges to meet a child under 16 after online sexual contact commits an offence and is liable to imprisonment for up to 10 years.",
        "Under the Child Protection (Amendment) Act 2027, a registered sex offender who fails to comply with section 9 commits an offence and is liable to imprisonment for up to 5 years.",
    ]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Breaching the order is an offence under section 12 of the Crime Act 2019.", []),
    ("Failing to notify is punishable by up to 2 years' imprisonment (section 30).", []),
    ("An offence under paragraph (b) of subsection (2) carries 3 years.", ["paragraph (b)"]),
    ("A person guilty of an offence under this section is liable to a fine.", ["this section"]),
])
def test_which_references_are_bare(sentence: str, found: list[str]) -> None:
    assert bare_references(list(nlp.parse([sentence])[0])) == found
