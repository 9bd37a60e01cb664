# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, what is worth asking: the question kinds and sentence kinds that failed blind
reviews are held back unless something makes them safe (a text's own questions and tasks,
a comparative with no standard, a place cued by another place, a course's logistics), a
screening trigger's period is asked, and a theme's five places prefer a spread of core
rules. Each class on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import by_value, choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.draft.truth import balance


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher, name: str = "text.txt") -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Chosen as for one theme's module: the threshold, one per sentence, the balance."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    candidates = sentence_rules(analysis, matcher) + list_rules(analysis)
    kept, below = choose(candidates)
    kept, swapped = balance(kept, candidates)
    return kept, [q for q in below if all(q is not k for k in kept)] + swapped


def fatal(q: DraftQuestion) -> list[str]:
    return [r for r in q.reasons if r.startswith("fatal")]


# --- a text's own questions and its tasks for the reader ----------------------------------


def test_a_question_the_text_asks_is_never_a_statement(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The call handler must grade every report of a missing child within 10 minutes.\nWho is told within the first 20 minutes?\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [q.prompt for q in kept] == ["The call handler must grade every report of a missing child within ____ minutes."]
    asked = [q for q in below if q.prompt.startswith("Who is told")]
    assert sorted(q.rule for q in asked) == ["count", "true-statement"]
    assert all(fatal(q)[0] == "fatal: the sentence is a question the text asks (an interrogative): it asserts nothing to test" for q in asked)


def test_a_task_under_review_questions_is_held_but_the_same_imperative_in_a_procedure_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Searching for a missing child\n\n## Procedure for search officers\n\n"
            "1. Search the home and the garden within 2 hours of the report.\n\n"
            "## Review questions\n\n"
            "1. Explain why the first 36 hours matter.\n"
            "2. List the five search zones in the order given above.\n")
    kept, below = drafted(tmp_path, text, matcher, "text.md")
    assert [q.prompt for q in kept] == ["Search officers must search the home and the garden within 2 hours of the report."]
    tasks = [q for q in below if "Explain" in q.prompt or "List" in q.prompt]
    assert {q.prompt for q in tasks} >= {"Explain why the first ____ hours matter.", "Explain why the first 36 hours matter."}
    assert tasks and all(fatal(q)[0] == 'fatal: a task the text sets its reader (an imperative under "Review questions"), not a rule or a fact' for q in tasks)


# --- a comparative with no standard ----------------------------------------------------------


def test_a_term_blanked_in_a_comparative_with_no_standard_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Mobile devices are a more recent concern.\nMobile devices are the tool most offenders now use to contact children.\n"
    kept, below = drafted(tmp_path, text, matcher)
    relative = next(q for q in below if q.rule == "key-term" and "recent" in q.prompt)
    assert relative.prompt == "____ are a more recent concern."
    assert fatal(relative) == ['fatal: "more recent" compares with nothing the stem shows: a sentence with no rule, figure or definition in it is no question']
    assert all(q.sentence.index != relative.sentence.index for q in kept)


# --- a place cued by another place -------------------------------------------------------------


def test_a_place_blank_with_another_place_in_its_stem_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The participants discussed the new INTERPOL Victim Identification Task Force for Asia.\n"
            "The first Victim Identification Task Force for Africa was announced at a meeting in Nairobi in March 2021.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, q.answers) for q in kept] == [
        ("place", "The participants discussed the new INTERPOL Victim Identification Task Force for ____.", ["Asia"]),
    ]
    cued = next(q for q in below if q.rule == "place")
    assert cued.prompt == "The first Victim Identification Task Force for ____ was announced at a meeting in Nairobi in March 2021."
    assert fatal(cued) == ['fatal: another place in the stem ("Nairobi") cues the answer']


# --- the logistics of the text's own training ------------------------------------------------


def test_the_length_of_an_e_learning_module_is_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Mandatory e-learning (45 minutes, module CX-12) opens on 3 March.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert sorted(q.rule for q in below) == ["count", "false-statement"]
    assert all("-0.35 trivia: how long a course or its sessions last (minutes)" in q.reasons for q in below)


# --- a screening trigger's period -----------------------------------------------------------


def test_the_period_of_a_screening_trigger_is_asked_but_its_count_stays_a_threshold(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The exploitation screening form must be completed for every child missing three times or more in 60 days.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, [t for t, ok in q.options if ok]) for q in kept] == [
        ("count", "The exploitation screening form must be completed for every child missing three times or more in ____ days.", ["60"]),
    ]
    held = {q.rule: fatal(q)[0] for q in below if fatal(q)}
    # how often is a threshold ("or more"); a changed period in a statement may still hold
    assert held == {
        "count": 'fatal: "times or more" makes the figure a threshold: a larger option makes the sentence true as well, and options all on the other side would give the answer away',
        "false-statement": "fatal: a comparison before the number makes other values true as well",
    }


# --- a theme's five places: a spread of core rules --------------------------------------------


def test_the_cap_takes_a_penalty_before_a_fifth_time_limit_and_a_duty_before_a_standard(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Case officers should hold the public protection certificate or obtain it within 9 months of appointment.\n"
            "The duty sergeant must review every open registration file within 6 days.\n"
            "A registered offender must notify a change of address within 3 days.\n"
            "A registered offender must notify any foreign travel at least 14 days before leaving.\n"
            "The case officer must record each home visit within 2 working days.\n"
            "The supervisor must countersign each risk assessment within 10 working days.\n"
            "Failure to notify a change of address is an offence punishable by up to 5 years' imprisonment.\n")
    kept, _ = drafted(tmp_path, text, matcher)
    assert len(kept) == 7
    assert [q.sentence.line for q in by_value(kept)] == [2, 7, 5, 3, 4, 6, 1]


