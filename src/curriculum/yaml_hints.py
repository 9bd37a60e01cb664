"""Plain-words hints for the YAML mistakes authors make most, located where they made them.

libyaml reports where it gave up, in its own words ("mapping values are not allowed in
this context"). Authors need to hear what they typed wrong and where: a value holding
": " that needs quotes, typographic quotes pasted from a word processor, a non-breaking
space in the indentation, ``key:value`` without a space, a quote never closed, a file
saved as UTF-16. Each function here looks at the text around libyaml's mark and returns
a better diagnostic when it recognises the mistake, else None (the parser's words stay).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from curriculum.diagnostics import Diagnostic, SourceLocation, error, warning

NBSP = "\u00a0"
_SMART_OPEN = "\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb"
_KEY_VALUE = re.compile(r"^(?P<indent>[ \-]*)(?P<key>[A-Za-z_][\w-]*):(?P<rest>.*)$")
_NO_SPACE = re.compile(r"^(?P<indent>[ \-]*)(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s:/].*)$")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
    (b"\xfe\xff", "UTF-16 (big-endian)"),
    (b"\xff\xfe", "UTF-16 (little-endian)"),
)


def encoding_problem(raw: bytes, path: Path) -> Diagnostic | None:
    """A file saved as UTF-16 or UTF-32 (told by its byte-order mark or its NUL pattern)."""
    name = next((label for bom, label in _BOMS if raw.startswith(bom)), None)
    if name is None:
        name = _utf16_without_bom(raw)
    if name is None or not _reads_as_yaml(raw, name):
        return None
    message = (
        f"file is saved as {name}, not UTF-8; save it again as UTF-8 "
        "(in most editors: Save As, Encoding: UTF-8)"
    )
    return error(message, SourceLocation(path, 1, 1), "file-encoding")


def _reads_as_yaml(raw: bytes, name: str) -> bool:
    """The bytes decode in that encoding to something with a ``key:`` (not random bytes)."""
    codec = ("utf-32" if "32" in name else "utf-16") + ("-be" if "big" in name else "-le")
    try:
        text = raw[:4000].decode(codec, errors="strict").lstrip("\ufeff")
    except UnicodeDecodeError:
        text = raw[:3996].decode(codec, errors="ignore")
    return re.search(r"(?m)^[ \-]*[A-Za-z_][\w-]*:", text) is not None


def _utf16_without_bom(raw: bytes) -> str | None:
    """Text in UTF-16 has a NUL in every other byte when it is mostly ASCII."""
    head = raw[:400]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "UTF-16 (little-endian)"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "UTF-16 (big-endian)"
    return None


def syntax_hint(exc: yaml.MarkedYAMLError, path: Path, text: str) -> Diagnostic | None:
    """A located, plain-words diagnostic for a recognised mistake, else None."""
    lines = text.splitlines()
    problem = exc.problem or ""
    mark = exc.problem_mark
    line = mark.line + 1 if mark else 0
    for hint in (_nbsp_hint, _unclosed_quote_hint, _colon_in_value_hint, _missing_space_hint):
        found = hint(exc, problem, line, lines, path)
        if found is not None:
            return found
    return None


def _nbsp_hint(
    exc: yaml.MarkedYAMLError, problem: str, line: int, lines: list[str], path: Path
) -> Diagnostic | None:
    """A non-breaking space at or before the error, in indentation or after a key's colon."""
    for number in range(min(line, len(lines)), max(line - 3, 0), -1):
        col = nbsp_column(lines[number - 1])
        if col:
            return nbsp_error(SourceLocation(path, number, col))
    return None


def nbsp_column(line: str) -> int:
    """1-based column of a structural non-breaking space in ``line``, or 0."""
    stripped = line.lstrip(" -\t" + NBSP)
    lead = line[: len(line) - len(stripped)]
    if NBSP in lead:
        return lead.index(NBSP) + 1
    key_end = line.find(":" + NBSP)
    if key_end > 0 and _KEY_VALUE.match(line[: key_end + 1]):
        return key_end + 2
    return 0


def nbsp_error(location: SourceLocation) -> Diagnostic:
    """The one message for a non-breaking space where YAML needs a plain space."""
    message = (
        "non-breaking space (U+00A0, often pasted from a word processor) where YAML needs a "
        "plain space; retype the spaces on this line"
    )
    return error(message, location, "yaml-nbsp")


def _unclosed_quote_hint(
    exc: yaml.MarkedYAMLError, problem: str, line: int, lines: list[str], path: Path
) -> Diagnostic | None:
    """A quoted value that runs to the end: located where the quote opened."""
    if "quoted scalar" not in (exc.context or "") or exc.context_mark is None:
        return None
    start = exc.context_mark
    row = lines[start.line] if start.line < len(lines) else ""
    quote = row[start.column : start.column + 1] or '"'
    message = (
        f"this quote ({quote}) is never closed: add the closing {quote} at the end of the value"
    )
    return error(message, SourceLocation(path, start.line + 1, start.column + 1), "yaml-quote")


