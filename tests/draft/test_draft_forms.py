# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 29: a form's own rules for its own people (``forms.py``) and a local
scheme named after an invented place (``invented.invented_scheme``) and a national count the
text declares invented (``invented.invented_count``), on a
short text of our own words."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft import forms, nlp
from curriculum.draft.themes import ThemeMatcher

WORKBOOK = """# Probation Liaison Placement Record: Harbour Exploitation Hub

## 1. Using this record

1.1 A buddy is assigned for at least 10 weeks. The buddy must have at least 2 years on the hub and must not be the trainee's team leader.

1.2 When Section 6 is signed, the team leader passes the record to the hub manager within 3 working days.

1.3 A trainee who fails the quiz may sit it again once after at least 7 days.

## 2. Practice

Officers must refer a child at immediate risk to children's services within 24 hours.

The buddy must report any disclosure by a child to the duty officer within 1 hour.

## 3. Sign-off

| No. | Item | Date | Trainee | Buddy |
|---|---|---|---|---|
| 3.1 | Referral pathways | | | |
| 3.2 | Secure storage | | | |

| Role | Name | Signature | Date |
|---|---|---|---|
| Trainee | | | |
| Buddy (name, role) | ______ | | |
| Team leader | | | |
"""


def test_the_roles_a_form_leaves_blanks_for() -> None:
    """A column whose cells are all empty and a row with nothing after its label name the
    form's own people; a label of what is written ("Date", "Signature") names no one."""
    assert forms.form_roles(WORKBOOK) == frozenset({"trainee", "buddy", "team leader"})


def test_a_table_of_figures_names_no_roles() -> None:
    text = "| Unit | Referrals | Officers |\n|---|---|---|\n| North | 12 | 4 |\n| South | 9 | 3 |\n| Reviewer | | |\n"
    assert forms.form_roles(text) == frozenset({"reviewer"})
    assert forms.form_roles(text.replace("| Reviewer | | |\n", "")) == frozenset()


def test_a_sentence_on_a_forms_own_people_is_held_and_practice_is_not() -> None:
    roles = forms.form_roles(WORKBOOK)
    held = ["The buddy must have at least 2 years on the hub and must not be the trainee's team leader.",
            "When Section 6 is signed, the team leader passes the record to the hub manager within 3 working days.",
            "A trainee who fails the quiz may sit it again once after at least 7 days."]
    kept = ["Officers must refer a child at immediate risk to children's services within 24 hours.",
            "The buddy must report any disclosure by a child to the duty officer within 1 hour."]
    for sentence in held:
        assert forms.own_people(nlp.parse([sentence])[0], roles), sentence
    for sentence in kept:
        assert not forms.own_people(nlp.parse([sentence])[0], roles), sentence
    assert not forms.own_people(nlp.parse([held[0]])[0], frozenset())


def test_the_forms_own_rules_go_below_the_threshold(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, WORKBOOK, matcher)
    own = [q for q in kept + below if any("the form's own rule for its own people" in r for r in q.reasons)]
    assert own and not any(q in kept for q in own)
    assert not any("Officers must refer" in q.prompt for q in own)


TERMS = """# Harbour Safeguarding Forum: Terms of Reference

1. In these Terms of Reference, "standing member" means the person appointed under Rule 4 by each partner body, and "intermediary" means a person approved under section 12 of the Evidence Act 2015.

2. Disagreements go first to the standing members concerned, within 3 working days, and then to the directors, within a further 10 working days.

3. A standing member who learns that a child is at risk must tell the police at once.
"""


def test_a_role_the_document_defines_by_its_own_rule_is_its_own() -> None:
    """ "'standing member' means the person appointed under Rule 4": the forum's own
    office; a person approved under a section of an Act is the law's."""
    roles = forms.defined_roles(TERMS)
    assert roles == frozenset({"standing member"})
    held = "Disagreements go first to the standing members concerned, within 3 working days, and then to the directors, within a further 10 working days."
    kept = "A standing member who learns that a child is at risk must tell the police at once."
    assert forms.own_people(nlp.parse([held])[0], roles) == "standing member"
    assert not forms.own_people(nlp.parse([kept])[0], roles)


def test_a_local_schemes_name_after_an_invented_place_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "the Corvale ____ (CJOS)" where the text invents Corvale: a fictional local
    scheme's name (``invented.invented_scheme``); "INTERPOL's ____ (ICSE)" in the same
    text is a name of the field."""
    text = ("# Release decision\n\nStatutory references are to the laws of the fictional Duchy of Corvale.\n\n"
            "## Supervision\n\nOn release Ms T. will be managed under the Corvale Joint Offender Scheme (CJOS), modelled on arrangements used elsewhere.\n\n"
            "Images found on her devices were checked against INTERPOL's International Child Sexual Exploitation (ICSE) database.\n")
    kept, below = chosen(tmp_path, text, matcher)
    acronyms = {q.answers[0]: q for q in kept + below if q.rule == "acronym"}
    assert "Corvale Joint Offender Scheme" in acronyms, list(acronyms)
    scheme = acronyms["Corvale Joint Offender Scheme"]
    assert scheme not in kept and any("a local scheme called after a place the text invents" in r for r in scheme.reasons)
    icse = acronyms.get("International Child Sexual Exploitation")
    assert icse is not None and not any("the text invents" in r for r in icse.reasons)


def test_a_national_count_the_text_declares_invented_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "its national figures are fictional": what a body of its own recorded in a year is
    a made-up count (``invented.invented_count``); INTERPOL's figure, real by the same
    notice, and a rule in the present are judged as before."""
    text = ("# Evidence session\n\nThe Assembly of Morvania, its witnesses and national figures are fictional; INTERPOL figures are real.\n\n"
            "## Answers\n\nIn 2025 the Morvania Child Protection Office recorded 4,310 referrals, of which 2,115 concerned online abuse.\n\n"
            "INTERPOL issued 2,687 Yellow Notices in 2023.\n")
    kept, below = chosen(tmp_path, text, matcher)
    office = [q for q in kept + below if "4,310" in q.prompt or "Child Protection Office recorded" in q.prompt]
    assert office and not any(q in kept for q in office)
    assert all(any("a national count the text declares invented" in r for r in q.reasons) for q in office)
    notices = [q for q in kept + below if "Yellow Notices" in q.prompt]
    assert notices and not any("declares invented" in r for q in notices for r in q.reasons)
