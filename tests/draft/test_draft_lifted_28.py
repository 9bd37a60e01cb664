# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 28: sentences that lose what they need when lifted out of their
document (rubric reason 4), each on a short text of our own words."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.themes import ThemeMatcher

COMPARED = """# Assessing the risk of sexual reoffending

## Other tools

Several probation services also score the Harbour Scale, a twelve-item actuarial checklist for adult men that was revised in 2019. Like the Quarry Index, it must not be used with women or with anyone under 18 at release.
"""


def test_it_never_stands_for_the_noun_it_is_compared_with(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Like the Quarry Index, it must not be used ...": the thing compared with is never
    the subject compared (that would not be "like"), so "it" points back (the Harbour
    Scale, named in the sentence before), which is carried in front of the stem."""
    kept, _ = chosen(tmp_path, COMPARED, matcher)
    rule = [q.prompt for q in kept if "it must not be used" in q.prompt]
    assert rule == ["Several probation services also score the Harbour Scale, a twelve-item actuarial checklist for adult men that was revised in 2019. Like the Quarry Index, it must not be used with women or with anyone under 18 at release."], rule



PART = """---
title: "Briefing 7: Counting children in exploitation cases"
author: "Aldmoor Regional Council, Secretariat"
---

# Counting children in exploitation cases

## Cases are counted, children are not

Four of the nine member States count exploitation by police file. A file with three children appears once. Two States record age only as "child" or "adult", so the Council cannot tell whether it is failing young children or older teenagers.
"""


def test_a_bare_count_of_things_counted_just_before_says_not_which(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Two States record age only as ...": two of the nine counted just before, which the
    stem alone does not say; never asked as it stands, even though the parser reads "Two
    States record age" as one noun phrase."""
    kept, below = chosen(tmp_path, PART, matcher)
    asked = [q for q in kept if q.prompt.startswith("Two States")]
    assert not asked, [(q.prompt, q.reasons) for q in asked]
    assert any('"Two States" are some of the States' in r for q in below for r in q.reasons), [(q.prompt, q.reasons) for q in below]


RULE_COUNT = """# Changing a legal category

Each record holds the category set by the first analyst. Three analysts review the queue every week. Two analysts must agree any change of a category once it has been used in a charging decision.
"""


def test_a_count_before_a_modal_is_a_rules_number_not_a_part(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Two analysts must agree ...": how many people the rule needs, not two of the three
    counted before."""
    _, below = chosen(tmp_path, RULE_COUNT, matcher)
    assert not any("are some of the" in r for q in below for r in q.reasons), [(q.prompt, q.reasons) for q in below]


TIMELINE = """# Milestones of the regional image library

Mar 14-16, 2021 - Analysts from twelve forces meet in Harrowgate to plan the library. The regional library then holds more than 80,000 images and videos; the meeting agrees a common format for hash sets.

Sep 2023 - The library is linked to the national database.
"""


def test_then_on_a_state_is_the_date_its_timeline_entry_gives(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"The regional library then holds ...": "then" is the entry's date, "Mar 14-16, 2021
    - ", shown in front of the stem in its place ("In March 2021, ...")."""
    kept, _ = chosen(tmp_path, TIMELINE, matcher)
    held = [q.prompt for q in kept if "80,000" in q.prompt]
    assert held == ["In March 2021, the regional library holds more than 80,000 images and videos."], [(q.prompt, q.reasons) for q in kept]


STEP = """# Screening for analysts

Every analyst who views indecent images has a psychological assessment before taking up the post. Analysts must then attend screening every six months while in post.
"""


def test_then_after_a_modal_is_the_next_step_not_a_time(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"must then attend": the step after the assessment, no time the stem lacks."""
    kept, below = chosen(tmp_path, STEP, matcher)
    assert not any('"then" is a time' in r for q in kept + below for r in q.reasons)


SERIES = """# Seized devices

Two forms are completed when a child's phone is seized: a seizure record and an examination request. The second must be completed within 14 days of the seizure of the device.
"""


def test_an_ordinal_with_no_noun_of_its_own_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"The second must be completed ...": the second of the forms the sentence before
    names, which the stem alone does not say: that sentence is carried in front of it."""
    kept, _ = chosen(tmp_path, SERIES, matcher)
    assert not [q.prompt for q in kept if q.prompt.startswith("The second")], [q.prompt for q in kept]
    assert any(q.prompt.startswith("Two forms are completed when a child's phone is seized: a seizure record and an examination request. The second must be completed within") for q in kept), [q.prompt for q in kept]


AGAIN = """# Recording decisions

Officers record every grading decision on the case file. Again, the duty officer must record the decision to refer within 2 hours of the referral.
"""


def test_again_opening_a_rule_is_struck_as_a_connective(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Again, the duty officer must record ...": "Again" only ties the rule to the one
    before; the rule reads whole without it."""
    kept, _ = chosen(tmp_path, AGAIN, matcher)
    assert any("The duty officer must record the decision to refer within" in q.prompt for q in kept), [q.prompt for q in kept]
    assert not any("Again" in q.prompt or "again" in q.prompt for q in kept), [q.prompt for q in kept]


INCREMENT = """# Preserving account data

The provider confirmed that the account data is preserved for 60 days from the date of the request. A further 60 days may be authorised by a superintendent on written application.

The platform will extend preservation once, for a further 30 days, if asked before the first period ends.
"""


def test_an_increment_of_time_that_names_nothing_it_adds_to_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"A further 60 days may be authorised ...": added to the preservation the sentence
    before sets (which gives the answer away, so it is not carried); "extend preservation
    ... for a further 30 days" names what it extends."""
    kept, below = chosen(tmp_path, INCREMENT, matcher)
    assert not [q.prompt for q in kept if "A further" in q.prompt], [q.prompt for q in kept]
    assert any('"A further 60 days" added to what?' in r for q in below for r in q.reasons), [(q.prompt, q.reasons) for q in below]
    assert not any("added to what" in r for q in kept + below if "extend preservation" in q.prompt for r in q.reasons)
