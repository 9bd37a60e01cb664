# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the document's own machinery (``own.py``, ``discourse.py``): an exercise, a course or an
evaluation names its own papers ("Exercise Evaluation Guide", "After Action Report") and
says by what date they will be issued; asked, they teach an officer nothing about the work
(blind review 22, a5: both dropped, rubric 7). A term of the work in the same document,
and a time limit of the work in the future tense, are asked as before. Each class on a
short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import discourse, nlp, own
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "exercise.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher))


_EXERCISE = (
    "# Exercise Northern Gate: a tabletop exercise on missing children\n\n"
    "Date of issue: 2 February 2026\n\n"
    "## Evaluation\n\n"
    "Evaluators score each objective on the Exercise Evaluation Form (EEF).\n\n"
    "The Post Incident Action Summary (PIAS) and the improvement plan will be circulated by 20 March 2026.\n\n"
    "## The practice tested\n\n"
    "Officers must record every missing child report on the Police National Database (PND) within 2 hours.\n"
)


def test_the_exercises_own_papers_are_not_asked_and_a_term_of_the_work_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, _EXERCISE, matcher)
    acronyms = {q.answers[0]: q for q in [*kept, *below] if q.rule == "acronym"}
    form, summary, database = (acronyms["Exercise Evaluation Form"], acronyms["Post Incident Action Summary"],
                               acronyms["Police National Database"])
    assert form in below and summary in below
    assert ('not worth asking: the document\'s own instrument ("Exercise Evaluation Form": named for the '
            "document's own exercise): about this document's own process, not the field") in form.reasons
    assert ('not worth asking: the document\'s own output and its date ("The Post Incident Action Summary '
            '... circulated ... 20 March 2026"): about this document\'s own '
            "process, not the field") in summary.reasons
    # the term of the work is judged as before (its sentence's time limit ranks higher)
    assert not [r for r in database.reasons if "document's own" in r]
    assert [q.prompt for q in kept] == [
        "Officers must record every missing child report on the Police National Database (PND) within ____ hours."]


@pytest.mark.parametrize(("name", "nouns", "held"), [
    ("After Action Report", frozenset(), True),
    ("Master Scenario Events List", frozenset(), True),
    ("Exercise Evaluation Guide", frozenset({"exercise"}), True),
    ("Course Feedback Tracker", frozenset({"course"}), True),
    ("Suspicious Activity Report", frozenset(), False),
    ("Serious Case Review", frozenset(), False),
    ("National Action Plan", frozenset(), False),
    ("Terms of Reference", frozenset(), False),
    ("Joint Investigation Team", frozenset({"team"}), False),
    ("Exercise Evaluation Guide", frozenset({"course"}), True),
    ("Exercise Lantern Quay", frozenset({"course"}), False),
])
def test_which_names_are_the_documents_own_papers(name: str, nouns: frozenset[str], held: bool) -> None:
    # a name that carries the kind of event the title names, or one made only of the
    # words of a process's paperwork and ending in a paper; never a name with a word of
    # the work, nor a team's name
    tokens = list(nlp.parse([name])[0])
    assert bool(own.own_instrument(tokens, nouns)) is held


@pytest.mark.parametrize(("sentence", "held"), [
    ("The final evaluation report will be published in March 2027.", True),
    ("Evaluator forms are due to the lead evaluator by 17:00 on 12/11/2026.", True),
    ("Results will be published on 24 March 2026.", True),
    ("Reports will be submitted to the national hotline within 24 hours.", False),
    ("Providers must submit a report by 31 January each year.", False),
    ("The Commission will issue guidance by June 2027.", False),
    ("A final evaluation report is due within 60 days of the end of the operation.", False),
    ("The Act will come into force on 1 March 2027.", False),
])
def test_the_date_of_a_processs_own_paper(sentence: str, held: bool) -> None:
    # a paper of the process, issued or due by a date of the calendar; a span is a time
    # limit of the work, a body or a law is no paper of the process, "must" is a duty
    assert bool(own.own_schedule(nlp.parse([sentence])[0])) is held


