# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the edits a trainer makes to most kept stems, made by the tool (blind reviews
15a C2/C3, 15b class 8): an opening discourse connective is struck (``linking.py``); a
fronted phrase of time, place or condition stays in a trimmed stem (``clauses.qualifies``);
a stem over 40 words loses a second alternative, a relative clause set off by commas and a
bracketed reference (``tighten.py``). One short text of our own, drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, one, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = """# Reporting and travel rules

However, the duty officer must record every report of a missing child within 2 hours.

Otherwise, the supervisor must review the case within 4 hours.

Before travelling abroad for three days or more, a registered offender must notify the date of departure, the destination, the point of arrival and the address where the offender will stay, at least seven days before leaving.

Section 9 of the Child Safety (Westvale) Act 2021 makes it an offence for a person aged 18 or over to meet, or travel with the intention of meeting, a child under 16 after having communicated with the child on at least two earlier occasions, where the person intends to commit a sexual offence.

Under the Harbour Protection Act 2019, which received royal assent on 3 May 2019, every registered offender must give the police the address where the offender will stay abroad and the name of every person travelling with the offender at least 7 days before departure (Article 12).
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("stem-edits"), _TEXT, matcher)


def test_an_opening_connective_is_struck(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    q = one(kept, "The duty officer must record every report of a missing child within ____ hours.")
    assert [o for o, right in q.options if right] == ["2"]
    assert not any(p.startswith("However") for p in prompts(kept + below))


def test_a_condition_opening_the_sentence_is_kept_and_held(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    held = [q for q in below if q.prompt.startswith("Otherwise, the supervisor must review the case within")]
    assert held and not any(p.startswith("Otherwise") for p in prompts(kept))
    assert all('-0.50 points back: starts "Otherwise", the other case of a condition the sentence before sets' in q.reasons for q in held)


def test_a_fronted_condition_stays_in_a_trimmed_stem(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    q = one(kept + below, "Before travelling abroad for three days or more, a registered offender must notify the date of departure, the destination, the point of arrival and the address where the offender will stay, at least ____ days before leaving.")
    assert [o for o, right in q.options if right] == ["seven"]
    assert not any(p.startswith("A registered offender") for p in prompts(kept + below))


def test_a_long_offence_loses_its_second_alternative(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, _ = drafted
    q = one(kept, "Section 9 of the Child Safety (Westvale) Act 2021 makes it an offence for a person aged 18 or over to meet a child under 16 after having communicated with the child on at least two earlier occasions, where the person intends to commit a sexual offence.")
    assert q.truth is True


def test_a_long_rule_loses_its_relative_clause_and_reference(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, _ = drafted
    q = one(kept, "Under the Harbour Protection Act 2019, every registered offender must give the police the address where the offender will stay abroad and the name of every person travelling with the offender at least ____ days before departure.")
    assert [o for o, right in q.options if right] == ["7"]
