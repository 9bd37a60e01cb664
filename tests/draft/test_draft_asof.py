# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a figure of the present holds as of the document's date: "As of March 2025,
the ... Centre has ____ trained interviewers." Each on a short text of our own, with the
exact outcome; a rule, a statement about a kind, a figure already dated, a length of time
and a document with no date get no lead."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted

from curriculum.draft.themes import ThemeMatcher

HEADER = "Title: Centre review\nDate: 12 March 2025\n---\n\n"


def test_a_present_figure_of_one_body_is_dated_by_the_document(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = HEADER + "The Harbourside Child Advocacy Centre has 14 trained interviewers for child witnesses.\n"
    kept, below = drafted(tmp_path, text, matcher)
    question = next(q for q in kept + below if q.rule == "count")
    assert question.prompt == "As of March 2025, the Harbourside Child Advocacy Centre has ____ trained interviewers for child witnesses."
    assert question.as_of == "2025-03-12"
    assert question.stem_rule.endswith("dated as of the document's date")


def test_rules_kinds_dated_figures_and_times_get_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = HEADER + (
        "The Harbourside Child Advocacy Centre must interview every child within 48 hours of a referral.\n\n"
        "Children who are interviewed at the Centre give evidence in 3 sessions on average.\n\n"
        "In 2024 the Harbourside Child Advocacy Centre had 11 trained interviewers for child witnesses.\n\n"
        "The Harbourside Child Advocacy Centre keeps recordings of interviews for 7 years.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [q.prompt for q in kept + below if q.prompt.startswith("As of")] == []


def test_a_document_with_no_date_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The Harbourside Child Advocacy Centre has 14 trained interviewers for child witnesses.\n"
    kept, below = drafted(tmp_path, text, matcher)
    question = next(q for q in kept + below if q.rule == "count")
    assert question.prompt == "The Harbourside Child Advocacy Centre has ____ trained interviewers for child witnesses."
