# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a generic noun named from the title or head (blind review 12): "the committee"
is named only by the committee's own name, never by a longer title that ends in it, a
title about the thing, or the words of a status line (``referents.earlier_name``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, prompts

from curriculum.draft.themes import ThemeMatcher


def test_a_title_that_ends_in_the_name_gives_the_name_not_the_title(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Submission to the Border Affairs Committee\n\n"
        "We welcome the inquiry into online child abuse. In 2024 the committee received 318 written submissions about child exploitation online.\n"
    )
    found = prompts(candidates(tmp_path, text, matcher))
    assert "In 2024 the Border Affairs Committee received ____ written submissions about child exploitation online." in found, found
    assert not any("Submission to" in p for p in found), found


def test_a_title_about_the_thing_does_not_name_a_rule_s_noun(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Rules for Police Custody\n\n"
        "A child held overnight must be seen by a doctor. The custody must be reviewed every 6 hours by an inspector.\n"
    )
    found = prompts(candidates(tmp_path, text, matcher))
    assert "The custody must be reviewed every ____ hours by an inspector." in found, found
    assert not any("Rules for" in p for p in found), found


def test_two_panels_leave_the_panel_unnamed(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Appeals about missing children\n\n"
        "The Eastern Appeals Panel hears cases from the coast. The Western Appeals Panel hears cases from the hills.\n\n"
        "A family may appeal against the panel's decision within 21 days of the hearing on a missing child.\n"
    )
    found = prompts(candidates(tmp_path, text, matcher))
    assert "A family may appeal against the panel's decision within ____ days of the hearing on a missing child." in found, found
    assert not any("Appeals Panel's decision" in p for p in found), found


def test_a_status_line_never_fuses_into_the_name(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Yearly figures\n\n"
        "Status: Fully Approved\n"
        "Border Affairs Committee members visited two custody suites in the capital.\n\n"
        "In 2024 the committee received 318 written submissions about child exploitation online.\n"
    )
    found = prompts(candidates(tmp_path, text, matcher))
    assert "In 2024 the Border Affairs Committee received ____ written submissions about child exploitation online." in found, found
    assert not any("Approved" in p for p in found), found
