# ruff: noqa: E501  (the note and the expected facts are kept whole so they read as written)
"""Issue #9, blind review 15a class C5: a questionnaire's questions, a site's tagline, a
report's header and a list of the bodies it covers were module facts; a fact must assert
something (``assertion.py``). Drafted from a short note of our own: the statements stay
facts, the questions and the lines with no clause do not."""

from __future__ import annotations

import pytest
from draft_fixtures import drafted_note

from curriculum.draft import nlp
from curriculum.draft.assertion import asserts

NOTE = """# Questionnaire on sex offender management

Probation Board; Regional Police Service; local housing offices

Keeping every child safe from registered sex offenders

## Notification

Must a registered sex offender notify the police of a new address within 3 days?

A registered sex offender must notify the police of a new address within 3 days.

How often do sex offender managers visit a high-risk registered sex offender?
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The written modules (all themes, one string) and the audit, drafted once."""
    return drafted_note(tmp_path_factory.mktemp("assertions"), "questionnaire.md", NOTE)


def test_questions_and_lines_with_no_clause_are_no_facts(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    assert "- text: A registered sex offender must notify the police of a new address within 3 days." in modules
    for line in ("Must a registered sex offender", "How often do sex offender managers", "Probation Board;", "Keeping every child safe"):
        assert f"- text: {line}" not in modules


@pytest.mark.parametrize(("text", "expected"), [
    ("Is the unit connected to the national database?", False),
    ("Office of the Chief Inspector · Annual report · Laid before the Assembly on 3 May 2026", False),
    ("Share: Email | Print | Download this report (PDF, 90 KB)", False),
    ("Call the duty officer at once.", True),  # an instruction
    ("The officer checks two things: is the child safe, and is the address known?", True),
    ("Search area extended to the canal towpath.", True),  # a note ends as a sentence does
    ("Officers, who are often the first to arrive, secure the scene.", True),
    ("The unit opened in 2019.", True),
])
def test_which_sentences_assert(text: str, expected: bool) -> None:
    [parsed] = nlp.parse([text])
    assert asserts(text, parsed) is expected
