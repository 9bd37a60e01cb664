# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule (blind review 22, a legislative proposal): a rule of the act the
document is, or proposes, names the act ("Under the proposed Regulation on ..., a provider
shall ..."; ``jurisdiction.document_act``). Each on a short text of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one, prompts

from curriculum.draft.themes import ThemeMatcher

_PROPOSAL = (
    "COUNCIL OF THE NORTHERN SEA COMMUNITY\n\n"
    "Proposal for a\n\n"
    "# REGULATION OF THE COMMUNITY ASSEMBLY\n\n"
    "## on the protection of children in online services, and repealing Decision 4/2019\n\n"
    "## EXPLANATORY MEMORANDUM\n\n"
    "A study of 2025 found that national rules on the removal of abuse material vary from 2 to 14 days. "
    "Providers must currently keep such records for 30 days.\n\n"
    "## Article 1\n**Scope**\n\n"
    "This Regulation lays down rules for providers of online services used by children.\n\n"
    "## Article 2\n**Removal**\n\n"
    "A provider shall remove child sexual abuse material within 48 hours of receiving a removal order.\n\n"
    "## Article 3\n**Definitions**\n\n"
    "'child' means any person below the age of 18 years.\n"
)


def test_a_rule_of_the_proposed_act_names_the_act(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _PROPOSAL, matcher)
    rule = one(questions, "Under the proposed Regulation on the protection of children in online services, a provider shall remove child sexual abuse material within ____ hours of receiving a removal order.")
    assert rule.stem_rule.endswith("whose rule: the act the document is")
    one(questions, "Under the proposed Regulation on the protection of children in online services, 'child' means any person below the age of ____ years.")


def test_the_memorandum_before_the_articles_is_not_the_acts_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _PROPOSAL, matcher)
    assert not [p for p in prompts(questions) if "Regulation" in p and ("30 days" in p or "vary" in p)], prompts(questions)


def test_an_adopted_act_is_named_without_proposed(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _PROPOSAL.replace("Proposal for a\n\n", "")
    questions = candidates(tmp_path, text, matcher)
    one(questions, "Under the Regulation on the protection of children in online services, a provider shall remove child sexual abuse material within ____ hours of receiving a removal order.")


def test_a_text_that_does_not_call_itself_the_act_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _PROPOSAL.replace("This Regulation lays down", "The Regulation lays down")
    questions = candidates(tmp_path, text, matcher)
    one(questions, "A provider shall remove child sexual abuse material within ____ hours of receiving a removal order.")
    assert not [p for p in prompts(questions) if p.startswith("Under the")], prompts(questions)
