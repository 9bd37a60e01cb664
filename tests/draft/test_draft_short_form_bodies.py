# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the short form of the document's own body (``issuer.py``): "the Committee" of a
committee's text is that committee, never a committee it cites in passing; where another
committee was named before and nothing in the sentence decides, the candidate stays out of
the module with the doubt as its reason (blind review 18: a general comment's "The Committee
notes ..." shown as another committee's words, a wrong key). Short texts of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

_NOTE = (
    "---\n"
    'title: "Guidance Note 4 (2026) on online grooming investigations"\n'
    'author: "Harbourside Committee on Child Online Safety"\n'
    "---\n\n"
    "# Guidance Note 4 (2026) on online grooming investigations\n\n"
    "1. The Committee issues this note under article 9 of its founding statute, after consulting police services, prosecutors and children's charities in every district of the province.\n\n"
    "2. The Committee draws on the 2024 report of the Eastmarch Scrutiny Committee, which examined how police services record reports of online grooming.\n\n"
    "3. Police services should train every call handler to recognise the signs of online grooming, and should keep a record of that training.\n\n"
    "4. Prosecutors should be consulted at an early stage in every case of online grooming in which the suspect is a person in a position of trust.\n\n"
    "5. The Committee recommends that every police service records a report of online grooming within 24 hours of receiving it.\n\n"
    "6. In 2023 the Committee found that 12 police services had no specialist online grooming unit.\n"
)
_CITED = "2. The Committee draws on the 2024 report of the Eastmarch Scrutiny Committee, which examined how police services record reports of online grooming.\n\n"


def _prompts(questions: list[DraftQuestion]) -> list[str]:
    return [q.prompt for q in questions]


def _reasons(questions: list[DraftQuestion], start: str) -> list[str]:
    found = [r for q in questions if q.prompt.startswith(start) for r in q.reasons]
    assert found, start
    return found


def test_the_committee_of_a_committees_text_is_never_the_committee_it_cites(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _NOTE, matcher)
    # the document's own voice (a recommendation in the present): its author
    assert "The Harbourside Committee on Child Online Safety recommends that every police service records a report of online grooming within ____ hours of receiving it." in _prompts(kept)
    assert not [p for p in _prompts(kept + below) if "Eastmarch Scrutiny Committee recommends" in p or "Eastmarch Scrutiny Committee found" in p]
    # a finding in the past may be either committee's: out of the module, and the audit says why
    assert not [p for p in _prompts(kept) if "found that" in p]
    assert ('fatal: "the Committee" could be the issuer, "Harbourside Committee on Child Online Safety", or '
            '"Eastmarch Scrutiny Committee" (named before it); the sentence does not say which') in _reasons(below, "In 2023 the Committee found that 12 police services")


def test_the_committee_with_no_other_committee_named_is_the_issuer_whatever_the_tense(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _NOTE.replace(_CITED, ""), matcher)
    assert "The Harbourside Committee on Child Online Safety recommends that every police service records a report of online grooming within ____ hours of receiving it." in _prompts(kept)
    assert "In 2023 the Harbourside Committee on Child Online Safety found that 12 police services had no specialist online grooming unit." in _prompts(kept + below)


_COMMENT = (
    "Committee of Experts on the Harbourside Charter on the Rights and Welfare of the Child\n\n"
    "# General Comment No. 3 on online grooming investigations\n\n"
    "1. The Committee adopts this general comment under article 9 of the Charter.\n\n"
    "2. The Committee draws on general comment No. 25 of the United Nations Committee on the Rights of the Child. "
    "The Committee recommends that every police service records a report of online grooming within 24 hours of receiving it.\n\n"
    "3. Police services should train every call handler to recognise the signs of online grooming, and should keep a record of that training.\n\n"
    "4. The Committee considers that every police service should review its online grooming cases within 28 days.\n"
)


def test_a_masthead_names_the_committee_and_a_committee_just_cited_leaves_it_in_doubt(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the issuer's long name is only in the masthead; the United Nations committee is cited
    # once: a later paragraph in the document's own voice is the issuer's, the sentence
    # straight after the citation may go on about the cited committee
    kept, below = chosen(tmp_path, _COMMENT, matcher)
    assert "The Committee of Experts on the Harbourside Charter on the Rights and Welfare of the Child considers that every police service should review its online grooming cases within ____ days." in _prompts(kept)
    assert not [p for p in _prompts(kept + below) if "United Nations Committee recommends" in p or "United Nations Committee considers" in p]
    assert not [p for p in _prompts(kept) if "recommends that every police service" in p]
    assert ('fatal: "The Committee" could be the issuer, "Committee of Experts on the Harbourside Charter on the Rights and Welfare of the Child", or '
            '"United Nations Committee on the Rights of the Child" (named before it); the sentence does not say which') in _reasons(below, "The Committee recommends")


def test_a_kind_that_ends_the_issuers_name_after_of_is_not_its_head() -> None:
    from curriculum.draft.issuer import heads

    name = "Committee of Experts on the Rights and Welfare of the Child"
    assert heads(name, "Committee") and heads("Eastmarch Scrutiny Committee", "committee")
    assert not heads(name, "Child") and not heads(name, "Welfare")


def test_a_unit_named_just_before_is_never_replaced_by_the_letterheads_unit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the letter comes from the force's Information Rights Unit; "the unit" a training rule
    # speaks of is the offender management unit the sentence before names
    text = ("WESTHAVEN POLICE (fictional)\nInformation Rights Unit\n\nDear Requester,\n\n"
            "On 1 November 2025 the Management of Sexual or Violent Offenders (MOSOVO) unit had 24 officers. "
            "Each officer completes the national MOSOVO training course within 6 months of joining the unit.\n")
    kept, below = chosen(tmp_path, text, matcher, "letter.txt")
    assert not [p for p in _prompts(kept + below) if "Information Rights Unit" in p]
    held = [r for q in below if "Each officer completes" in q.prompt for r in q.reasons]
    assert ('fatal: "the unit" could be the issuer, "Information Rights Unit", or "Violent Offenders '
            '(MOSOVO) unit" (named before it); the sentence does not say which') in held
