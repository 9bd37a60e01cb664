# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the document's own business (``own.py``): what a report proposes to whoever
runs the course, exercise or project it reports on is held back with that reason; an
instruction addressed to officers, or one that states a rule, is not. Each class on a
short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp, own
from curriculum.draft.actors import HOLD
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "report.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def held_for(every: list[DraftQuestion], words: tuple[str, ...], reason: str) -> None:
    """Some candidate's stem holds one of ``words``, and every such candidate gives ``reason``."""
    found = [q for q in every if any(w in q.prompt for w in words)]
    assert found and all(any(reason in r for r in q.reasons) for q in found), [
        (q.prompt, q.reasons) for q in every]


def judged_as_before(every: list[DraftQuestion], found: list[DraftQuestion], *reasons: str) -> None:
    """``found`` is not empty and none of it gives any of ``reasons``."""
    assert found and not [r for q in found for r in q.reasons if any(x in r for x in reasons)], [
        (q.prompt, q.reasons) for q in every]


_EXERCISE = (
    "# Review of the Harbour Gate tabletop exercise on missing children\n\n"
    "Date: 2 March 2026\n\n"
    "## Findings\n\n"
    "Twenty officers from three stations took part in the exercise, which tested the first "
    "hour of the response to a missing child report.\n\n"
    "## Recommendations\n\n"
    "1. Repeat the exercise every nine months instead of every year.\n"
    "2. Invite the ambulance service to the next exercise.\n"
    "3. Run the debrief within two days of the exercise rather than a week later.\n"
)


def test_a_reports_own_recommendation_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # imperatives under "Recommendations" with no one named who is to act: what the
    # exercise's organisers should do next time, not a rule an officer follows
    kept, below = drafted(tmp_path, _EXERCISE, matcher)
    proposals = [q for q in [*kept, *below] if q.prompt.startswith(("Repeat the exercise", "Run the debrief"))]
    assert proposals and not [q for q in kept if q in proposals]
    reason = ('not worth asking: a recommendation the document makes to whoever runs its own course, '
              'project or event (an instruction under "Recommendations" with no one named who is to '
              "act): its design, not a rule an officer follows")
    for q in proposals:
        assert reason in q.reasons
        assert q.score <= 0.45  # below the top-up of a theme with nothing else
    [nine] = [q for q in below if q.prompt == "Repeat the exercise every ____ months instead of every year."]
    assert [text for text, correct in nine.options if correct] == ["nine"]


