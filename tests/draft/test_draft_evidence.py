# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, learning value by positive evidence (``evidence.py``): a question reaches a
module only when the parse shows that it asks something an officer uses. Each kind of
evidence, and each kind of figure that has none, on short texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import _rank, choose
from curriculum.draft.lists import list_rules
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.scoring import FLOOR
from curriculum.draft.themes import ThemeMatcher


def chosen(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis) + procedure_rules(analysis))


def key(q: DraftQuestion) -> object:
    if q.qtype == "true_false":
        return q.truth
    return q.answers or [t for t, ok in q.options if ok]


def held(below: list[DraftQuestion], rule: str, start: str) -> list[str]:
    """Why the candidate of ``rule`` whose stem starts so is held: its "not worth asking"
    reason, or the trivia reason of ``value.py`` that holds it without a second one."""
    found = [q for q in below if q.rule == rule and q.prompt.startswith(start)]
    assert len(found) == 1, [(q.rule, q.prompt) for q in below]
    assert found[0].score < FLOOR  # never taken by the top-up of a thin theme either
    return [r for r in found[0].reasons if r.startswith("not worth asking") or "trivia:" in r]


# --- each kind of evidence reaches the module ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a time limit a duty sets
    ("Registered offenders must report a new vehicle to the police within five days.\n",
     ("count", "Registered offenders must report a new vehicle to the police within ____ days.", ["five"], "rule")),
    # a penalty a rule sets (asked true or false: "up to" makes a choice a bound)
    ("Breaching a travel order is punishable by up to seven years' imprisonment.\n",
     ("true-statement", "Breaching a travel order is punishable by up to seven years' imprisonment.", True, "rule")),
    # people the work is about, with a date and who achieved it
    ("In 2022 the coastal task force rescued 31 children from exploitation.\n",
     ("count", "In 2022 the coastal task force rescued ____ children from exploitation.", ["31"], "outcome")),
    # the verb that acts on the people counted may be a participle on the noun
    ("Delegates from five forces discussed the 48 children safeguarded by Marlow Police in 2024.\n",
     ("count", "Delegates from five forces discussed the ____ children safeguarded by Marlow Police in 2024.", ["48"], "outcome")),
    # a figure a named source reports
    ("Researchers at the national institute reported that 1,900 children were targeted by online extortion in 2023.\n",
     ("count", "Researchers at the national institute reported that ____ children were targeted by online extortion in 2023.", ["1,900"], "finding")),
    # the year of a convention
    ("The country ratified the convention on cybercrime in 2014.\n",
     ("year", "The country ratified the convention on cybercrime in ____.", ["2014"], "law")),
    # what an acronym stands for
    ("Officers check the Child Abuse Image Database (CAID) before they grade new material.\n",
     ("acronym", "Officers check the ____ (CAID) before they grade new material.", ["Child Abuse Image Database"], "term")),
    # the area a body covers; where a rule applies
    ("The national bureau for Estoria issues the alerts to border officers.\n",
     ("place", "The national bureau for ____ issues the alerts to border officers.", ["Estoria"], "body")),
    ("Registered offenders who live in Estoria must renew their notification every year.\n",
     ("place", "Registered offenders who live in ____ must renew their notification every year.", ["Estoria"], "body")),
    # a policy's "will" with a time limit is its duty
    ("The Welfare Officer will refer the concern to children's social care or the police within 24 hours.\n",
     ("count", "The Welfare Officer will refer the concern to children's social care or the police within ____ hours.", ["24"], "rule")),
    # notices issued (a name's plural), dated, with who issued them
    ("In 2023 INTERPOL issued 2,687 Yellow Notices.\n",
     ("count", "In 2023 INTERPOL issued ____ Yellow Notices.", ["2,687"], "outcome")),
    # the year an offence entered the law; the year rules were adopted
    ("The offence of grooming was introduced into the criminal code in 2015.\n",
     ("year", "The offence of grooming was introduced into the criminal code in ____.", ["2015"], "law")),
    ("Since 2012 every request is governed by the Rules on Data, which were adopted in 2011.\n",
     ("true-statement", "Since 2012 every request is governed by the Rules on Data, which were adopted in 2011.", True, "law")),
    # a finding reported by a study: its year is a detail, the finding is asked whole
    ("A review published in 2018 found that most offenders were known to the child.\n",
     ("true-statement", "A review published in 2018 found that most offenders were known to the child.", True, "finding")),
    # a past reporting verb with a year and what was found: a sourced finding, not when a
    # report is due (the year itself is held: see below)
    ("The national crime agency reported in 2021 that most offenders first contacted children through gaming chats.\n",
     ("true-statement", "The national crime agency reported in 2021 that most offenders first contacted children through gaming chats.", True, "finding")),
])
def test_each_kind_of_evidence_reaches_the_module(tmp_path: Path, matcher: ThemeMatcher, text: str, expected: tuple[str, str, object, str]) -> None:
    kept, _ = chosen(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), q.evidence) for q in kept] == [expected]


