# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a figure of the present holds as of the document's date: "As of March 2025,
the ... Centre has ____ trained interviewers." Each on a short text of our own, with the
exact outcome; a rule, a statement about a kind, a figure already dated, a length of time
and a document with no date get no lead."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted

from curriculum.draft.dates import stated_date
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


def test_a_figure_dated_in_its_own_stem_keeps_its_own_date(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The review of 2025 repeats a count its source gave in 2021: the figure holds as of
    2021, not as of the review's date (blind review 11b, C7)."""
    text = HEADER + (
        "As of June 2021, 41 regional hubs were linked to the shared hash list, according to its operator (Hashwatch, 9 June 2021).\n\n"
        "As at 31 January 2022 the Harbourside Child Advocacy Centre had 12 trained interviewers for child witnesses.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    hubs = next(q for q in kept + below if q.rule == "count" and "hubs" in q.prompt)
    assert hubs.prompt.startswith("As of June 2021, ____ regional hubs")
    assert hubs.as_of == "2021-06-09"
    staff = next(q for q in kept + below if q.rule == "count" and "interviewers" in q.prompt)
    assert staff.as_of == "2022-01-31"


def test_stated_date_reads_as_precise_as_the_text() -> None:
    assert stated_date("As of November 2022, 68 countries were connected (INTERPOL, 18 November 2022).") == "2022-11-18"
    assert stated_date("As of November 2022, 68 countries were connected (INTERPOL, 3 December 2022).") == "2022-11"
    assert stated_date("as at the end of 2019 the unit had 40 staff") == "2019"
    assert stated_date("The unit currently has 40 staff.") is None
