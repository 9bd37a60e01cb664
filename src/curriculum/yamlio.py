"""Safe YAML reading with a position for every key and value, and deterministic dumping.

Why not ``yaml.safe_load``: it forgets where things were (so errors cannot point
at ``line:col``), keeps the last of two repeated keys silently, turns ``no``,
``on`` and ``2018-11-29`` into booleans and dates (YAML 1.1), and expands alias
bombs without limit. This module composes the document itself from libyaml's
event stream (the C parser when available), resolving plain scalars with the
YAML 1.2 core schema: only ``true``/``false`` are booleans, dates stay text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from curriculum.characters import describe, first_forbidden, raw_positions
from curriculum.diagnostics import Diagnostic, SourceLocation, error
from curriculum.yaml_hints import (
    NBSP,
    comment_cut_warning,
    encoding_problem,
    nbsp_column,
    nbsp_error,
    syntax_hint,
    unclosed_quote,
)

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]

KeyPath = tuple[str | int, ...]
Pos = tuple[int, int]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_EXPANDED_NODES = 1_000_000
MAX_DEPTH = 64

_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_SPECIAL: dict[str, Any] = {
    **dict.fromkeys(("~", "null", "Null", "NULL", ""), None),
    **_BOOL,
    **dict.fromkeys((".nan", ".NaN", ".NAN"), float("nan")),
}
_NUMBER_START = frozenset("0123456789+-.")
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_STR_TAG = "tag:yaml.org,2002:str"


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a document stands, 1-based."""

    path: Path
    values: dict[KeyPath, Pos] = field(default_factory=dict)
    keys: dict[KeyPath, Pos] = field(default_factory=dict)
    text: str = ""
    """The file's decoded text, for pointing inside long values (terminology lint)."""

    def value_at(self, key_path: KeyPath) -> SourceLocation:
        """The value's position, or the nearest enclosing one that is known."""
        return self._nearest(self.values, key_path)

    def key_at(self, key_path: KeyPath) -> SourceLocation:
        """The key's position (for unknown or repeated keys), else the value's."""
        if key_path in self.keys:
            line, col = self.keys[key_path]
            return SourceLocation(self.path, line, col)
        return self.value_at(key_path)

    def _nearest(self, table: dict[KeyPath, Pos], key_path: KeyPath) -> SourceLocation:
        probe = tuple(key_path)
        while True:
            if probe in table:
                line, col = table[probe]
                return SourceLocation(self.path, line, col)
            if not probe:
                return SourceLocation(self.path, 1, 1)
            probe = probe[:-1]


@dataclass
class YamlDocument:
    """A loaded document: plain Python data plus its source map, and what looked wrong."""

    data: Any
    source_map: SourceMap
    warnings: list[Diagnostic] = field(default_factory=list)
    """Legal YAML that probably does not say what the author meant (a `` #`` in prose)."""


