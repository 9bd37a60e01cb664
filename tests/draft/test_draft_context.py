# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, stems that point back: each kind on a short text of our own, with the exact
outcome (the stem carries the sentence that supplies its referent, or a date lead-in, or
it stays in the audit with the reason "points back")."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import run

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher, name: str = "text.txt") -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def key(q: DraftQuestion) -> object:
    if q.qtype == "true_false":
        return q.truth
    return q.answers or [t for t, ok in q.options if ok]


def quote(q: DraftQuestion) -> str:
    return q.analysis.doc.raw[slice(*q.quote)]


def held(below: list[DraftQuestion], start: str) -> list[str]:
    """The reasons of the held-back candidate whose prompt starts with ``start``."""
    return next(q.reasons for q in below if q.prompt.startswith(start))


def test_a_pronoun_subject_carries_the_sentence_before(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Northern Child Protection Unit ran a school safety campaign in 2022.\n"
        "It made 340 referrals to the police and school nurses.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    question = next(q for q in kept if q.rule == "count")
    assert (question.prompt, key(question)) == (
        "The Northern Child Protection Unit ran a school safety campaign in 2022. It made ____ referrals to the police and school nurses.", ["340"])
    assert question.stem == "It made ____ referrals to the police and school nurses."
    assert question.stem_rule == "sentence, context carried from line 1"
    assert question.reasons[0] == "-0.10 needs the sentence before it (line 1) in front: a longer read"
    # the quote covers everything the prompt shows, verbatim
    assert quote(question) == text.strip()


def test_such_and_an_elided_object_carry_their_context(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Officers seized 1,200 images of child sexual abuse from a laptop during a search in Leeds. "
        "Such material must be reported to the national hotline within 24 hours.\n\n"
        "Registered offenders must report any change of address to the police within three days. "
        "Failing to comply is an offence punishable by up to two years' imprisonment.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    carried = [(q.rule, q.prompt, key(q)) for q in kept if q.carried is not None]
    assert carried == [
        ("count", "Officers seized 1,200 images of child sexual abuse from a laptop during a search in Leeds. Such material must be reported to the national hotline within ____ hours.", ["24"]),
        ("true-statement", "Registered offenders must report any change of address to the police within three days. Failing to comply is an offence punishable by up to two years' imprisonment.", True),
    ]


def test_what_cannot_be_resolved_stays_in_the_audit_with_its_reason(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        # the sentence before holds the answer: carrying it would give it away
        "The hotline forwarded 38 reports of online grooming to the police in March 2023. "
        "Officers opened 38 investigations on these reports.\n\n"
        # the sentence before points back itself
        "It was the second operation of this kind in the region. "
        "This time the operation identified 14 victims of online abuse.\n\n"
        # no sentence before it in its paragraph
        "Failing to comply can lead to a prison term of up to three years.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.carried is not None]
    assert [q.prompt for q in kept if "38" in q.prompt or "____ reports" in q.prompt] == [
        "The hotline forwarded ____ reports of online grooming to the police in March 2023."]
    assert held(below, "Officers opened ____ investigations")[0] == '-0.50 points back: "these reports"'
    assert held(below, "This time the operation identified ____")[0] == '-0.50 points back: "This time"'
    assert held(below, "Failing to comply can lead")[0] == '-0.40 points back: "Failing to comply" does not say to what'


def test_a_definite_phrase_under_its_own_heading_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Appeal summary\n\n"
        "The court dismissed the appeal of a man convicted of grooming a child online.\n\n"
        "## Sentence\n\n"
        "No appeal was brought against the sentence of four years' imprisonment.\n"
    )
    kept, below = drafted(tmp_path, text, matcher, "summary.md")
    assert not [q for q in kept if "appeal was brought" in q.prompt]
    assert held(below, "No appeal was brought against the sentence of ____")[0] == (
        '-0.30 points back: "the sentence of ..." does not say whose (its noun heads the section or the sentence before)')


def test_a_count_with_no_date_is_dated_from_its_paragraph_or_the_document(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Date: 2025-05-21\n---\n"
        "In 2024 the national unit received 1,486 travel notifications from registered offenders. "
        "Eleven registered offenders were refused entry by the destination country after a warning had been sent.\n\n"
        "Investigators working with the national database have identified more than 3,000 victims of online abuse.\n\n"
        "Referrals from schools rose to 410 after the campaign.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    dated = [(q.rule, q.prompt, key(q), q.stem_rule, q.as_of) for q in kept + below if q.carried is not None]
    assert ("count", "In 2024, ____ registered offenders were refused entry by the destination country after a warning had been sent.", ["Eleven"], "sentence, dated by line 3", None) in dated
    assert ("true-statement", "As of May 2025, investigators working with the national database have identified more than 3,000 victims of online abuse.", True, "sentence, dated as of the document's date", "2025-05-21") in dated
    # every candidate about the refusals, true, false or a choice, is dated
    assert {q.prompt[:9] for q in kept + below if "refused entry" in q.prompt} == {"In 2024, "}
    # the year comes from the sentence before: the quote covers it
    assert all(quote(q).startswith("In 2024 the national unit") for q in kept + below
               if q.stem_rule.endswith("dated by line 3"))
    assert held(below, "Referrals from schools rose to ____")[0] == (
        '-0.30 points back: "Referrals from schools rose" says neither when nor as of when (no date in the sentence)')


def test_a_place_named_in_the_stem_answers_the_country(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Several countries restrict the travel of registered offenders.\n\n"
        "Australia passed a law in 2017 that prevents registered offenders from leaving the country without permission.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    for q in kept + below:
        if q.sentence.line == 3:
            assert q.carried is None and not any("points back" in r for r in q.reasons), q.reasons


def test_carried_context_validates_and_is_quoted(project: Path) -> None:
    (project / "sources" / "unit.txt").write_text(
        "The Northern Child Protection Unit ran a school safety campaign on online grooming in 2022.\n"
        "It made 340 referrals about online grooming to the police and school nurses.\n", "utf-8")
    result = run("draft", "sources/unit.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert run("validate", "drafts").exit_code == 0
    module = yaml.safe_load((project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8"))
    question = next(q for q in module["quiz"]["questions"] if "It made" in q["prompt"])
    assert question["prompt"].startswith("The Northern Child Protection Unit ran a school safety campaign")
    raw = (project / "sources" / "unit.txt").read_text("utf-8")
    prov = question["cite"]["provenance"]
    assert raw[prov["start"] : prov["end"]] == question["cite"]["quote"] == raw.strip()


def test_a_sentence_about_an_event_or_a_founding_is_not_carried(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Lowland Child Safety Board was formed in 2019 and meets at the Civic Offices twice a year. "
        "Its chair is independent of the four partners that fund online safety work.\n\n"
        "The head of the unit spoke at the closing press conference on online abuse. "
        "She thanked the officers who had worked on the case for more than nine months.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept + below if q.carried is not None]
    assert held(below, "Its chair is independent")[0] == '-0.50 points back: "Its chair"'
    assert held(below, "She thanked the officers")[0] == '-0.50 points back: "She" is not in the stem'


def test_a_counted_set_points_back_and_is_carried_only_when_safe(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Inspectors examined 52 case files in 2022.\n\n"
        "In 19 of the 52 files there was no record of the children living at the address.\n\n"
        "Four police forces took part in the pilot on online grooming. "
        "The four forces sent 210 referrals about online grooming to the hotline in 2023.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept if q.carried is not None] == [
        ("count", "Four police forces took part in the pilot on online grooming. The four forces sent ____ referrals about online grooming to the hotline in 2023.", ["210"]),
    ]
    # another paragraph: nothing to carry
    assert held(below, "In 19 of the ____ files")[0] == '-0.40 points back: "the 52 files" are named earlier in the text, not in the stem'
    # the sentence before says "Four": carrying it would give the answer away
    assert held(below, "The ____ forces sent")[0] == '-0.50 points back: "The four forces" are named earlier in the text, not in the stem'


def test_this_jurisdiction_is_named_from_the_issuers_area_or_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A case detail before "In this jurisdiction ..." has a subject but names no place: it
    is never carried. The issuer's area from the metadata names the place; with none, the
    stem stays held back as pointing back."""
    body = (
        "A registered sex offender who plans to travel must tell the police. "
        "In this jurisdiction the notice must be given at least 7 days before departure.\n\n"
        "Last spring a man from Harlow bought a ticket without telling anyone. "
        "In this country an offender who travels without notice commits an offence punishable by up to 5 years in prison.\n"
    )
    named = "Title: Travel notification guidance\nPublisher: National Central Bureau, Republic of Talvia\nDate: 3 May 2025\n---\n\n" + body
    kept, below = drafted(tmp_path, named, matcher)
    assert "In the Republic of Talvia, in this country an offender who travels without notice commits an offence punishable by up to 5 years in prison." in [q.prompt for q in kept]
    assert not [q for q in kept + below if q.rule != "place" and "Last spring" in q.prompt]
    unnamed = "Title: Travel notification guidance\nPublisher: Offender Travel Desk\nDate: 3 May 2025\n---\n\n" + body
    kept, below = drafted(tmp_path, unnamed, matcher)
    assert [q.prompt for q in kept] == []
    held = [q for q in below if q.prompt == "In this country an offender who travels without notice commits an offence punishable by up to 5 years in prison."]
    assert len(held) == 1 and '-0.50 points back: "this country"' in held[0].reasons
