# ruff: noqa: E501  (texts and expected stems are kept whole so they read as written)
"""Issue #9, round 19, class "genre": conventions of a document's kind read as content. Each on
a short text of our own, with the exact outcome:

- a page's boxes (``boxes.py``): a support, correction or cookie box, by its label or its HTML
  class, gives no fact and no question, and the audit names the box;
- a submission's formulas (``proposed.addressed``): "That you agree to ...", "The Minister is
  invited to agree ...", "It is proposed that ..." put a proposal to a decision maker;
- an expectation (``expected.py``): "connection is expected within 18 months" forecasts, it
  sets no time limit ("Referral is expected within 2 working days of ..." is a norm);
- a stem trimmed so that its verb loses its object (``cut_objects.py``): "wishes to receive
  from the State party, within 90 days." is a fragment (on main it was kept, scored 0.95).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import chosen, drafted_note, prompts

from curriculum.draft import expected, nlp, proposed
from curriculum.draft.themes import ThemeMatcher

PAGE = """<!doctype html>
<html><head><title>Online grooming: what parents should know</title></head>
<body>
<div id="cookie-banner"><p>We use cookies to remember your choices on this site for 30 days.</p></div>
<h1>Online grooming: what parents should know</h1>
<p>Under the Child Protection Act 2019, an adult who arranges to meet a child under 16 after online contact commits an offence punishable by up to 10 years in prison.</p>
<p class="correction">This article was amended on 3 May 2026 to correct the maximum penalty from 5 years to 10 years in prison.</p>
<div class="support"><p>Children can call the Harbourside Childline free on 116 222, 24 hours a day.</p></div>
<p><strong>Support:</strong> Parents of a child groomed online can get advice from the Online Safety Line within 2 working days of contacting it.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return drafted_note(tmp_path_factory.mktemp("boxes"), "page.html", PAGE)


def test_a_pages_boxes_give_no_fact_and_no_question(page: tuple[str, str]) -> None:
    modules, _ = page
    for detail in ("cookies", "amended on 3 May", "116 222", "Online Safety Line"):
        assert detail not in modules
    assert "commits an offence punishable by up to" in modules  # the body's rule stays


@pytest.mark.parametrize(("kind", "start"), [
    ("cookie", "We use cookies to remember"),
    ("correction", "This article was amended on 3 May 2026"),
    ("support", "Children can call the Harbourside Childline"),
    ("support", "Support: Parents of a child groomed online"),
])
def test_the_audit_names_the_box(page: tuple[str, str], kind: str, start: str) -> None:
    _, audit = page
    assert (f"a {kind} box of the page (its label or markup says so): the page's service to its "
            f"reader, not a fact of the work: {start}") in audit


def test_a_support_label_in_any_format_marks_its_paragraph(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Missing children: advice for families\n\n"
            "A police officer must search the home of a missing child within 2 hours of the report.\n\n"
            "**Support:** Families of a missing child can call the Missing People line within 24 hours of a disappearance. The line is free.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert [p for p in prompts(kept + below) if "Missing People" in p or "line is free" in p] == []
    assert "A police officer must search the home of a missing child within ____ hours of the report." in prompts(kept)


@pytest.mark.parametrize(("text", "expected_reason"), [
    ("That you agree to Option B: a duty to notify the police of any overseas travel at least 21 days before departure.",
     'a that-clause addressed to a decision maker, with no main clause ("That ...")'),
    ("The Minister is invited to agree the new notification period of 21 days.",
     'a decision asked of its addressee ("invited to ...")'),
    ("It is proposed that the notification period is 21 days.",
     'a formula of a submission ("It is proposed that ...")'),
    ("It is recommended that the Minister approves a notification period of 21 days.",
     'a formula of a submission ("It is recommended that ...")'),
    ("It is recommended that officers record the call within 2 hours.", ""),
    ("Delegations are invited to comment on the draft text.", ""),
    ("That is why officers must report within 2 hours.", ""),
])
def test_a_submissions_formulas_put_a_proposal(text: str, expected_reason: str) -> None:
    assert proposed.addressed(nlp.parse([text])[0]) == expected_reason


def test_a_recommendation_to_a_minister_is_held_as_a_proposal(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Submission: overseas travel by registered sex offenders\n\n"
            "## Recommendation\n\n"
            "1. That you agree to Option B: a statutory duty on registered sex offenders to notify the police of any overseas travel at least 21 days before departure.\n\n"
            "## Background\n\n"
            "2. At present, registered sex offenders must notify the police of a change of address within 10 days.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert [p for p in prompts(kept) if "Option B" in p] == []
    held = [q for q in below if "Option B" in q.prompt]
    assert held and all(
        'not worth asking: part of a proposal (a that-clause addressed to a decision maker, with no main clause ("That ...")): '
        "a rule put forward, not one in force" in q.reasons for q in held)
    assert [p for p in prompts(kept) if "change of address within ____ days" in p]


@pytest.mark.parametrize(("text", "reason"), [
    ("The national unit will open in July; connection is expected within 18 months, because users must first be trained.",
     'an expectation or a prediction ("expected" with a time counted from the document\'s day: 18 months), not a rule in force'),
    ("The draft law is expected to pass in 2027.",
     'an expectation or a prediction ("expected" with a time counted from the document\'s day: 2027), not a rule in force'),
    ("The new system is likely to be connected by March 2027.",
     'an expectation or a prediction ("likely" with a time counted from the document\'s day: March 2027), not a rule in force'),
    ("Referral is expected within 2 working days of an indicator being identified.", ""),
    ("Officers are expected to complete the course within 6 months.", ""),
    ("A child is likely to suffer significant harm.", ""),
])
def test_an_expectation_is_no_rule_in_force(text: str, reason: str) -> None:
    assert expected.expectation(nlp.parse([text])[0]) == reason


def test_an_expected_connection_is_not_asked_as_a_time_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Response to the committee on online child sexual exploitation\n\n"
            "The Ministry accepts the recommendation. Connection to the image database is expected within 18 months, because analysts must first be trained and certified.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert [p for p in prompts(kept) if "18" in p or "months" in p] == []
    held = [q for q in below if "Connection to the image database" in q.prompt]
    assert held and all(
        'not worth asking: an expectation or a prediction ("expected" with a time counted from the document\'s day: 18 months), '
        "not a rule in force" in q.reasons for q in held)


def test_a_stem_that_cuts_its_verbs_object_is_a_fragment(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Complaint about online child sexual exploitation: follow-up\n\n"
            "Under article 5 of the Complaints Protocol, the Committee wishes to receive from the State party, within 90 days, information about the steps taken to give effect to the present decision.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert [p for p in prompts(kept) if "receive from the State party" in p] == []
    cut = [q for q in below if q.prompt.endswith("within 90 days.") or q.prompt.endswith("within ____ days.")]
    assert cut and all(
        'fatal: a clause trimmed so that "receive" loses its object ("information", cut after the stem): '
        "the stem does not say what" in q.reasons for q in cut)
