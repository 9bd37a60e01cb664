"""The user-facing error classes.

A :class:`CurriculumError` is a problem the user can fix (bad content, a missing
file, a wrong option); the CLI prints it without a traceback. Any other
exception is a bug in this tool and keeps its traceback.
"""

from __future__ import annotations

import errno
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


class FileProblem(CurriculumError):
    """The operating system refused a read or write (disk full, read-only, permissions...).

    Exit 1: the folder or disk needs fixing, not the command line. When the
    path came from an option (``--out``), :func:`file_problem` makes it exit 2.
    """


_HINTS = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "your disk quota is used up; free some space and run the command again",
    errno.EROFS: "the file system is read-only; choose a folder on a writable disk",
    errno.EACCES: "permission denied; check the folder's permissions or choose another folder",
    errno.EPERM: "the operation is not permitted here; choose another folder",
    errno.ENOTDIR: "a part of this path is a file, not a folder; remove or rename that file",
    errno.EISDIR: "this is a folder where a file is needed; give a file path",
    errno.EEXIST: "something already exists at this path; move it away or choose another path",
    errno.ENOTEMPTY: "the folder is not empty; move its files away or choose another folder",
    errno.ELOOP: "this path goes through a symbolic link, which is not followed",
    errno.ENAMETOOLONG: "the path is too long; choose a shorter one",
    errno.ENOENT: "a folder on this path does not exist; create it first",
    errno.EXDEV: "the paths are on different disks; keep the output folder on one disk",
}


_PATH_ERRORS = frozenset({
    errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR, errno.EEXIST,
    errno.ENOTEMPTY, errno.ELOOP, errno.ENAMETOOLONG, errno.ENOENT,
})
"""Errors about the path itself: a bad ``--out`` is a usage error; a full disk never is."""


def file_problem(exc: OSError, doing: str, usage: bool = False) -> CurriculumError:
    """A user-facing error for ``exc``: what failed, on which path, and what to do.

    ``doing`` says what was being done ("write build/", "create the folder
    drafts"); the path the operating system reports follows in brackets.
    ``usage`` marks a path given on the command line: then a problem with the
    path itself exits 2 (bad argument), while a full disk still exits 1.
    """
    reason = exc.strerror or str(exc)
    where = f" ({exc.filename})" if exc.filename is not None else ""
    hint = _HINTS.get(exc.errno or 0, "check the path and run the command again")
    problem = FileProblem(f"cannot {doing}: {reason}{where}; {hint}")
    if usage and exc.errno in _PATH_ERRORS:
        problem.exit_code = 2
    return problem