def unclosed_quote(
    last: yaml.ScalarEvent | None, exc: yaml.MarkedYAMLError, path: Path
) -> Diagnostic | None:
    """A quote left open swallows the following lines up to the next quote mark, and the
    parser stumbles right there: point at the quote that opened it, not at the stumble."""
    mark = exc.problem_mark
    if last is None or last.style not in ('"', "'") or mark is None:
        return None
    start, end = last.start_mark, last.end_mark
    if start is None or end is None or start.line == end.line or end.line != mark.line:
        return None
    message = (
        f"this quote ({last.style}) is never closed on its line, so YAML read on to the next "
        f"{last.style} at line {end.line + 1}; add the closing {last.style} at the end of the value"
    )
    return error(message, SourceLocation(path, start.line + 1, start.column + 1), "yaml-quote")


def _colon_in_value_hint(
    exc: yaml.MarkedYAMLError, problem: str, line: int, lines: list[str], path: Path
) -> Diagnostic | None:
    """``title: Grooming: the signs`` (or with typographic quotes): quote the value."""
    if "mapping values are not allowed" not in problem or not 0 < line <= len(lines):
        return None
    row = lines[line - 1]
    match = _KEY_VALUE.match(row)
    mark = exc.problem_mark
    if match is None or mark is None:
        return None
    if mark.column < match.start("rest"):  # the line's own key: an indentation problem
        where = SourceLocation(path, line, len(row) - len(row.lstrip(" ")) + 1)
        return _indented_key(row, match, lines[: line - 1], where)
    value = match.group("rest").strip()
    col = match.start("rest") + len(match.group("rest")) - len(match.group("rest").lstrip()) + 1
    location = SourceLocation(path, line, col)
    key = match.group("key")
    if value and value[0] in _SMART_OPEN:  # "" is in every string: an empty value is not quoted
        inner = value[1:-1] if value[-1:] in _SMART_OPEN else value[1:]
        message = (
            f'"{key}": the value is wrapped in typographic quotes ({value[0]} {value[-1]}), which '
            f'YAML reads as ordinary letters; use straight quotes: {key}: "{_escaped(inner)}"'
        )
        return error(message, location, "yaml-smart-quotes")
    message = (
        f'"{key}": the value contains ": ", which YAML reads as a new key; put the whole '
        f'value in quotes: {key}: "{_escaped(value)}"'
    )
    return error(message, location, "yaml-colon-in-value")


def _indented_key(
    row: str, match: re.Match[str], above: list[str], location: SourceLocation
) -> Diagnostic | None:
    """``title: x`` then ``  theme: y``: a key indented under a value that is already set."""
    filled = [ln for ln in above if ln.strip() and not ln.lstrip().startswith("#")]
    previous = filled[-1] if filled else ""
    parent = _KEY_VALUE.match(previous)
    indent = len(row) - len(row.lstrip(" "))
    if parent is None or not parent.group("rest").strip():
        return None
    if indent <= len(previous) - len(previous.lstrip(" ")):
        return None
    message = (
        f'"{match.group("key")}" is indented under "{parent.group("key")}", which already has a '
        "value; indent it like the line above (or quote the value if it belongs to it)"
    )
    return error(message, location, "yaml-indent")


def _escaped(value: str) -> str:
    shown = value if len(value) <= 50 else value[:47] + "..."
    return shown.replace("\\", "\\\\").replace('"', '\\"')


def _missing_space_hint(
    exc: yaml.MarkedYAMLError, problem: str, line: int, lines: list[str], path: Path
) -> Diagnostic | None:
    """``level:foundation``: libyaml complains on the line after; point at the colon."""
    if "could not find expected ':'" not in problem or exc.context_mark is None:
        return None
    start = exc.context_mark.line
    row = lines[start] if start < len(lines) else ""
    match = _NO_SPACE.match(row)
    if match is None:
        return None
    key, value = match.group("key"), match.group("value").rstrip()
    message = f'missing space after ":" in "{key}:{value}"; write "{key}: {value}"'
    return error(message, SourceLocation(path, start + 1, match.end("key") + 1), "yaml-colon-space")


_COMMENT_CUT = re.compile(r"^[ \t]+#(?=\S)")


def comment_cut_warning(
    value: str, end: Any, lines: list[str], path: Path
) -> Diagnostic | None:
    """Prose cut short by `` #`` (``rule #1? Pick one`` reads as ``rule`` plus a comment)."""
    if end is None or " " not in value or end.line >= len(lines):
        return None
    rest = lines[end.line][end.column :]
    if not _COMMENT_CUT.match(rest):
        return None
    lost = rest.strip()
    lost = lost if len(lost) <= 40 else lost[:37] + "..."
    message = (
        f'YAML reads " #" as the start of a comment, so "{lost}" is left out of this value; '
        "put the whole value in quotes if it belongs to it"
    )
    col = end.column + len(rest) - len(rest.lstrip()) + 1
    return warning(message, SourceLocation(path, end.line + 1, col), "yaml-comment-cut")
