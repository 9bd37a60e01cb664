# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, options and answers that test something: a bound read from the words that
bind the figure, years a reader can rule out by the document's date, small figures with
options a trainer would offer, and what a blanked figure measures (trivia or operational).
Each class on a short text of our own, with the exact outcome."""

from __future__ import annotations

import itertools
from pathlib import Path

from test_draft_value import drafted, fatal, key

from curriculum.draft.analysis import analyse
from curriculum.draft.distractors import written_value
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def candidates(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    return sentence_rules(analyse(read_source(path, tmp_path), "t", matcher), matcher)


def trivia(q: DraftQuestion) -> list[str]:
    return [r for r in q.reasons if "trivia" in r]


# --- impossible or also-true options ------------------------------------------------


def test_a_threshold_after_the_figure_wins_over_a_before_that_binds_another_phrase(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "Before" bounds the move, not the figure; "nights or more" makes six nights true too
    text = "Before moving to a holiday address for five nights or more, a registered offender must give the police the full address.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, key(q)) for q in kept] == [("true-statement", True)]
    assert [(q.rule, q.prompt, fatal(q)) for q in below] == [
        ("count", "Before moving to a holiday address for ____ nights or more, a registered offender must give the police the full address.",
         ['fatal: "nights or more" makes the figure a threshold: a larger option makes the sentence true as well, and options all on the other side would give the answer away']),
    ]


def test_an_or_more_after_a_possessive_unit_makes_a_maximum_a_threshold(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "a maximum of 10 years' imprisonment or more": an offence of 14 years is one too, so
    # "maximum of" is no duty's limit here; without the apostrophe read, it was asked (7/10/14/15)
    text = "There is no time limit for prosecuting an offence that carries a maximum of 10 years' imprisonment or more.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, fatal(q)) for q in below if q.rule == "count"] == [
        ("count", "There is no time limit for prosecuting an offence that carries a maximum of ____ years' imprisonment or more.",
         ['fatal: "years\' imprisonment or more" makes the figure a threshold: a larger option makes the sentence true as well, and options all on the other side would give the answer away']),
    ]
    assert all(q.rule != "count" for q in kept)


def test_a_limit_still_binds_through_the_words_between_it_and_the_figure(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "at least once every 12 months": a changed figure may still be true, so no false twin
    text = "A registered offender must confirm every detail to the police at least once every 12 months.\n"
    made = candidates(tmp_path, text, matcher)
    assert [(q.rule, q.truth) for q in made if q.qtype == "true_false"] == [("true-statement", True)]


def test_a_since_year_is_offered_only_before_the_documents_year(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Annual bulletin\n\nDate: 12 June 2025\n\n"
        "The national register has recorded online grooming offences as a separate category since 2022.\n"
    )
    made = [q for q in candidates(tmp_path, text, matcher) if q.rule == "year"]
    assert [[t for t, _ in q.options] for q in made] == [["2013", "2016", "2019", "2022"]]


def test_a_year_without_since_may_still_be_the_documents_year(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Annual bulletin\n\nDate: 12 June 2025\n\n"
        "The national register began to record online grooming offences as a separate category in 2022.\n"
    )
    made = [q for q in candidates(tmp_path, text, matcher) if q.rule == "year"]
    assert [[t for t, _ in q.options] for q in made] == [["2016", "2019", "2022", "2025"]]


def test_a_small_time_limit_gets_options_a_rule_might_set_not_neighbours(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "A registered offender must notify the police of a change of name within three days.\n\n"
        "A person convicted of grooming must notify the police of any new email address within 2 days.\n\n"
        "Officers must refer a child found in abuse images to social services within 24 hours.\n"
    )
    options = [[t for t, _ in q.options] for q in candidates(tmp_path, text, matcher) if q.rule == "count"]
    assert options == [["two", "three", "five", "seven"], ["1", "2", "3", "5"], ["12", "24", "36", "48"]]


def test_days_counted_in_months_are_set_against_months(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # blind review 20: 90 days among 70/110/140 is the only multiple of 30; 30 beside 28 tests nothing
    text = (
        "Service providers must preserve the logs for 90 days after a request from the police.\n\n"
        "The records unit must delete every expired entry within 30 days.\n"
    )
    options = [[t for t, _ in q.options] for q in candidates(tmp_path, text, matcher) if q.rule == "count"]
    assert options == [["30", "60", "90", "120"], ["7", "14", "30", "60"]]


def test_no_option_sits_beside_the_answer_or_another_option(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # 28 and 30 days, 14 and 15 years: both could be read as right
    text = (
        "A registered offender must notify the police at least 21 days before any travel abroad.\n\n"
        "The chief officer must decide an application to withdraw a notice within 28 days.\n\n"
        "Under the Act, the offence of arranging live-streamed abuse carries a maximum penalty of 15 years' imprisonment.\n"
    )
    options = [[t for t, _ in q.options] for q in candidates(tmp_path, text, matcher) if q.rule == "count"]
    assert options == [["14", "21", "28", "42"], ["14", "21", "28", "42"], ["10", "15", "20", "25"]]


def test_a_whole_time_limit_takes_the_same_values(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The records unit deletes every expired entry within 30 days.\n\n"
        "The records unit completes every review within 20 working days.\n"
    )
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    made = procedure_rules(analyse(read_source(path, tmp_path), "t", matcher))
    assert [[t for t, _ in q.options] for q in made if q.rule == "time-limit"] == [
        ["14 days", "30 days", "60 days", "90 days"],
        ["14 working days", "20 working days", "28 working days", "42 working days"],
    ]


def test_a_limit_in_words_takes_the_same_values_in_words(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "fourteen days" is set against the limits "14 days" is, written as the key is: not
    # "ten / twenty / twenty-five" (no one sets 25 days), nor "ten days" beside "21 days"
    text = (
        "Duties of the case officer\n\n"
        "The case officer must:\n\n"
        "- inform the sending force of any refusal within fourteen days;\n"
        "- record the refusal on the register.\n"
    )
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    made = procedure_rules(analysis) + sentence_rules(analysis, matcher)
    assert [(q.rule, [t for t, _ in q.options]) for q in made if q.rule in ("time-limit", "count")] == [
        ("time-limit", ["ten days", "fourteen days", "twenty-one days", "twenty-eight days"]),
        ("count", ["ten", "fourteen", "twenty-one", "twenty-eight"]),
    ]
    text = "Registered offenders must notify a change of address within thirty days.\n"
    options = [[t for t, _ in q.options] for q in candidates(tmp_path, text, matcher) if q.rule == "count"]
    assert options == [["seven", "fourteen", "thirty", "sixty"]]


def test_a_small_count_gets_options_two_apart(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Officers in the online child abuse unit found four victims in the shared folder.\n"
    options = [[t for t, _ in q.options] for q in candidates(tmp_path, text, matcher) if q.rule == "count"]
    assert len(options) == 1
    values = sorted(written_value(v) for v in options[0])
    assert 4 in values and all(b - a >= 2 for a, b in itertools.pairwise(values)), options


# --- what the figure measures ------------------------------------------------------


def test_a_deadline_is_never_a_workload_whatever_the_verb(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Every registered offender receives a home visit within 10 days of release from prison, and again after any change of address.\n"
    made = candidates(tmp_path, text, matcher)
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, key(q)) for q in kept] == [("true-statement", True)]
    assert not [r for q in kept for r in q.reasons if "workload" in r]
    assert made  # the sentence is drafted at all


def test_the_start_of_one_bodys_trend_is_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Reports of online grooming to the national helpline have doubled every year since 2019.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert [(q.rule, trivia(q)) for q in below if q.rule == "year"] == [
        ("year", ["-0.35 trivia: when a trend in one body's figures began"]),
    ]


def test_a_courses_session_length_is_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The police college limits each classroom session on grading abuse images to 40 minutes.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert [(q.rule, trivia(q)) for q in below if q.rule == "count"] == [
        ("count", ["-0.35 trivia: how long a course or its sessions last (minutes)"]),
    ]


def test_the_sentence_in_one_case_is_trivia_the_penalty_in_law_is_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The judge sentenced the defendant to four years' imprisonment for grooming a child online.\n\n"
        "Grooming a child online is an offence punishable by a maximum sentence of ten years' imprisonment.\n\n"
        "The court also made a sexual harm prevention order against the defendant for seven years.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    case = [q for q in below if q.sentence.line in (1, 5)]
    assert {q.sentence.line for q in case if q.rule == "count"} == {1, 5}
    assert case and all("-0.35 trivia: the sentence passed in one case, not the law's penalty" in q.reasons
                        for q in case if q.rule == "count")
    assert [(q.rule, q.sentence.line, key(q)) for q in kept] == [("count", 3, ["ten"])]
    assert not trivia(kept[0])


def test_a_studys_design_is_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Okafor and Lind (2016) pooled 42 studies of convicted offenders and found a sexual reoffending rate of 9% over a follow-up of about five years.\n"
    kept, below = drafted(tmp_path, text, matcher)
    made = [q for q in kept + below if q.rule == "count"]
    assert sorted(q.analysis.doc.display(*q.key) for q in made) == ["42", "five"]
    assert [trivia(q) for q in sorted(made, key=lambda q: q.key)] == [
        ['-0.40 trivia: a count of what the review itself looked at ("study")'],
        ["-0.35 trivia: a study's design (its sample or follow-up, years), not its finding"],
    ]


def test_a_rule_that_changes_a_figure_is_no_trend(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "are doubled" is what the law does to the period, not a body's figures rising
    text = "For an offender convicted of a second offence, the notification periods of 5 years and 10 years are doubled.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept + below and not [r for q in kept + below for r in q.reasons if "trend" in r]


def _list_questions(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    from curriculum.draft.lists import list_rules

    path = tmp_path / "lists.md"
    path.write_text(text, "utf-8")
    return list_rules(analyse(read_source(path, tmp_path), "t", matcher))


def test_list_options_come_only_from_a_list_of_the_same_kind(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """An attendance list (people with their posts) gives no options for categories of
    offenders; another list of categories does."""
    people = (
        "# Panel meeting notes\n\n"
        "Present at the review:\n\n"
        "- Inspector Maria Okafor, Harbour Police Public Protection Unit\n"
        "- Daniel Brook, Senior Probation Officer, Eastmere probation team\n"
        "- Helen Stroud, Head of Safeguarding, Eastmere Council\n\n"
        "The panel sorts every case into one of three groups:\n\n"
        "- offenders on the sex offender register\n"
        "- violent offenders released on licence\n"
        "- other offenders who pose a serious risk\n"
    )
    assert _list_questions(tmp_path, people, matcher) == []
    categories = people.replace(
        "Present at the review:\n\n"
        "- Inspector Maria Okafor, Harbour Police Public Protection Unit\n"
        "- Daniel Brook, Senior Probation Officer, Eastmere probation team\n"
        "- Helen Stroud, Head of Safeguarding, Eastmere Council\n",
        "Groups the panel no longer uses:\n\n"
        "- offenders awaiting trial\n"
        "- young people under a referral order\n"
        "- adults on police bail\n",
    )
    questions = _list_questions(tmp_path, categories, matcher)
    member = [q for q in questions if q.rule == "list-member"]
    assert len(member) == 1
    assert {t for t, ok in member[0].options if not ok} <= {
        "Offenders awaiting trial", "Young people under a referral order", "Adults on police bail"}


def test_a_list_whose_lead_in_names_a_theme_belongs_to_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Items with no theme words of their own ("requests for secrecy") do not keep a list
    from the theme its lead-in names; items of another theme would."""
    from curriculum.draft.pipeline import question_theme

    text = (
        "# Notes for school liaison officers\n\n"
        "Signs that a pupil is being groomed online:\n\n"
        "- gifts from an adult the family does not know\n"
        "- requests for secrecy\n"
        "- a second phone hidden at home\n\n"
        "Other worries parents raised at the meeting:\n\n"
        "- noise from the playground\n"
        "- late buses\n"
        "- the cost of uniforms\n"
    )
    member = [q for q in _list_questions(tmp_path, text, matcher) if q.rule == "list-member"]
    assert [question_theme(q, matcher) for q in member] == ["internet-facilitated-crimes", None]