# --- figures about a body, an event, a plan or a study are held back -----------------


@pytest.mark.parametrize(("text", "rule", "start", "reason"), [
    # a platform's size
    ("Streamly is a photo-sharing service with roughly 12 million monthly users.\n", "count", "Streamly is",
     'not worth asking: a count of "users" is a figure about Streamly, not about people, outcomes or limits of the work'),
    # a workload taken in, dated and with its actor
    ("In 2023 the hotline received 4,100 referrals about grooming.\n", "count", "In 2023 the hotline",
     'not worth asking: a workload ("received ... referrals"): it measures what a body took in, not what the work achieved'),
    # when a step of a plan is due
    ("An independent review of the strategy is due in 2028.\n", "year", "An independent review",
     "not worth asking: when a review, an evaluation or a step of a plan is due: it tests memory of dates, not practice"),
    # a study's publication year (a participle year)
    ("A review published in 2018 found that most offenders were known to the child.\n", "year", "A review published in ____",
     "not worth asking: the year a study or report came out: it tests memory of dates, not practice"),
    # the year a past report came out, whatever its verb ("reported in", "found in")
    ("The national crime agency reported in 2021 that most offenders first contacted children through gaming chats.\n",
     "year", "The national crime agency reported in ____",
     "not worth asking: the year a study or report came out: it tests memory of dates, not practice"),
    ("Researchers found in 2019 that most abducted children knew the person who took them.\n",
     "year", "Researchers found in ____",
     "not worth asking: the year a study or report came out: it tests memory of dates, not practice"),
    # a body's report still to come is when a report is due (trivia), even as a duty
    ("The regional board must report on the pilot to the minister in 2027.\n", "year", "The regional board must report",
     "-0.35 trivia: when a review or report is due"),
    # the year of an event's first edition
    ("The summit's first edition, held in 2014, drew 35 delegates.\n", "year", "The summit's first edition",
     "not worth asking: the year of a meeting or event: it tests memory of dates, not practice"),
    # the year a set of images was first seen
    ("A set of images first found in 2020 is still being analysed by investigators.\n", "year", "A set of images",
     "not worth asking: a year that dates an event, a study or a plan, not a law: it tests memory of dates, not practice"),
    # an outcome with no date, or with no one who achieved it
    ("Specialist officers identified 27 children during the operation.\n", "count", "Specialist officers",
     'not worth asking: a count of "children" with no date: when was it so?'),
    ("In 2023, 31 children were identified.\n", "count", "In 2023",
     'not worth asking: a count of "children" with no actor: who achieved it?'),
    # people nobody acted on: a review's sampling frame, dated and with its actor
    ("In 2024 the inspectors read 40 files drawn from the 900 offenders who were living in the district on 1 March 2024.\n",
     "count", "In 2024 the inspectors read 40 files drawn from the ____",
     'not worth asking: a count of "offenders" no one acted on ("drawn"): a sample, a population or a caseload, not an outcome of the work'),
    # a length of time in one past event, not a limit a rule sets
    ("In 2024 the platform answered urgent requests within a median of 41 minutes.\n", "count", "In 2024 the platform",
     "not worth asking: a length of time in one past event or case, not one a rule sets"),
    # a place where something happened
    ("The suspect was arrested in Northport after a search of his flat.\n", "place", "The suspect",
     "not worth asking: a place where something happened, not the area a body covers or where a rule applies"),
    # a body's own deadline stays a plan, even with "within"
    ("The inspectorate will return within six months to check progress.\n", "true-statement", "The inspectorate",
     "-0.35 trivia: a body's own deadline (\"within ... months\"), not a duty an officer meets"),
    # a plan's length is no rule, whatever its tense
    ("The national strategy covers five years from its adoption.\n", "count", "The national strategy",
     "not worth asking: the length of a plan, a course or a study, not a limit a rule sets"),
    # what a plan is made of
    ("The action plan sets out ten actions over three years.\n", "count", "The action plan sets out ____",
     'not worth asking: a count of "actions" is a figure about the action plan, not about people, outcomes or limits of the work'),
])
def test_a_figure_with_no_evidence_is_held_back_with_the_reason(tmp_path: Path, matcher: ThemeMatcher, text: str, rule: str, start: str, reason: str) -> None:
    kept, below = chosen(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == rule]
    assert held(below, rule, start) == [reason]


