"""Located problems in an author's files, formatted compiler-style.

Every content problem the tool finds becomes one :class:`Diagnostic`. The one
:meth:`Diagnostic.format` method is the only place that decides how a problem
reads (``path:line:col: severity: message [code]``), so the CLI, the JSON output
and the tests agree.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """How bad a problem is: errors fail a build, warnings do not (unless --strict)."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class SourceLocation:
    """A 1-based line and column in a file.

    ``line`` and ``col`` are 1-based like every editor; 0 means "the file as a whole".
    """

    path: Path
    line: int = 0
    col: int = 0

    def display(self, cwd: Path | None = None) -> str:
        """Render as ``path:line:col`` with the path relative to ``cwd``."""
        shown = display_path(self.path, cwd)
        if self.line <= 0:
            return shown
        return f"{shown}:{self.line}:{self.col}"


def display_path(path: Path, cwd: Path | None = None) -> str:
    """A path as authors type it: relative to the current directory when possible."""
    base = cwd if cwd is not None else Path.cwd()
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return str(path)


@dataclass(frozen=True)
class Diagnostic:
    """One problem: where, how bad, what, and a short rule code for filtering."""

    severity: Severity
    message: str
    location: SourceLocation
    code: str
    key_path: str = ""
    related: tuple[SourceLocation, ...] = field(default=())

    def format(self, cwd: Path | None = None) -> str:
        """``path:line:col: severity: message [code]``, one line."""
        where = self.location.display(cwd)
        return f"{where}: {self.severity.value}: {one_line(self.message)} [{self.code}]"

    def as_json(self, cwd: Path | None = None) -> dict[str, object]:
        """A plain dict for ``--format json`` (editors, CI annotations)."""
        return {
            "path": display_path(self.location.path, cwd),
            "line": self.location.line,
            "col": self.location.col,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "key_path": self.key_path,
        }

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order by file, then position, so output is stable and reads top to bottom."""
        loc = self.location
        return (str(loc.path), loc.line, loc.col, self.code, self.message)


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(32), *range(0x7F, 0xA0))}
_CONTROL.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def one_line(text: str) -> str:
    """Escape control characters so a diagnostic stays one line whatever authors typed."""
    return text.translate(_CONTROL)


def error(message: str, location: SourceLocation, code: str, key_path: str = "") -> Diagnostic:
    """Shorthand for an error diagnostic."""
    return Diagnostic(Severity.ERROR, message, location, code, key_path)


def warning(message: str, location: SourceLocation, code: str, key_path: str = "") -> Diagnostic:
    """Shorthand for a warning diagnostic."""
    return Diagnostic(Severity.WARNING, message, location, code, key_path)


def sort_diagnostics(diags: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Stable, de-duplicated, position-ordered list."""
    seen: set[tuple[object, ...]] = set()
    out: list[Diagnostic] = []
    for d in sorted(diags, key=Diagnostic.sort_key):
        key = (d.sort_key(), d.severity)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def summary(diags: Sequence[Diagnostic], files_checked: int) -> str:
    """The closing line: ``3 errors, 1 warning in 2 files``."""
    errors = sum(1 for d in diags if d.severity is Severity.ERROR)
    warnings = len(diags) - errors
    if not diags:
        return f"No problems in {_plural(files_checked, 'file')}."
    files = len({d.location.path for d in diags})
    parts = [_plural(errors, "error"), _plural(warnings, "warning")]
    return f"{', '.join(parts)} in {_plural(files, 'file')}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
