# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the document's own business, third round (``own.py``): the one instance a
document sets up, as a sentence's subject, and the changes of one release of a product
(blind review 24: b2's "The activity is confined to two group channels for a maximum of
12 weeks" and "the offences under investigation carry maximum sentences of up to 10
years", an application's own case and plan; b5's "reports are now routed to an analyst
in under 5 minutes", an app's release note; all dropped as trivia, rubric 7). A rule
stated in the same documents is asked as before. Each class on a short text of our own,
with the exact outcome."""

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


_APPLICATION = (
    "# Request for Approval: Online Undercover Deployment\n\n"
    "## Part 3. Scope\n\n"
    "The applicant has considered the matters set out in the Undercover Policing Code of Practice 2024:\n\n"
    "1. **Scope.** The deployment is limited to one online grooming forum for at most 8 weeks.\n"
    "2. **Risk.** Exposure to indecent images is kept to a minimum.\n\n"
    "The offences under investigation carry a maximum sentence of 14 years' imprisonment.\n\n"
    "The deployment follows the national Undercover Online Child Exploitation Standard (UOCES) for grooming cases.\n\n"
    "## Part 9. Guidance for applicants\n\n"
    "An undercover officer must never send an indecent image of a child, and any child found online must be referred for safeguarding within 2 hours.\n"
)


def test_the_instance_an_application_sets_up_is_not_asked_and_its_rule_and_names_are(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, "request.md", _APPLICATION, matcher)
    assert [q.prompt for q in kept] == [
        "The Online Undercover Deployment follows the national ____ (UOCES) for grooming cases.",
        "An undercover officer must never send an indecent image of a child, and any child found online must be referred for safeguarding within ____ hours."]
    scope = [q for q in below if "is limited to one online grooming forum" in q.prompt]
    offences = [q for q in below if "offences under investigation" in q.prompt]
    assert scope and offences
    assert all('not worth asking: about this document\'s own deployment ("The deployment": the one its title names): '
               "true of the one case, plan or product the document sets up, not a rule or practice that holds beyond it"
               in q.reasons for q in scope)
    assert all('not worth asking: about this document\'s own offence ("The offences under investigation": "under investigation" '
               "ties it to the case at hand): true of the one case, plan or product the document sets up, not a rule or "
               "practice that holds beyond it" in q.reasons for q in offences)


@pytest.mark.parametrize(("sentence", "held"), [
    ("The deployment will last no more than 8 weeks.", True),
    ("The account in question was opened in 2019 and used for 3 months.", True),
    ("The images concerned were shared 40 times.", True),
    # a rule: a modal, a permission, a condition, a law; a person or a threshold
    ("The deployment must not last more than 8 weeks.", False),
    ("The deployment is allowed to last 8 weeks.", False),
    ("Where a child is found, the deployment stops within 1 hour.", False),
    ("The deployment lasts 8 weeks under section 29 of the Regulation of Investigatory Powers Act 2000.", False),
    ("The case officer refers the child to social care within 24 hours.", False),
    ("The child concerned must be seen within 24 hours.", False),
    ("The minimum deployment is 2 weeks.", False),
    # a kind the title does not name, told with "the": judged as before
    ("The offence of sexual communication with a child carries 2 years.", False),
    ("Undercover deployments are reviewed every 28 days.", False),
])
def test_a_subject_that_is_the_documents_own_instance(sentence: str, held: bool) -> None:
    parsed = nlp.parse([sentence])[0]
    found = own.instance_subject(parsed, lambda _t: True, "Request for Approval: Online Undercover Deployment")
    assert bool(found) is held


def test_a_body_the_title_names_acts_in_the_work() -> None:
    """Its figures are the work's ("the team safeguarded 389 children"), not the instance's."""
    parsed = nlp.parse(["In 2025 the team received 900 referrals and safeguarded 389 children."])[0]
    assert not own.instance_subject(parsed, lambda _t: True, "Job Description: Online Exploitation Team")


_LISTING = (
    "# Safe Report app\n\n"
    "## About\n\n"
    "The app lets a child report online sexual abuse to a trained analyst.\n\n"
    "## What's new\n\n"
    "Version 2.1 - 3 March 2026\n\n"
    "- Reports of online grooming are now passed to an analyst within 10 minutes on average.\n"
    "- Staff must refer any child at immediate risk of sexual abuse to the police within 1 hour.\n"
)


def test_a_change_in_one_release_is_not_asked_and_a_rule_under_it_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, "listing.md", _LISTING, matcher)
    assert [q.prompt for q in kept] == [
        "Staff must refer any child at immediate risk of sexual abuse to the police within 1 hour."]
    routed = [q for q in below if "passed to an analyst" in q.prompt]
    assert routed and all(
        "not worth asking: a change in one release of the product (under \"What's new\"): how this program changed in one "
        "version, not a fact or rule of the work" in q.reasons for q in routed)


@pytest.mark.parametrize(("heading", "release", "held"), [
    ("What's new", False, True),
    ("Version 4.3.0 - 12 November 2026", False, True),
    ("Changelog", False, True),
    ("Fixed", True, True),
    ("Known issues", True, True),
    # a changelog's section word in a document with no release history
    ("Security", False, False),
    ("Changed", False, False),
    ("Features", True, False),
])
def test_a_releases_heading(heading: str, release: bool, held: bool) -> None:
    parsed = nlp.parse(["Sessions now expire after 15 minutes of inactivity."])[0]
    assert bool(own.release_change(parsed, heading, release)) is held


def test_a_release_history_is_read_from_the_title_or_a_heading() -> None:
    assert own.release_document("Triage Tool: Release Notes", [])
    assert own.release_document("Triage Tool", ["Overview", "Version 2.0.1"])
    assert not own.release_document("Triage Tool: User Guide", ["Overview", "Security", "Fixed costs"])
