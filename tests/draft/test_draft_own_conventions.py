# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the document's own business, fourth round (``own.py``): the document's own
conventions and its own superseded rule (blind review 25: b4's "Where a case is marked
[SM], special measures have been granted ...", a court list's marker; a4's "An episode
that spans two reference years is counted in the year it began", a statistics office's
counting; b5's "The runbook said to telephone the desk for live-streaming indications",
one hotline's rule before an incident; a2's "the experts shall not discuss the
categorisation of any material", a court's direction to the two experts of one case; all
dropped as trivia, rubric 7). Each class on a short text of our own words, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp, own
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher))


_NOTES = (
    "# Harbour Reporting Line: Quarterly Figures and Lessons\n\n"
    "## How to read the tables\n\n"
    "Where a report is marked [LS], the analyst saw a live-streaming indication of child sexual abuse.\n\n"
    "A referral of child sexual abuse that arrives in the last 2 hours of a quarter is counted in the following quarter.\n\n"
    "## What went poorly\n\n"
    "The old rota said to page the duty inspector for every referral of child sexual abuse graded P1 within 30 minutes.\n\n"
    "## What we do now\n\n"
    "Analysts must refer any child at immediate risk of sexual abuse to the police within 1 hour.\n"
)


def test_the_documents_marks_counting_and_old_rule_are_not_asked_and_its_rule_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, "notes.md", _NOTES, matcher)
    assert [q.prompt for q in kept] == [
        "Analysts must refer any child at immediate risk of sexual abuse to the police within 1 hour."]
    reasons = {q.prompt: q.reasons for q in below}
    marked = [r for p, r in reasons.items() if "is marked" in p]
    counted = [r for p, r in reasons.items() if "is counted in" in p]
    rota = [r for p, r in reasons.items() if "old rota" in p]
    assert marked and counted and rota
    assert all('not worth asking: the document\'s own notation ("marked [LS]"): what a mark printed in this document '
               "means, not a fact of the work" in r for r in marked)
    assert all('not worth asking: a counting convention of the document\'s own figures ("counted in the following '
               'quarter"): how this document counts, not a fact an officer uses' in r for r in counted)
    assert all('not worth asking: what the organisation\'s own rota said at the time ("The old rota said"): a rule of '
               "one organisation in the past tense, no longer what is done" in r for r in rota)


@pytest.mark.parametrize(("sentence", "held"), [
    ("Where a hearing is marked [VL], the witness gives evidence by video link.", True),
    ("Forces marked with an asterisk supplied part-year data.", True),
    ("A dagger denotes a figure based on fewer than five cases.", True),
    ("Provisional counts are shown in italics.", True),
    ("Actions shaded amber are more than a month late.", True),
    ("Cases highlighted in yellow were closed after the last meeting.", True),
    # a mark of the work, or no sign at all
    ("Each exhibit is marked with the seizing officer's initials and a number.", False),
    ("Bags marked \"Evidence\" must be sealed in front of a witness.", False),
    ("Studies indicate that most runaways return within 48 hours.", False),
    ("Warning signs indicate a risk of grooming.", False),
    ("Red flags indicate a risk of grooming.", False),
    ("The inspection highlighted four red flags of grooming.", False),
])
def test_a_sentence_that_explains_the_documents_own_marks(sentence: str, held: bool) -> None:
    assert bool(own.own_notation(nlp.parse([sentence])[0])) is held


@pytest.mark.parametrize(("sentence", "held"), [
    ("A call that spans two calendar days is counted in the day it started.", True),
    ("Duplicate reports are excluded from the totals.", True),
    ("Repeat referrals are included in the figures for the month of the first referral.", True),
    # a recording rule, a law's counting, a counting in the active voice
    ("Each victim is counted as a separate crime.", False),
    ("Days spent in custody are counted towards the sentence.", False),
    ("Analysts count every image in the year it was found.", False),
    # the figures as subject: how they are made, not what they show
    ("These figures use the risk grade given at the first call.", True),
    ("The statistics exclude children reported from abroad.", True),
    ("The figures show that referrals rose by a fifth.", False),
    ("The Home Office figures use a wider definition.", False),
])
def test_a_statistics_own_counting_convention(sentence: str, held: bool) -> None:
    assert bool(own.own_counting(nlp.parse([sentence])[0])) is held


@pytest.mark.parametrize(("sentence", "held"), [
    ("The checklist told staff to phone the duty manager only for urgent cases.", True),
    ("The previous procedure required analysts to email every referral within 4 hours.", True),
    ("Back then the checklist did not require a second check for urgent cases.", True),
    ("The previous version of the protocol asked for a call only at night.", True),
    ("Until last spring the procedure was to fax every referral to the desk.", True),
    ("Under the former rota, analysts paged the inspector only at weekends.", True),
    # the present, a named body's paper, a law
    ("The procedure requires analysts to email every referral within 4 hours.", False),
    ("The 2019 Europol report said that most offenders used encrypted apps.", False),
    ("The Sexual Offences Act 2003 required offenders to notify within 3 days.", False),
    ("The analyst said that the child was at risk.", False),
    ("The procedure was reviewed last year.", False),
    ("Under the procedure, officers called the parents within an hour.", False),
    ("Under the Sexual Offences Act 2003, offenders had to notify within 3 days.", False),
])
def test_what_the_organisations_own_procedure_said(sentence: str, held: bool) -> None:
    assert bool(own.superseded(nlp.parse([sentence])[0])) is held