def test_an_instruction_of_guidance_is_a_rule_like_must(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # three instructions: the text speaks to its reader (guidance.py)
    text = (
        "Check the series in the national database within 24 hours of it being assigned to you.\n\n"
        "Arrange the forensic interview as soon as possible, normally within 72 hours of the report.\n\n"
        "Identify every person who had access to the child in the last 24 hours.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    # a rule's figure is asked as a choice: an instruction as a true/false item is no
    # claim ("Check the series within 24 hours." True or false?), so it ranks after
    assert [(q.rule, q.prompt, key(q), q.evidence) for q in kept] == [
        ("count", "Identify every person who had access to the child in the last ____ hours.", ["24"], "rule"),
        ("time-limit", "Check the series in the national database within ____ of it being assigned to you.", ["24 hours"], "rule"),
        ("time-limit", "Arrange the forensic interview as soon as possible, normally within ____ of the report.", ["72 hours"], "rule"),
    ]
    # the true/false items of bare instructions are no statements at all (claims.py; blind
    # review 19, b4 and a5): "true" of an instruction means nothing
    statements = [q for q in below if q.rule == "true-statement"]
    assert len(statements) == 3 and all(
        q.score == 0 and any("an instruction, advice or an appeal" in r for r in q.reasons)
        for q in statements)


def test_a_finding_about_a_bodys_workload_is_not_worth_a_statement(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "said that" makes it a reported finding, but what is reported is a unit's intake
    text = "Inspector Vale said that the cyber unit had opened 97 investigations into online grooming in 2024.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert kept == []
    assert held(below, "true-statement", "Inspector Vale") == [
        'not worth asking: a count of "investigations" is a figure about the cyber unit, not about people, outcomes or limits of the work']


def test_a_study_design_count_is_held_by_its_trivia_reason_alone(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the staff of a study: value.py says why (a count of what the review did); no
    # second reason, and never above the floor
    text = "Three analysts coded the interviews for the study.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert kept == []
    assert all(q.score < FLOOR for q in below)


def test_a_duty_with_a_time_limit_ranks_before_a_bodys_facts(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Officers check the Child Abuse Image Database (CAID) before they grade new material.\n\n"
        "The desk officer must send the alert to the national bureau within two hours.\n"
    )
    kept, _ = chosen(tmp_path, text, matcher)
    acronym = next(q for q in kept if q.rule == "acronym")
    duty = next(q for q in kept if q.evidence == "rule")
    assert acronym.score >= duty.score  # by score alone, the acronym would come first
    assert sorted(kept, key=_rank)[0] is duty


def test_a_rule_outweighs_a_trivia_guess_of_the_word_lists(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # value.py reads "reviewed ... every five years" as the wait until a review (its
    # weight stays), but the parse shows a standing rule: not held as not worth asking
    text = "Records of a closed case are reviewed at least every five years.\n"
    _, below = chosen(tmp_path, text, matcher)
    statement = next(q for q in below if q.rule == "true-statement")
    assert statement.evidence == "rule"
    assert statement.reasons == ['-0.35 trivia: how long until a review or report ("review", years)']
    assert statement.score == 0.4  # below the threshold by its weight, not held


def test_a_past_outcome_is_dated_by_its_dated_document(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A news release reports what was done before its date: "Specialist officers identified
    27 children during the operation" happened by then, and the author adds the year (a light
    edit). Undated, the same sentence is held ("with no date", above); a present count of a
    caseload is still no outcome."""
    text = (
        "Title: Operation closes\nDate: 14 May 2024\n---\n\n"
        "Specialist officers identified 27 children during the operation.\n\n"
        "Specialist officers now supervise 140 registered offenders in the district.\n"
    )
    kept, _ = chosen(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if q.rule == "count"] == [
        ("count", "Specialist officers identified ____ children during the operation.", ["27"])]
    assert not [q for q in kept if "supervise" in q.prompt]


def test_when_a_law_comes_into_force_is_its_timetable_not_a_time_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A bill's commencement lag is no limit an officer meets (its true/false is a future
    already); a duty the same law sets still is."""
    text = (
        "The Bill will come into force three months after it receives assent.\n\n"
        "Under the Bill, a police inspector must approve each preservation order within 48 hours.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert held(below, "count", "The Bill will come into force") == [
        "not worth asking: when a law will come into force: a step of its timetable, not a limit an officer meets"]
    assert [q.prompt for q in kept if q.rule == "count"] == [
        "Under the Bill, a police inspector must approve each preservation order within ____ hours."]


# --- a number that names a provision is a reference, never a figure ------------------


def test_a_number_that_names_a_provision_is_never_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Article 6 obliges every member state to make the online grooming of children an offence.\n\n"
        "Under section 8 of the Address Register Act 2020 a registered person must report a new address within 5 days.\n\n"
        "Recommendation 9 asks that officers record every missing child report within 2 hours.\n\n"
        "Cases graded at Level 3 go to the panel, which has 12 members.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    every = kept + below
    # no question blanks the reference's number ("Article ____", "section ____")
    assert not [q.prompt for q in every if q.rule in ("count", "year") and any(
        f"{word} ____" in q.prompt for word in ("Article", "section", "Recommendation", "Level"))]
    # a sentence whose only number is a reference has no figure to check: no true/false
    assert not [q.prompt for q in every if q.prompt.startswith("Article 6")]
    # the figure beside a reference is asked, and keyed, as the rule's limit
    assert [(q.rule, q.prompt, key(q)) for q in kept if "section 8" in q.prompt] == [
        ("count", "Under section 8 of the Address Register Act 2020 a registered person must report a new address within ____ days.", ["5"])]
    statements = [q for q in every if q.rule.endswith("-statement") and q.prompt.startswith("Recommendation 9")]
    assert [q.analysis.doc.text[q.key[0]:q.key[1]] for q in statements] == ["2"]  # not the 9
    # a body's size beside a reference is still the body's size, not the reference
    assert held(below, "count", "Cases graded at Level 3 go to the panel") == [
        '-0.35 trivia: a count of "member" (the size of an event or body)']


# --- a study's sample is its design; what it found is asked --------------------------


def test_a_studys_sample_is_held_and_its_finding_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "An analysis of 1,800 hotline reports from 2022 showed that one in five involved a child under 11.\n\n"
        "A 2020 survey of 2,500 teenagers in Norland found that 12 per cent had been sent sexual images by a stranger.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    # the finding, with its source, is the question (a rate is never blanked)
    assert [(q.rule, q.prompt, key(q), q.evidence) for q in kept] == [
        ("true-statement", "An analysis of 1,800 hotline reports from 2022 showed that one in five involved a child under 11.", True, "finding"),
        ("true-statement", "A 2020 survey of 2,500 teenagers in Norland found that 12 per cent had been sent sexual images by a stranger.", True, "finding"),
    ]
    # how many reports or people the study looked at is how it was done, not what it found
    assert held(below, "count", "An analysis of ____") == [
        '-0.35 trivia: the size of what a study looked at ("report"), not what it found']
    assert held(below, "count", "A 2020 survey of ____") == [
        '-0.40 trivia: a count of what the review itself looked at ("teenager")']


@pytest.mark.parametrize("text", [
    "The slides and the recording will be sent to all participants within five working days.\n",
    "Participants will be sent their certificates within ten days of the webinar.\n",
    "Attendees receive the reading pack within two weeks of registering.\n",
    "Certificates are emailed to delegates who stay for at least 60 minutes.\n",
])
def test_an_events_promise_to_its_own_audience_is_not_a_time_limit(tmp_path: Path, matcher: ThemeMatcher, text: str) -> None:
    """What an event's participants are sent, and when, is its housekeeping: a trainer
    asks the limits of the work, not how soon the slides arrive."""
    kept, below = chosen(tmp_path, text, matcher)
    assert kept == []
    reasons = [r for q in below if q.rule in ("count", "true-statement") for r in q.reasons
               if r.startswith("not worth asking")]
    assert reasons and all("a promise to the event's own audience" in r for r in reasons)


def test_a_duty_to_notify_a_person_is_still_a_time_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the same shape with the work's own people stays a rule
    text = "The case officer will send the decision to the registered offender within five working days.\n"
    kept, _ = chosen(tmp_path, text, matcher)
    assert [(q.rule, key(q), q.evidence) for q in kept if q.rule == "count"] == [("count", ["five"], "rule")]


def test_a_notice_period_is_asked_as_the_minimum_the_rule_sets(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "at least 21 days before travelling" is a notice period: the minimum is the rule's
    figure, as "within" is a deadline's; an open "at least" count stays a threshold."""
    text = (
        "Registered sex offenders must notify the police at least 21 days before they travel abroad.\n\n"
        "In 2023 the unit identified at least 40 victims.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if q.rule == "count"] == [
        ("count", "Registered sex offenders must notify the police at least ____ days before they travel abroad.", ["21"])]
    threshold = [q for q in below if q.rule == "count" and "victims" in q.prompt]
    assert threshold and all(q.score == 0 for q in threshold)


def test_a_keyword_that_names_a_kind_of_material_is_no_term_to_blank(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "images and videos" is a theme keyword, but blanked it asks what kind of material a
    process handles, which photographs or files answer as truly; a keyword that is a term
    ("Green Notice") is still drafted."""
    text = (
        "Specialists compare images and videos of child sexual abuse with the national database every week.\n\n"
        "Border officers check every Green Notice before they admit a traveller from abroad.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    media = [q for q in below if q.rule == "key-term" and q.answers[0] == "images and videos"]
    assert media and media[0].score == 0
    assert any('"images and videos" names a kind of material' in r for r in media[0].reasons)
    assert [q.answers[0] for q in kept + below if q.rule == "key-term" and q.score > 0] == ["Green Notice"]


@pytest.mark.parametrize("text", [
    "The designated officer takes ownership of the case within 24 hours.\n",
    "A strategy meeting takes place within 48 hours of the decision.\n",
])
def test_a_step_timed_by_a_deadline_is_no_event_that_lasted(tmp_path: Path, matcher: ThemeMatcher, text: str) -> None:
    """ "takes place within 48 hours of" is when a step of a procedure must happen, not how
    long an event lasted or where it was held: its time limit reaches the module."""
    kept, below = chosen(tmp_path, text, matcher)
    assert [q.evidence for q in kept] == ["rule"]
    assert not [r for q in kept + below for r in q.reasons
                if "how long an event lasted" in r or "where, when or how" in r]


def test_an_acronym_the_document_spells_out_is_spelled_out_in_the_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "passed to the CPSU" read alone is a riddle; the stem shows the name the document
    gives it, in every kind of question (the time limit's too)."""
    text = (
        "Dunmere has set up a Child Protection Screening Unit (CPSU) to screen every concern about a child.\n\n"
        "Every referral about a missing child is passed to the CPSU within two hours.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    stems = [q.prompt for q in kept + below if "referral" in q.prompt]
    assert len(stems) >= 2
    assert all("passed to the Child Protection Screening Unit (CPSU) within" in p for p in stems)
    # the question on the acronym itself keeps its blank
    assert [q.prompt for q in kept if q.rule == "acronym"] == [
        "Dunmere has set up a ____ (CPSU) to screen every concern about a child."]


def test_staff_news_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # thanks to a person and a retirement are news of the body, not content, whatever the
    # tense (a present "thanks" is no practice) and once "we" is named (tune-4)
    text = (
        "---\ntitle: Marlow Unit work plan\nauthor: Marlow Victim Identification Unit\ndate: 2025-04-01\n---\n\n"
        "We thank Sergeant Lena Ortiz for 14 years of work on the database of identified children.\n\n"
        "Sergeant Omar Reyes, who retires in June after 31 years of service, built the unit's image library.\n"
    )
    path = tmp_path / "plan.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    kept, below = choose(sentence_rules(analysis, matcher))
    assert kept == []
    assert held(below, "count", "The Marlow Victim Identification Unit thanks Sergeant Lena Ortiz") == [
        '-0.35 trivia: staff news ("thank" a person: thanks, a welcome, a farewell), not content']
    assert held(below, "count", "Sergeant Omar Reyes, who retires") == [
        '-0.35 trivia: a step in someone\'s career ("retire", years)']


def test_a_duty_to_appoint_someone_is_no_career_step(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The Marlow Children's Agency will appoint a named social worker for every identified child within 2 working days.\n"
    kept, _ = chosen(tmp_path, text, matcher)
    assert [(q.rule, key(q), q.evidence) for q in kept] == [("count", ["2"], "rule")]


def test_a_bare_number_as_subject_counts_doers_not_outcomes(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "and 54 passed" counts those who passed a course; "40 were safeguarded" (passive)
    counts children the work reached."""
    text = (
        "In 2023, 58 officers from 9 agencies took the course at the Ridgeway academy, and 54 passed at the first attempt.\n\n"
        "In 2024 the Ridgeway unit identified 212 children from abuse material.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert [key(q) for q in kept if q.rule == "count"] == [["212"]]
    assert held(below, "count", "In 2023, 58 officers from 9 agencies took the course at the Ridgeway academy, and ____") == [
        'not worth asking: a count of those who "passed" (a bare number as subject), not of people or outcomes the work reached']


def test_a_notes_citation_in_front_of_its_text_is_no_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "NCMEC, CyberTipline pages: US providers must report apparent child sexual abuse material within 30 days.\n"
    kept, below = chosen(tmp_path, text, matcher)
    assert kept == []
    assert below and all(any(r.startswith('fatal: a citation fused in front ("NCMEC, CyberTipline pages:")')
                             for r in q.reasons) for q in below)


def test_a_number_of_years_within_a_lifetime_keeps_its_wrong_values_within_one() -> None:
    from curriculum.draft.distractors import candidates
    from curriculum.draft.facts import _counts

    text = "Minutes are kept until the offender reaches 100 years of age, and reviewed every 6 years."
    ages, period = _counts(text, 0, [])
    assert ages.value == "100" and all(v <= 110 for v in candidates(ages, None, twin=True) + candidates(ages, None))
    assert period.value == "6" and candidates(period, None)  # short periods keep their options


def test_the_rest_of_a_set_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "All other reports" are the reports the sentence before did not cover; read alone
    the stem does not say which. "other ... than" says so itself."""
    text = (
        "Reports where a child is at immediate risk are graded as emergencies.\n\n"
        "All other reports are graded as priority, with a call-back within 4 hours.\n\n"
        "Reports other than emergencies are reviewed by a sergeant within 8 hours.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    rest = [q for q in kept + below if q.prompt.startswith("All other reports")]
    assert rest and all('-0.50 points back: "other reports": other than which?' in q.reasons for q in rest)
    assert not [q for q in kept + below if q.prompt.startswith("Reports other than")
                and any("other than which" in r for r in q.reasons)]


def test_a_spelled_out_acronym_takes_its_own_article(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The court may impose a Sexual Harm Prevention Order (SHPO) on conviction.\n\n"
        "Breach of an SHPO carries a maximum penalty of five years' imprisonment under the 2019 Act.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    stems = [q.prompt for q in kept + below if q.prompt.startswith("Breach")]
    assert stems and all(p.startswith("Breach of a Sexual Harm Prevention Order (SHPO) carries") for p in stems)


def test_a_list_question_takes_no_instruction_as_an_option_and_ends_its_lead_in(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Steps ("Keep the messages") are no kind of online abuse; a lead-in that stops on its
    verb reads "includes the following." in the stem."""
    steps = (
        "Online abuse includes:\n\n"
        "- grooming of a child through a gaming platform\n"
        "- sextortion of a child for money or images\n"
        "- live streaming of child sexual abuse\n\n"
        "Offline harms that often go with it are:\n\n"
        "- trafficking of a child for exploitation\n"
        "- abduction of a child by a stranger\n\n"
        "If your child is threatened online:\n\n"
        "- Keep the messages and the usernames.\n"
        "- Tell the police at once.\n"
    )
    path = tmp_path / "faq.md"
    path.write_text(steps, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    questions = list_rules(analysis)
    options = [o for q in questions for o, _ in q.options]
    assert not [o for o in options if o.startswith(("Keep", "Tell"))]
    stems = [q.prompt for q in questions if q.prompt.startswith("Online abuse")]
    assert stems and all(p.startswith("Online abuse includes the following. Which") for p in stems)
