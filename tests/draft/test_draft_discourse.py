# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, sentences about the document rather than the world (``discourse.py``): a
paper's or a speaker's outline, a course's learners, a headline question, a correction, a
place that only locates a body, and a carried lead that resolves nothing. Each class on a
short text of our own, with the exact outcome (the question reaches the module, or it is
held back with the reason)."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.pipeline import rules_for
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def one(questions: list[DraftQuestion], rule: str, start: str) -> DraftQuestion:
    [q] = [q for q in questions if q.rule == rule and q.prompt.startswith(start)]
    return q


# -- about the text ------------------------------------------------------------------------


def test_what_a_paper_reviews_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The paper reviews published accounts of the victim identification task force for "
            "Africa, first discussed in Nairobi in May 2019.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "key-term", "The paper reviews published accounts of the victim identification ____ for Africa")
    assert q.reasons == ['-0.50 about the document, not the world: "The paper reviews" (what a text or a talk presents)']
    assert q.score < 0.5  # not even a top-up for a theme with nothing else


def test_what_this_plan_sets_out_is_held_back_and_a_plan_of_the_world_is_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "This plan" is the document; an acronym asked of its scope tests the document's own
    # wording, not a fact; "The safety plan" is one of the world's plans, and may be asked
    text = ("This plan sets out what the Harbour Victim Identification Team (HVIT) will deliver "
            "for child victim identification in the year 2027-28.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "acronym", "This plan sets out what the ____ (HVIT)")
    assert '-0.50 about the document, not the world: "This plan sets" (what a text or a talk presents)' in q.reasons
    text = ("The safety plan sets out that the Harbour Victim Identification Team (HVIT) "
            "reviews each identified child's case within 10 working days.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert not any("about the document" in r for q in kept + below for r in q.reasons)


def test_the_status_of_a_documents_own_numbered_item_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # a minute's action items: when one was done or that it moves on is the record's own
    # business, not a fact of the world (the keyword inside it is no reason to ask it)
    text = ("The notes of the last meeting were agreed. Action 4.2 (a briefing note for school "
            "nurses on Green Notices) was completed on 14 May. Action 4.3 (training on live "
            "streaming for call handlers) is carried forward to the next meeting.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert one(below, "key-term", "Action 4.2").reasons == [
        '-0.50 about the document, not the world: "Action 4.2 was completed" (the status of the '
        "document's own numbered item: an administrative record, not a fact of the world)"]
    assert one(below, "key-term", "Action 4.3").reasons == [
        '-0.50 about the document, not the world: "Action 4.3 is carried" (the status of the '
        "document's own numbered item: an administrative record, not a fact of the world)"]


def test_a_numbered_provision_that_sets_a_rule_is_about_the_world(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Under the Offender Travel Code, Rule 4 requires every registered sex offender to notify travel within 3 days.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert not [r for q in kept for r in q.reasons if "about the document" in r]
    assert [q.rule for q in kept] == ["count"]


def test_what_a_keynote_outlines_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The keynote outlines how specialist officers identified 212 children in 2024.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "count", "The keynote outlines how specialist officers identified ____ children")
    assert '-0.50 about the document, not the world: "The keynote outlines" (what a text or a talk presents)' in q.reasons


def test_what_the_text_presents_in_its_own_pages_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "In this report we examine 1,200 referrals received by the Harbour hotline in 2024.\n\n"
        "Three cases in which officers identified 12 children in 2023 are described below.\n\n"
        "The purpose of this guide is to help officers notify the Harbour Child Protection "
        "Team within 24 hours.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    reasons = {q.sentence.line: [r for r in q.reasons if "about the document" in r]
               for q in below if q.rule == "count"}
    assert reasons == {
        1: ['-0.50 about the document, not the world: "we examine ... In this report" (what a text presents)'],
        3: ['-0.50 about the document, not the world: "Three cases are described ... below" (what a text presents)'],
        5: ['-0.50 about the document, not the world: "The purpose of this guide" (what a text is for)'],
    }


def test_what_the_learners_will_learn_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Participants will learn to grade 30 referrals within 24 hours.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "count", "Participants will learn to grade ____ referrals")
    assert "-0.50 about the document, not the world: \"Participants will learn\" (the text's audience as learners)" in q.reasons


