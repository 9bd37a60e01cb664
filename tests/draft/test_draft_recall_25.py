# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 25 (recall): the term an instrument is granted for is a rule. "An
authorisation for a covert online source lasts 12 months" says what the law grants, as "may
last" does; it is not how long a study or an event ran. A past "lasted", a definite subject
and a session's length stay trivia. A condition the law sets on what is available ("is
available only where the custodial term does not exceed 2 years") is a rule whose limit is
asked, its subject read as generic; a clause after "; but" is asked alone. Short texts of
our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_TERMS = """# Covert online activity: authorisations

An authorisation for a covert online source lasts 12 months from the date it is granted. An urgent oral authorisation lasts 72 hours.

The pilot project lasted 18 months. Each training session lasts 3 hours. The order lasted two years.
"""


def test_an_instruments_term_is_asked_as_a_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TERMS, matcher, name="authorisations.md")
    asked = prompts(kept)
    assert "An authorisation for a covert online source lasts ____ months from the date it is granted." in asked, asked
    assert "An urgent oral authorisation lasts ____ hours." in asked, asked
    for q in kept + below:
        if "authorisation" in q.prompt:
            assert not [r for r in q.reasons if "trivia" in r], (q.prompt, q.reasons)


def test_a_projects_or_sessions_length_stays_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TERMS, matcher, name="authorisations.md")
    assert not [p for p in prompts(kept) if "project" in p or "session" in p or "order lasted" in p], prompts(kept)
    for q in below:
        if "project" in q.prompt or "session" in q.prompt or "order lasted" in q.prompt:
            assert [r for r in q.reasons if "trivia" in r], (q.prompt, q.reasons)


_CONDITIONS = """# Sentencing of sex offenders

A suspended sentence order is available only where the custodial term does not exceed 2 years.

The defence accepts that the judge meant well; but a community order is available only where the unpaid work required does not exceed 300 hours.
"""


def test_a_condition_of_availability_is_a_rule_whose_limit_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _CONDITIONS, matcher, name="sentencing.md")
    stem = "A suspended sentence order is available only where the custodial term does not exceed ____ years."
    assert stem in prompts(kept), prompts(kept + below)


def test_a_clause_after_a_semicolon_and_but_is_asked_alone(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _CONDITIONS, matcher, name="sentencing.md")
    stem = "A community order is available only where the unpaid work required does not exceed ____ hours."
    assert stem in prompts(kept), prompts(kept + below)
    assert not [p for p in prompts(kept) if "meant well" in p], prompts(kept)


_TERM_BEFORE = """# Sentencing of sex offenders

The judge set the custodial term at 18 months after credit for the plea.

A suspended sentence order is available only where the custodial term does not exceed 2 years.
"""


def test_the_subject_of_a_rules_condition_is_read_as_generic(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TERM_BEFORE, matcher, name="sentencing.md")
    asked = [q for q in kept + below if q.prompt.startswith("A suspended sentence order is available")]
    assert asked, prompts(kept + below)
    for q in asked:
        assert not [r for r in q.reasons if r.startswith("-0.40 points back")], (q.prompt, q.reasons)
        assert [r for r in q.reasons if "read as generic" in r], (q.prompt, q.reasons)


_PRINCIPLES = """# Handling digital evidence in child sexual abuse cases

Every examiner must follow the three principles of digital evidence handling: no action should change the original data; an audit trail must be kept of every step; and the officer in charge is responsible for compliance.
"""


def test_a_lists_items_after_a_colon_are_not_cut_at_and(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _PRINCIPLES, matcher, name="evidence.md")
    cut = [p for p in prompts(kept + below) if p.rstrip().endswith("original data.")]
    assert not cut, cut
