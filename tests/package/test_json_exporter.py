"""What `--format json` writes: files, schema validity, determinism, safety of every byte."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from curriculum.build import build

INJECTIONS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}")
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
           "{{ 7*7 }}")
TRAINER_NOTES = (
    "TRAINER-ONLY-MARKER-ALPHA",
    "TRAINER-ONLY-MARKER-BRAVO",
    "Ask the group for an example of an action that changes data",  # from `curriculum init`
)


def _json_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "json").iterdir())}


@pytest.fixture
def built(make_project: Callable[..., Path]) -> Path:
    root = make_project("hostile-text", "amber-module")
    build(root, ["json"])
    return root / "build"


def test_writes_one_package_per_module_the_curriculum_and_the_schema(built: Path) -> None:
    assert sorted(_json_files(built)) == [
        "amber-module.json", "curriculum.json", "digital-evidence-basics.json",
        "hostile-text.json", "package.schema.json",
    ]


def test_every_package_validates_against_the_written_schema(built: Path) -> None:
    schema = json.loads((built / "json" / "package.schema.json").read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for name, data in _json_files(built).items():
        if name != "package.schema.json":
            package = json.loads(data)
            assert [e.message for e in validator.iter_errors(package)] == [], name


def test_schema_describes_every_property(built: Path) -> None:
    schema = json.loads((built / "json" / "package.schema.json").read_text("utf-8"))
    for name, definition in schema["$defs"].items():
        assert definition.get("description"), name
        for prop, spec in definition.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{prop}"


def test_two_builds_give_identical_bytes(make_project: Callable[..., Path]) -> None:
    root = make_project("hostile-text")
    build(root, ["json"], out=root.parent / "first")
    build(root, ["json"], out=root.parent / "second")
    first, second = _json_files(root.parent / "first"), _json_files(root.parent / "second")
    assert first == second
    text = first["hostile-text.json"].decode("utf-8")
    assert text.endswith("}\n") and '\n  "assessments": [' in text
    assert '"created": "2018-11-29T00:00:00Z"' in text  # SOURCE_DATE_EPOCH, not the clock


def test_no_trainer_note_in_any_output_byte(built: Path) -> None:
    blob = b"".join(p.read_bytes() for p in sorted(built.rglob("*")) if p.is_file())
    for note in TRAINER_NOTES:
        assert note.encode("utf-8") not in blob


class _Tags(HTMLParser):
    """Collects the start tags and attribute names an HTML fragment really contains."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def _html_fields(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every string that a platform inserts as HTML: ``*html`` fields and choice feedback."""
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _html_fields(value, "feedback_map" if name == "feedback" else name)
    elif isinstance(node, list):
        for value in node:
            yield from _html_fields(value, key)
    elif isinstance(node, str) and (key.endswith("html") or key == "feedback_map"):
        yield key, node


def test_author_text_stays_literal_in_every_html_field(built: Path) -> None:
    package = json.loads((built / "json" / "hostile-text.json").read_text("utf-8"))
    fields = list(_html_fields(package))
    assert len(fields) > 30
    for key, html in fields:
        parser = _Tags()
        parser.feed(html)
        assert not parser.tags & {"script", "img", "iframe", "object"}, (key, html)
        assert not {a for a in parser.attributes if a.startswith("on")}, (key, html)
        assert "49" not in html, (key, html)
    joined = "\n".join(html for _, html in fields)
    for escaped in ESCAPED:
        assert joined.count(escaped) >= 5, escaped


def test_plain_text_fields_keep_the_authors_characters(built: Path) -> None:
    package = json.loads((built / "json" / "hostile-text.json").read_text("utf-8"))
    assert package["manifest"]["title"] == "Hostile <script>alert(1)</script> title {{ 7*7 }}"
    single = package["assessments"][0]["items"][0]
    assert single["choices"][1]["html"] == "{{ 7*7 }}"


def test_curriculum_json_has_the_most_restrictive_marking(built: Path) -> None:
    whole = json.loads((built / "json" / "curriculum.json").read_text("utf-8"))
    assert whole["manifest"]["handling"] == "TLP:AMBER"
    clear = json.loads((built / "json" / "hostile-text.json").read_text("utf-8"))
    assert clear["manifest"]["handling"] == "TLP:CLEAR"


DOCUMENTED_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "s", "code", "pre",
                   "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th",
                   "td", "hr", "br", "cite", "section"}
DOCUMENTED_ATTRIBUTES = {"class", "start", "href", "rel", "style"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))


def test_html_uses_only_the_documented_elements_and_attributes(built: Path) -> None:
    """docs/json-package.md promises platforms an allow-list; hold the output to it."""
    package = json.loads((built / "json" / "curriculum.json").read_text("utf-8"))
    parser = _Elements()
    for _, html in _html_fields(package):
        parser.feed(html)
    tags = {tag for tag, _ in parser.seen}
    assert tags <= DOCUMENTED_TAGS, tags - DOCUMENTED_TAGS
    assert {"table", "pre", "blockquote", "s", "a", "cite", "section", "h6"} <= tags
    for tag, attrs in parser.seen:
        for name, value in attrs:
            assert name in DOCUMENTED_ATTRIBUTES, (tag, name)
            if name == "href":
                assert value is not None and value.startswith(("https://", "mailto:", "#"))
            if name == "style":
                assert tag in {"th", "td"} and value in {
                    "text-align:left", "text-align:center", "text-align:right"}
            if name == "start":
                assert tag == "ol"
