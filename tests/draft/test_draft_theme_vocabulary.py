# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 19: the built-in themes' own core words. A theme's description names its
matter ("the legal, referral and evidential response, including mutual legal assistance";
"multi-agency management"; "missing and abducted children"), but sentences place by the
title and keywords, so a sentence on digital evidence, sextortion, MAPPA or a Yellow Notice
reached no theme. Each on a short text of our own, with the exact theme and score."""

from __future__ import annotations

from pathlib import Path

import yaml

from curriculum.draft.analysis import analyse
from curriculum.draft.placement import place
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher, text_words
from curriculum.models import CurriculumConfig


def _repository() -> ThemeMatcher:
    config = yaml.safe_load((Path(__file__).parents[2] / "curriculum.yaml").read_text("utf-8"))
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": config["themes"]}).themes)


def _assigned(sentence: str) -> list[tuple[str, float]]:
    return [(m.theme, m.score) for m in _repository().assign(text_words(sentence))]


def test_the_core_words_of_each_built_in_theme_place_a_sentence() -> None:
    """One core word or phrase of a theme, and no other word of any theme, is enough."""
    assert _assigned("Every action taken on digital evidence must be recorded so that an examiner can repeat it.") == [
        ("internet-facilitated-crimes", 1.5)]
    assert _assigned("Requests for electronic evidence held abroad take months.") == [
        ("internet-facilitated-crimes", 1.5)]
    assert _assigned("Content held abroad is obtained through mutual legal assistance.") == [
        ("internet-facilitated-crimes", 2.0)]
    assert _assigned("Financially motivated sextortion mostly targets boys aged 14 to 17.") == [
        ("internet-facilitated-crimes", 1.0)]
    assert _assigned("The national cybercrime unit received 300 referrals in 2025.") == [
        ("internet-facilitated-crimes", 1.0)]
    assert _assigned("Cases at MAPPA level 2 must be reviewed every 8 weeks.") == [
        ("sex-offender-management", 1.0)]
    assert _assigned("A Yellow Notice is a global police alert to help locate a missing person.") == [
        ("serious-violent-crimes", 2.5)]


def test_a_rule_on_digital_evidence_reaches_the_internet_theme(tmp_path: Path) -> None:
    """A store's rule on digital evidence, under a heading that names no theme, is the
    internet theme's evidential response (before, it fit no theme)."""
    text = ("# Handling seized devices\n\n"
            "Store staff must record every movement of a seized phone. "
            "Every action taken on digital evidence must be logged within 24 hours.\n")
    (tmp_path / "notes.md").write_text(text, "utf-8")
    matcher = _repository()
    analysis = analyse(read_source(tmp_path / "notes.md", tmp_path), "t", matcher)
    placed = {q.prompt: place(q, matcher) for q in sentence_rules(analysis, matcher)}
    assert placed["Every action taken on digital evidence must be logged within ____ hours."] == (
        "internet-facilitated-crimes", "internet-facilitated-crimes 3.00, sex-offender-management 0.40")
