# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, placement under a title that joins a procedure with a theme's subject (blind
review 13b, class D: a practice direction on ground rules hearings for child witnesses
gave two sound time limits to no module). A title's "and" between two words of one noun
phrase ("the support of young and elderly witnesses") joins no subjects, and a procedure
the document defines by the theme's matter is part of it. Each on a short text of our
own, with the exact theme and account."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft.analysis import analyse
from curriculum.draft.placement import heading_scores, place
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.subjects import other_subjects
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

_THEMES = [
    {"id": "sex-offender-management", "title": "Sex offender management",
     "description": "Registers and notification, supervision, risk assessment.",
     "keywords": ["sex offender", "register", "notification"]},
    {"id": "serious-violent-crimes", "title": "Serious and violent crimes against children",
     "description": "Missing children, and child victims and witnesses in proceedings.",
     "keywords": ["missing", "witness", "special measures"]},
]

_TITLE = "Case Conferences and the Support of Young and Elderly Witnesses"
_DEFINED = """In this note, "case conference" means a meeting at which the prosecutor agrees with the police how a witness will be supported.

"""
_NOTE = """# {title}

## Part 1

A witness should be told the outcome of the case by the officer in charge.

{defined}## Part 2

The police file must be sent to the prosecutor within 4 days of the case conference.
"""
_STEM = "The police file must be sent to the prosecutor within ____ days of the case conference."


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": _THEMES}).themes)


def _placed(folder: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    """Every sentence-rule question's prompt -> (theme, account), read as a Markdown file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "note.md").write_text(text, "utf-8")
    analysis = analyse(read_source(folder / "note.md", folder), "t", matcher)
    questions: list[DraftQuestion] = sentence_rules(analysis, matcher)
    return {q.prompt: place(q, matcher) for q in questions}


@pytest.fixture(scope="module")
def defined(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    return _placed(tmp_path_factory.mktemp("defined"), _NOTE.format(title=_TITLE, defined=_DEFINED), matcher)


@pytest.fixture(scope="module")
def undefined(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    return _placed(tmp_path_factory.mktemp("undefined"), _NOTE.format(title=_TITLE, defined=""), matcher)


def test_and_between_two_words_of_a_prepositions_object_joins_no_subjects(matcher: ThemeMatcher) -> None:
    """"the support of young and elderly witnesses" is one part (young and elderly
    witnesses); the case conferences are the other subject. "Vetting of Volunteer Football
    Coaches and Offender Notification Periods" still joins two: three words after "of"."""
    theme = "serious-violent-crimes"

    def others(title: str, theme: str = theme) -> list[str]:
        return other_subjects(title.lower(), theme, lambda t: heading_scores(t, matcher), frozenset())

    assert others(_TITLE) == ["conferences"]
    assert others("Vetting of Volunteer Football Coaches and Offender Notification Periods",
                  "sex-offender-management") == ["vetting"]


def test_a_procedure_the_document_defines_by_the_theme_is_the_themes_matter(
    defined: dict[str, tuple[str | None, str]],
) -> None:
    """The note defines a case conference as a meeting on how a witness is supported: the
    title's two parts are one matter, and its time limit under "Part 2" takes the title's
    theme."""
    assert defined[_STEM] == (
        "serious-violent-crimes",
        "its own words name no theme clearly; the document's title names serious-violent-crimes",
    )


def test_a_procedure_the_document_never_defines_by_the_theme_stays_another_subject(
    undefined: dict[str, tuple[str | None, str]],
) -> None:
    """Control: without the definition, the case conferences may be a subject of their own,
    and the title does not place their time limit."""
    assert undefined[_STEM] == (
        None,
        "its own words and section name no theme, and the document's title joins serious-violent-crimes with another subject (serious-violent-crimes 1.50)",
    )
