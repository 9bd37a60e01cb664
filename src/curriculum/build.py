"""``curriculum build``: resolve formats, validate, gate, export, then swap into place.

Order matters and is the point of this module:

1. everything is loaded and checked first; any error stops the build before a
   single byte is written (MkDocs-style gather-then-write);
2. platform formats refuse TLP:RED modules with a located error;
3. every exporter writes into a staging folder;
4. only when all exporters succeeded are the staged format folders moved over
   the previous ones. A failed build leaves the previous ``build/`` intact.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.config import build_timestamp, is_inside
from curriculum.diagnostics import Diagnostic, SourceLocation, error
from curriculum.errors import ContentError, UsageError
from curriculum.exporters import ExporterEntry, entry_for, format_names
from curriculum.exporters.base import BuildContext, NullProgress, Progress
from curriculum.loader import LoadedModule, Project
from curriculum.validation import validate_project

STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class OutputFile:
    """One file a build wrote (path relative to the build folder)."""

    format: str
    path: Path
    size: int


@dataclass
class BuildResult:
    """What the closing table shows, and the warnings the build carried on past."""

    out_dir: Path
    files: list[OutputFile] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    """Formats whose output equals, byte for byte, what ``build/`` already held (untouched)."""

    @property
    def up_to_date(self) -> bool:
        """True when nothing was written: every format's output was already there."""
        return {f.format for f in self.files} <= set(self.unchanged)


def build(
    start: Path,
    formats: Sequence[str] = (),
    out: Path | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build ``formats`` (default: the config's ``formats``, else all) for the project."""
    report = validate_project(start)
    if not report.ok:
        raise ContentError("the curriculum has errors; nothing was written", report.errors)
    project = report.project
    config = project.config
    assert config is not None  # a project without errors has a config
    entries = [entry_for(name) for name in _resolve_formats(formats, config.formats)]
    _gate_handling(project, entries)
    out_root = _out_root(project, out)
    result = BuildResult(out_root, warnings=report.diagnostics)
    staging = out_root / f"{STAGING_PREFIX}{os.getpid()}"
    _clean(staging)
    try:
        for entry in entries:
            ctx = _context(project, entry, out_root, staging, jobs, progress)
            exporter = entry.load()()
            written = exporter.export(ctx)
            result.files += _described(entry.name, ctx.out_dir, written)
        names = [e.name for e in entries]
        result.unchanged = [n for n in names if same_tree(staging / n, out_root / n)]
        _swap_into_place(staging, out_root, [n for n in names if n not in result.unchanged])
    finally:
        _clean(staging)
    return result


def _resolve_formats(requested: Sequence[str], configured: list[str] | None) -> list[str]:
    names = list(dict.fromkeys(requested or configured or format_names()))
    for name in names:
        entry_for(name)  # raises UsageError listing the known formats
    return names


def _gate_handling(project: Project, entries: list[ExporterEntry]) -> None:
    """TLP:RED material is never written into a platform package (spec: handling)."""
    platform = [e.name for e in entries if e.platform]
    if not platform:
        return
    problems = [_red_problem(project, m, platform) for m in project.modules]
    found = [p for p in problems if p is not None]
    if found:
        raise ContentError("TLP:RED modules cannot go into platform packages", found)


def _red_problem(project: Project, loaded: LoadedModule, formats: list[str]) -> Diagnostic | None:
    if loaded.module.handling != "TLP:RED":
        return None
    location = handling_location(project, loaded)
    message = (
        f'module "{loaded.module.id}" is marked TLP:RED and cannot be written into '
        f"{', '.join(formats)} packages; build only pdf, or change its handling"
    )
    return error(message, location, "handling-red", "handling")


def _out_root(project: Project, out: Path | None) -> Path:
    config = project.config
    assert config is not None
    target = out if out is not None else project.root / config.build
    target = target.resolve()
    if is_inside(target, project.root):
        raise UsageError(f"refusing to build into {target}: it would contain the project")
    return target


def _context(
    project: Project,
    entry: ExporterEntry,
    out_root: Path,
    staging: Path,
    jobs: int | None,
    progress: Progress | None,
) -> BuildContext:
    config = project.config
    assert config is not None
    out_dir = staging / entry.name
    out_dir.mkdir(parents=True, exist_ok=True)
    return BuildContext(
        project=project,
        config=config,
        modules=tuple(project.modules),
        timestamp=build_timestamp(config),
        out_dir=out_dir,
        cache_dir=out_root / ".cache" / entry.name,
        previous_dir=out_root / entry.name,
        jobs=max(1, jobs or os.cpu_count() or 1),
        progress=progress or NullProgress(),
    )


def _described(name: str, out_dir: Path, written: list[Path]) -> list[OutputFile]:
    files = []
    for path in sorted(written):
        files.append(OutputFile(name, Path(name) / path.relative_to(out_dir), path.stat().st_size))
    return files


def _swap_into_place(staging: Path, out_root: Path, names: list[str]) -> None:
    """Replace each ``out_root/<name>`` by its staged copy, one rename per format."""
    for name in names:
        fresh = staging / name
        final = out_root / name
        old = out_root / f".old-{name}-{os.getpid()}"
        if final.exists():
            os.replace(final, old)
        os.replace(fresh, final)
        _clean(old)


def same_tree(fresh: Path, current: Path) -> bool:
    """True when ``current`` holds exactly the files of ``fresh`` with the same bytes.

    A build whose output is already in place leaves it untouched (file times too), so
    tools watching ``build/`` and uploads by date see no change where there is none.
    """
    if not current.is_dir():
        return False
    ours = _tree(fresh)
    if ours != _tree(current):
        return False
    return all(_same_bytes(fresh / name, current / name) for name in ours)


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.is_symlink() or b.is_symlink() or a.stat().st_size != b.stat().st_size:
            return False
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _clean(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path, ignore_errors=True)


def handling_location(project: Project, loaded: LoadedModule) -> SourceLocation:
    """Where a module's effective handling marking was written (module or config)."""
    if "handling" in loaded.raw:
        return loaded.source_map.value_at(("handling",))
    return project.loaded_config.source_map.value_at(("handling",))
