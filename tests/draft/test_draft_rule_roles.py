# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, rules worth asking: an operational limit is no course logistics, a frequency
is no length, and a participant or stage of a procedure inside a rule ("the hearing",
"the judge") is generic, not a pointer. Each class on a short text of our own, with the
exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_draft_value import drafted, key

from curriculum.draft import addressee
from curriculum.draft.jurisdiction import instrument_lead
from curriculum.draft.themes import ThemeMatcher


def trivia(reasons: list[str]) -> list[str]:
    return [r for r in reasons if "trivia" in r]


# --- operational limits and frequencies are not course logistics ------------------------


def test_a_session_limit_for_a_witness_is_an_operational_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Interview sessions must not last longer than 50 minutes for a witness under 12.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), trivia(q.reasons)) for q in kept] == [
        ("true-statement", "Interview sessions must not last longer than 50 minutes for a witness under 12.", True, []),
    ]


def test_how_often_sessions_are_held_is_a_frequency_not_a_length(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Analysts who review abuse images have compulsory support sessions every eight weeks.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), trivia(q.reasons)) for q in kept] == [
        ("count", "Analysts who review abuse images have compulsory support sessions every ____ weeks.", ["eight"], []),
    ]


def test_a_classroom_sessions_length_stays_trivia_beside_a_rule_for_a_child(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # no person the work is done with: the session is the course's own
    text = "The police college limits each classroom session on grading abuse images to 40 minutes.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert {q.rule: trivia(q.reasons) for q in below}["count"] == [
        "-0.35 trivia: how long a course or its sessions last (minutes)"]


# --- a procedure's participants and stages in a rule are generic ---------------------------


def test_the_hearing_and_the_judge_of_a_rule_do_not_hold_its_time_limit_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Special measures for young witnesses\n\n"
        "Ground rules for questioning are agreed at the hearing with the judge. "
        "Lawyers must send their draft questions at least 4 working days before the hearing where the judge so orders.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if q.sentence.line == 3 and "Lawyers" in q.prompt] == [
        ("count", "Lawyers must send their draft questions at least ____ working days before the hearing where the judge so orders.", ["4"]),
    ]
    asked = next(q for q in kept if "Lawyers" in q.prompt)
    assert '-0.05 "the hearing" may point back (in a rule, read as generic: a participant or stage of the procedure)' in asked.reasons


def test_a_stage_named_in_a_rule_set_by_a_direction_is_generic(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Listing\n\n"
        "Cases with young witnesses are listed first. "
        "The Listing Direction of 4 March 2025 sets a target that the trial begins within 12 weeks of the first hearing.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if "Direction" in q.prompt] == [
        ("count", "The Listing Direction of 4 March 2025 sets a target that the trial begins within ____ weeks of the first hearing.", ["12"]),
    ]


def test_a_body_named_by_its_kind_in_a_rule_still_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The unit was set up to help young witnesses. "
        "The unit must report to the board within 6 weeks.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if "must report" in q.prompt]
    held = next(q for q in below if q.rule == "count" and "must report" in q.prompt)
    assert '-0.40 points back: "the unit" says which one elsewhere' in held.reasons


def test_a_narrative_of_one_past_trial_is_not_a_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "A teacher was accused of grooming a pupil. "
        "The trial began 30 weeks after the first hearing.\n"
    )
    _, below = drafted(tmp_path, text, matcher)
    held = next(q for q in below if q.rule == "count" and "began" in q.prompt)
    assert not [r for r in held.reasons if "read as generic" in r]


