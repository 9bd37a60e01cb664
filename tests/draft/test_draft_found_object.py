# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 31 (recall): "X's meta-analysis of 61 studies and 23,000 offenders
found an average rate of 13.4%" (blind set 30, a6: a recidivism figure the reviewers
listed, held as "a count of what the review itself looked at"). A finding verb whose object
holds a figure states the finding as a noun phrase: the true statement asks that finding,
and the study's sample in its subject is no trivia, as with a finding in a clause ("found
that 9% ..."). A count asked alone, or a false twin that changes the sample, is still held.
A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.themes import ThemeMatcher

_NOTES = """# Notes on reoffending by registered sex offenders

Registered sex offenders must notify the police of a new address within 3 days. In 2020 the national register listed 58,000 registered sex offenders.

A 2015 review of 48 studies and 12,700 registered sex offenders found an average sexual reoffending rate of 11.2% over five years.
"""

_SAMPLE = "what the review itself looked at"


def test_a_sample_in_the_subject_of_a_found_figure_is_no_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    found = [q for q in candidates(tmp_path, _NOTES, matcher) if q.prompt.startswith("A 2015 review of 48 studies")]
    true = [q for q in found if q.rule == "true-statement"]
    assert true, [(q.rule, q.prompt) for q in found]
    assert not [r for q in true for r in q.reasons if _SAMPLE in r], [q.reasons for q in true]


def test_the_sample_asked_alone_is_still_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    found = [q for q in candidates(tmp_path, _NOTES, matcher) if q.prompt.startswith("A 2015 review of ____ studies")]
    assert found and all(any(_SAMPLE in r for r in q.reasons) for q in found), [(q.prompt, q.reasons) for q in found]