_PROJECT = (
    "# Project Safe Harbour: progress report for the funder\n\n"
    "Report date: 15 May 2026\n\n"
    "## Milestones\n\n"
    "Indicator 2.1 requires that at least 4 partner countries connect to the database by the end of 2027.\n\n"
    "Action 3.2 was completed on 21 February 2026.\n\n"
    "## The work\n\n"
    "Principle 3 requires an audit trail that an independent third party could follow.\n\n"
    "Investigators must compare every new series with the national database within 48 hours.\n"
)


def test_a_numbered_part_of_the_documents_own_plan_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "Indicator 2.1": a part of the project's own logframe, numbered by the document
    # itself, whatever its verb (``discourse.py``, beside the status of a minute's "Action
    # 3.2"); a principle of the work and a rule of the work are asked as before
    kept, below = drafted(tmp_path, _PROJECT, matcher)
    own_parts = [q for q in [*kept, *below] if q.prompt.startswith(("Indicator 2.1", "Action 3.2"))]
    assert own_parts and not [q for q in own_parts if q in kept]
    indicator = [q for q in own_parts if q.prompt.startswith("Indicator")]
    assert indicator and all(
        '-0.50 about the document, not the world: "Indicator 2.1 requires" (a part of the document\'s own '
        "plan or event under its own number: what the plan sets itself, not a rule of the work)" in q.reasons
        for q in indicator)
    work = [q for q in [*kept, *below] if q.prompt.startswith(("Principle 3", "Investigators must"))]
    assert work and not [r for q in work for r in q.reasons if "document's own" in r]
    assert "Investigators must compare every new series with the national database within ____ hours." in [
        q.prompt for q in kept]


@pytest.mark.parametrize(("sentence", "held"), [
    ("Output 3 is a national referral pathway agreed by all agencies.", True),
    ("Article 23 requires States to criminalise the solicitation of children.", False),
    ("Principle 3 requires an audit trail that an independent third party could follow.", False),
    ("Output 3 of the EU Strategy is a hotline in every Member State.", False),
    ("Outcome data are published every year.", False),
])
def test_which_subjects_are_numbered_parts_of_the_documents_own_plan(sentence: str, held: bool) -> None:
    # a part word with the document's own number; a law's or a standard's part, a part of
    # another body's text (a name in the phrase), or a part word with no number is not
    assert ("a part of the document's own plan" in discourse.about_the_text(nlp.parse([sentence])[0])) is held


@pytest.mark.parametrize(("sentence", "held"), [
    ("The force must tell the Ombudsman within 56 days of this decision whether it accepts each recommendation.", True),
    ("Any appeal against this order must be lodged within 14 days from this order.", True),
    ("Officers must record a report of online grooming within 24 hours of the report.", False),
    ("This decision explains why officers must refer every report within 2 hours.", False),
    ("Exhibits must reach the store within 24 hours of seizure.", False),
])
def test_a_time_counted_from_the_document_itself(sentence: str, held: bool) -> None:
    reason = own.own_reckoning(nlp.parse([sentence])[0])
    assert bool(reason) is held, reason
    if held:
        assert reason.endswith("about this document's own process, not the field")


def test_a_deadline_from_the_decision_is_not_asked_and_a_limit_of_the_work_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Decision on a complaint about an online grooming report\n\n"
        "Police must record every report of online grooming as a crime within 24 hours.\n\n"
        "The force must tell the Ombudsman within 56 days of this decision whether it accepts each recommendation on online grooming reports.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [q.prompt for q in kept] == ["Police must record every report of online grooming as a crime within ____ hours."]
    held = [q for q in below if "this decision" in q.prompt]
    assert held and all(any('a time counted from this document itself ("of this decision")' in r for r in q.reasons) for q in held)


def test_a_consultations_own_business_with_respondents_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Consultation on online grooming offences\n\n"
        "## The law today\n\n"
        "Police must record every report of online grooming as a crime within 24 hours.\n\n"
        "## How to respond\n\n"
        "Responses about online grooming must reach the Department within 12 weeks.\n\n"
        "## Privacy notice\n\n"
        "The Department keeps responses about online grooming for two years after the summary is published, then deletes them.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [q.prompt for q in kept + below if "Police must" not in q.prompt] == []
    assert [q.prompt for q in kept] == ["Police must record every report of online grooming as a crime within ____ hours."]
