# ruff: noqa: E501  (expected sentences are kept whole so they read as the source does)
"""Facts, dates, distractors and clause trimming, on the article and on small sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from draft_fixtures import ARTICLE

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.clauses import render, trim
from curriculum.draft.dates import find_dates, parse_dateline
from curriculum.draft.distractors import candidates, false_value, number_choice
from curriculum.draft.facts import Fact
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher, text_words
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Child victim identification"}]}
).themes


@pytest.fixture(scope="module")
def article() -> Analysis:
    return analyse(read_source(ARTICLE, ARTICLE.parent), "a", ThemeMatcher(THEMES))


def facts_of(analysis: Analysis, kind: str) -> list[Fact]:
    return [f for facts in analysis.facts.values() for f in facts if f.kind == kind]


def test_counts_keep_their_noun_and_qualifier(article: Analysis) -> None:
    counts = [(f.label, f.value, f.qualifier, f.noun) for f in facts_of(article, "count")]
    assert counts == [
        ("216 participants", "216", "", "participants"),
        ("50 countries", "50", "", "countries"),
        ("four key themes", "four", "", "key themes"),  # "focused around": not a qualifier
        ("more than 440,000 images and videos", "440,000", "more than", "images and videos"),
    ]


def test_years_dates_durations_acronyms_people_and_lists(article: Analysis) -> None:
    assert [f.value for f in facts_of(article, "year")] == ["1992"]
    assert [f.label for f in facts_of(article, "duration")] == ["four-day"]
    dates = [(f.value, f.label) for f in facts_of(article, "date")]
    assert dates == [
        ("this week", "this week (2018-11-26/2018-12-02)"),
        ("26 - 29 November", "26 - 29 November (2018-11-26/2018-11-29)"),
        ("next month", "next month (2018-12)"),
    ]
    acronyms = {f.label for f in facts_of(article, "acronym")}
    assert acronyms == {"ICSE: International Child Sexual Exploitation"}
    people = [(f.kind, f.label) for f in facts_of(article, "person")
              + facts_of(article, "person_label")]
    assert sorted(set(people)) == [
        ("person", "Paul Stanfield: INTERPOL Director of Organized and Emerging Crime"),
        ("person_label", "Bjorn Sellstrom: Head of INTERPOL's Crimes Against Children team"),
    ]
    (inline,) = facts_of(article, "list")
    items = [article.doc.display(s, e) for s, e in inline.items]
    assert items == [
        "prevention methods",
        "the use of mobile devices in crimes against children",
        "legislation regarding traveling sex offenders",
        "enhancements to the INTERPOL International Child Sexual Exploitation (ICSE) database",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("\u0662\u0669 \u0646\u0648\u0641\u0645\u0628\u0631\u060c \u0662\u0660\u0661\u0668",
         date(2018, 11, 29)),
        ("29 \u0646\u0648\u0641\u0645\u0628\u0631, 2018", date(2018, 11, 29)),
        ("Published 14 March 2024", date(2024, 3, 14)),
        ("March 3, 2021", date(2021, 3, 3)),
        ("26 - 29 November", None),  # no year: never guessed from today's date
        ("216 participants in 2018 and many more words here", None),
    ],
)
def test_date_lines(line: str, expected: date | None) -> None:
    from curriculum.draft.normalise import normalise

    assert parse_dateline(normalise(line)) == expected


def test_ranges_take_the_document_year_and_relative_dates_its_anchor() -> None:
    anchor = date(2018, 11, 29)
    found = find_dates("from 26 - 29 November and again next month; last year too", 0, anchor)
    assert [(f.kind, f.resolved) for f in found] == [
        ("range", "2018-11-26/2018-11-29"), ("relative", "2018-12"), ("relative", "2017")]
    assert find_dates("next month", 0, None)[0].resolved is None


def fact(value: str, kind: str = "count", qualifier: str = "") -> Fact:
    return Fact(kind, (0, 1), (0, 1), value, value, qualifier=qualifier)


def test_distractors_keep_the_answers_granularity_and_form() -> None:
    assert candidates(fact("440,000"), None) == [
        110000.0, 180000.0, 220000.0, 330000.0, 550000.0, 660000.0, 880000.0, 1100000.0,
        1320000.0]
    assert all(int(v) % 10 == 6 for v in candidates(fact("216"), None))  # not round either
    choice = number_choice(fact("four"), seed=1, forbidden=set(), max_year=None)
    assert choice is not None and all(o.isalpha() for o in choice.options)
    choice = number_choice(fact("1.5"), seed=1, forbidden=set(), max_year=None)
    assert choice is not None and all("." in o for o in choice.options)


def test_a_qualifier_decides_the_distractors_direction() -> None:
    choice = number_choice(fact("440,000", qualifier="more than"), 7, set(), None)
    assert choice is not None and choice.forced_extreme
    assert choice.options[0] == "440,000"  # every other option is larger, so certainly wrong
    assert false_value(fact("440,000", qualifier="more than"), 3, set(), None) in (
        "880,000", "1,100,000", "1,320,000")
    fewer = number_choice(fact("900", qualifier="fewer than"), 7, set(), None)
    assert fewer is not None and fewer.options[-1] == "900"
    assert [float(o) for o in fewer.options[:-1]] == sorted(float(o) for o in fewer.options[:-1])


def test_years_stay_before_the_document_and_avoid_the_sentences_numbers() -> None:
    year = Fact("year", (0, 4), (0, 4), "2015", "2015", number=2015.0)
    choice = number_choice(year, seed=5, forbidden={2012.0}, max_year=2018)
    assert choice is not None
    assert all(int(o) <= 2018 for o in choice.options) and "2012" not in choice.options


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("440,000", "As of November 2018, the INTERPOL International Child Sexual Exploitation "
                    "(ICSE) database contains more than ____ images and videos."),
        ("mobile devices", "Other topics reviewed during the meeting included the use of ____ "
                           "in crimes against children."),
        ("1992", "Since its creation in ____, the INTERPOL Specialists Group on Crimes Against "
                 "Children has played a key role in the global development of victim "
                 "identification in child abuse image investigations."),
        ("Asia", "The participants discussed the new INTERPOL Victim Identification Task Force "
                 "for ____."),
    ],
)
def test_stems_are_trimmed_to_the_answers_clause(article: Analysis, needle: str,
                                                 expected: str) -> None:
    from curriculum.draft.clauses import anchor_present

    doc = article.doc
    at = doc.text.index(needle, doc.text.index("With a particular") if needle == "Asia" else 0)
    span = (at, at + len(needle))
    sentence = next(s for s in article.kept() if s.start <= at < s.end)
    lists = [f for f in article.facts[sentence.index] if f.kind == "list"]
    stem_ = anchor_present(doc, trim(doc, (sentence.start, sentence.end), span, lists),
                           "November 2018")
    assert render(doc, stem_, blank=span) == expected
    assert all(sentence.start <= s and e <= sentence.end for s, e in stem_.pieces)


def test_words_compare_by_lemma_and_word_class() -> None:
    """Issue #9: "identified" is not "identification", the noun "travel" is not the verb
    "travelling" (the old stemmer joined both pairs); plurals still join singulars."""
    identified, identification = text_words("They identified the identification.")[1::2]
    assert not identified.same(identification)
    children, child = text_words("Children and a child.")[0::3]
    assert children.same(child)
    travel = text_words("Travel and tourism grew.")[0]
    travelling = text_words("They were travelling abroad.")[2]
    assert not travel.same(travelling)


def test_theme_terms_shared_by_two_themes_are_ignored(tmp_path: Path) -> None:
    config = CurriculumConfig.model_validate({"title": "t", "themes": [
        {"id": "a", "title": "Internet-facilitated crimes against children",
         "keywords": ["online"]},
        {"id": "b", "title": "Serious and violent crimes against children"},
    ]})
    matcher = ThemeMatcher(config.themes)
    assert matcher.assign(text_words("Crimes against children were discussed.")) == []
    assert [m.theme for m in matcher.assign(text_words("Online abuse was discussed."))] == ["a"]
    assert matcher.assign(text_words(
        "The Specialists Group on Crimes Against Children met.")) == []


def test_named_organisations(article: Analysis) -> None:
    names = sorted({f.value for f in facts_of(article, "org")})
    assert names == [
        "INTERPOL International Child Sexual Exploitation",
        "INTERPOL Specialists Group on Crimes Against Children",
        "INTERPOL Victim Identification Task Force for Asia",
    ]


def test_a_line_of_names_and_roles_is_no_fact(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Blind review 11a (R8): a log's list of the people told ("Informed: DI Pell; Harbour
    Neighbourhood Sergeant.") became a fact. Names and roles with no verb say who, never
    what; a sentence that names people and says what they did stays a fact."""
    text = (
        "ENTRY 3      Date: 04/10/2024      Time: 19:20\n"
        "Decision:    Search the harbour footpath and the two quays before dark.\n"
        "Informed:    Detective Inspector Ruth Pell; Harbour Neighbourhood Sergeant.\n\n"
        "ENTRY 4      Date: 04/10/2024      Time: 21:05\n"
        "Decision:    Detective Inspector Ruth Pell searched the two quays with the harbour team.\n"
        "Informed:    Superintendent Okoro (on-call Gold), Duty Inspector Marsh.\n"
    )
    path = tmp_path / "log.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    shown = {analysis.doc.display(s.start, s.end): analysis.is_statement(s) for s in analysis.kept()}
    assert shown == {
        "Search the harbour footpath and the two quays before dark.": True,
        "Detective Inspector Ruth Pell; Harbour Neighbourhood Sergeant.": False,
        "Detective Inspector Ruth Pell searched the two quays with the harbour team.": True,
        "Superintendent Okoro (on-call Gold), Duty Inspector Marsh.": False,
    }


def test_a_job_adverts_own_administration_is_no_fact(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Blind review 11a (R8): how to apply for a post and what it pays became ten facts.
    Under such headings the sentences are the employer's business with the applicant; a
    duty of the post under its responsibilities stays."""
    text = (
        "# Job description: Detective Constable, Harbour Child Protection Team\n\n"
        "## Key responsibilities\n\n"
        "Every detective assesses each new referral within 2 working days and records the decision.\n\n"
        "## Pay and conditions\n\n"
        "The post works a shift pattern of 07:00-15:00 and 14:00-22:00, Monday to Friday.\n\n"
        "## How to apply\n\n"
        "Applicants should send the form to the harbour recruitment office by the closing date.\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    shown = {analysis.doc.display(s.start, s.end): analysis.is_statement(s) for s in analysis.kept()}
    assert shown == {
        "Every detective assesses each new referral within 2 working days and records the decision.": True,
        "The post works a shift pattern of 07:00-15:00 and 14:00-22:00, Monday to Friday.": False,
        "Applicants should send the form to the harbour recruitment office by the closing date.": False,
    }
