# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 17: a stem names what it cites. A short name ("the 2022 Act", "the
Code", "the Department") or a bare provision ("Article 9", "Clause 3") is shown by the full
name the document gives it (a name it defines in brackets, the one name of the kind in its
title or text); one the document does not resolve, or resolves to two names, costs the
candidate and says why (``citations.py``). One short text of our own, chosen once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Child witnesses: a briefing for investigators\n\n"
    "This briefing covers the Young Witnesses (Harbourne) Act 2022 (\"the 2022 Act\") and the Harbourne Interview Code.\n\n"
    "Under section 12 of the 2022 Act, a child witness must be offered a live video link at any trial that starts within 18 months of the charge.\n\n"
    "The Code requires the first account of a child victim of sexual abuse to be recorded within 48 hours of the disclosure.\n\n"
    "The Code sets two limits for a child victim of sexual abuse and requires:\n\n"
    "- a joint strategy discussion by police and social care within 24 hours of the referral;\n"
    "- a medical examination of the child within 72 hours of the strategy discussion.\n\n"
    "The Department for Family Safety (the Department) funds every registered intermediary.\n\n"
    "The Department's guidance requires an intermediary to meet the child within 5 days of the referral.\n\n"
    "Harbourne is a party to the Lowmarsh Convention on Child Witnesses.\n\n"
    "Article 9 allows a protective order for a child witness of up to 120 days.\n\n"
    "The Eastfold Sharing Protocol and the Westfold Referral Protocol both apply to child abuse referrals.\n\n"
    "The Protocol requires a referral about a child at risk of sexual abuse to be sent to the police within 3 days.\n\n"
    "The Order requires the police to review a child victim's protective measures within 14 days.\n")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("citations"), _TEXT, matcher)


def _every(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> list[DraftQuestion]:
    return [*drafted[0], *drafted[1]]


@pytest.mark.parametrize(("stem", "phrase", "line"), [
    ("Under section 12 of the Young Witnesses (Harbourne) Act 2022, a child witness must be offered a live video link at any trial that starts within ____ months of the charge.", "the 2022 Act", 3),
    ("The Harbourne Interview Code requires the first account of a child victim of sexual abuse to be recorded within ____ hours of the disclosure.", "The Code", 3),
    ("The Department for Family Safety's guidance requires an intermediary to meet the child within ____ days of the referral.", "The Department", 14),  # named by its name's complement (referents) before citations reads it: the same stem
    ("Article 9 of the Lowmarsh Convention on Child Witnesses allows a protective order for a child witness of up to ____ days.", "Article 9", 18),
    # the lead-in carried in front of a list item is named as well
    ("The Harbourne Interview Code requires a joint strategy discussion by police and social care within ____ hours of the referral.", "The Code", 3),
])
def test_a_short_citation_is_shown_by_the_name_the_document_gives_it(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]], stem: str, phrase: str, line: int) -> None:
    found = [q for q in _every(drafted) if q.prompt == stem]
    assert found, prompts(_every(drafted))
    assert all(f'"{phrase}" named as in line {line}' in q.stem_rule for q in found)


@pytest.mark.parametrize(("stem", "why"), [
    ("The Order requires the police to review a child victim's protective measures within ____ days.",
     '-0.40 cites "The Order" by a short name the document does not resolve (no Order named in full before it): a learner cannot tell which instrument is meant'),
    # a kind the stem check already judges as pointing back is judged once, by it
    ("The Protocol requires a referral about a child at risk of sexual abuse to be sent to the police within ____ days.",
     '-0.40 points back: "The Protocol" names a body or an undertaking by its kind only'),
])
def test_a_citation_the_document_does_not_resolve_costs_the_candidate(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]], stem: str, why: str) -> None:
    kept, below = drafted
    assert stem not in prompts(kept)
    found = [q for q in below if q.prompt == stem]
    assert found, prompts(below)
    assert all(why in q.reasons and sum("-0.40" in r for r in q.reasons) == 1 for q in found), [
        q.reasons for q in found]