class YamlLoadError(Exception):
    """The file could not be read as one YAML mapping; carries the diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


def read_yaml_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> YamlDocument:
    """Read one YAML file that must hold a single mapping.

    Raises:
        YamlLoadError: for every way a file can fail to be a YAML mapping
            (too big, binary, not UTF-8, syntax, tags, alias bomb, not a mapping).
    """
    here = SourceLocation(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        message = f"cannot read file: {exc.strerror}"
        raise YamlLoadError([error(message, here, "file-unreadable")]) from None
    if size > max_bytes:
        message = (
            f"file is {size / 1048576:.1f} MB; a file may be at most "
            f"{max_bytes // 1048576} MB (split the module into smaller ones)"
        )
        raise YamlLoadError([error(message, here, "file-too-large")])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        message = f"cannot read file: {exc.strerror}"
        raise YamlLoadError([error(message, here, "file-unreadable")]) from None
    text = decode_text(raw, path)
    return parse_yaml_mapping(text, path)


def decode_text(raw: bytes, path: Path) -> str:
    """Decode UTF-8 (a BOM is allowed); binary and invalid bytes become located errors."""
    wrong_encoding = encoding_problem(raw, path)
    if wrong_encoding is not None:
        raise YamlLoadError([wrong_encoding])
    nul = raw.find(b"\x00")
    if nul >= 0:
        loc = _byte_location(raw, nul, path)
        message = "this is a binary file, not YAML text (it contains NUL bytes)"
        raise YamlLoadError([error(message, loc, "file-binary")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        loc = _byte_location(raw, exc.start, path)
        bad = raw[exc.start : exc.start + 1].hex()
        message = f"file is not valid UTF-8 (byte 0x{bad}); save it as UTF-8"
        raise YamlLoadError([error(message, loc, "file-encoding")]) from None


def _byte_location(raw: bytes, offset: int, path: Path) -> SourceLocation:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    col = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return SourceLocation(path, line, col)


def parse_yaml_mapping(text: str, path: Path) -> YamlDocument:
    """Compose ``text`` into data and a source map; the top level must be a mapping."""
    _refuse_raw_characters(text, path)
    composer = _Composer(path, text)
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            composer.feed(event)
    except yaml.MarkedYAMLError as exc:
        spill = unclosed_quote(composer.last_scalar, exc, path)
        raise YamlLoadError([spill or _syntax_diagnostic(exc, path, text)]) from None
    except yaml.YAMLError as exc:  # reader errors without a mark
        message = f"not readable as YAML: {exc}".replace("\n", " ")
        raise YamlLoadError([error(message, _reader_location(exc, path, text),
                                   "yaml-syntax")]) from None
    if composer.problems or composer.text_problems:
        raise YamlLoadError(composer.problems or composer.text_problems)
    composer.map.text = text
    return composer.result()


def _refuse_raw_characters(text: str, path: Path) -> None:
    """Control characters typed into the file are errors at their own line and column."""
    found = raw_positions(text)
    if found:
        raise YamlLoadError([
            error(f"the control character {describe(char)} is not allowed; only tab and "
                  "newline are (delete it)", SourceLocation(path, line, col), "control-character")
            for line, col, char in found])


def _reader_location(exc: yaml.YAMLError, path: Path, text: str) -> SourceLocation:
    """Where a reader error (which carries a character offset, not a mark) points."""
    offset = getattr(exc, "position", None)
    if not isinstance(offset, int) or not 0 <= offset <= len(text):
        return SourceLocation(path)
    line = text.count("\n", 0, offset) + 1
    return SourceLocation(path, line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _syntax_diagnostic(exc: yaml.MarkedYAMLError, path: Path, text: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    loc = SourceLocation(path, line, col)
    problem = (exc.problem or "syntax error").strip()
    hint = syntax_hint(exc, path, text)
    if hint is not None:
        return hint
    if "'\\t'" in problem or "\\t" in problem or _tab_at(text, line, col):
        return error("tab character in indentation; YAML needs spaces", loc, "yaml-tab")
    context = f" {exc.context.strip()}" if exc.context else ""
    start = exc.context_mark
    if context and start is not None and start.line + 1 != line:
        context += f" that starts at line {start.line + 1}"
    message = f"YAML syntax error: {problem}{context}".replace("\n", " ")
    return error(message, loc, "yaml-syntax")


def _tab_at(text: str, line: int, col: int) -> bool:
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return False
    head = lines[line - 1][: max(col, 1)]
    return "\t" in head and not head.replace("\t", "").strip(" -")


@dataclass
class _Frame:
    kind: str  # "map" or "seq"
    container: Any
    path: KeyPath
    anchor: str | None
    size: int = 1
    pending_key: str | None = None
    key_positions: dict[str, Pos] = field(default_factory=dict)


def _pos(event: yaml.Event) -> Pos:
    """1-based (line, col) of an event; libyaml always sets start marks."""
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


class _Composer:
    """Turns parser events into Python data, recording positions as it goes."""

    def __init__(self, path: Path, text: str = "") -> None:
        self.path = path
        self.lines = text.splitlines()
        self.warnings: list[Diagnostic] = []
        self.last_scalar: yaml.ScalarEvent | None = None
        self.map = SourceMap(path)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.root: Any = None
        self.documents = 0
        self.expanded = 0
        self.problems: list[Diagnostic] = []
        self.text_problems: list[Diagnostic] = []
        """Forbidden characters in values: all are collected, loading goes on."""
        self.root_pos: Pos = (1, 1)
        self._handlers: dict[type, Any] = {
            yaml.ScalarEvent: self._on_ScalarEvent,
            yaml.MappingStartEvent: self._on_MappingStartEvent,
            yaml.SequenceStartEvent: self._on_SequenceStartEvent,
            yaml.MappingEndEvent: self._on_MappingEndEvent,
            yaml.SequenceEndEvent: self._on_SequenceEndEvent,
            yaml.AliasEvent: self._on_AliasEvent,
            yaml.DocumentStartEvent: self._on_DocumentStartEvent,
        }

    def feed(self, event: yaml.Event) -> None:
        """Consume one event; stops collecting after the first hard problem."""
        if self.problems:
            return
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def result(self) -> YamlDocument:
        if self.documents == 0 or self.root is None:
            message = "file is empty; a module needs at least id, title, theme and sections"
            if self.documents:
                message = "document is empty (null); expected a mapping of keys to values"
            raise YamlLoadError([error(message, SourceLocation(self.path, 1, 1), "file-empty")])
        if not isinstance(self.root, dict):
            kind = "a list" if isinstance(self.root, list) else f'a single value "{self.root}"'
            line, col = self.root_pos
            message = f"the top level must be a mapping of keys to values, found {kind}"
            loc = SourceLocation(self.path, line, col)
            raise YamlLoadError([error(message, loc, "not-a-mapping")])
        return YamlDocument(self.root, self.map, self.warnings)

    # -- events -------------------------------------------------------------------------
    def _on_DocumentStartEvent(self, event: yaml.DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents > 1:
            message = "more than one YAML document (---) in one file; use one file per module"
            self._fail(message, event, "yaml-multi-document")

    def _on_ScalarEvent(self, event: yaml.ScalarEvent) -> None:
        self.last_scalar = event
        if event.tag not in (None, _STR_TAG, "!"):
            self._fail(_tag_message(event.tag), event, "yaml-tag")
            return
        plain = event.style in (None, "") and event.tag is None
        value = resolve_plain(event.value) if plain else event.value
        self._check_characters(event)
        if self._is_key_slot():
            self._take_key(event.value if plain or isinstance(value, str) else str(value), event)
            return
        if plain and isinstance(value, str):
            cut = comment_cut_warning(value, event.end_mark, self.lines, self.path)
            if cut is not None:
                self.warnings.append(cut)
        self._attach(value, event, event.anchor, 1)

    def _on_MappingStartEvent(self, event: yaml.MappingStartEvent) -> None:
        self._start(event, "map", {})

    def _on_SequenceStartEvent(self, event: yaml.SequenceStartEvent) -> None:
        self._start(event, "seq", [])

    def _on_MappingEndEvent(self, event: yaml.MappingEndEvent) -> None:
        self._end()

    def _on_SequenceEndEvent(self, event: yaml.SequenceEndEvent) -> None:
        self._end()

    def _on_AliasEvent(self, event: yaml.AliasEvent) -> None:
        if self._is_key_slot():
            self._fail("an alias (*name) cannot be used as a key", event, "yaml-alias")
            return
        if event.anchor not in self.anchors:
            self._fail(f"alias *{event.anchor} refers to no anchor", event, "yaml-alias")
            return
        value, size = self.anchors[event.anchor]
        self._attach(value, event, None, size)

    # -- helpers ------------------------------------------------------------------------
    def _start(self, event: yaml.CollectionStartEvent, kind: str, container: Any) -> None:
        if event.tag is not None and not event.implicit:
            self._fail(_tag_message(event.tag), event, "yaml-tag")
            return
        if self._is_key_slot():
            self._fail("mapping keys must be plain text, not lists or mappings", event, "yaml-key")
            return
        if len(self.stack) >= MAX_DEPTH:
            self._fail(f"nested more than {MAX_DEPTH} levels deep", event, "yaml-depth")
            return
        path = self._child_path()
        self._record(path, event)
        self.stack.append(_Frame(kind, container, path, event.anchor))

    def _end(self) -> None:
        frame = self.stack.pop()
        if frame.kind == "map" and frame.pending_key is not None:
            frame.container[frame.pending_key] = None
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.size)
        if self.stack:
            self._add_to_parent(frame.container, frame.size)
        else:
            self.root = frame.container

    def _attach(self, value: Any, event: yaml.Event, anchor: str | None, size: int) -> None:
        self.expanded += size
        if self.expanded > MAX_EXPANDED_NODES:
            message = (
                f"aliases expand this document to more than {MAX_EXPANDED_NODES:,} values "
                "(an alias bomb?); refusing to load it"
            )
            self._fail(message, event, "yaml-alias-bomb")
            return
        path = self._child_path()
        self._record(path, event)
        if anchor:
            self.anchors[anchor] = (value, size)
        if self.stack:
            self._add_to_parent(value, size)
        else:
            self.root = value
            self.root_pos = _pos(event)

    def _add_to_parent(self, value: Any, size: int) -> None:
        parent = self.stack[-1]
        parent.size += size
        if parent.kind == "seq":
            parent.container.append(value)
        else:
            key = parent.pending_key
            parent.pending_key = None
            if key is not None and key not in parent.container:
                parent.container[key] = value

    def _is_key_slot(self) -> bool:
        return (
            bool(self.stack)
            and self.stack[-1].kind == "map"
            and (self.stack[-1].pending_key is None)
        )

    def _take_key(self, key: str, event: yaml.Event) -> None:
        frame = self.stack[-1]
        pos = _pos(event)
        if NBSP in key:
            line = self.lines[pos[0] - 1] if pos[0] <= len(self.lines) else ""
            col = nbsp_column(line) or pos[1] + key.index(NBSP)
            self.problems.append(nbsp_error(SourceLocation(self.path, pos[0], col)))
        if key in frame.key_positions:
            first = frame.key_positions[key]
            message = f'key "{key}" is repeated; first defined at line {first[0]}'
            self.problems.append(
                error(message, SourceLocation(self.path, *pos), "yaml-duplicate-key")
            )
        else:
            frame.key_positions[key] = pos
            self.map.keys[(*frame.path, key)] = pos
        frame.pending_key = key

    def _child_path(self) -> KeyPath:
        if not self.stack:
            return ()
        parent = self.stack[-1]
        if parent.kind == "seq":
            return (*parent.path, len(parent.container))
        return (*parent.path, parent.pending_key or "")

    def _record(self, path: KeyPath, event: yaml.Event) -> None:
        self.map.values.setdefault(path, _pos(event))
        if not self.stack:
            self.root_pos = self.map.values[path]

    def _check_characters(self, event: yaml.ScalarEvent) -> None:
        found = first_forbidden(event.value)
        if found is None:
            return
        index, char = found
        where = format_key_path(self._child_path()) or "the value"
        message = (f"{where}: the control character {describe(char)} (character {index + 1} "
                   "of the text) is not allowed; only tab and newline are (remove the escape)")
        loc = SourceLocation(self.path, *_pos(event))
        self.text_problems.append(error(message, loc, "control-character"))

    def _fail(self, message: str, event: yaml.Event, code: str) -> None:
        loc = SourceLocation(self.path, *_pos(event))
        self.problems.append(error(message, loc, code))


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"YAML tags such as {shown} are not allowed; write plain values"


def resolve_plain(text: str) -> Any:
    """Resolve an unquoted scalar with the YAML 1.2 core schema.

    ``yes``/``no``/``on``/``off``, ``NO`` and dates stay text; only ``true`` and
    ``false`` are booleans, and numbers are plain decimal, ``0o``/``0x`` or floats.
    """
    if text in _SPECIAL:
        return _SPECIAL[text]
    if text[0] not in _NUMBER_START:
        return text  # the common case: prose never needs the regular expressions
    if _INT.match(text):
        return int(text)
    if _OCT.match(text):
        return int(text[2:], 8)
    if _HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return float("-inf") if text.startswith("-") else float("inf")
    return text


# -- dumping ----------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, literal blocks for multi-line text, no aliases, key order kept."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and not _has_trailing_space_lines(value):
        return dumper.represent_scalar(_STR_TAG, value, style="|")
    return dumper.represent_scalar(_STR_TAG, value)


def _has_trailing_space_lines(value: str) -> bool:
    return any(line != line.rstrip() for line in value.splitlines())


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any, header: str = "") -> str:
    """Deterministic, human-friendly YAML (keys in insertion order, wide lines)."""
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return header + body


def iter_key_paths(data: Any, prefix: KeyPath = ()) -> Iterator[KeyPath]:
    """Every key path in ``data`` (used by tests and by the mutation fuzzer)."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from iter_key_paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from iter_key_paths(value, (*prefix, index))


def format_key_path(key_path: KeyPath) -> str:
    """``("quiz", "questions", 2, "options")`` -> ``quiz.questions[2].options``."""
    out = ""
    for part in key_path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
