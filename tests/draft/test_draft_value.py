# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, learning value, threshold direction and true/false balance: each class on a
short text of our own, with the exact outcome (what reaches a module, what is held back
and why)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import DATA

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.distractors import written_value
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    themes = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def key(q: DraftQuestion) -> object:
    if q.qtype == "true_false":
        return q.truth
    return q.answers or [t for t, ok in q.options if ok]


def fatal(q: DraftQuestion) -> list[str]:
    return [r for r in q.reasons if r.startswith("fatal")]


# --- threshold direction -------------------------------------------------------------


def test_a_condition_threshold_is_never_asked_as_a_choice(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "stays of 21 days or more": a 28-day option is true as well
    text = "Registered offenders must notify the police of any stay abroad of 14 days or more.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("true-statement", "Registered offenders must notify the police of any stay abroad of 14 days or more.", True),
    ]
    assert [(q.rule, fatal(q)) for q in below] == [
        ("count", ['fatal: "days or more" makes the figure a threshold: a larger option makes the sentence true as well, and options all on the other side would give the answer away']),
    ]


@pytest.mark.parametrize("phrase", ["at least 30 days", "more than 30 days", "over 30 days", "fewer than 30 days", "30 days and above"])
def test_every_threshold_form_holds_the_choice_back(tmp_path: Path, matcher: ThemeMatcher, phrase: str) -> None:
    text = f"Officers must record every missing-child report that stays open for {phrase}.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [q.rule for q in kept] == ["true-statement"]
    # drafted as a choice only to be held back, or not drafted at all ("fewer than": no
    # three options on the false side)
    assert all("makes the figure a threshold" in fatal(q)[0] for q in below if q.rule == "count")


def test_a_deadline_in_a_rule_is_asked_with_the_deadline_as_the_answer(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Registered offenders must report a new passport to the police no later than 72 hours after it is issued.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "Registered offenders must report a new passport to the police no later than ____ hours after it is issued.", ["72"]),
    ]


def test_a_range_offers_no_option_beyond_its_other_end(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The arrested suspects' ages ranged from 19 to 51 years.\n\n"
        "Courts imposed prison terms of about four to six years on the organisers of the forum.\n"
    )
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    options = {q.prompt: [t for t, _ in q.options] for q in sentence_rules(analysis, matcher) if q.rule == "count"}
    assert options == {
        "The arrested suspects' ages ranged from 19 to ____ years.": ["31", "41", "51", "61"],
        "Courts imposed prison terms of about four to ____ years on the organisers of the forum.": ["five", "six", "seven", "eight"],
    }
    for prompt, values in options.items():
        low = prompt.index("____") < prompt.index(" to ")
        other = written_value(prompt.split(" to ")[1].split()[0]) if low else written_value(prompt.split(" to ")[0].split()[-1])
        assert all((written_value(v) < other) if low else (written_value(v) > other) for v in values), prompt


def test_a_ranges_lower_end_gets_options_below_the_upper_end() -> None:
    from curriculum.draft.distractors import number_choice
    from curriculum.draft.facts import Fact

    fact = Fact("count", (0, 2), (0, 8), "19", "19 years", noun="years")
    free = number_choice(fact, 0, set(), None)
    assert free is not None and free.options == ("13", "19", "27", "34")
    # "from 19 to 30": 34 would put the lower end above the upper one
    bounded = number_choice(fact, 0, set(), None, between=(None, 30.0))
    assert bounded is not None and bounded.options == ("10", "13", "19", "27")
    # "from 19 to 25": no three options on the right side that test anything: no question
    assert number_choice(fact, 0, set(), None, between=(None, 25.0)) is None
