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


OPEN_ALL_DAY = "# After a difficult case\n\nAny officer affected by a case may use the Harbour Staff Support Line (confidential, 24 hours).\n\nStaff can also use the counselling service, which is open 24 hours, at no cost.\n\nA first welfare review must take place within 24 hours of the case closing.\n"


def test_a_figure_of_round_the_clock_opening_is_no_quantity(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "(confidential, 24 hours)" and "open 24 hours" say a service never closes: no
    count blank asks how many hours a day has, and no false twin opens it 12 hours; a
    bracket's aside gives its sentence no statement at all, while "open 24 hours", which the
    sentence claims, may be stated true. A limit of 24 hours ("within 24 hours") is still
    asked."""
    kept, below = chosen(tmp_path, OPEN_ALL_DAY, matcher)
    asked = kept + below
    prompts = [q.prompt for q in asked]
    assert not any("Support Line" in p for p in prompts), prompts
    counselling = [q for q in asked if "counselling service" in q.prompt]
    assert all(q.rule == "true-statement" and "open 24 hours" in q.prompt for q in counselling), [(q.rule, q.prompt) for q in counselling]
    assert any(p.startswith("A first welfare review must take place within ____") for p in prompts), prompts


def test_a_coordination_only_bounds_is_never_cut_to_its_first_part(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "given ... only to the reporting officer, the case manager, ... and the inspector"
    cut after its first part keyed True a rule the source does not state (only the officer);
    the stem keeps the whole coordination."""
    text = "# Sharing material\n\nAccess to the viewing suite is given within 2 days of a request only to the reporting officer, the case manager, the forensic examiner assigned to the case and the inspector of the unit, who all sign the log.\n"
    kept, below = chosen(tmp_path, text, matcher)
    access = [q for q in kept + below if q.prompt.startswith("Access to the viewing suite")]
    assert access
    assert all(q.prompt.endswith("and the inspector of the unit.") for q in access), [q.prompt for q in access]


def test_a_names_other_spellings_and_its_ampersand_are_accepted(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "the ____ (NCMEC)" accepts "Centre" and "and" as a reader types them, in every
    combination; an answer with no such word gains nothing."""
    text = "# Reports from abroad\n\nPlatforms based in the United States must report apparent child sexual abuse material to the National Center for Missing & Exploited Children (NCMEC), which passes each report to the country concerned.\n"
    kept, below = chosen(tmp_path, text, matcher)
    blanks = [q for q in kept + below if q.rule == "acronym"]
    assert blanks
    assert set(blanks[0].answers) == {
        "National Center for Missing & Exploited Children", "National Centre for Missing & Exploited Children",
        "National Center for Missing and Exploited Children", "National Centre for Missing and Exploited Children"}


def test_an_exception_after_the_answer_is_never_cut_from_its_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Every referral ... must be passed ... within 24 hours, except where the child is
    already known to be safe and well": cut before "except", the stem states a wider rule
    than the source (every referral); the exception stays, as a condition does."""
    text = "# Referrals\n\nEvery referral received by the unit from a partner agency or a member of the public must be passed to the duty inspector within 24 hours, except where the child is already known to be safe and well.\n"
    kept, below = chosen(tmp_path, text, matcher)
    referrals = [q for q in kept + below if q.prompt.startswith("Every referral")]
    assert referrals
    assert all(q.prompt.endswith("except where the child is already known to be safe and well.") for q in referrals), [q.prompt for q in referrals]
