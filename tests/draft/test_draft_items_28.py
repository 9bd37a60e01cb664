# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 28: the item itself (rubric 2, 3, 8). Each test is a short text of our
own words with the exact stem, option or false value, or the audit's reason."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_note

NOTICES = """# Offender travel

Green Notices reach police forces in other countries; they give nobody a power of arrest.

INTERPOL describes a Green Notice as a warning to police forces abroad about people convicted of sexual offences against children who are likely to offend again when they travel.

Registered sex offenders must report any travel abroad at least seven days before departure.
"""


def test_one_term_is_asked_once_in_a_module_by_its_fullest_description(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "notes.md", NOTICES)
    written = " ".join(modules.split())
    # "____ reach police forces in other countries" is true of every INTERPOL notice: the
    # stem that says what sets a Green Notice apart is the one asked, wherever it stands
    assert "INTERPOL describes a ____ as a warning to police forces abroad" in written
    assert "____ reach police forces in other countries" not in written
    held = [line for line in audit.splitlines() if "ask for the same term" in line]
    assert len(held) == 1 and "reach police forces in other countries" in held[0]
    assert '("Green Notices")' in held[0] and "describes it more fully" in held[0]

