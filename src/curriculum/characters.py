"""Which characters author text may hold: every one that XML 1.0 and a PDF can carry.

Control characters (other than tab and newline), DEL, the C1 controls and the
non-characters U+FFFE/U+FFFF make SCORM manifests ill-formed XML and stop
WeasyPrint with an unlocated glyph error. They are never useful in training
text, so they are located errors when a YAML file is read: a raw byte at its
own line and column, an escape such as ``"\\a"`` at the value that holds it.
"""

from __future__ import annotations

import re
from typing import Any

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Tab (U+0009) and newline (U+000A) are allowed; CR is allowed raw (CRLF line ends) only."""
FORBIDDEN_RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
MAX_REPORTED = 20
"""Raw characters reported per file (a binary file pasted in would give thousands)."""

_NAMES = {
    0x00: "NUL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "VERTICAL TAB", 0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE",
    0xFFFE: "NONCHARACTER", 0xFFFF: "NONCHARACTER",
}


def describe(char: str) -> str:
    """``U+0007 (BELL)``: a character named so that the message itself stays printable."""
    code = ord(char)
    name = _NAMES.get(code, "SURROGATE" if 0xD800 <= code <= 0xDFFF else "CONTROL CHARACTER")
    return f"U+{code:04X} ({name})"


def raw_positions(text: str) -> list[tuple[int, int, str]]:
    """``(line, col, char)`` of each forbidden character typed into the file itself."""
    found = []
    for match in FORBIDDEN_RAW.finditer(text):
        offset = match.start()
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        found.append((line, col, match.group()))
        if len(found) >= MAX_REPORTED:
            break
    return found


def first_forbidden(value: str) -> tuple[int, str] | None:
    """``(index, char)`` of the first forbidden character in a parsed value, if any."""
    match = FORBIDDEN.search(value)
    return None if match is None else (match.start(), match.group())


def spaced(text: str) -> str:
    """``text`` with each forbidden character replaced by a space (one for one).

    For text taken from outside the format, such as a source document being
    drafted from: its offsets stay valid, and quote checks treat both alike.
    """
    return FORBIDDEN.sub(" ", text)


def printable_data(data: Any) -> Any:
    """``data`` (dicts, lists, strings) with :func:`spaced` applied to every string."""
    if isinstance(data, str):
        return spaced(data)
    if isinstance(data, dict):
        return {printable_data(k): printable_data(v) for k, v in data.items()}
    if isinstance(data, list):
        return [printable_data(v) for v in data]
    return data
