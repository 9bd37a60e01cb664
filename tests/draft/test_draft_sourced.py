# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9: a question must say whose rule or figure it asks (``draft/sourced.py``): a
law, a treaty article, a dated study or a recognised body of the field; the source's own
office's rules and figures go to the audit with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import chosen, drafted_note, prompts, run

from curriculum.draft import sourced as sourced_module
from curriculum.draft.sourced import REASON, sourced
from curriculum.draft.themes import ThemeMatcher

pytestmark = pytest.mark.international

HANDBOOK = (
    "# Victim identification desk handbook\n\n"
    "The Brackwater Victim Identification Desk reviews every new series of child sexual abuse material for victim identification.\n\n"
    "Each series sent to the desk is acknowledged within 10 working days.\n\n"
    "In November 2022 INTERPOL reported that 68 countries were connected to the International Child Sexual Exploitation (ICSE) database.\n"
)


def test_what_names_a_source() -> None:
    """A recognised body or tool, a law by its citation, a dated study; a fictional law and
    an office's own routine name none."""
    assert sourced("Green Notices warn of people likely to repeat offences in other countries.") == "body"
    assert sourced("The Child Protection (Travel) Act 2021 requires notice at least 7 days before travel.") == "law"
    assert sourced("Under Art. 3(c), no means are needed where the person is a child.") == "law"
    assert sourced("A meta-analysis of 61 studies published in 1998 found a rate of 13.4%.") == "study"
    assert sourced("Stigma was the main barrier to wellness support (Mitchell et al., 2022).") == "study"
    assert sourced("The fictional Orchard Children Act 2019 sets a 72-hour limit.") == ""
    assert sourced("Each series sent to the desk is acknowledged within 10 working days.") == ""
    assert sourced("The Noticeboard is updated weekly.") == ""  # a word is not the name inside it


def test_an_offices_own_routine_waits_in_the_audit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The desk's acknowledgement time is held back with the reason; the ICSE count, which
    names INTERPOL, reaches the module."""
    kept, below = chosen(tmp_path, HANDBOOK, matcher)
    assert any("68" in q.prompt or "____ countries" in q.prompt for q in kept), prompts(kept)
    assert not [q for q in kept if "acknowledged" in q.prompt], prompts(kept)
    routine = [q for q in below if "acknowledged" in q.prompt]
    assert routine and all(f"not worth asking: {REASON}" in q.reasons for q in routine if q.score > 0), [(q.prompt, q.reasons) for q in routine]


def test_a_recognised_bodys_own_document_speaks_for_it(tmp_path: Path) -> None:
    """The same routine in a document INTERPOL publishes is INTERPOL's: it may reach a
    module, and the audit never gives this reason for it."""
    text = "---\ntitle: Victim identification desk handbook\npublisher: INTERPOL\n---\n" + HANDBOOK.split("\n", 1)[1]
    _, audit = drafted_note(tmp_path, "handbook.md", text, "international")
    routine = [line for line in audit.splitlines() if "acknowledged within" in line]
    assert not [line for line in routine if "recognised body of the field" in line], routine


def test_the_audit_says_why(tmp_path: Path) -> None:
    """An author reads the reason beside the held candidate and can promote it."""
    _, audit = drafted_note(tmp_path, "handbook.md", HANDBOOK, "international")
    routine = [line for line in audit.splitlines() if "acknowledged within" in line]
    assert [line for line in routine if "recognised body of the field" in line], routine


def test_a_project_names_its_own_recognised_sources(tmp_path: Path) -> None:
    """``draft_sources`` in curriculum.yaml adds a body the built-in list lacks: the desk
    named there is a source, and the audit never holds its routine for naming none."""
    text = HANDBOOK.replace("sent to the desk", "sent to the Brackwater Victim Identification Desk")
    try:
        modules, audit = drafted_note(tmp_path, "handbook.md", text, "international",
                                      draft_sources=["Brackwater Victim Identification Desk"])
    finally:
        sourced_module.use([])  # the run's names stay with the run
    assert "acknowledged within" in audit + modules
    assert "recognised body of the field" not in audit, audit


def test_a_recognised_source_places_its_fact_but_is_no_blank(tmp_path: Path) -> None:
    """The built-in curriculum names each theme's recognised sources among its keywords: a
    fact that names the Budapest Convention reaches internet-facilitated crimes, though no
    other word of it does; the Convention's name itself is never the blank."""
    text = (
        "# Reading notes\n\n"
        "Article 9 of the Budapest Convention defines a minor as anyone under 18, and a party may set a lower limit of not less than 16.\n"
    )
    modules, audit = drafted_note(tmp_path, "notes.md", text, "international")
    quiz = yaml.safe_load((tmp_path / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8")).get("quiz") or {}
    prompts_there = [q["prompt"] for q in quiz.get("questions", [])]
    assert [p for p in prompts_there if "Article 9 of the Budapest Convention" in p], prompts_there
    assert "Article 9 of the ____" not in modules + audit


def test_a_new_project_says_whom_it_drafts_for(tmp_path: Path) -> None:
    """``curriculum init`` writes ``draft_audience`` with a comment on both choices, so an
    author drafting from their own office's procedures finds the switch where they look."""
    result = run("init", str(tmp_path / "new"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "new" / "curriculum.yaml").read_text("utf-8")
    assert yaml.safe_load(text)["draft_audience"] == "international"
    assert "local (your" in text


def test_a_title_naming_a_bodys_tool_does_not_speak_for_the_body(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A local guide titled after INTERPOL's Notices is the local force's: its own routine
    is held; a title naming INTERPOL's own meeting speaks of INTERPOL's work."""
    rule = "Each request sent to the Northshire bureau is answered within 10 working days.\n"
    guide = "# Using INTERPOL Notices: a guide for Northshire officers\n\n" + rule
    meeting = "# Tackling child abuse focus of INTERPOL experts meeting\n\n" + rule
    for text, held in ((guide, True), (meeting, False)):
        kept, below = chosen(tmp_path, text, matcher)
        reasons = [r for q in kept + below if "answered within" in q.prompt for r in q.reasons]
        assert reasons and (f"not worth asking: {REASON}" in reasons) is held, reasons