def test_a_maximum_penalty_in_punishable_by_up_to_is_the_rule_s_limit_not_a_loose_bound(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Failure to notify a change of address is an offence punishable by up to 5 years' imprisonment.\n"
    _, below = drafted(tmp_path, text, matcher)
    count = next(q for q in below if q.rule == "count")
    assert fatal(count) == []


# --- a time limit hedged as common practice -------------------------------------------------


def test_a_meeting_s_time_limit_hung_on_a_hedge_is_a_step_not_an_event_s_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The unit reviews its guidance every year.\n"
            "A joint strategy meeting should take place as soon as possible, and in most areas within two working days.\n"
            "The annual meeting of the network took place in Lisbon within three days of the summit.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt) for q in kept] == [
        ("true-statement", "A joint strategy meeting should take place as soon as possible, and in most areas within two working days."),
    ]
    assert not [r for q in below if "strategy" in q.prompt for r in q.reasons if "trivia" in r]
    # a meeting that took place is still an event, whatever its "within"
    lisbon = next(q for q in below if q.rule == "true-statement" and "Lisbon" in q.prompt)
    assert lisbon.score == 0.0



# --- a figure under a negated noun ----------------------------------------------------------


def test_a_figure_in_what_a_negated_noun_would_do_is_never_a_choice(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The unit reviews its guidance every year.\n"
            "Accept every report of a missing child at once; never tell a caller to wait 48 hours before reporting.\n"
            "There is no rule requiring a wait of 24 hours before a missing child is reported.\n"
            "There is no waiting period of 12 hours before police act on a report of a missing child.\n"
            "Officers must tell the caller to expect a visit within 2 hours.\n")
    kept, below = drafted(tmp_path, text, matcher)
    # the statements are true as the source says them; no option would make them false
    assert sorted(q.rule for q in kept) == ["count", "true-statement", "true-statement"]
    # an instruction is no statement at all (claims.py; blind review 19, b4 and a5)
    accept = next(q for q in below if q.rule == "true-statement" and q.prompt.startswith("Accept"))
    assert fatal(accept)[0].startswith("fatal: an instruction, advice or an appeal")
    assert next(q for q in kept if q.rule == "count").prompt == "Officers must tell the caller to expect a visit within ____ hours."
    counts = sorted((q.prompt, fatal(q)[0]) for q in below if q.rule == "count")
    assert counts == [
        ("Accept every report of a missing child at once; never tell a caller to wait ____ hours before reporting.",
         'fatal: the figure sits in a negated clause ("wait"): other options make a true sentence as well'),
        ("There is no rule requiring a wait of ____ hours before a missing child is reported.",
         'fatal: the figure sits in a negated clause ("requiring"): other options make a true sentence as well'),
        ("There is no waiting period of ____ hours before police act on a report of a missing child.",
         'fatal: the figure sits in a negated clause ("is"): other options make a true sentence as well'),
    ]


def test_a_false_twin_of_a_negated_figure_is_held_it_would_be_true_as_well(tmp_path: Path, matcher: ThemeMatcher) -> None:
    from dataclasses import replace

    from curriculum.draft.scoring import score

    text = "The unit reviews its guidance every year.\nThere is no rule requiring a wait of 24 hours before a missing child is reported.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    true = next(q for q in kept if q.rule == "true-statement")
    twin = replace(true, rule="false-statement", truth=False, replacement="36",
                   prompt=true.prompt.replace("24", "36"), reasons=[], warnings=[])
    assert [r for r in score(twin).reasons if r.startswith("fatal")] == ['fatal: the figure sits in a negated clause ("requiring"): other options make a true sentence as well']



def test_what_a_presenter_is_to_say_is_not_a_statement_but_a_duty_to_explain_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The unit reviews its guidance every year.\n"
            "Point out that 19 days is too slow; the unit's target for 2026 is 10 days.\n"
            "The officer must explain that the interview will be recorded within 24 hours.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert [q.prompt for q in kept] == ["The officer must explain that the interview will be recorded within ____ hours."]
    told = [q for q in below if q.prompt.startswith("Point out")]
    assert len(told) == 3  # both figures as choices, and the false twin
    assert all(fatal(q) == ['fatal: an instruction to whoever presents the text ("Point out that ..."): what to say, not the fact itself'] for q in told)


def test_the_expected_actions_of_a_tabletop_exercise_are_no_reader_task(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Exercise HARBOUR: a tabletop exercise\n\n"
            "## Inject 1 (exercise time 10:00)\n\n"
            "Record the call as a missing person report and grade the risk within 10 minutes.\n\n"
            "## Practice exercise\n\n"
            "List the risk factors you see and grade the call within 10 minutes.\n")
    _, below = drafted(tmp_path, text, matcher, "text.md")
    task = 'a task the text sets its reader (an imperative under "Practice exercise"), not a rule or a fact'
    inject = [q for q in below if q.sentence.heading.startswith("Inject")]
    practice = [q for q in below if q.sentence.heading == "Practice exercise"]
    assert inject and not [r for q in inject for r in q.reasons if "a task the text sets" in r]
    assert practice and all(f"fatal: {task}" in q.reasons for q in practice)
