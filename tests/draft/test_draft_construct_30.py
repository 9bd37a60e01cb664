# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 30 (tuner "construct"): how a question is built from a sound fact, each
on a short text of our own words with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.themes import ThemeMatcher

ALL_OF = "# Access to the evidence suite\n\nPermission to open the evidence suite alone requires all of the following: the safety briefing passed; the audit module completed; at least 6 weeks of supervised work; and a signed note from the unit's inspector.\n\nOn arrival at the address the attending officer must: isolate the handset from every network within 10 minutes of entry; photograph the screen before touching it; and record the seizure on the property log.\n"


def test_a_list_its_lead_in_claims_whole_is_never_cut(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "requires all of the following: A; B; C; and D" cut after C would say three
    conditions are all of them (a near wrong key): the stem keeps the list whole. A list of
    duties whose lead-in claims nothing ("must: A; B; and C") is still cut after its item."""
    kept, below = chosen(tmp_path, ALL_OF, matcher)
    suite = [q for q in kept + below if q.prompt.startswith("Permission to open")]
    assert suite
    assert all(q.prompt.endswith("and a signed note from the unit's inspector.") for q in suite), [q.prompt for q in suite]
    handset = [q for q in kept + below if "isolate the handset" in q.prompt]
    assert handset
    assert all(q.prompt.endswith("within ____ minutes of entry.") or q.prompt.endswith("within 10 minutes of entry.") for q in handset), [q.prompt for q in handset]


def test_a_coordination_only_bounds_is_never_cut_to_its_first_part(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "given ... only to the reporting officer, the case manager, ... and the inspector"
    cut after its first part keyed True a rule the source does not state (only the officer);
    the stem keeps the whole coordination."""
    text = "# Sharing material\n\nAccess to the viewing suite is given within 2 days of a request only to the reporting officer, the case manager, the forensic examiner assigned to the case and the inspector of the unit, who all sign the log.\n"
    kept, below = chosen(tmp_path, text, matcher)
    access = [q for q in kept + below if q.prompt.startswith("Access to the viewing suite")]
    assert access
    assert all(q.prompt.endswith("and the inspector of the unit.") for q in access), [q.prompt for q in access]
