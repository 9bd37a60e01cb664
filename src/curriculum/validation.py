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

    @property
    def files_checked(self) -> int:
        return len(self.project.files)

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
    found = project.diagnostics + run_checks(project)
    if paths:
        wanted = _wanted_files(project, paths)
        found = [d for d in found if d.location.path.resolve() in wanted]
    if strict:
        found = [replace(d, severity=Severity.ERROR) for d in found]
    return ValidationReport(project, sort_diagnostics(found))


def _wanted_files(project: Project, paths: tuple[Path, ...]) -> set[Path]:
    wanted = {project.loaded_config.path.resolve()}
    for path in paths:
        resolved = path.resolve()
        if resolved.is_dir():
            wanted.update(f for f in project.files if resolved in f.parents)
        else:
            wanted.add(resolved)
    return wanted