_EXPERTS = (
    "# Joint Report of Experts: Seized Phones (Case No. CR/2027/0112)\n\n"
    "## The court's directions\n\n"
    "At the hearing on 3 March 2027 the judge directed as follows:\n\n"
    "- The experts shall not discuss the grading of any indecent image of a child.\n"
    "- Each expert shall file a report on the child sexual abuse material within 28 days of the meeting.\n"
    "- The prosecution shall arrange for each child witness to see the live link room at least 7 days before the trial.\n"
)


def test_a_direction_to_the_cast_of_one_case_is_not_asked_and_one_for_a_witness_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Blind review 25, a2: an experts' joint statement in one case, "the experts shall not
    discuss the categorisation of any material" asked as a true/false item, dropped."""
    kept, below = drafted(tmp_path, "experts.md", _EXPERTS, matcher)
    assert [q.prompt for q in kept] == [
        "The prosecution shall arrange for each child witness to see the live link room at least ____ days before the trial."]
    grading = [q for q in below if "grading" in q.prompt]
    filing = [q for q in below if "shall file" in q.prompt]
    assert grading and filing
    assert all('not worth asking: a direction to this case\'s own experts ("The experts shall not discuss", the experts its '
               'title names, in a document that records one case: "Case No. CR/2027/0112" in its header): how this one '
               "proceeding is run, not a rule of the work" in q.reasons for q in grading)
    assert all('a direction to this case\'s own expert ("Each expert shall file"' in " ".join(q.reasons) for q in filing)


@pytest.mark.parametrize(("sentence", "title", "sign", "held"), [
    ("Both experts may inspect the seized phones at the police station.", "Joint Report of Experts", "a case", True),
    ("The applicants must attend the hearing in person.", "Notice to Applicants (Case 12/2027)", "a case", True),
    # no sign of one case, a person of the work, a finding, no modal, no article
    ("Both experts may inspect the seized phones at the police station.", "Joint Report of Experts", "", False),
    ("The witness shall give evidence by live link.", "Directions for the Child Witness", "a case", False),
    ("The experts agree that a write-blocker must be used.", "Joint Report of Experts", "a case", False),
    ("The experts met by video link for two hours.", "Joint Report of Experts", "a case", False),
    ("Experts must keep a record of every step of an examination.", "Joint Report of Experts", "a case", False),
])
def test_a_direction_to_the_cast_the_title_names(sentence: str, title: str, sign: str, held: bool) -> None:
    assert bool(own.own_cast(nlp.parse([sentence])[0], title, sign)) is held


_NOTICE = (
    "HARBOUR CROWN COURT\n"
    "DAILY LIST FOR MONDAY 4 MAY 2027\n\n"
    "NOTICE TO COURT USERS\n\n"
    "The building opens at 08:30 and visitors must pass through security, which can take up to 20 minutes.\n\n"
    "Child witnesses under 18 are eligible for special measures by reason of age.\n"
)


def test_a_venues_own_arrangements_are_not_asked_and_a_witness_rule_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Rubric 7: venues are trivia (a court list's notice to its users, blind review 25 b4)."""
    kept, below = drafted(tmp_path, "notice.txt", _NOTICE, matcher)
    assert [q.prompt for q in kept] == ["Child witnesses under 18 are eligible for special measures by reason of age."]
    security = [q for q in below if "security" in q.prompt]
    assert security and all(
        'not worth asking: the venue\'s own arrangements ("The building opens"): when its building opens or what its '
        "visitors do there, not a fact of the work" in q.reasons for q in security)


@pytest.mark.parametrize(("sentence", "held"), [
    ("The lecture hall closes at 17:30.", True),
    ("The car park closes at 18:00.", True),
    ("Delegates should arrive by 09:15 to collect their badges.", True),
    ("Visitors may not bring food into the lecture hall.", True),
    # the work's own closing, a unit's founding, a safeguarding rule for visitors
    ("Officers must close the investigation within 28 days.", False),
    ("The unit opened in 2019.", False),
    ("Visitors to a looked-after child must have a DBS check.", False),
    ("The child must be able to leave the interview room at any time.", False),
])
def test_a_venues_own_arrangements(sentence: str, held: bool) -> None:
    assert bool(own.own_venue(nlp.parse([sentence])[0])) is held


_JOINING = (
    "# Online Grooming Investigators' Course: Joining Notes\n\n"
    "## Before the course\n\n"
    "Participants must complete the 3 e-learning modules before the first classroom day.\n\n"
    "## Content\n\n"
    "A child who is at risk of sexual exploitation must be referred to children's social care within 24 hours.\n"
)


def test_what_a_courses_own_participants_must_do_is_not_asked_and_the_work_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, "joining.md", _JOINING, matcher)
    assert [q.prompt for q in kept] == [
        "A child who is at risk of sexual exploitation must be referred to children's social care within ____ hours."]
    modules = [q for q in below if "e-learning" in q.prompt]
    assert modules and all(
        'not worth asking: what the document\'s own participants must do ("Participants must complete"): how its course '
        "or exercise is run, not a rule of the work" in q.reasons for q in modules)


@pytest.mark.parametrize(("sentence", "held"), [
    ("Each trainee must attend 4 of the 5 sessions.", True),
    ("Delegates must bring photo identification.", True),
    # a party to an arrangement, a finding of a meeting, children in a school, a post's candidates
    ("The Participant that identifies a child shall inform the other within 24 hours.", False),
    ("Participants agreed that a task force works best when units prepare in advance.", False),
    ("Learners must not be asked to send images.", False),
    ("Candidates must pass a psychological assessment every 12 months while in post.", False),
])
def test_what_the_documents_own_participants_must_do(sentence: str, held: bool) -> None:
    assert bool(own.own_enrolled(nlp.parse([sentence])[0])) is held
