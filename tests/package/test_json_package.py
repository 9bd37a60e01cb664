"""The package dicts: contract names, answer keys per question type, handling, safety."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from curriculum.errors import ContentError
from curriculum.loader import Project
from curriculum.models import letter_id
from curriculum.package import curriculum_package, module_package
from curriculum.package_items import neutral_order
from curriculum.package_models import package_schema
from curriculum.validation import validate_project

CREATED = datetime(2018, 11, 29, 8, 30, tzinfo=UTC)
TOP_LEVEL = {"format", "format_version", "manifest", "organization", "resources",
             "assessments", "sources"}


def _validator() -> jsonschema.Draft202012Validator:
    schema = package_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def load_valid(root: Path) -> Project:
    report = validate_project(root)
    assert report.ok, "\n".join(d.format() for d in report.errors)
    return report.project


def _packages(root: Path) -> dict[str, dict[str, Any]]:
    project = load_valid(root)
    assert project.config is not None
    out = {m.module.id: module_package(project.config, m, CREATED) for m in project.modules}
    out["curriculum"] = curriculum_package(project.config, project.modules, CREATED)
    return out


def _items(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["identifier"]: i for a in package["assessments"] for i in a["items"]}


def test_packages_use_the_spec_names_and_validate(make_project: Callable[..., Path]) -> None:
    packages = _packages(make_project("hostile-text"))
    validator = _validator()
    for package in packages.values():
        assert set(package) == TOP_LEVEL
        assert package["format"] == "curriculum-package"
        assert package["format_version"] == "1.0"
        errors = [e.message for e in validator.iter_errors(package)]
        assert errors == []
    manifest = packages["hostile-text"]["manifest"]
    assert manifest["created"] == "2018-11-29T08:30:00Z"
    assert manifest["generator"] == "curriculum 0.1.0"
    assert manifest["version"] == "2.1.0"
    assert manifest["metadata"]["duration"] == "PT45M"


def test_schema_rejects_a_package_with_a_renamed_field(make_project: Callable[..., Path]) -> None:
    package = _packages(make_project())["digital-evidence-basics"]
    package["organisation"] = package.pop("organization")
    assert not _validator().is_valid(package)


def test_answer_keys_for_every_question_type(make_project: Callable[..., Path]) -> None:
    items = _items(_packages(make_project())["digital-evidence-basics"])
    assert items["first-principle"]["correct_response"] == ["a"]
    assert items["scene-actions"]["correct_response"] == ["a", "b", "d"]
    assert items["running-computer"]["correct_response"] == [False]
    assert items["handling-record-blank"]["correct_response"] == ["custody"]
    assert items["principle-count"]["correct_response"] == {"value": 4, "tolerance": 0}
    short = items["explain-isolation"]
    assert "correct_response" not in short
    assert short["model_answer_html"].startswith("<p>To stop anyone wiping")


def test_ordering_lists_choices_in_a_neutral_order(make_project: Callable[..., Path]) -> None:
    item = _items(_packages(make_project())["digital-evidence-basics"])["scene-order"]
    html = {c["identifier"]: c["html"] for c in item["choices"]}
    in_correct_order = [html[i] for i in item["correct_response"]]
    assert in_correct_order == [
        "Confirm the legal authority for the search",
        "Photograph each device in place",
        "Isolate phones from the network",
        "Hand the devices over with a chain-of-custody record",
    ]
    assert [c["html"] for c in item["choices"]] != in_correct_order


def test_matching_pairs_resolve_to_the_authored_pairs(make_project: Callable[..., Path]) -> None:
    item = _items(_packages(make_project())["digital-evidence-basics"])["match-principles"]
    lefts = {c["identifier"]: c["html"] for c in item["lefts"]}
    rights = {c["identifier"]: c["html"] for c in item["rights"]}
    pairs = {lefts[left]: rights[right] for left, right in item["correct_response"]}
    assert pairs == {
        "Competence": "Only a trained person accesses original data",
        "Audit trail": "A third party can repeat the process",
        "Responsibility": "The officer in charge answers for compliance",
    }
    assert [c["identifier"] for c in item["lefts"]] == ["l1", "l2", "l3"]
    right_order = [rights[r] for _, r in item["correct_response"]]
    assert [c["html"] for c in item["rights"]] != right_order


def test_option_ids_group_as_of_and_scores(make_project: Callable[..., Path]) -> None:
    package = _packages(make_project("hostile-text"))["hostile-text"]
    [assessment] = package["assessments"]
    assert assessment["mastery_score"] == 75
    assert assessment["draw"] == 7
    assert assessment["shuffle"] is True
    assert assessment["points_possible"] == 2 + 1 + 1 + 1 + 1 + 1 + 1  # short_answer excluded
    single = _items(package)["q-single"]
    assert [c["identifier"] for c in single["choices"]] == ["yes-option", "b", "no-option"]
    assert single["correct_response"] == ["yes-option"]
    assert set(single["feedback"]) == {"yes-option", "b"}
    assert single["group"] == "pick-one"
    assert single["as_of"] == "2018"
    fill = _items(package)["q-fill"]
    assert fill["correct_response"] == ["{{ 7*7 }}", "NO"]
    assert "group" not in fill and "as_of" not in fill
    numeric = _items(package)["q-numeric"]
    assert numeric["correct_response"] == {"value": 2.5, "tolerance": 0.5}


def test_sources_carry_bibliographic_fields_only(make_project: Callable[..., Path]) -> None:
    package = _packages(make_project("hostile-text"))["hostile-text"]
    assert package["sources"] == [{
        "identifier": "evidence-notes",
        "title": "Notes <script>alert(1)</script> {{ 7*7 }}",
        "publisher": "Example Police Academy",
        "date": "2018-11-29",
        "url": "https://example.org/notes",
    }]


def test_curriculum_tree_is_themes_then_modules(make_project: Callable[..., Path]) -> None:
    package = _packages(make_project("hostile-text"))["curriculum"]
    [theme] = package["organization"]["items"]
    assert theme["identifier"] == "theme-investigation-basics"
    modules = [m["identifier"] for m in theme["items"]]
    assert modules == ["module-digital-evidence-basics", "module-hostile-text"]
    leaves = [i["type"] for i in theme["items"][1]["items"]]
    assert leaves == ["section", "section", "section", "assessment"]
    resources = {r["identifier"] for r in package["resources"]}
    pointed = {i["resource"] for m in theme["items"] for i in m["items"] if "resource" in i}
    assert pointed == resources
    assert len(package["assessments"]) == 2


def test_curriculum_carries_the_most_restrictive_marking(
    make_project: Callable[..., Path],
) -> None:
    package = _packages(make_project("hostile-text", "amber-module"))["curriculum"]
    assert package["manifest"]["handling"] == "TLP:AMBER"
    modules = package["organization"]["items"][0]["items"]
    handling = {m["identifier"]: m["handling"] for m in modules}
    assert handling["module-amber-module"] == "TLP:AMBER"
    assert handling["module-hostile-text"] == "TLP:CLEAR"


def test_red_module_is_refused_with_its_location(make_project: Callable[..., Path]) -> None:
    project = load_valid(make_project("red-module"))
    assert project.config is not None
    red = next(m for m in project.modules if m.module.id == "red-module")
    with pytest.raises(ContentError) as caught:
        module_package(project.config, red, CREATED)
    [diag] = caught.value.diagnostics
    assert diag.format(project.root) == (
        'modules/red-module.yaml:8:11: error: module "red-module" is marked TLP:RED and cannot '
        "be written into a platform package [handling-red]"
    )
    with pytest.raises(ContentError):
        curriculum_package(project.config, project.modules, CREATED)


def test_trainer_notes_never_appear(make_project: Callable[..., Path]) -> None:
    text = json.dumps(_packages(make_project("hostile-text")), ensure_ascii=False)
    assert "TRAINER-ONLY-MARKER" not in text
    assert "trainer" not in text.lower()


def test_letter_ids_and_neutral_order() -> None:
    assert [letter_id(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "a", "b", "z", "aa", "ab", "zz", "aaa"]
    for n in range(2, 9):
        texts = [f"step {i}" for i in range(n)]
        order = neutral_order("seed", texts)
        assert sorted(order) == list(range(n))
        assert order != list(range(n))
        assert order == neutral_order("seed", texts)
