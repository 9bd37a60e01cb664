# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose rule and who acts (blind review 12): a national rule or a national body of the document's own country (its letterhead, its
ministry's name) names the country (``country.py``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one, prompts

from curriculum.draft.themes import ThemeMatcher

_LETTER = (
    "MINISTRY OF THE INTERIOR OF VELDORIA\n"
    "Office of the Minister\n\n"
    "3 March 2026\n\n"
    "Dear Chair,\n\n"
    "Thank you for your letter about offenders who travel abroad.\n\n"
    "Registered offenders must notify police at least 9 days before any journey abroad. "
    "Our National Central Bureau (NCB) exchanges notices with other countries.\n\n"
    "In 2025 the NCB sent 58 notices about offenders who had travelled.\n\n"
    "In Veldoria, every border post now has a trained safeguarding officer.\n\n"
    "Yours sincerely,\n\n"
    "Mara Tull\n"
    "Minister of the Interior\n"
)


def test_a_ministers_national_rule_and_national_body_name_its_country(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _LETTER, matcher)
    rule = one(questions, "In Veldoria, registered offenders must notify police at least ____ days before any journey abroad.")
    assert rule.stem_rule.endswith("jurisdiction: the document's own country")
    body = one(questions, "In 2025 Veldoria's National Central Bureau (NCB) sent ____ notices about offenders who had travelled.")
    assert body.stem_rule.endswith('"the NCB" named as Veldoria\'s (the document\'s head)')


def test_a_ministry_that_names_no_country_gives_no_lead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _LETTER.replace("MINISTRY OF THE INTERIOR OF VELDORIA", "MINISTRY OF THE INTERIOR").replace(
        "In Veldoria, every", "Every")
    questions = candidates(tmp_path, text, matcher)
    one(questions, "Registered offenders must notify police at least ____ days before any journey abroad.")
    assert not [p for p in prompts(questions) if "Veldoria" in p]
