"""A theme's one-word term in another sense places nothing (``senses.py``; blind review 16,
X 9: a prison instruction's "approved on the strength of a missing response" went to serious
and violent crime by "missing"). Two short texts of our own, each drafted once through the
CLI with the repository's themes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import REPO, analysed, drafted_note

from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

_OTHER = (
    "Visiting rules for the Eastgate establishment\n\n"
    "Staff must not approve a visit on the strength of a missing form.\n\n"
    "The governor reviews each decision within 10 working days.\n")
"""A document that says "missing" only of a form: never of the theme's matter."""

_THEME = (
    "Searching for a missing child\n\n"
    "Officers must search the home of a missing child within 2 hours.\n\n"
    "Staff must not approve a visit on the strength of a missing form.\n")
"""The same sentence in a document that says "missing" of a child as well."""

_FORM = "Staff may approve a visit on the strength of a missing form."


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return drafted_note(tmp_path_factory.mktemp("senses-other"), "rules.txt", _OTHER)


@pytest.fixture(scope="module")
def theme(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return drafted_note(tmp_path_factory.mktemp("senses-theme"), "search.txt", _THEME)


def test_a_word_used_only_in_another_sense_places_nothing(other: tuple[str, str]) -> None:
    modules, audit = other
    assert _FORM not in modules
    unplaced = audit.split("## Questions that fit no theme", 1)[1]
    assert ("### `statement-b7a7c04a` (false-statement, `sources/rules.txt` line 3)\n\n"
            "Why no theme: no theme reaches 1.0 (child-victim-identification 0.80).") in unplaced
    assert f"prompt: {_FORM}" in unplaced


def test_the_document_s_own_sense_lets_every_use_count(theme: tuple[str, str]) -> None:
    modules, _ = theme
    module = modules.split("theme: serious-violent-crimes", 1)[1].split("\ntheme: ", 1)[0]
    assert "prompt: Officers must search the home of a missing child within ____ hours." in module
    assert f"prompt: {_FORM}" in module


@pytest.fixture(scope="module")
def described() -> ThemeMatcher:
    """The repository's themes, with their descriptions (the sense of their words)."""
    themes = yaml.safe_load((REPO / "curriculum.yaml").read_text("utf-8"))["themes"]
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)


def test_only_an_attribute_of_another_noun_is_another_sense(
        tmp_path: Path, described: ThemeMatcher) -> None:
    matcher = described
    analysis = analysed(tmp_path, "Reporting\n\nThe child went missing. The missing form "
                        "arrived. A missing response delays the case.\n", matcher)
    words = [w for row in analysis.words.values() for w in row if w.lower == "missing"]
    assert [(w.describes, w.other_sense) for w in words] == [
        ((), False), (("form",), False), (("response",), False)]
    analysis = analysed(tmp_path, "Reporting\n\nThe missing form arrived late. The unit "
                        "leads every online child sexual exploitation inquiry.\n", matcher)
    words = {w.lower: (w.describes, w.other_sense)
             for row in analysis.words.values() for w in row}
    assert words["missing"] == (("form",), True)
    assert "child" in words["online"][0] and not words["online"][1]  # its noun's modifier
    analysis = analysed(tmp_path, "Reporting\n\nThe missing form arrived. A missing "
                        "response delays the case.\n", matcher)
    words = [w for row in analysis.words.values() for w in row if w.lower == "missing"]
    assert [(w.describes, w.other_sense) for w in words] == [
        (("form",), True), (("response",), True)]


def test_a_sentence_that_speaks_of_the_theme_keeps_the_sense(
        tmp_path: Path, described: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, "Reporting\n\nA missing response delays the trafficking "
                        "case.\n", described)
    [word] = [w for row in analysis.words.values() for w in row if w.lower == "missing"]
    assert word.describes == ("response",) and not word.other_sense


def test_a_word_the_theme_fixes_no_sense_of_is_read_as_before(
        tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, "Reporting\n\nA missing response delays the case.\n", matcher)
    [word] = [w for row in analysis.words.values() for w in row if w.lower == "missing"]
    assert not word.other_sense
