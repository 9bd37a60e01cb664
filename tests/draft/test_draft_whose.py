# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule: a policy's or a system's rule over a generic subject names the
policy or the system, from the document's title (``whose.py``). Each on a short text of our
own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

NOTE = "whose rule: the document's own policy or system, from its title"


def one(questions: list[DraftQuestion], rule: str, start: str) -> DraftQuestion:
    found = [q for q in questions if q.rule == rule and q.prompt.startswith(start)]
    assert len(found) == 1, [(q.rule, q.prompt) for q in questions]
    return found[0]


_POLICY = (
    "---\n"
    'title: "Night Shift Safety Policy: Officers Working Alone"\n'
    'author: "Harrowmere Police"\n'
    "---\n\n"
    "# Night Shift Safety Policy\n\n"
    "## 1. Purpose\n\n"
    "This policy sets out how officers who patrol alone at night are kept safe.\n\n"
    "## 2. Check-in\n\n"
    "Officers on night patrol are required to call the control room every 45 minutes.\n\n"
    "A supervisor must review the check-in log within 2 hours of the end of every shift.\n"
)


def test_a_policys_rule_over_a_generic_subject_names_the_issuers_policy(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _POLICY, matcher)
    count = one(questions, "count", "Under Harrowmere Police's Night Shift Safety Policy, officers on night patrol are required to call the control room every ____ minutes.")
    assert NOTE in count.stem_rule
    statement = one(questions, "count", "Under Harrowmere Police's Night Shift Safety Policy, a supervisor must review the check-in log within ____ hours of the end of every shift.")
    assert NOTE in statement.stem_rule


def test_a_title_naming_a_policy_the_text_is_only_about_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _POLICY.replace("This policy sets out", "The force's guidance sets out")
    questions = candidates(tmp_path, text, matcher)
    count = one(questions, "count", "According to Harrowmere Police, officers on night patrol are required to call the control room every ____ minutes.")
    assert NOTE not in count.stem_rule  # the issuer's lead from the metadata, as before


_SYSTEM = (
    "# LANTERN Evidence Register: Guide for Users\n\n"
    "## About LANTERN\n\n"
    "LANTERN records every exhibit seized by the digital forensics unit. LANTERN is used in "
    "all eight districts, and LANTERN keeps a full history of who opened each record.\n\n"
    "## Access\n\n"
    "Logins are disabled after 30 days without use.\n\n"
    "Exhibit records are checked by a second examiner within 5 working days.\n"
)


def test_a_systems_rule_over_a_generic_subject_names_the_system(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _SYSTEM, matcher)
    count = one(questions, "count", "In LANTERN, exhibit records are checked by a second examiner within ____ working days.")
    assert NOTE in count.stem_rule


def test_a_subject_that_names_its_own_body_is_left_as_it_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _SYSTEM.replace("Exhibit records are checked by", "The Rowan Forensic Service checks exhibit records, with")
    text = text.replace("with a second examiner within 5 working days", "with a second examiner, within 5 working days")
    questions = candidates(tmp_path, text, matcher)
    count = one(questions, "count", "The Rowan Forensic Service checks exhibit records")
    assert NOTE not in count.stem_rule


def test_a_title_that_names_no_system_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _SYSTEM.replace("# LANTERN Evidence Register: Guide for Users", "# Guide for users of the evidence store")
    questions = candidates(tmp_path, text, matcher)
    count = one(questions, "count", "Exhibit records are checked by a second examiner within ____ working days.")
    assert NOTE not in count.stem_rule


# -- a list item under a lead-in that is only a condition keeps the condition -------------------

_ACCESS = (
    "# LANTERN Evidence Register: Guide for Users\n\n"
    "## About LANTERN\n\n"
    "LANTERN records every exhibit seized by the digital forensics unit. LANTERN is used in "
    "all eight districts, and LANTERN keeps a full history of who opened each record.\n\n"
    "## Access\n\n"
    "Before a login is issued:\n\n"
    "- the applicant must have passed an online test within the last 9 months (see the district training plan);\n"
    "- the district manager must approve the application in writing.\n"
)


def test_an_item_under_a_condition_lead_in_keeps_the_condition_and_drops_the_cross_reference(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _ACCESS, matcher)
    count = one(questions, "count", "In LANTERN, before a login is issued, the applicant must have passed an online test within the last ____ months.")
    assert "the list's condition carried from line 9" in count.stem_rule
    assert "cross-reference dropped" in count.stem_rule


def test_an_item_under_a_lead_in_that_is_no_condition_is_left_as_it_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _ACCESS.replace("Before a login is issued:", "The register has two checks for a new login:")
    questions = candidates(tmp_path, text, matcher)
    count = one(questions, "count", "In LANTERN, the applicant must have passed an online test within the last ____ months.")
    assert "condition carried" not in count.stem_rule


_TITLED_AGREEMENT = (
    "---\n"
    'title: "Joint Referral Agreement: Missing Children from Residential Care"\n'
    'author: "Pellworth Constabulary, Public Protection Unit"\n'
    "---\n\n"
    "# Joint Referral Agreement: Missing Children from Residential Care\n\n"
    "## 1. Parties\n\n"
    "This agreement is made between Pellworth Constabulary and Ashcombe Borough Council.\n\n"
    "## 2. Referrals\n\n"
    "Worries about consent must never delay a referral for a child at risk of serious harm.\n\n"
    "A missing child is reported to the other party's duty desk within 2 hours of being found missing.\n\n"
    "## 3. The law\n\n"
    "A registered offender must notify a change of address within 3 days of the move.\n"
)


def test_an_agreements_rule_is_the_agreements_not_its_issuers(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _TITLED_AGREEMENT, matcher)
    count = one(questions, "count", "Under the Joint Referral Agreement, a missing child is reported to the other party's duty desk within ____ hours of being found missing.")
    assert NOTE in count.stem_rule
    statement = one(questions, "false-statement", "Under the Joint Referral Agreement, worries about consent are allowed to delay a referral for a child at risk of serious harm.")
    assert NOTE in statement.stem_rule  # not "According to Pellworth Constabulary, ...": one party
    law = one(questions, "count", "According to Pellworth Constabulary, a registered offender must notify a change of address within ____ days of the move.")
    assert NOTE not in law.stem_rule  # the law the agreement restates binds no party


def test_a_text_about_an_agreement_gives_it_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _TITLED_AGREEMENT.replace("This agreement is made between", "The council's review looked at the work of")
    questions = candidates(tmp_path, text, matcher)
    count = one(questions, "count", "A missing child is reported to the other party's duty desk within ____ hours of being found missing.")
    assert NOTE not in count.stem_rule
    one(questions, "false-statement", "According to Pellworth Constabulary, worries about consent are allowed to delay a referral for a child at risk of serious harm.")
