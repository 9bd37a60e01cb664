"""The JSON Schemas written by ``curriculum schema`` agree with the validator."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from curriculum.scaffold import init_project
from curriculum.schema import SCHEMA_FILES, schema_text
from curriculum.yamlio import read_yaml_file

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("schema") / "demo"
    init_project(root)
    return root


def _validator(root: Path, name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((root / "schemas" / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_example_module_and_config_validate_against_the_written_schemas(example: Path) -> None:
    module = read_yaml_file(example / "modules" / "digital-evidence-basics.yaml").data
    config = read_yaml_file(example / "curriculum.yaml").data
    assert list(_validator(example, "module.schema.json").iter_errors(module)) == []
    assert list(_validator(example, "curriculum.schema.json").iter_errors(config)) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("duration",), "sixty"),
        (("level",), "expert"),
        (("quiz", "pass_mark"), 0),
        (("quiz", "questions", 0, "type"), "essay"),
        (("unknown",), 1),
    ],
)
def test_schema_rejects_what_the_validator_rejects(
    example: Path, path: tuple, value: object
) -> None:
    module = read_yaml_file(example / "modules" / "digital-evidence-basics.yaml").data
    target = module
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    assert list(_validator(example, "module.schema.json").iter_errors(module))


def test_schema_has_descriptions_for_editor_hover(example: Path) -> None:
    schema = json.loads((example / "schemas" / "module.schema.json").read_text())
    assert "file name" in schema["properties"]["id"]["description"]


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_repository_schemas_are_up_to_date(name: str) -> None:
    assert (REPO / "schemas" / name).read_text() == schema_text(SCHEMA_FILES[name], name), (
        "run `curriculum schema` at the repository root"
    )
