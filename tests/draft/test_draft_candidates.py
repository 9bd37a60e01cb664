"""The pre-parse test ``might_yield``: a superset of what the question rules can use.

Every sentence a question was drafted from, on the article and the tune texts, must pass
the raw-text test (a False here would silently lose a question once parsing is skipped);
sentences with nothing to ask about are refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import ARTICLE, DATA, REPO

from curriculum.draft.analysis import analyse
from curriculum.draft.candidates import might_yield
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

TUNE = REPO / "tests" / "data" / "draft-corpus" / "tune"


@pytest.fixture(scope="module")
def themes() -> CurriculumConfig:
    data = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    return CurriculumConfig.model_validate({"title": "t", "themes": data})


def _keywords(config: CurriculumConfig) -> list[str]:
    return [k for theme in config.themes for k in theme.keywords]


@pytest.mark.parametrize(
    "path", [ARTICLE, TUNE / "travelling-offender-unit-feature.txt",
             TUNE / "hashing-and-triage-manual.md"], ids=lambda p: p.name)
def test_every_drafted_sentence_passes(path: Path, themes: CurriculumConfig,
                                       tmp_path: Path) -> None:
    matcher = ThemeMatcher(themes.themes)
    analysis = analyse(read_source(path, path.parent, tmp_path / "x.md"), "src", matcher)
    questions = sentence_rules(analysis, matcher) + list_rules(analysis)
    assert questions
    keywords = _keywords(themes)
    missed = [q.sentence.text(analysis.doc) for q in questions
              if not might_yield(q.sentence.text(analysis.doc), keywords)]
    assert missed == []


@pytest.mark.parametrize("text", [
    "The unit works with partners abroad.",
    "she said the work was hard and would go on.",
    "Officers should listen carefully and write down what was said.",
])
def test_sentences_with_nothing_to_ask_are_refused(text: str) -> None:
    assert not might_yield(text)


@pytest.mark.parametrize(("text", "keywords"), [
    ("Investigators identified 27 children.", ()),
    ("The meeting lasted three days.", ()),
    ("The database is run by INTERPOL for member countries.", ()),
    ("The new (ICSE) database was shown.", ()),
    ("Grooming means building trust with a child to abuse it.", ()),
    ("the work covered travelling sex offenders and their routes.",
     ("travelling sex offenders",)),
])
def test_sentences_a_rule_may_use_pass(text: str, keywords: tuple[str, ...]) -> None:
    assert might_yield(text, keywords)
