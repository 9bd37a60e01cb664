"""The user-facing error classes.

A :class:`CurriculumError` is a problem the user can fix (bad content, a missing
file, a wrong option); the CLI prints it without a traceback. Any other
exception is a bug in this tool and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Sequence

from curriculum.diagnostics import Diagnostic


class CurriculumError(Exception):
    """A problem the user can fix; carries located diagnostics when there are any."""

    exit_code = 1

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = list(diagnostics)


class ContentError(CurriculumError):
    """The curriculum's files have errors (exit 1)."""


class UsageError(CurriculumError):
    """The command was used wrongly: missing project, bad option value (exit 2)."""

    exit_code = 2


class ProjectNotFound(UsageError):
    """No ``curriculum.yaml`` in the current directory or any parent."""
