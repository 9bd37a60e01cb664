# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 30 (recall): the age below which a person is a child in law is the
threshold every offence against a child turns on. Blind sets 28 and 29 gave it three times
(a reading list's Article 1 of the CRC, an amicus brief's, a constitution's definition) and
each time it stayed in the audit as fitting no theme, because the sentence names none. Such
a definition goes where its document leans; a finding about children's ages in the same
document does not. Short texts of our own, with the exact theme and account."""

from __future__ import annotations

from pathlib import Path

import yaml

from curriculum.draft.analysis import analyse
from curriculum.draft.placement import place
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

_HANDBOOK = """# Handbook for new trainees

Officers on the desk review reports of online grooming from platforms every morning.

The Geneva Charter on Young People defines a child as any person below the age of 18 years.

A "minor" means a person under 16 years of age in the charter's second protocol.

Most victims in the reports are girls under 14.
"""

_LEANS = ("the sentence itself says little of internet-facilitated-crimes (0.00) and the document is "
          "not mainly about it (internet-facilitated-crimes 1.50); but it gives the age below which a "
          "person is a child in law, which every theme uses: it goes where the document leans "
          "(internet-facilitated-crimes)")


def _repository() -> ThemeMatcher:
    config = yaml.safe_load((Path(__file__).parents[2] / "curriculum.yaml").read_text("utf-8"))
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": config["themes"]}).themes)


def _placed(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str]]:
    matcher = _repository()
    (tmp_path / "handbook.md").write_text(text, "utf-8")
    analysis = analyse(read_source(tmp_path / "handbook.md", tmp_path), "t", matcher)
    return {q.prompt: place(q, matcher) for q in sentence_rules(analysis, matcher)}


def test_a_childs_legal_age_goes_where_its_document_leans(tmp_path: Path) -> None:
    placed = _placed(tmp_path, _HANDBOOK)
    assert placed["The Geneva Charter on Young People defines a child as any person below the age of ____ years."] == (
        "internet-facilitated-crimes", _LEANS)
    assert placed['A "minor" means a person under ____ years of age in the charter\'s second protocol.'] == (
        "internet-facilitated-crimes", _LEANS)


def test_a_finding_on_childrens_ages_still_fits_no_theme(tmp_path: Path) -> None:
    placed = _placed(tmp_path, _HANDBOOK)
    assert placed["Most victims in the reports are girls under ____."][0] is None


def test_a_document_with_no_theme_words_places_it_nowhere(tmp_path: Path) -> None:
    text = _HANDBOOK.replace("reports of online grooming from platforms", "the post")
    placed = _placed(tmp_path, text)
    assert placed["The Geneva Charter on Young People defines a child as any person below the age of ____ years."] == (
        None, "no theme reaches 1.0 (no theme words)")
