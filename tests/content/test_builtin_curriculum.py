"""The built-in curriculum holds to the content rules wherever a machine can check them.

These tests read the repository's own curriculum (curriculum.yaml, modules/,
sources/) exactly as ``curriculum validate`` does. What a machine cannot judge
(accuracy against the brief, tone, whether a distractor is a real professional
misconception) is reviewed by people; see the issue notes.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from curriculum.checks.citations import normalise_quote
from curriculum.cli import app
from curriculum.loader import LoadedModule, Project, load_project
from curriculum.models import SingleChoice
from curriculum.validation import validate_project

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "sources/interpol-2018-11-29-crimes-against-children-experts-meeting.txt"
ARTICLE_SHA256 = "8974fdcf9bebc18476010aa862debd0152958ab2747aa2670d9cdf4f9a52fb91"
THEMES = {
    "internet-facilitated-crimes": "Internet-facilitated crimes against children",
    "child-victim-identification": "Child victim identification",
    "sex-offender-management": "Sex offender management",
    "serious-violent-crimes": "Serious and violent crimes against children",
}
BLOOM_VERBS = {
    "analyse",
    "analyze",
    "apply",
    "assess",
    "classify",
    "compare",
    "correct",
    "decide",
    "define",
    "describe",
    "design",
    "differentiate",
    "distinguish",
    "evaluate",
    "explain",
    "identify",
    "interpret",
    "list",
    "plan",
    "prioritise",
    "recognise",
    "select",
    "state",
    "summarise",
    "use",
    "conduct",
    "outline",
    "demonstrate",
    "justify",
    "recall",
    "match",
}
# Each fact of the source article (content brief 0.3) must be stated by a fact that cites
# the article (in its quote or its text).
ARTICLE_FACTS = {
    "F0.1 Singapore and dates": ["Singapore"],
    "F0.1 annual meetings": ["meets on an annual basis"],
    "F0.1 four days": ["four-day"],
    "F0.2 participants": ["216 participants from 50 countries"],
    "F0.3 the four themes": [
        "four key themes",
        "Internet-facilitated crimes against children",
        "Child victim identification",
        "Sex offender management",
        "Serious and violent crimes against children",
    ],
    "F0.4 ICSE": ["more than 440,000 images and videos"],
    "F0.5 Asia task force": ["Victim Identification Task Force for Asia"],
    "F0.5 Africa": ["Africa"],
    "F0.6 created in 1992": ["1992"],
    "F0.6 key role": ["capacity building"],
    "F0.7 prevention and mobile devices": ["prevention methods", "mobile devices"],
    "F0.7 travelling offenders": ["legislation regarding traveling sex offenders"],
    "F0.7 case studies": ["Case studies"],
    "F0.7 regional workshops": ["regional workshops"],
    "F0.8 developing regions": ["developing regions"],
    "F0.8 Stanfield": ["safeguard the most vulnerable from the most dangerous"],
    "F0.8 Sellstrom": ["Bjorn Sellstrom"],
}
# Words that would make material graphic; legal categories never need them (brief 6.1).
GRAPHIC = re.compile(
    r"\b(?:nude|naked|genital\w*|penetrat\w*|ejaculat\w*|masturbat\w*|oral sex|"
    r"blood\w*|bruis\w*|autops\w*|corpse\w*|strangl\w*|dismember\w*|mutilat\w*)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(REPO)


@pytest.fixture(scope="module")
def modules(project: Project) -> list[LoadedModule]:
    """The curriculum's modules; translated editions (tests/content/test_editions.py) aside."""
    return [m for m in project.modules if m.module.translation is None]


def _by_theme(modules: list[LoadedModule]) -> dict[str, list[LoadedModule]]:
    table: dict[str, list[LoadedModule]] = {}
    for loaded in modules:
        table.setdefault(loaded.module.theme, []).append(loaded)
    return table


def _theme_modules(modules: list[LoadedModule]) -> list[LoadedModule]:
    return [m for m in modules if m.module.theme in THEMES]


def _all_text(loaded: LoadedModule) -> str:
    return loaded.path.read_text("utf-8")


def test_validate_strict_exits_zero_at_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(app, ["validate", "--strict"])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("No problems in ")


def test_no_warnings_at_all() -> None:
    report = validate_project(REPO)
    assert [d.format() for d in report.diagnostics] == []


def test_config_has_the_four_themes_and_safe_defaults(project: Project) -> None:
    config = project.config
    assert config is not None
    assert {t.id: t.title for t in config.themes if t.id in THEMES} == THEMES
    assert (config.language, config.handling) == ("en", "TLP:CLEAR")
    assert config.advisory and "non-graphic" in config.advisory
    assert config.self_care and "supervisor" in config.self_care
    assert len(config.references) >= 40


def test_source_article_is_shipped_unchanged() -> None:
    assert hashlib.sha256((REPO / ARTICLE).read_bytes()).hexdigest() == ARTICLE_SHA256


