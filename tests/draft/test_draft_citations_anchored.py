# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 27: a provision cited down to a subdivision ("Article 4(b) defines a
child as ...") is named like a bare one, and a provision the text has already tied to one
instrument ("Article 4 of the Harlow Convention ...") is that instrument's, however many
other instruments of the kind the text names (a convention it supplements): blind review
42, b3, "Article 3(d) defines a child as any person under 18" -> E, "of the Palermo
Protocol" (``citations._anchored``). Short texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Child trafficking: the legal definition\n\n"
    "The definition used by most police forces comes from Article 4 of the Harlow Convention on Child Protection, which supplements the Eastmoor Convention against Organised Crime.\n\n"
    "Article 4(b) defines a child as any person under 18 years of age.\n\n"
    "The trafficking of a child needs no threat or force to be proved in court.\n\n"
    "Under Article 11(2), a victim must be given a recovery period of at least 30 days.\n")

_TWO = (
    "# Child witnesses: two instruments\n\n"
    "The Lowmarsh Convention on Child Witnesses, Article 6, and Article 6 of the Child Witnesses Act 2021 both deal with recorded interviews.\n\n"
    "Harbourne is also a party to the Fenwick Convention on Victims.\n\n"
    "Article 6(2) allows a recorded interview of a child witness to be shown as evidence within 18 months.\n")


def _every(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> list[DraftQuestion]:
    return [*drafted[0], *drafted[1]]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("anchored"), _TEXT, matcher)


def test_a_subdivided_provision_is_named_by_the_instrument_the_text_ties_it_to(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    stem = "Article 4(b) of the Harlow Convention on Child Protection defines a child as any person under ____ years of age."
    found = [q for q in _every(drafted) if q.prompt == stem]
    assert found, prompts(_every(drafted))
    assert all('"Article 4(b)" named as in line 3' in q.stem_rule for q in found)


def test_a_subdivided_provision_the_text_ties_to_nothing_is_left_as_written_and_not_costed(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    stem = "Under Article 11(2), a victim must be given a recovery period of at least 30 days."
    found = [q for q in _every(drafted) if q.prompt == stem]
    assert found, prompts(_every(drafted))
    assert all(not any("short name" in r for r in q.reasons) for q in found)


def test_a_provision_tied_to_two_instruments_is_not_named(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    every = _every(chosen(tmp_path, _TWO, matcher))
    assert not any("named as in line" in q.stem_rule for q in every if "Article 6(2)" in q.prompt), [
        (q.prompt, q.stem_rule) for q in every]
    assert any(q.prompt.startswith("Article 6(2) allows") for q in every), prompts(every)
