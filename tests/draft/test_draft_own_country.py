# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule and who acts (blind review 12): a national rule or a national body of the document's own country (its letterhead, its
ministry's name) names the country (``country.py``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one, prompts

from curriculum.draft.themes import ThemeMatcher

_LETTER = (
    "MINISTRY OF THE INTERIOR OF VELDORIA\n"
    "Office of the Minister\n\n"
    "3 March 2026\n\n"
    "Dear Chair,\n\n"
    "Thank you for your letter about offenders who travel abroad.\n\n"
    "Registered offenders must notify police at least 9 days before any journey abroad. "
    "Our National Central Bureau (NCB) exchanges notices with other countries.\n\n"
    "In 2025 the NCB sent 58 notices about offenders who had travelled.\n\n"
    "In Veldoria, every border post now has a trained safeguarding officer.\n\n"
    "Yours sincerely,\n\n"
    "Mara Tull\n"
    "Minister of the Interior\n"
)


def test_a_ministers_national_rule_and_national_body_name_its_country(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _LETTER, matcher)
    rule = one(questions, "In Veldoria, registered offenders must notify police at least ____ days before any journey abroad.")
    assert rule.stem_rule.endswith("jurisdiction: the document's own country")
    body = one(questions, "In 2025 Veldoria's National Central Bureau (NCB) sent ____ notices about offenders who had travelled.")
    assert body.stem_rule.endswith('"the NCB" named as Veldoria\'s (the document\'s head)')


def test_a_ministry_that_names_no_country_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _LETTER.replace("MINISTRY OF THE INTERIOR OF VELDORIA", "MINISTRY OF THE INTERIOR").replace(
        "In Veldoria, every", "Every")
    questions = candidates(tmp_path, text, matcher)
    one(questions, "Registered offenders must notify police at least ____ days before any journey abroad.")
    assert not [p for p in prompts(questions) if "Veldoria" in p]


_INSPECTORATE = (
    "OFFICE OF THE INSPECTOR OF POLICING FOR VELMARSH\n"
    "Online abuse referrals: a thematic inspection\n"
    "Published 3 June 2026 under section 12 of the Policing (Velmarsh) Act 2011\n\n"
    "Findings\n\n"
    "The national guidance says that a force must record a risk assessment for every referral within 24 hours of receipt.\n\n"
    "Velmarsh is a party to the Lanzarote Convention, and most referrals now reach a force within one day.\n"
)


def test_an_office_for_a_place_the_text_treats_as_a_state_names_its_country(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # blind review 22, an inspectorate's chapter: "In Albrenna, the national guidance ..."
    questions = candidates(tmp_path, _INSPECTORATE, matcher)
    rule = one(questions, "In Velmarsh, the national guidance says that a force must record a risk assessment for every referral within ____ hours of receipt.")
    assert rule.stem_rule.endswith("jurisdiction: the document's own country")


def test_an_office_for_a_place_the_text_never_treats_as_a_state_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _INSPECTORATE.replace("Policing (Velmarsh) Act", "Policing Act").replace(
        "Velmarsh is a party to the Lanzarote Convention, and most", "Most")
    questions = candidates(tmp_path, text, matcher)
    one(questions, "The national guidance says that a force must record a risk assessment for every referral within ____ hours of receipt.")


_REPLIES = (
    "United Nations | CRC/C/OPSC/TRV/RQ/1\n\n"
    "# Committee on the Rights of the Child\n\n"
    "## Replies of Tarvania to the list of issues\n\n"
    "1. The Government of the Republic of Tarvania welcomes the list of issues adopted by the Committee.\n\n"
    "2. The National Child Abuse Investigation Unit has been connected to INTERPOL's International Child Sexual "
    "Exploitation (ICSE) database since March 2024. Reports made abroad are passed on by the National Center for "
    "Missing & Exploited Children (NCMEC), which received 4,200 such reports in 2025. Most of them concern "
    "platforms that are popular in Tarvania.\n"
)


def test_a_states_reply_names_its_national_unit_by_the_states_short_name(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # blind review 22, a State's replies to a treaty body: "Orlassia's National Police ..."
    questions = candidates(tmp_path, _REPLIES, matcher)
    unit = one(questions, "Tarvania's National Child Abuse Investigation Unit has been connected to INTERPOL's ____ (ICSE) database since March 2024.")
    assert unit.stem_rule.endswith('"the National Child Abuse Investigation Unit" named as Tarvania\'s (the document\'s head)')
    assert not [p for p in prompts(questions) if "Tarvania's National Center" in p], prompts(questions)


def test_a_law_named_after_the_country_needs_no_country_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "MINISTRY OF JUSTICE OF VELMARSH\n"
        "Online abuse referrals: a note for partners\n"
        "Published 3 June 2026\n\n"
        "Findings\n\n"
        "Section 15 of the Sexual Offences (Velmarsh) Order 2008 makes it an offence for a person aged 18 or over "
        "to meet a child under 16 after having communicated with the child on at least two earlier occasions.\n\n"
        "Most referrals in Velmarsh now reach a force within one day.\n"
    )
    questions = candidates(tmp_path, text, matcher)
    one(questions, "Section 15 of the Sexual Offences (Velmarsh) Order 2008 makes it an offence for a person aged 18 or over to meet a child under 16 after having communicated with the child on at least two earlier occasions.")
