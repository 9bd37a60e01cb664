# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 31 (tuner "context"): whose a duty is, and what a stem opens with.
A page about one law (its title or description names it) states that law's duties and
definitions, not its publisher's (``jurisdiction.subject_law``). Short texts of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_ABOUT_A_LAW = (
    "---\ntitle: What hosting providers must do from July 2027\n"
    "publisher: Brackwater Pell LLP\n"
    "description: Briefing on the Harbour Platforms (Abuse Reporting) Act 2027 of the Republic of Kelvane.\n---\n\n"
    "# What hosting providers must do from July 2027\n\n"
    "The Harbour Platforms (Abuse Reporting) Act 2027 received assent in May 2027. The Act replaces voluntary reporting by hosting services.\n\n"
    "## Duties under the new law\n\n"
    "Records of a flagged account must be kept for 120 days after a report of child sexual abuse material.\n\n"
    "\"Child\" means a person under 18.\n\n"
    "The new Act gives the regulator power to fine providers.\n")


def test_a_duty_of_the_law_a_page_is_about_is_the_laws(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _ABOUT_A_LAW, matcher)
    shown = prompts(kept + below)
    lead = "Under the Harbour Platforms (Abuse Reporting) Act 2027, "
    assert any(p.startswith(lead + "records of a flagged account must be kept for") for p in shown), shown
    assert any(p.startswith(lead + '"child" means a person under') for p in shown), shown
    assert not any("Brackwater" in p for p in shown), shown


_LINKING_LEAD = (
    "# Notes for offender managers\n\n"
    "Risk tools are widely used in the region.\n\n"
    "Research also cautions against overstating risk: a review of 48 studies found an average reoffending rate of 11.2% over five years.\n\n"
    "Where a child may be at risk abroad, speed also matters for international action: officers can ask the national bureau to request a Yellow Notice within 2 hours.\n")


def test_a_lead_in_that_only_adds_to_the_text_before_is_struck_before_its_colon(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _LINKING_LEAD, matcher)
    shown = prompts(kept + below)
    assert any(p.startswith("A review of 48 studies found an average reoffending rate of") for p in shown), shown
    assert not any(p.startswith("Research also") for p in shown), shown
    assert not any(p.startswith("Officers can ask") for p in shown), shown


_LABELS = (
    "# Travel restrictions on registered offenders: class handout\n\n"
    "Our own force reviewed 40 travel notifications last year.\n\n"
    "Nationally, the Kelvane Bureau of Investigation reported in March 2025 that more than 2,400 travel notifications had been made in 2024.\n\n"
    "Globally, one registered offender in ten travels abroad each year.\n\n"
    "Several of them travel to Borovia, and some live in Ostmark.\n\n"
    "## Comparison by country\n\n"
    "- Borovia: the Registered Persons (Foreign Travel) Act 2019 requires registered offenders to notify police at least 14 days before leaving the country.\n"
    "- Ostmark: registered offenders must surrender their passports within 7 days of conviction.\n")


def test_a_country_label_says_whose_law_and_a_scope_adverb_before_a_named_body_goes(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _LABELS, matcher)
    shown = prompts(kept + below)
    assert any(p.startswith("Borovia's Registered Persons (Foreign Travel) Act 2019 requires registered offenders to notify police at least") for p in shown), shown
    assert any(p.startswith("In Ostmark, registered offenders must surrender their passports within") for p in shown), shown
    assert any(p.startswith("The Kelvane Bureau of Investigation reported in March 2025") for p in shown), shown
    assert not any(p.startswith(("Borovia:", "Ostmark:", "Nationally")) for p in shown), shown


_UNDER_WHICH = (
    "# Unit self-assessment guide\n\n"
    "The guide sets four levels for each domain.\n\n"
    "The top level criteria follow the Harbour Child Protection Act 2021, under which a unit must review a report of a missing child within 2 hours of receipt.\n\n"
    "Westmarch Police follows the Harbour Child Protection Act 2021, under which a unit must record every review within 24 hours.\n")


def test_a_lead_in_that_relates_the_text_to_an_instrument_gives_way_to_the_instruments_rule(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _UNDER_WHICH, matcher)
    shown = prompts(kept + below)
    assert any(p.startswith("Under the Harbour Child Protection Act 2021, a unit must review a report of a missing child within") for p in shown), shown
    assert not any(p.startswith("The top level criteria") for p in shown), shown
    assert not any("must record every review" in p and not p.startswith("Westmarch Police follows") for p in shown), shown


_FORM_CODE = (
    "---\ntitle: Practice note 3 of 2027 - vulnerable witnesses\n"
    "publisher: Office of the Chief Magistrate of Darnholt\n---\n\n"
    "# Practice note 3 of 2027 - vulnerable witnesses\n\n"
    "An application for a screen must be made on Form VW7 not later than 10 days before the trial.\n")


def test_a_form_code_names_no_one_whose_rule_it_is(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _FORM_CODE, matcher)
    shown = prompts(kept + below)
    assert any(p.startswith("According to the Office of the Chief Magistrate of Darnholt, an application for a screen must be made on Form VW7") for p in shown), shown
