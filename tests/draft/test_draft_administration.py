# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 16: whose rule it is decides whether it is worth asking. A rule of the
publisher's own administration (what its scheme pays an applicant, an appeal against its
own decision, its staff's discipline, its managers' review of its own people) is held with
the actor in the audit; a rule of the work on a case (the police telling a child victim of
the scheme) is still asked (``administration.py``). One short text of our own, chosen
once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import nlp
from curriculum.draft.administration import administration
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Payments for children hurt by abuse: a guide for applicants\n\n"
    "The police must tell every child victim of sexual abuse about the payment scheme within 5 days of the report.\n\n"
    "Medical costs are paid only where the applicant has spent more than 12 nights in hospital.\n\n"
    "If you disagree with the review decision, you may appeal to the benefits tribunal within 60 days of that decision.\n\n"
    "A written warning stays on record for 18 months.\n\n"
    "A trainee who has not passed the second stage within 9 months must be seen by the team manager.\n")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("administration"), _TEXT, matcher)


def _held(q: DraftQuestion, actor: str, what: str) -> bool:
    return (f"not worth asking: the publisher's own administration (actor: {actor}; {what}): "
            "a rule of its own scheme, staff or decisions, not of the work on a case") in q.reasons


def test_case_work_reaches_a_module(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    assert prompts(kept) == [
        "The police must tell every child victim of sexual abuse about the payment scheme within ____ days of the report.",
    ], prompts(below)


@pytest.mark.parametrize(("stem", "actor", "what"), [
    ("Medical costs are paid only where the applicant has spent more than ____ nights in hospital.", "applicant", '"applicant"'),
    ("If you disagree with the review decision, you may appeal to the benefits tribunal within ____ days of that decision.", "applicant", '"you", whom the text is for'),
    ("A written warning stays on record for ____ months.", "the employer", 'its staff\'s discipline ("written warning")'),
    ("A trainee who has not passed the second stage within 9 months must be seen by the team manager.", "manager", 'its own people ("seen by the team manager")'),
])
def test_the_publishers_own_administration_is_held_with_its_actor(
        drafted: tuple[list[DraftQuestion], list[DraftQuestion]], stem: str, actor: str, what: str) -> None:
    _, below = drafted
    found = [q for q in below if q.prompt == stem]
    assert found and all(_held(q, actor, what) for q in found), prompts(below)


@pytest.mark.parametrize(("sentence", "reader", "found"), [
    ("Claimants must send their receipts within 30 days of the award.", "", ("claimant", '"Claimants"')),
    ("You may ask for a review within 14 days.", "a claimant", ("claimant", '"you", whom the text is for')),
    ("You must report a new address within 3 days.", "a relevant offender", None),
    ("You may appeal against the decision within 28 days.", "", ("an appellant", 'an appeal against its own "decision"')),
    ("The offender may appeal against the decision within 28 days.", "", None),
    ("The first appellant was sentenced to 9 years and the second appellant to 6 years.", "", None),
    ("The court must decide within six weeks, or the applicant may ask for the reasons.", "", None),
    ("Every referral must be reviewed by the unit manager within 24 hours.", "", None),
    ("An allegation of misconduct is sent to the standards unit within 2 days.", "", ("the employer", 'its staff\'s discipline ("misconduct")')),
    ("The Child Protection Network keeps an applicant's file for 6 years.", "", ("applicant", '"applicant"')),
    ("The duty inspector must decide within 30 minutes whether to issue a public appeal.", "", None),
])
def test_who_acts_on_the_rule_and_on_what(sentence: str, reader: str, found: tuple[str, str] | None) -> None:
    assert administration(nlp.parse([sentence])[0], reader) == found
