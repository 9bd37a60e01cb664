# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 17: a form's or a record's "Label: value" lines are no glossary
(``records.py``; rubric 5, blind review 16). A label that heads lines of several blocks
with other values is a slot of the form, and a run of entries beside a field line (a
date, a reference, a row of fields) is a record's block: neither is asked as 'Which term
is defined as ...?', and the audit says why. A real glossary in the same text is still
asked. A question on a field of such a block whose value holds a year is held as the
record's own schedule, and so is a sentence under a plan's own "Reporting" heading that
names no party of a case (``administration.py``). One short text of our own, drafted
once through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import drafted_note

_TEXT = (
    "# Harbour County safeguarding partnership: delivery plan and terms\n\n"
    "This plan sets out the work of the partnership on child exploitation for the coming year.\n\n"
    "## Work strand 1: missing children\n\n"
    "- Partners: the county council, the police and two charities working with young runaways\n"
    "- Outputs: a shared return interview form used by every agency in the county\n"
    "- Measures: number of return interviews held within three days of the child coming back\n"
    "- Timescale: form agreed by the spring meeting and in use before the summer holidays\n\n"
    "## Work strand 2: exploitation in hotels\n\n"
    "- **Partners:** the police licensing team and the hotel owners of the coastal towns\n"
    "- **Outputs:** a short awareness session for night staff at every hotel in the county\n"
    "- **Measures:** number of hotels whose night staff have attended the awareness session\n"
    "- **Timescale:** every coastal town hosts a session within 9 months, by March 2028\n\n"
    "## Work strand 3: record of the lead\n\n"
    "- Reference: HCSP/2027/14\n"
    "- Purpose: the partnership's annual statement on the exploitation of children in care\n"
    "- Audience: the elected members of the county council and the chief constable\n"
    "- Scope: a written report of no more than twenty pages with an easy read summary\n"
    "- Approval: a vote of the partnership board at its first meeting of the year\n\n"
    "## Reporting\n\n"
    "Strand leads send a progress return to the partnership board within 20 days of each quarter.\n\n"
    "Officers must report every missing child episode to the partnership within 24 hours.\n\n"
    "## Words used in this plan\n\n"
    "- County lines: a form of exploitation in which gangs use children to carry drugs between areas\n"
    "- Cuckooing: the taking over of a vulnerable person's home by dealers for their trade\n"
    "- Return interview: a talk with a child who has been missing, held by someone independent of the home\n"
    "- Contextual safeguarding: an approach that looks at the places and peer groups where children are harmed\n")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    root: Path = tmp_path_factory.mktemp("records")
    return drafted_note(root, "plan.md", _TEXT)


_SLOTS = ('fatal: a record\'s fields, not a glossary: "Partners", "Outputs", "Measures" head lines of '
          "several blocks with other values (a form's or a plan's slots)")
_BESIDE = 'fatal: a record\'s fields, not a glossary: the line beside them is a field ("Reference: HCSP/2027/14")'


def _audit_line(audit: str, definition: str) -> str:
    found = [line for line in audit.splitlines() if f'defined as "{definition}' in line]
    assert len(found) == 1, definition
    return found[0]


@pytest.mark.parametrize("definition", [
    "the county council, the police and two charities",
    "a shared return interview form",
    "number of hotels whose night staff",
    "every coastal town hosts a session",
])
def test_a_plans_repeated_fields_are_no_glossary(drafted: tuple[str, str], definition: str) -> None:
    modules, audit = drafted
    assert definition not in modules
    assert _SLOTS in _audit_line(audit, definition)


@pytest.mark.parametrize("definition", [
    "the partnership's annual statement",
    "a vote of the partnership board",
])
def test_entries_beside_a_reference_line_are_a_records_block(drafted: tuple[str, str], definition: str) -> None:
    modules, audit = drafted
    assert definition not in modules
    assert _BESIDE in _audit_line(audit, definition)


def test_a_real_glossary_in_the_same_text_is_still_asked(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    written = " ".join((modules + audit).split())  # a YAML prompt may wrap
    for definition in ("a form of exploitation in which gangs use children",
                       "the taking over of a vulnerable person's home by dealers",
                       "a talk with a child who has been missing",
                       "an approach that looks at the places and peer groups"):
        assert f'prompt: Which term is defined as "{definition}' in written
    assert audit.count("fatal: a record's fields") == 12  # the plan's three blocks only


def test_a_records_dated_field_is_held_as_its_own_schedule(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    found = [line for line in audit.splitlines()
             if "(time-limit, `sources/plan.md` line 17)" in line]
    assert len(found) == 1 and "within 9 months" not in modules
    assert ('not worth asking: a record\'s own dated field ("Timescale:" fills a slot of each block '
            "of the record): the document's own schedule, not a rule of the work") in found[0]


def test_a_plans_own_reporting_is_held_and_case_work_under_it_is_asked(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    own = [line for line in audit.splitlines() if "Strand leads send a progress return" in line
           and "true-statement" in line]
    assert len(own) == 1 and "progress return" not in modules
    assert ("not worth asking: the publisher's own administration (actor: the plan's own leads; "
            'its own reporting (under "Reporting"))') in own[0]
    assert "prompt: Officers must report every missing child episode to the partnership within ____ hours." in modules
