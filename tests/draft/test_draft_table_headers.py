# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a table's column header as a stem's subject (blind review 27): a header that
is a label and its predicate ("Target: forwarded to police within") was fused whole into
the stem ("the target: forwarded to police within is ____", "drop the header words"), and
a header that is one of the document's codes ("P1") gave "the P1 is ____", which says
not what P1 is. Short tables of our own, with the exact stems drafted."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.table_values import table_value_rules
from curriculum.draft.themes import ThemeMatcher


def asked(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return table_value_rules(analyse(read_source(path, tmp_path), "t", matcher))


LABELLED = """# Online abuse reports: handling standard

## Handing reports on

Every report is graded by the duty analyst on arrival.

| Grade | What it means | Target: passed to the local force within |
|---|---|---|
| G1 | A child may be in danger now | 2 hours |
| G2 | A child or offender can be named | 12 hours |
| G3 | Material is linked to the region | 5 days |
| G4 | Material already known, no link | 20 days |
"""


def test_a_label_and_predicate_header_is_a_noun_phrase_not_fused(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Target: passed to the local force within" is the label "target" and what is
    targeted: "the target for passing to the local force is ____", never "the target:
    passed to the local force within is ____"."""
    prompts = [q.prompt for q in asked(tmp_path, "grades.md", LABELLED, matcher)]
    assert prompts
    assert all(":" not in p.split(",")[-1] for p in prompts), prompts
    assert "Where the grade is G1 (a child may be in danger now), the target for passing to the local force is ____." in prompts


CODED = """# Examination service agreement

## Definitions

- Urgency 1 (U1): a request where a child may be at risk now.
- Urgency 2 (U2): any other request with a named suspect.

## Service levels

| Ref | Service | U1 | U2 | X3 |
|---|---|---|---|---|
| S1 | Confirm the receipt of a request | 2 hours | 1 working day | 2 working days |
| S2 | Summary of what the device holds | 2 days | 10 working days | 15 working days |
| S3 | Return visit records | 7 days | 25 working days | 30 working days |
| S4 | Log request and confirm urgency | 12 working days | 12 working days | 20 working days |
"""


def test_a_column_named_by_a_code_is_named_by_the_words_that_spell_it_out(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"U1" is spelled out in the text ("Urgency 1 (U1)"): its cells say "the time for
    Urgency 1 (U1) is ____"; "X3" is spelled out nowhere, so its cells are not asked
    ("the X3 is ____" says nothing)."""
    prompts = [q.prompt for q in asked(tmp_path, "sla.md", CODED, matcher)]
    assert any("the time for Urgency 1 (U1) is ____." in p for p in prompts), prompts
    assert not any("the U1 is" in p or "the U2 is" in p or "X3" in p for p in prompts), prompts


def test_a_row_named_by_an_instruction_is_asked_as_what_is_done(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A row under "Ref" named by its service, said as an instruction ("Confirm receipt of
    a request"), leads the stem as what is done: "For confirming the receipt of a request
    (S1), ...", never "For confirm the receipt ..."; a row named by a noun stays as it is,
    one the parser might read as a verb too ("Return visit records") unless its object is
    determined or a second verb follows ("Log request and confirm urgency")."""
    prompts = [q.prompt for q in asked(tmp_path, "sla.md", CODED, matcher)]
    assert "For confirming the receipt of a request (S1), the time for Urgency 1 (U1) is ____." in prompts, prompts
    assert "For return visit records (S3), the time for Urgency 1 (U1) is ____." in prompts, prompts
    assert "For logging request and confirming urgency (S4), the time for Urgency 1 (U1) is ____." in prompts, prompts
    assert not any(p.startswith("For confirm ") for p in prompts), prompts


def test_a_level_spelled_out_with_its_code_is_no_pointer_to_a_part(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Urgency 1 (U1)" in the stem is the level the text defines, with the code its table
    heads the column with; "Priority 1 (P1)" likewise is not held as "a part of the
    document" the way a bare "Priority 2" of a strategy's list is."""
    text = CODED.replace("Urgency", "Priority").replace("U1", "P1").replace("U2", "P2")
    questions = asked(tmp_path, "sla.md", text, matcher)
    choose(questions)
    asked_p1 = [q for q in questions if "the time for Priority 1 (P1) is" in q.prompt]
    assert asked_p1
    assert not [r for q in asked_p1 for r in q.reasons if "points to a part" in r], [q.reasons for q in asked_p1]


DASHED = """# Incident desk: escalation standard

## Escalation

Each incident gets a level on arrival.

| Level | Escalate within |
|---|---|
| L1 - Danger to a child now | 30 minutes |
| L2 - Named child or offender | 6 hours |
| L3 \u2013 Known material | 3 days |
| L4 - No risk found | 14 days |
"""


def test_a_row_named_by_a_code_a_dash_and_a_label_is_the_code_with_its_label_in_brackets(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"L1 - Danger to a child now" is one cell laid out as a code and its label: the stem
    says "L1 (danger to a child now)", as a code glossed by its next cell is said, never
    "L1 - Danger to a child now" with the dash and the capital in running text."""
    prompts = [q.prompt for q in asked(tmp_path, "desk.md", DASHED, matcher)]
    assert prompts
    assert "Where the level is L1 (danger to a child now), escalate within ____." in prompts, prompts  # a limit header in a table of four rows: never "the escalate within is ____"
    assert any(p.startswith("Where the level is L3 (known material), ") for p in prompts), prompts
    assert not any(" - " in p or "\u2013" in p for p in prompts), prompts
