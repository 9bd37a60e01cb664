"""Case identifiers and case descriptions stay out of modules (content brief, section 6.2;
``identifiers.py``, ``case_records.py``): drafted from an alert about one missing child, the
module keeps the general rules and no sentence with a passport number, a vehicle
registration or a crime number, and nothing of the child's description, health or last
sighting; the audit says why each was left out. A document symbol alone ("GA-2019-RES-07")
is no identifier, and "record when the child was last seen" is no case."""

from __future__ import annotations

import pytest
from draft_fixtures import drafted_note

from curriculum.draft.case_records import last_seen, person_records
from curriculum.draft.identifiers import holds_identifier

ALERT = """# Missing child alert: guidance and example

A missing child alert must be sent to every border post within 2 hours of the decision.

The child travels on passport number QZ4410927, issued last spring.

The car is a blue hatchback, registration KT-5512-BN, seen leaving the ferry port.

The crime number for the report is CR-2026-004417 and all updates quote it.

An alert is cancelled within 1 hour of the child being found safe.

Name: Tilly Brannock
Age: 9
Height: 130 cm
Clothing: red raincoat and green boots

Tilly Brannock was last seen at 16:40 on 3 May near the bus station.

Tilly has asthma and carries a blue inhaler in her bag.

FATHER DROVE AWAY WITH THE CHILD IN A SILVER VAN AFTER SCHOOL.
"""
CASE = ("16:40", "blue inhaler", "SILVER VAN")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The written modules (all themes, one string) and the audit, drafted once."""
    return drafted_note(tmp_path_factory.mktemp("identifiers"), "alert.md", ALERT)


def test_no_identifier_reaches_a_module(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    for code in ("QZ4410927", "KT-5512-BN", "CR-2026-004417"):
        assert code not in modules
    assert "sent to every border post within 2 hours of the decision" in modules  # the rule stays


def test_the_audit_says_why_each_was_left_out(drafted: tuple[str, str]) -> None:
    _, audit = drafted
    for code in ("QZ4410927", "KT-5512-BN", "CR-2026-004417"):
        line = next(line for line in audit.splitlines() if code in line)
        assert "holds a case identifier" in line


@pytest.mark.parametrize(("text", "held"), [
    ("Resolution GA-2019-RES-07 urges members to share series within 30 days.", False),
    ("Directive 2011/93/EU defines a child as any person below the age of 18.", False),
    ("Section 15A applies to Form SON1 and to registration of a new address.", False),
    ("Her date of birth and the PNC ID 25KM00731 are on file.", True),
    ("The file's SHA-256 value is " + "3f" * 32 + ".", True),
])
def test_what_counts_as_an_identifier(text: str, held: bool) -> None:
    assert holds_identifier(text) is held



def test_no_case_description_reaches_a_module(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    assert "red raincoat" not in modules
    for detail in CASE:
        assert detail not in modules
        line = next(line for line in audit.splitlines() if detail in line)
        assert "describes one person's case" in line


@pytest.mark.parametrize(("text", "held"), [
    ("Record the time the child was last seen and who saw the child.", False),
    ("A child last seen more than 24 hours ago is graded high risk.", False),
    ("The boy was last seen on 12 June at the station.", True),
    ("LAST SEEN 2215 LT NEAR THE HARBOUR.", True),
])
def test_what_counts_as_a_last_sighting(text: str, held: bool) -> None:
    assert last_seen(text) is held


def test_a_person_record_is_a_block_of_description_fields() -> None:
    text = ("Report\n\nSUBJECT 2\n  SURNAME:  VOSS\n  HAIR:     FAIR, SHORT\n"
            "  EYES:     GREEN\n  NOTE:     WEARS GLASSES\n\nName: the applicant's name\n")
    record = person_records(text)
    assert record.lines == {4, 5, 6, 7}  # from the first field to the block's end
    assert record.names == {"voss"}
    assert not person_records("Name: Ann Lee\nDate: 3 May\nSubject: grading\n").lines
