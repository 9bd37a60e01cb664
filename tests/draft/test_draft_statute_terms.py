# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a statute's penalty: its condition clause is never cut from the stem, a noun
that names the act the stem stated ("proposes ... the proposal") points nowhere, and a
law known by its number is named in front, with its state. Each on a short text of our own,
with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft import nlp
from curriculum.draft.clauses import _condition_follows
from curriculum.draft.jurisdiction import numbered_law
from curriculum.draft.themes import ThemeMatcher

_LAW = (
    "# Act No. 12/2031 of 4 May 2031 on the protection of children online\n\n"
    "**Kingdom of Valdoria**\n\n"
    "## Article 3: Offences\n\n"
    "A person aged eighteen or over who, by means of a messaging service or a game, invites a child "
    "under the age of sixteen to meet in person, with the aim of committing a sexual offence against "
    "the child, shall be punished by imprisonment of two to six years, where the invitation has been "
    "followed by steps taken to arrange the meeting.\n\n"
    "Selling images of the sexual abuse of a child shall be punished by imprisonment of four to nine years.\n"
)


def test_a_statutes_condition_clause_stays_in_the_stem_and_the_law_is_named(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _LAW, matcher)
    found = [q for q in questions if q.rule == "count" and "two to ____ years" in q.prompt]
    assert len(found) == 1, [q.prompt for q in questions]
    count = found[0]
    assert count.prompt.startswith("Under Act No. 12/2031 of the Kingdom of Valdoria, a person aged eighteen or over who")
    assert count.prompt.endswith("shall be punished by imprisonment of two to ____ years, where the invitation has been followed by steps taken to arrange the meeting."), count.prompt
    assert "condition kept" in count.stem_rule
    assert not [r for r in count.reasons if "points back" in r], count.reasons


def test_a_numbered_law_is_named_with_its_state_only_when_the_head_names_one() -> None:
    title = "Act No. 12/2031 of 4 May 2031 on the protection of children online"
    assert numbered_law(title, "**Kingdom of Valdoria**") == "Under Act No. 12/2031 of the Kingdom of Valdoria, "
    assert numbered_law(title, "Unofficial translation") == "Under Act No. 12/2031, "
    assert numbered_law("Guidance on Act No. 12/2031", "**Kingdom of Valdoria**") == ""


def _condition(sentence: str) -> bool:
    doc = nlp.parse([sentence])[0]
    comma = max(t.idx for t in doc if t.text == ",")
    return _condition_follows(doc, comma + 2)


def test_a_condition_after_a_comma_is_told_from_a_relative_clause_of_place() -> None:
    assert _condition("A driver who refuses a breath test commits an offence and is liable to a fine of up to 900 euros, where the officer has warned the driver of the consequence.")
    assert _condition("An officer may hold the phone for up to 72 hours, provided that a sergeant has agreed to it in writing.")
    assert _condition("A registered person is recalled for 14 days, unless the breach was caused by an illness.")
    assert not _condition("The witness moved to a cottage in Brannock in 2021, where she ran a shop for two years.")
