# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a proposal's own plan and the names in it: a work package's items and a risk's
mitigation are the project's undertakings, not rules; a place that ends the name of a
named body or event is no place to ask; a scheme named by its kind ("Project Kestrel") is
not named twice, and a run-in phrase before a colon takes no scheme in front. Each class on
a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import chosen

from curriculum.draft import nlp, stemcheck
from curriculum.draft.scheme import _run_in
from curriculum.draft.themes import ThemeMatcher

_PROPOSAL = (
    "# Project Kestrel: safer image review for victim identification analysts\n\n"
    "Bid to the Harrow Trust (fictional), submitted 2 March 2026\n\n"
    "## 1. Why the project is needed\n\n"
    "Project Kestrel will give analysts safer tools.\n\n"
    "Every image is graded by two victim identification analysts within 10 working days.\n\n"
    "- Joint teams work: at the 2022 Online Safety Summit for Asia, analysts from 9 forces identified 40 children in abuse images.\n"
    "- A victim identification unit in Cardiff found 31 children in 2024 through image review.\n\n"
    "## 2. Work\n\n"
    "The project will run for two years, and the project will report each quarter.\n\n"
    "### Work package 2: Staff welfare (months 1 to 24)\n\n"
    "- Set up a welfare scheme for victim identification analysts: screening before appointment and a check every nine months.\n"
    "- Give each victim identification analyst two rest days after a week of image review.\n\n"
    "## 3. Risks and mitigation\n\n"
    "- Analysts leave for other posts (high). Mitigation: agreements commit each force to keep victim identification analysts in post for at least four years.\n"
)


def test_a_work_packages_items_and_a_risks_mitigation_are_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _PROPOSAL, matcher)
    every = [q.prompt for q in kept + below]
    assert not [p for p in every if "welfare scheme" in p or "rest days" in p or "in post" in p], every


def test_the_same_items_under_a_heading_of_practice_are_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _PROPOSAL.replace("### Work package 2: Staff welfare (months 1 to 24)", "### Staff welfare")
    kept, below = chosen(tmp_path, text, matcher)
    assert [q for q in kept + below if "rest days" in q.prompt]  # the control: asked there


@pytest.mark.parametrize(("text", "place", "name"), [
    ("The Online Safety Summit for Asia brought 40 officers together in 2024.", "Asia", "Online Safety Summit for Asia"),
    ("At Europol's 2023 Victim Identification Taskforce for Europe, analysts from 12 countries reviewed 300 series.", "Europe", "Victim Identification Taskforce for Europe"),
    ("Delegates praised the new Regional Hotline Task Force for Oceania.", "Oceania", "Regional Hotline Task Force for Oceania"),
    ("The unit in Cardiff found 31 children in 2024.", "Cardiff", ""),  # a unit located there
    ("The National Crime Agency in London runs the unit.", "London", ""),  # a body located there
])
def test_a_place_that_ends_a_named_bodys_or_events_name_is_no_place_to_ask(text: str, place: str, name: str) -> None:
    [parsed] = nlp.parse([text])
    answer = [t for t in parsed if t.text == place]
    assert stemcheck._inside_name(answer, parsed) is bool(name)
    if name:
        assert stemcheck._name_of(answer, parsed) == name


def test_a_scheme_named_by_its_kind_is_named_once(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _PROPOSAL, matcher)
    [graded] = [q for q in kept + below if q.rule == "true-statement" and "graded by two" in q.prompt]
    assert graded.prompt == "In Project Kestrel, every image is graded by two victim identification analysts within 10 working days."


def test_a_run_in_phrase_before_a_colon_takes_no_scheme_in_front(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _PROPOSAL, matcher)
    summit = [q for q in kept + below if "Summit for Asia" in q.prompt]
    assert summit
    assert not [q.prompt for q in summit if "Kestrel" in q.prompt]
    [run_in, listing] = nlp.parse(["Joint teams work: at the 2022 Online Safety Summit for Asia, analysts from 9 forces identified 40 children in abuse images.",
                                   "Every report is read by two analysts: one from each hotline."])
    assert _run_in(run_in)
    assert not _run_in(listing)  # the verb has its own phrase before the colon


# -- a false twin for a count a module already asks --------------------------------------------

_FIGURES = (
    "# Online grooming: figures and rules for Northland Police\n\n"
    "In the 12 months to 31 March 2026, Northland Police recorded 342 reports of online grooming of a child, against 198 in the previous 12 months.\n\n"
    "A supervisor must review every open case of online grooming at least once every 14 days.\n\n"
    "An officer must offer a child who reports online grooming a video interview within 48 hours.\n"
)


def test_a_count_the_module_asks_may_become_its_false_twin(project: Path) -> None:
    from draft_fixtures import run

    (project / "sources" / "figures.md").write_text(_FIGURES, "utf-8")
    assert run("draft", "sources/figures.md", "--out", "drafts").exit_code == 0
    found = {}
    for path in (project / "drafts").glob("*-draft.yaml"):
        module = yaml.safe_load(path.read_text("utf-8"))
        for q in (module.get("quiz") or {}).get("questions", []):
            if q["type"] == "true_false":
                found[" ".join(q["prompt"].split())] = q["answer"]
    falses = [p for p, answer in found.items() if answer is False]
    assert falses == [
        "In the 12 months to 31 March 2026, Northland Police recorded 512 reports of online grooming of a child, against 198 in the previous 12 months."], found
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert "so that not every true/false answer is True" in audit


@pytest.mark.parametrize(("sentence", "number", "changeable"), [
    ("Northland Police recorded 342 reports of online grooming in 2025.", "342", True),
    ("The regional framework sets two conditions for joining the network: a trained unit and a law against possession.", "two", False),
    ("A registered offender must report three things: a new address, a new car and a new phone.", "three", False),
    ("The hub runs four checks (hash matching, face matching, geolocation and chat analysis) on each series.", "four", False),
])
def test_a_count_whose_items_are_listed_beside_it_has_no_false_twin(sentence: str, number: str, changeable: bool) -> None:
    from curriculum.draft.statements import twin_value

    [parsed] = nlp.parse([sentence])
    key = [t for t in parsed if t.text == number]
    assert (twin_value(parsed, key, any_count=True) == "") is changeable
