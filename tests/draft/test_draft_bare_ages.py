"""An age written with no noun after it ("anyone under 18", "a child (under 16)") is a fact:
the age a definition or an offence sets, asked as "under the age of 18" is
(``facts.bare_age``)."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed, chosen, one

from curriculum.draft.themes import ThemeMatcher

GUIDE = (
    "# Guidance for hotel staff on child exploitation\n\n"
    "Under Marland law, a child is anyone under 18, whatever the age of consent.\n\n"
    "The offence covers any adult who arranges a room for a child (under 16) for a sexual"
    " purpose.\n"
)


def test_a_definition_s_bare_age_is_asked_as_its_age(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = chosen(tmp_path, GUIDE, matcher)
    question = one(
        kept, "Under Marland law, a child is anyone under ____, whatever the age of consent.")
    assert question.options == [("17", False), ("18", True), ("21", False), ("25", False)]


def test_a_bare_age_after_a_person_is_a_fact_of_age(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, GUIDE, matcher)
    ages = [(analysis.doc.display(*f.span), f.noun, f.qualifier)
            for facts in analysis.facts.values() for f in facts if f.kind == "count"]
    assert ages == [("18", "age", "under"), ("16", "age", "under")]


def test_a_bound_in_an_offence_s_scope_is_held_as_a_threshold(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, GUIDE, matcher)
    asked = one(kept + below, "The offence covers any adult who arranges a room for a child"
                " (under ____) for a sexual purpose.")
    assert asked not in kept  # "under 14" would be true as well: no choice of ages
    assert any('"under" makes the figure a threshold' in r for r in asked.reasons)


def test_a_number_after_a_bound_with_no_person_is_no_age(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Referrals\n\nOf the 140 referrals received, over 18 came from schools.\n\n"
        "Officers under 12 months in post attend the course.\n"
    )
    analysis = analysed(tmp_path, text, matcher)
    assert not [f for facts in analysis.facts.values() for f in facts if f.noun == "age"]


def test_an_age_in_a_body_s_description_is_no_rule_s_age(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Partners\n\n"
        "The Harbour Trust is an independent charity that supports children and young people"
        " under 18 who are being exploited online.\n\n"
        "Static-99R is not validated for women or for offenders who were under 18 at release.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert [q.prompt for q in kept + below if "Harbour" in q.prompt] == []
    one(kept, "Static-99R is not validated for women or for offenders who were under 18 at"
        " release.")
