# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 20: the document's own frame leaking into questions. The author's first
person set beside others ("including ours") or framing a claim ("in our view") is struck
where the claim stands without it (``tighten.unowned``); a sentence about how the
publisher issues or revises its own texts and figures is held with the reason
(``administration.own_publication``); an agreement between parties with long names names
them for "the other Party" (``agreement.py``); two names joined by "and the" are two names
(``referents.py``); the author's name cut to its last words ("the Police Service") is named
whole (``country.py``). Short texts of our own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft import nlp
from curriculum.draft.administration import own_publication
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_FIRST_PERSON = (
    "# Briefing on missing children\n\n"
    "Many countries, including ours, are party to the Hague Convention of 1980 on the civil aspects of international child abduction.\n\n"
    "In our view, officers must record every report of a missing child within 2 hours.\n\n"
    "Our officers search the home of every missing child within 4 hours.\n")


def test_the_authors_first_person_is_struck_where_the_claim_stands_without_it(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _FIRST_PERSON, matcher)
    shown = prompts(kept + below)
    assert "Many countries are party to the Hague Convention of ____ on the civil aspects of international child abduction." in shown, shown
    assert "Officers must record every report of a missing child within ____ hours." in shown, shown
    assert not any(re.search(r"\b(?:ours|our view)\b", p) for p in shown), shown


def test_a_first_person_that_is_the_claims_own_is_kept_and_points_back(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _FIRST_PERSON, matcher)
    ours = [q for q in kept + below if q.prompt.startswith("Our officers search")]
    assert ours and all(q not in kept for q in ours), prompts(kept)


_MEMORANDUM = (
    "# Memorandum of Understanding between the Sarnland National Police Service and the Lanterne Reporting Centre on the handling of reports\n\n"
    "## 2. Purpose\n\n"
    "This Memorandum sets out how the Parties will work together on reports of child sexual abuse material.\n\n"
    "## 8. Data protection\n\n"
    "Any personal data breach will be notified to the other Party within 24 hours of discovery.\n\n"
    "The Centre will refer every report of a child at immediate risk to the Police Service within 1 hour.\n")


def test_a_memorandum_between_long_names_names_its_parties_for_the_other_party(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _MEMORANDUM, matcher)
    shown = prompts(kept + below)
    assert "Under the memorandum of understanding between the Sarnland National Police Service and the Lanterne Reporting Centre, any personal data breach will be notified to the other Party within ____ hours of discovery." in shown, shown


def test_the_second_of_two_names_joined_by_and_the_is_the_one_its_short_form_means(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _MEMORANDUM, matcher)
    shown = prompts(kept + below)
    assert "The Lanterne Reporting Centre will refer every report of a child at immediate risk to the Police Service within 1 hour." in shown, shown
    assert not any("Service and the Lanterne Reporting Centre will" in p for p in shown), shown


_OWN_BODY = (
    "---\ntitle: \"Data protection impact assessment: hash sharing\"\npublisher: \"Sarnland National Police Service\"\n---\n\n"
    "# Data protection impact assessment: hash sharing\n\n"
    "Victim identification depends on the INTERPOL International Child Sexual Exploitation (ICSE) database, to which the Police Service is connected through the I-24/7 network.\n\n"
    "Late returns from the Eastern Police Service raised the total by 189 in 2025.\n")


def test_the_authors_name_shortened_to_its_last_words_is_named_whole(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _OWN_BODY, matcher)
    shown = prompts(kept + below)
    assert "Victim identification depends on the INTERPOL ____ (ICSE) database, to which the Sarnland National Police Service is connected through the I-24/7 network." in shown, shown
    assert not any("Sarnland" in p for p in shown if "Eastern" in p), shown


_BULLETIN = (
    "# Recorded offences against children: annual bulletin\n\n"
    "Police must record a report of a missing child within 24 hours.\n\n"
    "Under the revisions policy, police recorded crime figures are revised once, 12 months after first publication.\n\n"
    "The next edition of this bulletin will be published in March 2027.\n")


def _publication(q: DraftQuestion) -> bool:
    return any(r.startswith("not worth asking: the publisher's own publication (")
               for r in q.reasons)


def test_the_publishers_own_publication_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _BULLETIN, matcher)
    assert not any("revised" in q.prompt or "published" in q.prompt for q in kept), prompts(kept)
    held = [q for q in below if "revised" in q.prompt or "published" in q.prompt]
    assert held and all(_publication(q) for q in held), [(q.prompt, q.reasons) for q in held]
    assert any(q.prompt.startswith("Police must record a report of a missing child") for q in kept), prompts(kept)


@pytest.mark.parametrize(("sentence", "key", "found"), [
    ("Under the revisions policy, police recorded crime figures are revised once, 12 months after first publication.", "12", '"revised": crime figures'),
    ("Figures for 2026 are provisional and will be revised in the next bulletin.", "2026", '"revised": Figures'),
    ("The next edition will be published in March 2027.", "2027", '"published": next edition'),
    ("The National Crime Unit's annual assessment, published on 2 October 2025, recorded 2,340 referrals.", "2,340", ""),
    ("Studies published by the State Attorney General in 1997 found that the child was dead within three hours.", "three", ""),
    ("The risk assessment of a missing child must be updated every 8 hours.", "8", ""),
    ("Partners must publish the alert within 15 minutes of receiving it.", "15", ""),
])
def test_a_verb_of_publishing_over_the_publishers_own_output(sentence: str, key: str, found: str) -> None:
    parsed = nlp.parse([sentence])[0]
    assert own_publication(parsed, [t for t in parsed if t.text == key]) == found
