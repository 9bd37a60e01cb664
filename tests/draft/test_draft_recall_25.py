# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 25 (recall): the term an instrument is granted for is a rule. "An
authorisation for a covert online source lasts 12 months" says what the law grants, as "may
last" does; it is not how long a study or an event ran. A past "lasted", a definite subject
and a session's length stay trivia. Short texts of our own, with the exact outcome."""

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
