# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, documents about one instance (``doc_kind.py``): a witness statement, a log, a
thread of e-mails or a court's papers in one case narrate what happened in it, and those
sentences are held with a reason in the audit; the law and the practice they cite are
asked as before. Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import doc_kind, nlp
from curriculum.draft.themes import ThemeMatcher

_STATEMENT = """WITNESS STATEMENT

Statement of: PC Alder ROOK
Occupation: Police Constable

This statement is true to the best of my knowledge and belief.

I attended a flat in Grey Street with DC MOSS after a report that a boy of 13 had been sent indecent images of children by an adult online. DC MOSS previewed the adult's laptop on site with the force's triage kiosk, following the force's digital evidence procedure. Beckfield Mail has confirmed that the adult's account is preserved for 90 days from 03/04/2026. The examiner has recorded the child sexual abuse material on the national image database.

Under the Police and Criminal Evidence Act 1984, an officer may seize anything found on lawful premises that is evidence of an offence. Every child who has been sent indecent images must be referred to children's social care within 24 hours.
"""


def test_what_happened_in_one_case_is_held_and_its_rules_are_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A witness statement's narrative (a provider's confirmation in this case) is held with
    its reason; the rule the statement cites is asked as before."""
    kept, below = chosen(tmp_path, _STATEMENT, matcher)
    assert prompts(kept) == [
        "Every child who has been sent indecent images must be referred to children's social care within ____ hours."]
    events = [q for q in below if q.prompt.startswith(("Beckfield Mail has confirmed", "I attended"))]
    assert len(events) == 3, prompts(below)
    assert all(any(r.startswith("not worth asking: what happened in the one case this document records "
                                '(its statement of truth, "true to the best of my knowledge"): ')
                   for r in q.reasons) for q in events), [q.reasons for q in events]


@pytest.mark.parametrize(("text", "sign"), [
    ("This statement is true to the best of my knowledge and belief.", 'its statement of truth, "true to the best of my knowledge"'),
    ("From: a@example.org\nTo: b@example.org\n\nHello.\n\nFrom: b@example.org\nTo: a@example.org\n\nHi.", 'its messages\' "From:" lines'),
    ("INCIDENT LOG\nIncident no.: GRX/2026/0114\n\nA child was reported missing.", '"Incident no.: GRX/2026/0114" in its header'),
    ("SENTENCING REMARKS\nR v Holloway\n\nThe defendant pleaded guilty.", '"R v Holloway" in its header'),
    ("".join(f"{9 + i:02d}:15 An entry was made.\n" for i in range(8)), "8 lines open with a clock time"),
    ("DRILL PLAN\nExercise date ..... Friday 6 March 2026, 10:00\n\nPlayers meet at the gate.", '"Exercise date Friday 6 March 2026" in its header'),
    ("Date of incident: 14/02/2026\nReviewer: A. Pike\n\nThe report came in at night.", '"Date of incident: 14/02/2026" in its header'),
    ("QUEUE EXPORT\n-----\nTICKET : HD-5521\nStatus: closed\n\nThe user could not log in.", 'its ticket fields ("TICKET : HD-5521")'),
    # guidance: a programme's few session times, a document number, a case as a word
    ("Programme\n09:00 Welcome\n10:30 Coffee\n12:00 Lunch\n\nA case number must be recorded.", ""),
    ("Procedure PR-14, version 2\n\nEvery case of a missing child is reviewed within 8 hours.", ""),
    ("Guidance\n\nRecord the date of the incident and the ticket number in the log.", ""),
    ("".join(f"4.{10 + i} Officers must record step {i + 1}.\n" for i in range(9)), ""),
    ("".join(f"{9 + i:02d}07 hours Entry made.\n" for i in range(8)), "8 lines open with a clock time"),
])
def test_the_signs_of_a_document_about_one_instance(text: str, sign: str) -> None:
    assert doc_kind.instance_sign(text) == sign


@pytest.mark.parametrize(("sentence", "words"), [
    ("DC MOSS examined the tablet on site.", "DC MOSS examined"),
    ("The provider has confirmed that the account is preserved for 90 days.", "The provider has confirmed"),
    ("Three telephones were seized from the bedroom.", "Three telephones were seized"),
    ("Special measures have been granted for the witness.", "Special measures have been granted"),
    ("I carried out a search of the loft.", "I carried out"),
    # the present, a modal, a law, a source's finding: judged as before
    ("Eligibility for special measures is automatic for witnesses under 18.", ""),
    ("The officer must seal each exhibit.", ""),
    ("The exhibits were seized under section 19 of the Police and Criminal Evidence Act 1984.", ""),
    ("A study published in 2019 found that most images were shared within a day.", ""),
    ("The agency reported more than 9,000 referrals in 2024.", ""),
    ("The prosecution shall serve the interview recording on the defence.", ""),
    ("The first review will be held within two months of release.", ""),
    ("The group proposed that every country should name one contact point for providers.", ""),
    ("DS Lee agreed to circulate the note.", "DS Lee agreed"),
])
def test_a_main_clause_that_narrates_an_event(sentence: str, words: str) -> None:
    assert doc_kind.narrated_event(nlp.parse([sentence])[0]) == words
