# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 13 (tstem): stems that lose their frame. A rule whose condition is in
the sentence beside it is no true/false item; a rule a speaker states is asked as their
body's, or held; a job description's bare duties are the post holder's, whatever it says
to "you"; a bare noun of an event ("Payment is made ...") needs the
sentence that introduces it. Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, chosen

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.scoring import THRESHOLD
from curriculum.draft.themes import ThemeMatcher


def asked(questions: list[DraftQuestion], words: str) -> list[DraftQuestion]:
    """Every candidate whose prompt holds ``words`` (at least one)."""
    found = [q for q in questions if words in q.prompt]
    assert found, [q.prompt for q in questions]
    return found


# -- 1. a negation or a permission whose condition is in the neighbouring sentence -----------

DISCLOSURE = (
    "# Guidance on disclosure to employers\n\n"
    "Police records about a suspect are handled with care. {rule} After charge, they may be "
    "disclosed only when the employer works with children.\n"
)


def test_a_prohibition_whose_condition_is_in_the_next_sentence_is_no_true_false_item(tmp_path: Path, matcher: ThemeMatcher) -> None:
    rule = "Previous convictions must not be disclosed to an employer."
    kept, below = chosen(tmp_path, DISCLOSURE.format(rule=rule), matcher)
    assert not [q for q in kept if q.qtype == "true_false"]
    for question in asked(below, "Previous convictions"):
        assert question.score == 0.0
        assert ('fatal: the rule\'s condition is in the sentence after it (line 3: "After charge, they '
                'may be disclosed only when the employer works with ..."): alone, the statement is '
                "neither simply true nor simply false") in question.reasons


def test_a_prohibition_that_states_its_own_scope_stays_a_true_false_item(tmp_path: Path, matcher: ThemeMatcher) -> None:
    rule = "Before charge, previous convictions must not be disclosed to an employer."
    kept, _ = chosen(tmp_path, DISCLOSURE.format(rule=rule), matcher)
    assert [(q.prompt, q.truth) for q in kept] == [
        ("Before charge, previous convictions may be disclosed to an employer.", False)]


def test_a_prohibition_whose_neighbour_is_on_another_matter_stays(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Guidance on the press\n\n"
        "Officers must not share intelligence reports with journalists. "
        "A court may order disclosure only when a trial has begun.\n"
    )
    kept, _ = chosen(tmp_path, text, matcher)
    assert ("Officers may share intelligence reports with journalists.", False) in [
        (q.prompt, q.truth) for q in kept]


# -- 2. a rule inside a frame of saying ----------------------------------------------------

SESSION = (
    "# Evidence session on reports of online abuse\n\n"
    "{speaker} gave evidence on 3 March 2025.\n\n"
    "Asked by a member of the committee, she said that a confirmed report must be passed "
    "to the police within 48 hours.\n"
)


def test_what_a_speaker_said_is_asked_as_her_body_s(tmp_path: Path, matcher: ThemeMatcher) -> None:
    speaker = "Ms Jane Okafor, Director of Operations at the National Centre for Missing Children,"
    kept, _ = chosen(tmp_path, SESSION.format(speaker=speaker), matcher)
    question = asked(kept, "a confirmed report")[0]
    assert question.prompt == "According to the National Centre for Missing Children, a confirmed report must be passed to the police within ____ hours."
    assert question.score >= THRESHOLD


def test_what_the_witness_of_a_body_that_gave_evidence_said_is_asked_as_the_body_s(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = chosen(tmp_path, SESSION.format(speaker="The National Centre for Missing Children"), matcher)
    assert "According to the National Centre for Missing Children, a confirmed report must be passed to the police within ____ hours." in [
        q.prompt for q in kept]


def test_what_a_speaker_placed_in_no_body_said_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, SESSION.format(speaker="Ms Jane Okafor"), matcher)
    assert not [q for q in kept if "confirmed report" in q.prompt]
    for question in asked(below, "she said that a confirmed report"):
        assert question.score == 0.0
        assert ('fatal: what someone said ("she said that ..."): the stem cannot say who says it, '
                "and the text names no body for them") in question.reasons


# -- 3. a job description's duties, whatever it says to "you" ---------------------------

DUTIES = (
    "# {title}\n\n"
    "## Key responsibilities\n\n"
    "- Assess incoming referrals about child abuse and allocate them within three working days.\n"
    "- Review every open child protection case at least every 28 days.\n"
    "- Attend strategy meetings with the police and children's social care.\n\n"
    "## How to apply\n\n"
    "- Send your application form to the recruitment team.\n"
    "- Ask your line manager to sign the form.\n\n"
    "The manager will support you in the first month.\n"
)


def test_a_job_description_s_duties_are_the_post_holder_s(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, DUTIES.format(title="Job description: Referral Coordinator"), matcher)
    question = asked(kept, "every open child protection case")[0]
    assert question.prompt == "The post holder must review every open child protection case at least every 28 days."
    assert question.stem_rule.endswith('whose duty: the post a job description describes, under "Key responsibilities"')
    assert not [q for q in kept + below if q.prompt.startswith("The post holder must send")]


def test_the_same_duties_in_a_text_that_speaks_to_its_reader_stay_the_reader_s(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, DUTIES.format(title="Referral desk"), matcher)
    assert not [q for q in kept + below if q.prompt.startswith("The post holder")]
    assert asked(kept + below, "Review every open child protection case")


# -- 4. a bare noun of an event ------------------------------------------------------------

def test_a_bare_event_noun_carries_the_sentence_that_introduces_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Support for witnesses in child abuse trials\n\n"
        "A witness who attends court in a child abuse trial may claim travel expenses. "
        "Payment is usually made within 10 working days.\n"
    )
    questions = candidates(tmp_path, text, matcher)
    assert not [q for q in questions if q.prompt.startswith("Payment")]
    question = asked(questions, "Payment is usually made within")[0]
    assert question.prompt == "A witness who attends court in a child abuse trial may claim travel expenses. Payment is usually made within 10 working days."


def test_a_definite_event_noun_with_nothing_before_it_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Referrals of child abuse\n\n"
        "A child who discloses abuse at school is referred to children's social care. "
        "The visit takes place within 7 days.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert not [q for q in kept if "visit" in q.prompt]
    for question in asked(below, "The visit takes place within"):
        assert '-0.50 points back: "the visit" says which one elsewhere' in question.reasons


def test_a_rule_s_bare_event_noun_is_whichever_the_rule_meets(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Notification of travel by registered sex offenders\n\n"
        "A registered sex offender must tell the police of any travel abroad. "
        "Notification must be made at least 7 days before departure.\n"
    )
    questions = candidates(tmp_path, text, matcher)
    for question in asked(questions, "Notification must be made"):
        assert not [r for r in question.reasons if "names an event" in r]