def test_each_theme_has_exactly_one_module(modules: list[LoadedModule]) -> None:
    table = _by_theme(modules)
    assert {theme: len(table.get(theme, [])) for theme in THEMES} == dict.fromkeys(THEMES, 1)
    assert 4 <= len(modules) <= 5


def test_curriculum_totals(modules: list[LoadedModule]) -> None:
    total = sum(len(m.module.quiz.questions) for m in modules if m.module.quiz)
    assert total >= 60


@pytest.mark.parametrize("theme", sorted(THEMES))
class TestThemeModule:
    def _get(self, modules: list[LoadedModule], theme: str) -> LoadedModule:
        return _by_theme(modules)[theme][0]

    def test_objectives_are_measurable(self, modules: list[LoadedModule], theme: str) -> None:
        objectives = self._get(modules, theme).module.objectives
        assert 5 <= len(objectives) <= 6
        for objective in objectives:
            verb = objective.text.split()[0].lower().strip(",")
            assert verb in BLOOM_VERBS, objective.text
            assert objective.bloom is not None

    def test_sections_have_substance(self, modules: list[LoadedModule], theme: str) -> None:
        module = self._get(modules, theme).module
        assert len(module.sections) >= 6
        for section in module.sections:
            assert len(section.body.split()) >= 150, section.id
            assert section.key_points, section.id
            assert section.trainer_notes and len(section.trainer_notes.split()) >= 25, section.id

    def test_a_labelled_fictional_scenario_with_an_activity(
        self, modules: list[LoadedModule], theme: str
    ) -> None:
        scenarios = [s for s in self._get(modules, theme).module.sections if s.scenario]
        assert scenarios
        for section in scenarios:
            assert section.title.lower().startswith("fictional scenario")
            assert section.activity is not None
            assert "fictional" in section.body.split("\n\n")[0].lower()

    def test_session_plan_adds_up_to_the_duration(
        self, modules: list[LoadedModule], theme: str
    ) -> None:
        module = self._get(modules, theme).module
        minutes = [s.minutes for s in module.sections]
        assert None not in minutes
        activities = sum(s.activity.minutes for s in module.sections if s.activity)
        quiz = module.quiz.minutes if module.quiz and module.quiz.minutes else 0
        assert sum(m or 0 for m in minutes) + activities + quiz == module.duration

    def test_quiz_size_types_coverage_and_hygiene(
        self, modules: list[LoadedModule], theme: str
    ) -> None:
        module = self._get(modules, theme).module
        quiz = module.quiz
        assert quiz is not None and quiz.draw is not None and 1 <= quiz.pass_mark <= 100
        assert len(quiz.questions) >= 15
        assert len({q.type for q in quiz.questions}) >= 5
        assessed = Counter(q.objective for q in quiz.questions)
        assert all(assessed[o.id] >= 1 for o in module.objectives)
        for question in quiz.questions:
            assert question.explanation and question.cite and question.objective, question.id

    def test_correct_answers_are_not_always_in_the_same_position(
        self, modules: list[LoadedModule], theme: str
    ) -> None:
        quiz = self._get(modules, theme).module.quiz
        assert quiz is not None
        positions = [
            next(i for i, o in enumerate(q.options) if o.correct)
            for q in quiz.questions
            if isinstance(q, SingleChoice)
        ]
        assert len(set(positions)) >= 3
        assert max(Counter(positions).values()) <= 0.6 * len(positions)

    def test_facts_are_sourced_and_large_figures_dated(
        self, modules: list[LoadedModule], theme: str
    ) -> None:
        module = self._get(modules, theme).module
        facts = [f for s in module.sections for f in s.facts]
        assert len(facts) >= 10
        for fact in facts:
            # A large count is dated by as_of, or by the year of the study it reports.
            if re.search(r"\b\d{1,3}(?:,\d{3})+\b", fact.text):
                dated = fact.as_of or re.search(r"\b(?:19|20)\d\d\b", fact.text)
                assert dated, f"a changing figure needs as_of: {fact.text}"

    def test_law_that_varies_is_qualified(self, modules: list[LoadedModule], theme: str) -> None:
        text = " ".join(_all_text(self._get(modules, theme)).lower().split())
        assert "in many jurisdictions" in text


def test_every_fact_of_the_source_article_appears(modules: list[LoadedModule]) -> None:
    stated = " | ".join(
        normalise_quote(f"{f.cite.quote or ''} | {f.text}").casefold()
        for m in modules
        for s in m.module.sections
        for f in s.facts
        if f.cite.source == "interpol-2018"
    )
    missing = [
        name
        for name, needles in ARTICLE_FACTS.items()
        if not all(normalise_quote(n).casefold() in stated for n in needles)
    ]
    assert missing == []


def test_nothing_graphic_and_no_images(modules: list[LoadedModule]) -> None:
    for loaded in modules:
        text = _all_text(loaded)
        assert GRAPHIC.findall(text) == [], loaded.path.name
        assert "![" not in text, "no images in modules (brief 6.3)"
        assert "<" not in re.sub(r"<\s*\d|<=", "", text), "no raw HTML in modules"
