"""The YAML reader: YAML 1.1 traps defused, positions recorded, hostile input refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.yamlio import YamlLoadError, dump_yaml, parse_yaml_mapping, resolve_plain

P = Path("x.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("off", "off"),
        ("NO", "NO"),
        ("y", "y"),
        ("2018-11-29", "2018-11-29"),
        ("1:30", "1:30"),
        ("1_000", "1_000"),
        ("true", True),
        ("false", False),
        ("True", True),
        ("~", None),
        ("null", None),
        ("42", 42),
        ("-7", -7),
        ("0o17", 15),
        ("0x1F", 31),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        ("010", 10),
        ("+1", 1),
        ("440,000", "440,000"),
    ],
)
def test_plain_scalars_follow_yaml_1_2_core(text: str, expected: object) -> None:
    assert resolve_plain(text) == expected
    assert type(resolve_plain(text)) is type(expected)


def test_quoted_scalars_stay_text() -> None:
    doc = parse_yaml_mapping("a: \"true\"\nb: '42'\nc: |\n  no\n", P)
    assert doc.data == {"a": "true", "b": "42", "c": "no\n"}


def test_positions_of_keys_and_values_are_one_based() -> None:
    doc = parse_yaml_mapping("title: x\nquiz:\n  questions:\n    - id: q1\n      prompt: p\n", P)
    smap = doc.source_map
    assert smap.value_at(("title",)).line == 1
    assert (
        smap.value_at(("quiz", "questions", 0, "prompt")).line,
        smap.value_at(("quiz", "questions", 0, "prompt")).col,
    ) == (5, 15)
    assert smap.key_at(("quiz", "questions", 0, "prompt")).col == 7
    # unknown paths fall back to the nearest known ancestor
    assert smap.value_at(("quiz", "questions", 0, "nope", 3)).line == 4


def test_aliases_share_values_and_keep_positions_of_the_anchor() -> None:
    doc = parse_yaml_mapping("a: &x [1, 2]\nb: *x\n", P)
    assert doc.data == {"a": [1, 2], "b": [1, 2]}
    assert doc.source_map.value_at(("b",)).line == 2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a: 1\na: 2\n", "yaml-duplicate-key"),
        ("a: !!python/object:os.system x\n", "yaml-tag"),
        ("a: !custom x\n", "yaml-tag"),
        ("a: !!set {x}\n", "yaml-tag"),
        ("a: *missing\n", "yaml-alias"),
        ("? [a]\n: 1\n", "yaml-key"),
        ("a: [\n", "yaml-syntax"),
        ("a:\n\tb: 1\n", "yaml-tab"),
        ("a: 1\n---\nb: 2\n", "yaml-multi-document"),
        ("", "file-empty"),
        ("[1, 2]\n", "not-a-mapping"),
        ("a: \x01\n", "control-character"),
        ("[" * 100 + "]" * 100 + "\n", "yaml-depth"),
    ],
)
def test_hostile_or_broken_documents_give_one_coded_error(text: str, code: str) -> None:
    with pytest.raises(YamlLoadError) as caught:
        parse_yaml_mapping(text, P)
    assert [d.code for d in caught.value.diagnostics][:1] == [code]


def test_dump_is_deterministic_and_keeps_multiline_text_readable() -> None:
    data = {"id": "m", "answer": "no", "body": "line one\nline two\n", "n": [1, 2]}
    text = dump_yaml(data)
    assert text == dump_yaml(data)
    assert "answer: 'no'" in text
    assert "body: |\n  line one\n  line two\n" in text
    assert parse_yaml_mapping(text, P).data == data

