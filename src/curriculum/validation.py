"""The public entry point for checking a project: load, check, report."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from curriculum.checks import run_checks
from curriculum.diagnostics import Diagnostic, Severity, sort_diagnostics
from curriculum.loader import Project, load_project


@dataclass
class ValidationReport:
    """What ``curriculum validate`` shows: the problems and how many files were read."""

    project: Project
    diagnostics: list[Diagnostic]
    wanted: set[Path] | None = None
    """The files asked about (``validate FILE``), or None for the whole project."""

    @property
    def files_checked(self) -> int:
        if self.wanted is None:
            return len(self.project.files)
        return sum(1 for f in self.project.files if f.resolve() in self.wanted)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        """True when nothing is an error (warnings allowed)."""
        return not self.errors


def validate_project(
    start: Path, paths: tuple[Path, ...] = (), *, strict: bool = False
) -> ValidationReport:
    """Load the project around ``start`` and run every check.

    With ``paths``, those files are checked too and only their problems (and
    the config's) are reported; the rest of the project is still read so that
    references across files resolve. With ``strict``, warnings become errors.
    """
    project = load_project(start, paths)
    found = project.diagnostics + _without_follow_ons(project, run_checks(project))
    wanted = None
    if paths:
        wanted = _wanted_files(project, paths)
        found = [d for d in found
                 if d.location.path in wanted or d.location.path.resolve() in wanted]
        wanted.discard(project.loaded_config.path.resolve())
    if strict:
        found = [replace(d, severity=Severity.ERROR) for d in found]
    return ValidationReport(project, sort_diagnostics(found), wanted)


FOLLOW_ON_CODES = frozenset({"objective-unassessed"})
"""Checks that only echo a schema error when run on a module whose faulty keys were set aside."""


def _without_follow_ons(project: Project, found: list[Diagnostic]) -> list[Diagnostic]:
    partial = {m.path.resolve() for m in project.modules if m.partial}
    return [
        d for d in found
        if not (d.code in FOLLOW_ON_CODES and d.location.path.resolve() in partial)
    ]


def _wanted_files(project: Project, paths: tuple[Path, ...]) -> set[Path]:
    wanted = {project.loaded_config.path.resolve()}
    for path in paths:
        resolved = path.resolve()
        if resolved.is_dir():
            wanted.update(f for f in project.files if resolved in f.parents)
        else:
            wanted.add(resolved)
    return wanted
