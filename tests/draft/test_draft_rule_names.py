# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 14 (tname): a stem never changes the source's meaning by naming. A
rule's generic noun ("the court", "the note") keeps its own words when the text names
more than one thing of its kind, and a status line's words never enter a name ("the In
force"); a name the text makes one referent still names it (``generic.py``); a noun the
text speaks of as one of many after the name ("a dental check") is not named by it
(``referents.earlier_name``). Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

import pytest
from draft_fixtures import candidates, prompts

from curriculum.draft.themes import ThemeMatcher

TWO_COURTS = (
    "# Witness care at the harbour courts\n\n"
    "This guidance applies to the Coastal Court (Family Division) and to the Hill Court when they hear criminal cases.\n\n"
    "## Waiting times\n\n"
    "Except for reasons beyond the court's control, a child witness must be called within 2 hours of arriving at the building.\n"
)
ONE_COURT = (
    "# Witness care at the harbour court\n\n"
    "This guidance applies to the Hill Court when it hears criminal cases.\n\n"
    "## Waiting times\n\n"
    "Except for reasons beyond the court's control, a child witness must be called within 2 hours of arriving at the building.\n"
)
NOTES = (
    "# Harbour Practice Note 2026/04: live links for young witnesses\n\n"
    "This Practice Note replaces Practice Note 2019/02 and should be read with Practice Note 2025/01.\n\n"
    "In this Practice Note:\n\n"
    '"young witness" means a witness who is under 18 years of age on the day of the hearing at which the note is considered.\n'
)
STATUS = (
    "# Recording rules for grooming offences\n\n"
    "Version 2.1 · In force for reports received from 1 May 2026 · Owner: Crime Data Team\n\n"
    "## Time limits\n\n"
    "A report of online grooming must be recorded within 24 hours of the point at which the force has enough information to decide that an offence took place.\n"
    "The team must check each recorded report of grooming within 5 working days.\n"
)

KIND = (
    "# Harbour Dental Check after Placement in Care\n\n"
    "A dental check is offered to every child who enters care.\n\n"
    "## Reports\n\n"
    "The dentist must send a written report to the social worker within 5 working days of the check.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, list[str]]:
    """The stems of every candidate of each text, drafted once."""
    texts = {"two courts": TWO_COURTS, "one court": ONE_COURT, "notes": NOTES, "status": STATUS,
             "kind": KIND}
    return {name: prompts(candidates(tmp_path_factory.mktemp("names"), text, matcher))
            for name, text in texts.items()}


def test_a_rule_s_court_is_not_named_by_one_of_two_courts(drafted: dict[str, list[str]]) -> None:
    found = drafted["two courts"]
    assert "Except for reasons beyond the court's control, a child witness must be called within ____ hours of arriving at the building." in found, found
    assert not any("Hill Court's" in p for p in found), found


def test_a_rule_s_court_is_named_when_the_text_names_one_court(drafted: dict[str, list[str]]) -> None:
    found = drafted["one court"]
    assert "Except for reasons beyond the Hill Court's control, a child witness must be called within ____ hours of arriving at the building." in found, found


def test_a_definition_s_note_is_not_named_by_one_of_several_notes(drafted: dict[str, list[str]]) -> None:
    assert drafted["notes"] == [  # the age is asked too, with ages as options (ages.py)
        '"young witness" means a witness who is under ____ years of age on the day of the hearing at which the note is considered.',
        '"young witness" means a witness who is under 18 years of age on the day of the hearing at which the note is considered.']


def test_a_status_line_s_preposition_opens_no_name(drafted: dict[str, list[str]]) -> None:
    found = drafted["status"]
    assert "A report of online grooming must be recorded within ____ hours of the point at which the force has enough information to decide that an offence took place." in found, found
    assert not any("In force has" in p for p in found), found
    assert "The Crime Data Team must check each recorded report of grooming within ____ working days." in found, found


def test_a_noun_the_text_speaks_of_as_a_kind_is_not_named_by_a_title(drafted: dict[str, list[str]]) -> None:
    """'A dental check is offered to every child' after the title: the rule's 'the check' is
    whichever one the child had, not the title's 'Harbour Dental Check' (blind review 14a, class 1)."""
    found = drafted["kind"]
    assert "The dentist must send a written report to the social worker within ____ working days of the check." in found, found
    assert not any("Harbour Dental Check" in p for p in found), found


AGENCY_AND_OTHERS = (
    "# Asking for a child's return from abroad\n\n"
    "You may apply through the Northmere Return Agency, or directly to the return agency of the country where the child now lives.\n\n"
    "## Delay\n\n"
    "If the court has not decided within 8 weeks, the parent or the return agency may ask for the reasons for the delay.\n"
)
AGENCY_ALONE = (
    "# Asking for a child's return from abroad\n\n"
    "You may apply through the Northmere Return Agency, which answers every letter.\n\n"
    "## Delay\n\n"
    "If the court has not decided within 8 weeks, the parent or the return agency may ask for the reasons for the delay.\n"
)


@pytest.fixture(scope="module")
def agencies(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, list[str]]:
    """The stems of every candidate of the two agency texts, drafted once."""
    texts = {"others": AGENCY_AND_OTHERS, "alone": AGENCY_ALONE}
    return {name: prompts(candidates(tmp_path_factory.mktemp("agency"), text, matcher))
            for name, text in texts.items()}


def test_a_rule_s_agency_is_not_named_when_the_text_tells_of_another_one(agencies: dict[str, list[str]]) -> None:
    """'the return agency of the country where the child now lives' is another agency of the
    kind: naming the rule's 'the return agency' by the one name would change who may ask."""
    found = agencies["others"]
    assert found and not any("Northmere Return Agency" in p for p in found), found


def test_a_rule_s_agency_is_named_when_it_is_the_only_one(agencies: dict[str, list[str]]) -> None:
    found = agencies["alone"]
    assert any("the Northmere Return Agency may ask" in p for p in found), found
