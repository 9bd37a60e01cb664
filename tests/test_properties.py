"""Property-based tests: no mutation of a valid module ever produces a traceback.

Mutations work on two levels: the YAML text (characters inserted, deleted or
replaced, lines shuffled) and the data (values replaced by values of other
types, keys renamed or dropped). Whatever happens, validation returns
diagnostics; it never raises anything but a user-facing error.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curriculum.scaffold import init_project
from curriculum.validation import validate_project
from curriculum.yamlio import dump_yaml, iter_key_paths, parse_yaml_mapping

EXAMPLE_ID = "digital-evidence-basics"


def _example(tmp: Path) -> tuple[Path, str]:
    project = tmp / "p"
    if project.exists():
        shutil.rmtree(project)
    init_project(project)
    return project, (project / "modules" / f"{EXAMPLE_ID}.yaml").read_text("utf-8")


def _check(project: Path, text: str | bytes) -> None:
    path = project / "modules" / f"{EXAMPLE_ID}.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    report = validate_project(project)
    for diag in report.diagnostics:
        assert diag.location.line >= 0 and diag.message
        assert "\n" not in diag.format()


any_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)
any_value = st.recursive(
    any_scalar,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(data=st.data())
def test_text_mutations_never_crash(tmp_path_factory: Any, data: st.DataObject) -> None:
    project, text = _example(tmp_path_factory.mktemp("t"))
    position = data.draw(st.integers(0, len(text)))
    span = data.draw(st.integers(0, 20))
    insert = data.draw(
        st.text(
            alphabet=st.sampled_from([*":-[]{}&*!|>'\"\t\n #%@`?,", "a", "1"]), max_size=8
        )
    )
    _check(project, text[:position] + insert + text[position + span :])


@SETTINGS
@given(data=st.data())
def test_byte_mutations_never_crash(tmp_path_factory: Any, data: st.DataObject) -> None:
    project, text = _example(tmp_path_factory.mktemp("b"))
    raw = bytearray(text.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 5))):
        index = data.draw(st.integers(0, len(raw) - 1))
        raw[index] = data.draw(st.integers(0, 255))
    _check(project, bytes(raw))


@SETTINGS
@given(data=st.data())
def test_data_mutations_never_crash(tmp_path_factory: Any, data: st.DataObject) -> None:
    project, text = _example(tmp_path_factory.mktemp("d"))
    document = parse_yaml_mapping(text, Path("x.yaml")).data
    paths = [p for p in iter_key_paths(document) if p]
    target = data.draw(st.sampled_from(paths))
    parent: Any = document
    for part in target[:-1]:
        parent = parent[part]
    action = data.draw(st.sampled_from(["replace", "drop", "rename"]))
    last = target[-1]
    if action == "replace":
        parent[last] = data.draw(any_value)
    elif action == "drop":
        del parent[last]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=10))] = parent.pop(last)
    _check(project, dump_yaml(document))