def test_the_sentence_that_sets_up_a_rules_generic_noun_is_carried(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Interviews with young witnesses\n\n"
        "A witness who is under 16 may not be questioned by a defendant who has no lawyer. "
        "A lawyer must be offered to the defendant within 5 days.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    asked = next(q for q in kept if q.rule == "count")
    assert asked.prompt == "A witness who is under 16 may not be questioned by a defendant who has no lawyer. A lawyer must be offered to the defendant within ____ days."
    assert asked.stem_rule.endswith("context carried from line 3")


# --- prohibitions by "should not" and "may not" ---------------------------------------


def test_a_recommendation_not_to_act_is_asked_by_its_negation(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Handling suspected material\n\n"
        "Frontline officers should not open suspected abuse files on their own phones.\n\n"
        "Breaks should not normally run past the lunch hour.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    statements = [(q.rule, q.prompt, key(q)) for q in kept + below if q.qtype == "true_false"]
    # the hedged "should not normally" is a habit, not a prohibition: no statement
    assert statements == [
        ("false-statement", "Frontline officers may open suspected abuse files on their own phones.", False),
    ]


def test_may_not_forbids_only_a_persons_act(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Questioning young witnesses\n\n"
        "A defendant who has no lawyer may not question a young witness in person (s. 41).\n\n"
        "A young witness may not know that recordings of the abuse exist.\n\n"
        "Figures for one county may not reflect the national picture.\n\n"
        "Some offences may not be reported to the police at all.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    statements = [(q.rule, q.prompt, key(q)) for q in kept + below if q.qtype == "true_false"]
    assert statements == [
        ("false-statement", "A defendant who has no lawyer may question a young witness in person (s. 41).", False),
    ]


# --- an invented scenario's background -----------------------------------------------


SCENARIO = (
    "Case study 4: Operation Grey Gull\n\n"
    "A fictional scenario for training. All names and places are invented.\n\n"
    "In the scenario, Velmora and Castrane are both parties to a bilateral extradition treaty signed in 2014.\n\n"
    "Officers of the Velmora police must send a preservation request to the provider within 48 hours of the first report.\n"
)


def test_the_background_of_an_invented_scenario_is_trivia_its_lessons_are_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, SCENARIO, matcher)
    assert [(q.rule, q.prompt) for q in kept] == [
        ("count", "Officers of the Velmora police must send a preservation request to the provider within ____ hours of the first report."),
    ]
    treaty = [q for q in below if "treaty" in q.prompt]
    assert sorted(q.rule for q in treaty) == ["true-statement", "year"]
    assert all("-0.35 trivia: the background of an invented scenario (its dates and places), not a fact an officer uses" in q.reasons
               for q in treaty)


def test_a_real_documents_treaty_year_is_not_scenario_background(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = SCENARIO.replace("A fictional scenario for training. All names and places are invented.", "A summary for investigators.")
    kept, below = drafted(tmp_path, text, matcher)
    assert not [r for q in kept + below for r in q.reasons if "invented scenario" in r]


# --- a bill's duties --------------------------------------------------------------------


BILL = (
    "Child Runaways (Safety) Bill\n\n"
    "Second Reading\n\n"
    "The Bill does two things. First, it places a duty on local councils to log every report of a runaway child within three hours of the call. "
    "Secondly, it creates a safety plan that must be agreed within 5 days of the child's return.\n\n"
    "Clause 7 creates a duty on local councils to pass a runaway child's file to the receiving council within 48 hours of learning that the child lives in that council's area.\n"
)


def test_an_enumerated_item_of_a_bill_is_asked_of_the_bill_by_its_name(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, BILL, matcher)
    prompts = [q.prompt for q in kept + below]
    # the announcement is never carried in front of one of the items it counts
    assert not [p for p in prompts if "does two things. " in p]
    first = next(q for q in kept if "log every report" in q.prompt)
    assert first.prompt == "The Child Runaways (Safety) Bill places a duty on local councils to log every report of a runaway child within three hours of the call."
    assert '"First, it" named as in line 1' in first.stem_rule
    second = next(q for q in kept if "safety plan" in q.prompt)
    assert second.prompt == "The Child Runaways (Safety) Bill creates a safety plan that must be agreed within ____ days of the child's return."


def test_a_duty_a_bill_creates_sets_the_limit_of_its_within(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "creates a duty ... to pass ... within 48 hours" is a rule; "that council's area"
    # is the receiving council the stem names before it
    kept, _ = drafted(tmp_path, BILL, matcher)
    clause = next(q for q in kept if q.prompt.startswith("Clause 7"))
    assert (clause.rule, key(clause)) == ("count", ["48"])
    # a clause cited by its number alone is the clause of the bill the text names
    assert clause.prompt == "Clause 7 of the Child Runaways (Safety) Bill creates a duty on local councils to pass a runaway child's file to the receiving council within ____ hours of learning that the child lives in that council's area."
    assert not [r for r in clause.reasons if "points back" in r or r.startswith("fatal")]


def test_a_bracketed_word_of_a_name_is_no_acronym() -> None:
    from curriculum.draft.referents import earlier_name

    text = "Child Runaways (Safety) Bill\n\nThe Bill does two things."
    assert earlier_name(text, text.index("The Bill does"), ["Bill"]) == ("Child Runaways (Safety) Bill", 24, True)
    text = "Officers search the International Child Sexual Exploitation (ICSE) database daily.\n\nThe database holds images."
    assert earlier_name(text, text.index("The database"), ["database"]) == ("ICSE database", 67, True)


def test_a_prohibition_joined_to_an_instruction_is_not_asked_but_a_list_items_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Court visits\n\n"
        "Book a visit to the court room before the trial; the usher must not discuss the evidence with the child.\n\n"
        "The review makes three recommendations:\n\n"
        "1. young witnesses must not be cross-examined by a defendant in person;\n"
        "2. every court should have a live link room;\n"
        "3. ushers should be trained every year.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept + below if q.qtype == "true_false"] == [
        ("false-statement", "Young witnesses may be cross-examined by a defendant in person.", False),
    ]


CODE_TWO_ACTS = (
    "Code of Practice on Supervising Registered Persons\n\n"
    "1. Status\n\n"
    "This Code is made under section 12 of the Public Protection (Registration and Supervision) Act 2022 (\"the Act\").\n\n"
    "2. Records\n\n"
    "Supervising officers keep records in line with the Data Protection Act 2018 and local retention rules.\n\n"
    "3. Travel\n\n"
    "A registered person who fails to give notice of travel abroad commits an offence punishable by up to 3 years' imprisonment (section 31).\n"
)


def test_a_bare_section_is_not_given_to_one_of_two_acts(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the section is the Act's the Code is made under, not the Data Protection Act named
    # nearest: with two Acts before it, naming either would be a guess and a wrong key
    kept, below = drafted(tmp_path, CODE_TWO_ACTS, matcher)
    travel = [q for q in kept + below if "notice of travel" in q.prompt]
    assert travel
    assert not [q.prompt for q in travel if "Data Protection Act" in q.prompt]
    assert all("(section 31)" in q.prompt for q in travel)


def test_a_bare_section_is_named_when_the_text_names_one_act(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = CODE_TWO_ACTS.replace("in line with the Data Protection Act 2018 and local retention rules", "for six years after supervision ends")
    text = text.replace("the Public Protection (Registration and Supervision) Act 2022", "the Public Protection Act 2022")
    kept, below = drafted(tmp_path, text, matcher)
    travel = [q for q in kept + below if "notice of travel" in q.prompt]
    assert travel
    assert all("(section 31 of the Public Protection Act)" in q.prompt for q in travel), [q.prompt for q in travel]

# --- a rule inside a survey finding ------------------------------------------------------


def test_the_rule_a_finding_says_people_did_not_know_is_asked_without_the_finding(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Survey of response officers\n\n"
        "Findings\n\n"
        "- 64% did not know that a seized phone should be kept switched on and cut off from networks, under the force's Device Procedure (DP 2, 2024).\n"
        "- Only 31% knew that they must call the duty officer.\n"
        "- 40% knew that reports rose in 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), q.stem_rule) for q in kept] == [
        ("true-statement", "A seized phone should be kept switched on and cut off from networks, under the force's Device Procedure (DP 2, 2024).", True,
         "the rule a finding says people knew"),
    ]
    # a pronoun's duty ("they must") and a finding that is no rule give no such statement
    assert not [q for q in kept + below if q.prompt.startswith(("They must", "Reports rose"))]


def test_an_offence_a_bill_will_create_is_asked_under_the_bill(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Child Runaways (Safety) Bill\n\n"
        "Second Reading\n\n"
        "Breach of a runaway protection order without reasonable excuse will be an offence carrying a maximum of four years' imprisonment.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "Under the Child Runaways (Safety) Bill, breach of a runaway protection order without reasonable excuse will be an offence carrying a maximum of ____ years' imprisonment.", ["four"]),
    ]


def test_a_plan_in_the_future_is_still_no_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The Runaway Desk will publish a guide for carers in four months.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert kept == []


# --- "you" in a text that speaks to one person ------------------------------------------


REMARKS = (
    "Sentencing remarks\n\n"
    "You pleaded guilty to two offences. You used a false name online.\n\n"
    "Because of the length of your sentence, you will be subject to the notification requirements of Part 3 of the Offenders Act 2019 for a period of 7 years. "
    "You must notify the police of your name and address within 5 days of your release.\n"
)


def test_a_rule_said_to_the_defendant_is_asked_of_whoever_it_applies_to(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = drafted(tmp_path, REMARKS, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "A person subject to the notification requirements of Part 3 of the Offenders Act 2019 must notify the police of their name and address within ____ days of their release.", ["5"]),
    ]


def test_without_what_makes_the_rule_apply_a_rule_said_to_one_person_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = REMARKS.replace("you will be subject to the notification requirements of Part 3 of the Offenders Act 2019", "you will be registered")
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if "notify the police" in q.prompt]
    held = next(q for q in below if q.rule == "count" and "notify the police" in q.prompt)
    assert '-0.50 points back: "You" is the one person the text speaks to; the stem must say whom the rule is for' in held.reasons


LEAFLET = (
    "Sextortion: help for young people and parents\n\n"
    "Maybe you sent a picture and now someone is asking you for money. You have done nothing wrong by telling us.\n\n"
    "A specialist officer will normally call you within 12 hours of a report to the police.\n"
)


def test_a_pages_you_is_the_reader_its_title_names(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the page says "you sent", "you have done": it speaks to one person, whom its title
    # names; "you" as the object needs no change of its verb
    kept, _ = drafted(tmp_path, LEAFLET, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if q.rule == "count"] == [
        ("count", "A specialist officer will normally call a young person or parent within ____ hours of a report to the police.", ["12"]),
    ]


def test_a_page_whose_title_names_no_reader_keeps_its_you_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, LEAFLET.replace("help for young people and parents", "what happens next"), matcher)
    assert not [q for q in kept if "specialist officer" in q.prompt]
    held = next(q for q in below if q.rule == "count" and "specialist officer" in q.prompt)
    assert '-0.50 points back: "you" is the one person the text speaks to; the stem must say whom the rule is for' in held.reasons


@pytest.mark.parametrize(("title", "reader"), [
    ("Online bullying: advice for parents and carers | A Charity", "a parent or carer"),
    ("Information for victims of crime", "a victim"),
    ("Guidance for staff", "a member of staff"),
    ("Help for young people", "a young person"),
    ("Guidance for reporting concerns", ""),  # no reader: a gerund
    ("Annual report 2025", ""),
    ("Statutory guidance for schools (2025)", ""),  # a body, not a person reading
    ("A terminology guide for child sexual exploitation work", ""),
])
def test_the_reader_a_title_names(title: str, reader: str) -> None:
    assert addressee.reader_of(title) == reader


PROCEDURE = (
    "Complaint decision\n\n"
    "The Harbour Constabulary Runaway Children Procedure (version 3, in force from 1 May 2024) states:\n\n"
    "- A runaway child must be visited at home within 48 hours of coming back.\n"
    "- The visit is recorded on the case file.\n"
)


def test_a_local_procedures_rule_names_the_procedure_its_lead_in_quotes(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = drafted(tmp_path, PROCEDURE, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if q.rule == "count"] == [
        ("count", "Under the Harbour Constabulary Runaway Children Procedure, a runaway child must be visited at home within ____ hours of coming back.", ["48"]),
    ]


@pytest.mark.parametrize(("lead", "shown"), [
    ("3.1 Harbour Constabulary Runaway Children Procedure (version 3) states:", "Under the Harbour Constabulary Runaway Children Procedure, "),
    ("The Northgate Safeguarding Policy says:", "Under the Northgate Safeguarding Policy, "),
    ("The procedure states:", ""),  # no name: whose it is stays unsaid
    ("Officers told us:", ""),
])
def test_which_lead_ins_quote_a_named_instrument(lead: str, shown: str) -> None:
    assert instrument_lead(lead) == shown


def test_a_leaflets_you_is_every_reader(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "If you find a child alone on the beach, you must call the coastguard within 10 minutes.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [q.prompt for q in kept if q.rule == "count"] == [
        "If you find a child alone on the beach, you must call the coastguard within ____ minutes."]


STANDARD = (
    "Exchange of hash lists between child protection agencies: technical standard, version 3.0\n\n"
    "1. Retention\n\n"
    "A receiving agency MUST delete a withdrawn hash record within 14 days of the withdrawal notice.\n\n"
    "An agency SHOULD confirm each deletion to the sending agency within 5 working days.\n\n"
)


def test_a_standards_capitalised_requirement_word_is_no_fused_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "MUST", "SHOULD" (RFC 2119 style) are words of the rule, not a heading's first word
    # (Title-case heading words fused in front stay fatal: test_draft_language.py)
    kept, below = drafted(tmp_path, STANDARD, matcher)
    rules = [q for q in kept + below if "MUST delete" in q.prompt or "SHOULD confirm" in q.prompt]
    assert {q.rule for q in rules} >= {"count"}
    assert not [r for q in rules for r in q.reasons if "heading fused" in r or r.startswith("fatal")]
