"""The player payload built from a JSON package: what is kept, hashed, obscured or dropped."""

from __future__ import annotations

import json

import pytest
from scorm_fixtures import ScormBuild

from curriculum.config import build_timestamp
from curriculum.loader import load_project
from curriculum.package import module_package_model
from curriculum.package_models import Package
from curriculum.scorm.obscure import normalise_text, obscure_text, reveal_text
from curriculum.scorm.payload import package_salt, payload_script, player_payload


@pytest.fixture(scope="module")
def packages(scorm_build: ScormBuild) -> dict[str, Package]:
    project = load_project(scorm_build.project)
    assert project.config is not None
    created = build_timestamp(project.config)
    return {m.module.id: module_package_model(project.config, m, created)
            for m in project.modules}


def test_payload_keeps_content_and_quiz_settings(packages: dict[str, Package]) -> None:
    data = player_payload(packages["drawn-pool"], "2004")
    assert (data["scorm"], data["id"], data["language"], data["dir"]) == (
        "2004", "drawn-pool", "en", "ltr")
    assert [s["id"] for s in data["sections"]] == ["only-section", "second-section"]
    quiz = data["quiz"]
    assert (quiz["mastery"], quiz["shuffle"], quiz["draw"]) == (50, True, 4)
    assert [i["group"] for i in quiz["items"] if "group" in i] == ["alpha", "alpha", "beta",
                                                                    "beta"]


def test_scenario_sections_are_flagged(packages: dict[str, Package]) -> None:
    sections = player_payload(packages["all-types"], "1.2")["sections"]
    assert [s["scenario"] for s in sections] == [False, True]
    assert "TRAINER-NOTE" not in json.dumps(sections)


def test_a_module_without_quiz_has_no_quiz(packages: dict[str, Package]) -> None:
    data = player_payload(packages["no-quiz"], "1.2")
    assert data["quiz"] is None and data["dir"] == "rtl"


def test_salt_is_stable_and_follows_the_content(packages: dict[str, Package]) -> None:
    package = packages["all-types"]
    changed = package.model_copy(deep=True)
    changed.assessments[0].items[0].prompt_html += " "
    assert package_salt(package) == package_salt(package.model_copy(deep=True))
    assert package_salt(package) != package_salt(changed)


@pytest.mark.parametrize(("typed", "expected"), [
    ("  Quokka   PHRASE\t", "quokka phrase"),
    ("ΟΔΟΣ", "οδοσ"),
    ("e\u0301cole", "\u00e9cole"),
    ("", ""),
])
def test_typed_answers_are_compared_ignoring_case_and_spacing(typed: str, expected: str) -> None:
    assert normalise_text(typed) == expected


def test_obscured_text_round_trips_and_hides_the_clear_text() -> None:
    text = "<p>Because ✓ the answer is 42</p>" * 5
    blob = obscure_text("salt", "q", text)
    assert "answer" not in blob and "42" not in blob
    assert reveal_text("salt", "q", blob) == text
    assert obscure_text("salt", "other", text) != blob


def test_payload_script_cannot_close_a_script_element() -> None:
    script = payload_script({"t": "</script><script>alert(1)</script>\u2028&"}).decode()
    assert "<" not in script and "\u2028" not in script and "&" not in script
    literal = script.removeprefix("window.CURRICULUM_PAYLOAD = ").removesuffix(";\n")
    assert json.loads(literal)["t"] == "</script><script>alert(1)</script>\u2028&"
