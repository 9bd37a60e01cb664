# ruff: noqa: E501  (the note and the expected facts are kept whole so they read as written)
"""Contact details and sign-offs never become module facts (``contacts.py``): drafted from a
short note of our own, the module keeps the two rules and neither the unit's address, nor
its telephone and e-mail, nor the sign-off and its signer; the audit says why each was left out. A rule
that names where to live keeps its own verb and stays."""

from __future__ import annotations

import pytest
from draft_fixtures import drafted_note

from curriculum.draft import nlp
from curriculum.draft.contacts import REASON, contact_line

NOTE = """# Notification by registered sex offenders: note for officers

A registered sex offender must notify the police of a new address within 3 days. Sex offender managers must visit every high-risk registered sex offender at least once a month.

Sex offender management unit: Ashby Police, 8 Quarry Lane, Ashby AB4 9QX.

Sex offender managers can be reached on 0161 496 0735 or at som.unit@ashby.police.example.

Yours sincerely,

Dana Whitlow, Head of Sex Offender Management, Ashby Police
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The written modules (all themes, one string) and the audit, drafted once."""
    return drafted_note(tmp_path_factory.mktemp("contacts"), "note.md", NOTE)


def test_no_contact_line_reaches_a_module(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    for detail in ("Quarry Lane", "0161 496 0735", "som.unit@", "Yours sincerely"):
        assert detail not in modules
    assert "- text: A registered sex offender must notify the police of a new address within 3 days." in modules


def test_the_audit_says_why_each_was_left_out(drafted: tuple[str, str]) -> None:
    _, audit = drafted
    for line in (5, 7, 9, 11):  # 11: the signer, after the sign-off
        assert f"- line {line}: {REASON}: " in audit


@pytest.mark.parametrize(("text", "held"), [
    ("Telephone: +41 22 555 0190 (weekdays only).", True),
    ("Enquiries: Records Office, 12 Mill Street, Carrow.", True),
    ("Reside at Elm House, 3 Mill Street, and keep to a curfew from 2200 to 0600 daily.", False),
    ("Reports sent by e-mail or telephone are not accepted.", False),
    ("In 2023 the unit identified 1 240 victims and 2 310 suspects.", False),
    ("Measure: images removed; 2024: 1,420; 2025: 2,876; Change: +103%", False),
])
def test_what_counts_as_a_contact_line(text: str, held: bool) -> None:
    assert contact_line(text, nlp.parse([text])[0]) is held
