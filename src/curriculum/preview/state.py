"""What the preview shows: the last good version of each module, and today's problems.

An author saves a file with a typo: the page must not go blank. So each module
file keeps the last version that loaded without an error, the config likewise,
and the problems ``validate`` reports now are shown over them. Nothing here
writes a file: the preview reads the project and keeps everything in memory.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.config import find_project_root
from curriculum.diagnostics import Diagnostic, Severity
from curriculum.errors import CurriculumError
from curriculum.loader import LoadedModule
from curriculum.models import CurriculumConfig
from curriculum.validation import validate_project


@dataclass(frozen=True)
class Snapshot:
    """One consistent view of the project; replaced whole after every change."""

    version: int
    config: CurriculumConfig | None
    config_path: Path
    modules: tuple[LoadedModule, ...]
    problems: tuple[Diagnostic, ...]
    stale: frozenset[Path] = field(default_factory=frozenset)
    """Module files shown from their last good version (the current one has errors)."""

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.problems if d.severity is Severity.ERROR)

    def module(self, module_id: str) -> LoadedModule | None:
        return next((m for m in self.modules if m.module.id == module_id), None)


class PreviewState:
    """Reloads the project on demand and keeps the last good parts of it."""

    def __init__(self, start: Path) -> None:
        self.root = find_project_root(start)
        self._lock = threading.Lock()
        self._good: dict[Path, LoadedModule] = {}
        self._config: CurriculumConfig | None = None
        self.snapshot = Snapshot(0, None, self.root / "curriculum.yaml", (), ())
        self.refresh()

    def refresh(self) -> Snapshot:
        """Read the project again; safe to call from a worker thread."""
        with self._lock:
            self.snapshot = self._read(self.snapshot.version + 1)
            return self.snapshot

    def _read(self, version: int) -> Snapshot:
        try:
            report = validate_project(self.root)
        except CurriculumError as exc:  # the project vanished, a folder became a file ...
            problems = tuple(exc.diagnostics) or (_whole_project(self.root, exc.message),)
            return Snapshot(version, self._config, self.snapshot.config_path,
                            tuple(self._good.values()), problems, frozenset(self._good))
        project = report.project
        broken = {d.location.path.resolve() for d in report.errors}
        present = {f.resolve() for f in project.files}
        self._good = {p: m for p, m in self._good.items() if p in present}
        for loaded in project.modules:
            path = loaded.path.resolve()
            if path not in broken and not loaded.partial:
                self._good[path] = loaded
        if project.config is not None:
            self._config = project.config
        modules = tuple(sorted(self._good.values(), key=lambda m: str(m.path)))
        stale = frozenset(p for p in self._good if p in broken)
        return Snapshot(version, self._config, project.loaded_config.path, modules,
                        tuple(report.diagnostics), stale)


def _whole_project(root: Path, message: str) -> Diagnostic:
    from curriculum.diagnostics import SourceLocation, error

    return error(message, SourceLocation(root / "curriculum.yaml"), "project")