def test_a_rule_the_learners_will_practise_stands_with_its_own_subject(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Participants will practise how an officer must record a disclosure within 24 hours.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    q = one(kept, "count", "Participants will practise how an officer must record a disclosure within ____ hours.")
    assert not any("about the document" in r for r in q.reasons)


def test_a_readers_right_and_a_panels_practice_are_about_the_world(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("You can review the data the Harbour Unit holds about you within 30 days of a "
            "request.\n\nThe panel reviews each case within 28 days of the referral.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert {q.sentence.line for q in kept + below} == {1, 3}
    assert all("about the document" not in r for q in kept + below for r in q.reasons)


def test_a_finding_reported_by_a_review_still_reaches_the_module(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The Harbour Review Board found that 212 children were identified by specialist "
            "officers in 2024.\n")
    kept, _ = drafted(tmp_path, text, matcher)
    q = one(kept, "count", "The Harbour Review Board found that ____ children")
    assert q.answers or [t for t, ok in q.options if ok] == ["212"]
    assert not any("about the document" in r for r in q.reasons)


def test_a_meeting_report_telling_what_was_discussed_is_about_the_world(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The delegates discussed the 36 victims identified by the Coastal Victim "
            "Identification Task Force in 2023.\n")
    kept, _ = drafted(tmp_path, text, matcher)
    q = one(kept, "count", "The delegates discussed the ____ victims")
    assert not any("about the document" in r for r in q.reasons)


def test_a_list_lead_in_that_presents_its_list_is_a_frame(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Harbour guidance sets out the four stages of a joint visit, in order:\n\n"
        "1. Planning: the officer and the social worker agree the purpose of the visit.\n"
        "2. Arrival: both introduce themselves and explain why they have come.\n"
        "3. Conversation: the child is seen alone where it is safe to do so.\n"
        "4. Closing: the family is told what will happen next and when.\n"
    )
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    kept, _ = choose(rules_for(analysis, matcher))
    q = one(kept, "ordering", "The Harbour guidance sets out the four stages of a joint visit, in order.")
    assert not any("about the document" in r for r in q.reasons)


# -- headlines -----------------------------------------------------------------------------


def test_a_written_question_headline_is_not_a_statement(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Senator Anna Kovac (Harbour Party) to ask the Minister of Justice how many "
            "registered offenders notified the police of a journey abroad in each of the "
            "last five years.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "count", "Senator Anna Kovac")
    assert q.score == 0
    assert 'fatal: a headline ("X to ask ..."), not a statement: its only finite verbs are in the question it announces' in q.reasons


def test_a_numbered_written_question_is_a_headline_too(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Councillor Ruth Amari (Harbour Ward, Green) to ask the Secretary of State for "
            "Justice (i) how many registered offenders subject to travel notification told "
            "the police of a journey in each of the last four years; (ii) what information "
            "is sent to the countries they visit; and (iii) whether she will review the "
            "notice period.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "count", "Councillor Ruth Amari")
    assert 'fatal: a headline ("X to ask ..."), not a statement: its only finite verbs are in the question it announces' in q.reasons


def test_a_sentence_with_a_noun_before_an_infinitive_is_no_headline(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The decision to refer a child to the Harbour Child Protection Team is taken by "
            "the duty inspector within 2 hours.\n\n"
            "The right of a child to be heard in any hearing that concerns the child is also "
            "set out in section 12 of the Harbour Children Act, passed in 2015.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert {q.sentence.line for q in kept + below} == {1, 3}
    assert all("headline" not in r for q in kept + below for r in q.reasons)


# -- corrections ---------------------------------------------------------------------------


def test_a_correction_of_the_texts_own_figures_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("In the first reply the Registry gave the number of referrals as 310. The correct "
            "figure is 301. The Registry found that nine referrals had been counted twice. "
            "We regret the error.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    q = one(below, "count", "The Registry found that ____ referrals had been counted twice.")
    assert "-0.50 a correction of the text's own figures (an erratum), not a fact to learn" in q.reasons


def test_an_erratum_line_is_a_correction(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The figure for 2023 in Table 2 should read 312 referrals.\n"
    _, below = drafted(tmp_path, text, matcher)
    q = one(below, "count", "The figure for 2023 in Table 2 should read ____ referrals.")
    assert "-0.50 a correction of the text's own figures (an erratum), not a fact to learn" in q.reasons


def test_the_same_finding_without_an_error_reaches_the_module(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The Registry found that nine children had been identified through the Harbour "
            "image database in 2023.\n")
    kept, _ = drafted(tmp_path, text, matcher)
    q = one(kept, "count", "The Registry found that ____ children")
    assert not any("correction" in r for r in q.reasons)


# -- a place that only locates a body ------------------------------------------------------


def test_the_city_a_bureau_sits_in_is_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Warnings about travelling offenders are sent through the Regional Liaison Bureau "
            "in Marseille.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert [q for q in kept if q.rule == "place"] == []
    q = one(below, "place", "Warnings about travelling offenders")
    assert '-0.35 trivia: the place only says where a body sits ("Bureau in ____")' in q.reasons


def test_a_place_an_offender_travels_to_is_not_a_bodys_seat(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("In 2024 the Harbour Travel Unit refused 14 registered offenders permission to "
            "travel to Thailand.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert all("where a body sits" not in r for q in kept + below for r in q.reasons)


# -- carried leads -------------------------------------------------------------------------


def test_a_time_the_stem_dates_itself_carries_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The speaker traces the history of shared image databases. In March 2019 the Harbour "
        "Police announced that 4,000 victims had been identified through its Child Image Match "
        "(CIM) database, with 30 countries connected at that time.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    q = one(kept, "count", "In March 2019")
    assert q.prompt == ("In March 2019 the Harbour Police announced that ____ victims had been identified through its Child Image Match (CIM) database, with 30 countries connected at that time.")
    assert q.carried is None and q.reasons == ["+0.10 operational figure (victim)", "+0.05 an outcome or procedure"]
    assert all(q.carried is None for q in kept + below)


def test_a_length_of_time_the_stem_shows_is_what_that_time_means(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "No officer may search a phone without a warrant. In an emergency an inspector may "
        "authorise a search; the authority lasts 48 hours and must be confirmed by a judge "
        "within that time.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    questions = [q for q in kept + below if "48" in q.prompt or "____ hours" in q.prompt]
    assert questions and all(q.carried is None for q in questions)
    assert all(not any("that time" in r for r in q.reasons) for q in questions)


def test_a_noun_the_stem_names_as_a_kind_before_needs_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Time matters most when a child is taken by a stranger. The Harbour Police study of "
        "child abduction cases found that in 70% of the cases studied the child was found "
        "within 24 hours of the abduction.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    questions = [q for q in kept + below if q.sentence.line == 1 and "Harbour Police study" in q.prompt]
    assert questions and all(q.prompt.startswith("The Harbour Police study") for q in questions)
    assert all(q.carried is None for q in questions)
    assert all(not any('"the child"' in r for r in q.reasons) for q in questions)


def test_a_texts_outline_is_never_carried_as_a_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The session reviews the work of the Harbour Victim Identification Unit. It "
        "identified 48 children in 2024 through image analysis.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    q = one(kept + below, "count", "It identified ____ children")
    assert q.carried is None and q not in kept
    assert '-0.50 points back: "It" is not in the stem' in q.reasons


def test_a_lead_that_does_not_name_the_noun_this_points_to_is_not_carried(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Harbour Offender Unit reviewed its caseload in 2024. These offenders must notify "
        "the police of a new address within 3 days.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    q = one(kept + below, "count", "These offenders must notify")
    assert q.carried is None and q not in kept
    assert '-0.50 points back: "These offenders"' in q.reasons


def test_a_lead_that_names_the_pronouns_noun_is_still_carried(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Northern Child Protection Unit ran a school safety campaign in 2022. It received "
        "340 referrals from teachers and school nurses.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    q = one(kept + below, "count", "The Northern Child Protection Unit ran")
    assert q.stem == "It received ____ referrals from teachers and school nurses."
    assert q.carried is not None and q.carried.note == "context carried from line 1"