def test_recommendations_addressed_to_officers_are_guidance(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the same layout, but the heading says who is to act: the items are rules for them
    text = _EXERCISE.replace("## Recommendations", "## Recommendations for first responding officers").replace(
        "1. Repeat the exercise every nine months instead of every year.",
        "1. Inform the duty inspector of every missing child report within 2 hours.")
    kept, below = drafted(tmp_path, text, matcher)
    assert not [r for q in [*kept, *below] for r in q.reasons if "recommendation the document makes" in r]
    # the heading's role is whom the item advises (``actors.py``)
    assert [q.prompt for q in kept if "duty inspector" in q.prompt] == [
        "First responding officers should inform the duty inspector of every missing child report within 2 hours."]


def test_a_recommended_practice_of_the_work_is_not_the_providers_own(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # no one named under "Recommendations", but the item's own words are about the work
    # (a missing child), not the exercise: practice an officer follows, guidance; but with
    # no one named who is to act, it is held for that (``actors.py``), not as a proposal
    text = _EXERCISE.replace(
        "1. Repeat the exercise every nine months instead of every year.",
        "1. Search the home of every missing child within 2 hours of the first call.\n"
        "4. Check hospitals for a missing child in the first hour.\n"
        "5. Ask the family of a missing child for a recent photograph.")
    kept, below = drafted(tmp_path, text, matcher)
    search = [q for q in [*kept, *below] if q.prompt.startswith("Search")]
    assert search and not [q for q in search if q in kept]
    for q in search:
        assert f"not worth asking: {HOLD}" in q.reasons
        assert not [r for r in q.reasons if "recommendation the document makes" in r]
    [debrief] = [q for q in [*kept, *below] if q.rule == "true-statement" and q.prompt.startswith("Run the debrief")]
    assert debrief in below and any("recommendation the document makes" in r for r in debrief.reasons)
    named = _EXERCISE.replace("## Recommendations", "## Recommendations for patrol officers").replace(
        "1. Repeat the exercise every nine months instead of every year.",
        "1. Search the home of every missing child within 2 hours of the first call.")
    kept, below = drafted(tmp_path, named, matcher)
    assert [q.prompt for q in kept if "home of every missing child" in q.prompt] == [
        "Patrol officers should search the home of every missing child within 2 hours of the first call."]


@pytest.mark.parametrize(("heading", "expected"), [
    ("7. Recommendations", True),
    ("Next steps", True),
    ("Areas for improvement", True),
    ("Lessons learned", False),
    ("Recommendations for investigating officers", False),
    ("Recommendations to partner agencies", False),
    ("Findings", False),
    ("What to do when a child goes missing", False),
])
def test_which_headings_propose_with_no_one_named(heading: str, expected: bool) -> None:
    assert own.proposing_heading(heading) is expected


@pytest.mark.parametrize(("text", "reason"), [
    ("Add a second follow-up survey at six months.", True),
    ("Remind officers that a registered offender must report travel at least seven days before departure.", False),
    ("Brief every cohort on the Sexual Offences Act 2003.", False),
    ("Ensure that officers record every second missing episode on the system.", False),
    ("Require officers to check the register before every home visit.", False),
    ("Offer a one-day refresher for officers trained before the course was rewritten.", True),
])
def test_an_instruction_that_states_a_rule_is_no_proposal(text: str, reason: bool) -> None:
    parsed = nlp.parse([text])[0]
    assert bool(own.proposal(parsed, "Recommendations", speaks_to_reader=False)) is reason
    assert own.proposal(parsed, "Recommendations", speaks_to_reader=True) == ""


_PILOT = (
    "# Evaluation of the Harbour Gate online safety course\n\n"
    "Date: 2 March 2026\n\n"
    "## Delivery\n\n"
    "The course was run four times in 2025 for 64 neighbourhood officers.\n\n"
    "The course must be completed by every officer who grades online child abuse referrals.\n\n"
    "The Harbour Light operation identified 14 children in 2025.\n"
)


def test_a_sentence_about_the_documents_own_course_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "the course" is the one the title names: when it ran and for how many is the
    # evaluation's own business; a rule about it ("must be completed by every officer")
    # and a named operation's outcome are not
    kept, below = drafted(tmp_path, _PILOT, matcher)
    reason = ("not worth asking: about the document's own course (the course its title names: how "
              "it was designed, run or evaluated), not a fact an officer uses")
    run = [q for q in [*kept, *below] if q.prompt.startswith("The course was run")]
    assert run and all(reason in q.reasons and q.score <= 0.45 for q in run)
    others = [q for q in [*kept, *below] if q.prompt.startswith(("The course must", "The Harbour Light"))]
    assert others and not [r for q in others for r in q.reasons if "document's own" in r]


@pytest.mark.parametrize(("title", "nouns"), [
    ("Evaluation Report: Managing Registered Sexual Offenders (Course MRSO-2)", {"evaluation", "course"}),
    ("Terms of Reference: Joint Investigation Team on online exploitation", {"team"}),
    ("Guidance on online child sexual exploitation referrals", set()),
])
def test_the_own_things_a_title_names(title: str, nouns: set[str]) -> None:
    assert own.own_nouns(title) == nouns


_POSITION = (
    "# Safer messaging for children: a position paper\n\n"
    "Date: 4 April 2026\n\n"
    "## The evidence\n\n"
    "Under the Online Safety Act 2024, providers must report child sexual abuse material to the national hotline within 24 hours.\n\n"
    "## Recommendations\n\n"
    "1. Providers should remove reported child sexual abuse material within 12 hours.\n"
    "2. The Government should review the reporting duty every 3 years.\n\n"
    "## Acknowledgements\n\n"
    "Our thanks go to the 40 young people who tested the reporting tools for us.\n\n"
    "The Alliance thanks its 12 volunteers for more than 900 hours of their time.\n"
)


def test_a_recommendation_in_should_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "should" under "Recommendations" proposes a duty that is not in force; the duty in
    # force ("must", under the Act) is asked
    kept, below = drafted(tmp_path, _POSITION, matcher)
    assert [q.prompt for q in kept if q.rule == "count"] == [
        "Under the Online Safety Act 2024, providers must report child sexual abuse material to the national hotline within ____ hours."]
    should = [q for q in below if q.prompt.startswith("Providers should remove")]
    assert should and all('not worth asking: a recommendation under "Recommendations" ("should"): what the '
                          "document proposes, not a rule in force" in q.reasons for q in should)
    assert not [q for q in kept if "thanks" in q.prompt]  # thanks: ``value.py``'s trivia


def test_what_the_documents_own_team_does_in_the_work_is_practice(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the title names the team: when it was set up is its own life; what it does with
    # each referral is practice, asked as any rule
    text = ("# Online Child Protection Team: referral procedure\n\n"
            "The team was set up in 2019 with 12 officers.\n\n"
            "The team assesses every referral of online grooming within 24 hours of receipt.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assesses = [q for q in [*kept, *below] if " assesses every referral" in q.prompt]
    assert assesses and not [r for q in assesses for r in q.reasons if "document's own" in r]
    setup = [q for q in below if " was set up in" in q.prompt]
    assert setup and all(any("about the document's own team" in r for r in q.reasons) for q in setup)


def test_a_recommendation_of_a_named_body_or_for_police_officers_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # under "Recommendations", a lead-in that names who recommends says whose it is, and
    # what police officers should do is practice an officer follows
    text = _POSITION.replace(
        "1. Providers should remove reported child sexual abuse material within 12 hours.\n",
        "1. Police officers who find a sexual image of a child online should refer the child within 12 hours.\n")
    kept, _ = drafted(tmp_path, text, matcher)
    assert "Police officers who find a sexual image of a child online should refer the child within ____ hours." in [
        q.prompt for q in kept]
    text = _POSITION.replace("## Recommendations\n\n", "## Recommendations\n\nThe Safer Messaging Alliance makes two recommendations:\n\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert not [r for q in [*kept, *below] if q.prompt.startswith("Providers should") for r in q.reasons
                if "recommendation under" in r]


_JOINING = (
    "# Joining Instructions: Coastal Analysts Taskforce CAT-27\n\n"
    "Issued by the Harlow Bay Police training office.\n\n"
    "## Purpose\n\n"
    "CAT-27 brings analysts from six forces together for eight days to work on unidentified series.\n\n"
    "The Coastal Analysts taskforce also hosts 30 observers from partner agencies.\n\n"
    "## Handling\n\n"
    "Harlow Bay police services seized 40 devices in 2025.\n\n"
    "Analysts must take a break of at least 15 minutes after every hour of viewing.\n"
)


def test_the_event_a_title_names_by_its_own_name_is_the_documents_own(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "CAT-27" is the taskforce the title names, called by its own code: how long it
    # runs is the event's own business, held with the reason; a rule for its analysts,
    # and a body whose name only shares words with the title, are judged as before
    kept, below = drafted(tmp_path, _JOINING, matcher)
    reason = ("not worth asking: about the document's own taskforce (the taskforce its title "
              "names: how it was designed, run or evaluated), not a fact an officer uses")
    own_event = [q for q in [*kept, *below] if q.prompt.startswith(("CAT-27 brings", "The Coastal Analysts taskforce"))]
    assert own_event and all(reason in q.reasons for q in own_event), [(q.prompt, q.reasons) for q in own_event]
    assert not any(q.prompt.startswith(("CAT-27", "The Coastal Analysts taskforce")) for q in kept)
    others = [q for q in [*kept, *below] if q.prompt.startswith(("Analysts must", "Harlow Bay police"))]
    assert others and not [r for q in others for r in q.reasons if "document's own" in r], [(q.prompt, q.reasons) for q in others]


@pytest.mark.parametrize(("title", "nouns"), [
    ("Joining Instructions: 4th Northern Victim Identification Task Force, 8-12 June 2027", {"taskforce"}),
    ("Police force areas and their task", set()),
])
def test_a_task_force_in_two_words_is_one_kind(title: str, nouns: set[str]) -> None:
    assert own.own_nouns(title) == nouns


_WELCOME = (
    "---\n"
    "title: \"Welcome Pack: 2nd Northmere Online Safety Course, 3-7 May 2027\"\n"
    "author: \"Northmere Police College, Learning Services\"\n"
    "---\n\n"
    "# Welcome Pack: 2nd Northmere Online Safety Course, 3-7 May 2027\n\n"
    "## Before you arrive\n\n"
    "Forms sent after the deadline cannot be processed: the College needs fifteen working days to issue building passes.\n\n"
    "Your force's training lead may put forward up to three officers for the course.\n\n"
    "## The work\n\n"
    "The National Crime Agency needs 48 hours to check a referral against its records.\n\n"
    "You may report a concern about a child at any time.\n\n"
    "Officers must refer a child at risk to children's social care within 24 hours.\n"
)


def test_the_publishers_own_processing_time_and_an_events_quota_are_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the College is the body the pack is from (its metadata author): the days it needs
    # for its own passes are its administration; how many officers a force may put
    # forward is the course's quota. Another body's time, a permission with no count and
    # a duty of the work are judged as before
    kept, below = drafted(tmp_path, _WELCOME, matcher)
    every = [*kept, *below]
    held_for(every, ("building passes",), "the document's own publisher needs")
    held_for(every, ("put forward",), "allows its reader's side")
    assert not [q for q in kept if "building passes" in q.prompt or "put forward" in q.prompt]
    others = [q for q in every if q.prompt.startswith(("The National Crime Agency", "Officers must"))]
    judged_as_before(every, others, "own publisher", "reader's side")


_REVIEW = (
    "# Annual review of our reporting line\n\n"
    "*Kestrelford Safeguarding Hub, Data Team. Published 3 March 2027.*\n\n"
    "## What we handled\n\n"
    "1. The Hub passed 4,310 reports to the police in 2026; most came from the public.\n\n"
    "In 2026 the Kestrelford Safeguarding Hub safeguarded 212 children through its referrals.\n\n"
    "INTERPOL issued 2,900 Yellow Notices in 2026.\n"
)


def test_a_count_of_what_the_publisher_itself_handled_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the Hub is the body the review is from (its head says so): how many reports it
    # passed on in a year are its own figures; children safeguarded (an outcome of the
    # work) and another body's count are judged as before
    kept, below = drafted(tmp_path, _REVIEW, matcher)
    every = [*kept, *below]
    held_for(every, ("reports to the police",), "what the document's own publisher handled")
    assert not [q for q in kept if "reports to the police" in q.prompt]
    others = [q for q in every if "children" in q.prompt or "Yellow Notices" in q.prompt]
    judged_as_before(every, others, "own publisher")


_REVIEW_PASSIVE = (
    "# Annual review of our reporting line\n\n"
    "*Kestrelford Safeguarding Hub, Data Team. Published 3 March 2027.*\n\n"
    "## What we handled\n\n"
    "In 2026, 4,310 reports were passed to the police by the Kestrelford Safeguarding Hub.\n\n"
    "Our analysts reviewed 980 images in 2026.\n\n"
    "In 2026 the Hub's call handlers answered 7,400 calls.\n\n"
    "In 2026, 3,100 reports were passed to the police by the National Crime Agency.\n"
)


def test_the_publishers_own_volume_in_the_passive_or_by_its_own_staff_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the Hub's count told with the Hub as the passive's agent, or by "our analysts",
    # is its own volume; another body's, in the same form, is judged as before
    kept, below = drafted(tmp_path, _REVIEW_PASSIVE, matcher)
    every = [*kept, *below]
    assert any("calls" in q.prompt for q in every), [q.prompt for q in every]
    held_for(every, ("Kestrelford", "980", "analysts reviewed", "calls"),
             "what the document's own publisher handled")
    judged_as_before(every, [q for q in every if "National Crime Agency" in q.prompt], "own publisher")


_PACK = (
    "# Delegate Pack: Western Isles Victim Identification Summit 2027\n\n"
    "## Places\n\n"
    "Each agency may nominate up to two analysts for the summit.\n\n"
    "Agencies without a connection may send one observer each.\n\n"
    "## Handling\n\n"
    "Analysts must log every image they view within 24 hours.\n"
)


def test_a_quota_for_the_senders_to_the_documents_own_event_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "each agency", "agencies": the reader's side named in the third person; how many
    # they may send to the summit is its own administration; a duty of the work stays
    kept, below = drafted(tmp_path, _PACK, matcher)
    every = [*kept, *below]
    quota = [q for q in every if "nominate" in q.prompt or "observer" in q.prompt]
    assert quota and all(any("allows its reader's side" in r for r in q.reasons) for q in quota), [(q.prompt, q.reasons) for q in quota]
    others = [q for q in every if q.prompt.startswith("Analysts must")]
    assert others and not [r for q in others for r in q.reasons if "reader's side" in r], [(q.prompt, q.reasons) for q in others]


_REGISTER_PAGE = (
    "---\n"
    "title: \"CyberTipline data\"\n"
    "author: \"National Center for Missing & Exploited Children (NCMEC)\"\n"
    "---\n\n"
    "# CyberTipline data\n\n"
    "In 2023, NCMEC received more than 36 million reports through the CyberTipline.\n\n"
    "In 2023, we received more than 36 million reports through the CyberTipline.\n"
)


def test_a_body_of_the_source_register_is_a_public_source_on_its_own_page(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # NCMEC's count on NCMEC's own page is a figure a public source stands behind, as
    # INTERPOL's would be: not the document's own apparatus
    kept, below = drafted(tmp_path, _REGISTER_PAGE, matcher)
    every = [*kept, *below]
    assert every and not [r for q in every for r in q.reasons if "own publisher" in r], [(q.prompt, q.reasons) for q in every]


_PETITION = (
    "# Petition: Ban unsupervised contact between registered offenders and children at youth clubs\n\n"
    "## What the petition asks\n\n"
    "A youth club must report a breach of its safeguarding policy to the local authority within 48 hours.\n\n"
    "## How petitions work\n\n"
    "Petitions stay open for signatures for 4 months from the day they are published.\n"
    "Once a petition passes 20,000 signatures, the Cabinet Office answers it in writing, usually within 8 weeks.\n"
    "A petition with more than 150,000 signatures is considered by the Petitions Panel for a debate.\n"
)
_CHANNEL = 'how the document\'s own petition works for its users (under "How petitions work")'


def test_how_the_pages_own_channel_works_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # a petition page's "How petitions work": when petitions close, what a count of
    # signatures triggers, how fast the government answers: the site's own procedure
    kept, below = drafted(tmp_path, _PETITION, matcher)
    every = [*kept, *below]
    held_for(every, ("Petitions stay open", "Once a petition passes", "more than 150,000"), _CHANNEL)
    assert not [q for q in kept if "petition" in q.prompt.lower()]
    judged_as_before(every, [q for q in kept if "youth club must report" in q.prompt], _CHANNEL)


def test_a_duty_under_the_channels_heading_is_judged_as_before(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # a "must" states a rule someone must meet even under the channel's heading; a heading
    # on how a scheme works is the practice itself, never the page's channel
    text = _PETITION + "The Cabinet Office must publish every answer within 10 working days.\n"
    every = [q for part in drafted(tmp_path, text, matcher) for q in part]
    judged_as_before(every, [q for q in every if "must publish every answer" in q.prompt], _CHANNEL)
    assert own.own_channel("How the disclosure scheme works", None) == ""
