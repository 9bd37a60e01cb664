"""``curriculum build``: resolve formats, validate, gate, export, then swap into place.

Order matters and is the point of this module:

1. everything is loaded and checked first; any error stops the build before a
   single byte is written (MkDocs-style gather-then-write);
2. platform formats refuse TLP:RED modules with a located error;
3. the output folder's lock is taken (one build at a time) and the folder
   must be one the tool owns (:mod:`curriculum.outdir`);
4. every exporter writes into a staging folder beside ``build/``, which also
   receives, hard-linked, whatever this build does not rebuild;
5. only when all exporters succeeded is the staging folder exchanged with
   ``build/`` in one step. A failed, interrupted or killed build leaves the
   previous ``build/`` exactly as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.atomic import link_tree, make_dirs, remove_tree, signals_deferred
from curriculum.config import build_timestamp, is_inside
from curriculum.diagnostics import Diagnostic, SourceLocation, display_path, error
from curriculum.errors import ContentError, UsageError, file_problem
from curriculum.exporters import ExporterEntry, entry_for, format_names
from curriculum.exporters.base import BuildContext, NullProgress, Progress
from curriculum.loader import LoadedModule, Project
from curriculum.lock import locked
from curriculum.outdir import ForeignFolder, OutputFolder
from curriculum.scorm.budget import budget_warnings
from curriculum.validation import validate_project


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
    folder = _output_folder(project, out)
    budget = budget_warnings(project.modules, [e.name for e in entries])
    result = BuildResult(folder.final, warnings=report.diagnostics + budget)
    shown = display_path(folder.final)
    try:
        with locked(folder.lock, f"{shown}/"):
            _refuse_foreign(project, folder, out is not None, folder.check_owned)
            folder.clear_leftovers()
            _export_and_swap(project, entries, folder, jobs, progress, result)
    except OSError as exc:
        raise file_problem(exc, f"write {shown}/", usage=out is not None) from None
    return result


def _export_and_swap(
    project: Project,
    entries: list[ExporterEntry],
    folder: OutputFolder,
    jobs: int | None,
    progress: Progress | None,
    result: BuildResult,
) -> None:
    """Every exporter into the staging folder, then one exchange; staging never outlives it."""
    staging = folder.staging
    try:
        left_out = folder.start_staging(e.name for e in entries)
        for entry in entries:
            ctx = _context(project, entry, folder.final, staging, jobs, progress)
            exporter = entry.load()(entry.name)
            written = exporter.export(ctx)
            result.files += _described(entry.name, ctx.out_dir, written)
        _commit_changed(folder, staging, [e.name for e in entries], result, left_out)
    finally:
        with signals_deferred():
            remove_tree(staging)


def _commit_changed(
    folder: OutputFolder, staging: Path, names: list[str], result: BuildResult, left_out: int
) -> None:
    """Swap the staged build in, unless every format's output is already in place.

    A format whose output equals what ``build/`` holds keeps its very files (hard
    links, so file times too); when that is every format, its cache is the same and
    nothing of the old build was left out (a symlink), ``build/`` is not touched.
    """
    result.unchanged = [n for n in names if same_tree(staging / n, folder.final / n)]
    caches_same = all(_same_cache(staging, folder.final, n) for n in names)
    if len(result.unchanged) == len(names) and caches_same and not left_out:
        return
    for name in result.unchanged:
        remove_tree(staging / name)
        link_tree(folder.final / name, staging / name)
    folder.commit(staging)


def _output_folder(project: Project, out: Path | None) -> OutputFolder:
    """``--out`` or the config's ``build:`` folder, refused where it would harm the project."""
    config = project.config
    assert config is not None
    given = out if out is not None else project.root / config.build
    absolute = Path(os.path.abspath(given))
    target = absolute.parent.resolve() / absolute.name  # the folder itself: never followed
    folder = OutputFolder(target)
    _refuse_foreign(project, folder, out is not None, lambda: _check_place(project, target))
    return folder


def _check_place(project: Project, target: Path) -> None:
    """Not the file-system root, not around the project, not on its input folders."""
    config = project.config
    assert config is not None
    if target.parent == target:
        raise ForeignFolder("give a folder below it")
    if is_inside(target, project.root):
        raise ForeignFolder("it would contain the project")
    for key in _INPUT_FOLDERS:
        inputs = (project.root / getattr(config, key)).resolve()
        if is_inside(inputs, target) or is_inside(target, inputs):
            raise ForeignFolder(f"it is, holds or lies inside the project's {key} folder "
                                f"({display_path(inputs)}); choose another folder")


_INPUT_FOLDERS = ("modules", "sources", "templates")
"""Folders the build reads: it never writes into, over or around them."""


def _refuse_foreign(
    project: Project, folder: OutputFolder, from_option: bool, check: Callable[[], None]
) -> None:
    """Run ``check``; its refusal names ``--out`` (exit 2) or is located at ``build:`` (exit 1)."""
    try:
        check()
    except ForeignFolder as exc:
        if from_option:
            raise UsageError(f"refusing to build into {folder.final} (--out): {exc.reason}"
                             ) from None
        message = f"refusing to build into {folder.final}: {exc.reason}"
        location = project.loaded_config.source_map.value_at(("build",))
        raise ContentError("the build folder cannot be used",
                           [error(message, location, "build-folder", "build")]) from None


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
    make_dirs(out_dir)
    return BuildContext(
        project=project,
        config=config,
        modules=tuple(project.modules),
        timestamp=build_timestamp(config),
        out_dir=out_dir,
        cache_dir=staging / ".cache" / entry.name,
        previous_dir=out_root / entry.name,
        jobs=max(1, jobs or os.cpu_count() or 1),
        progress=progress or NullProgress(),
    )


def _described(name: str, out_dir: Path, written: list[Path]) -> list[OutputFile]:
    files = []
    for path in sorted(written):
        files.append(OutputFile(name, Path(name) / path.relative_to(out_dir), path.stat().st_size))
    return files


def _same_cache(staging: Path, final: Path, name: str) -> bool:
    """The format's cache (``.cache/<name>``) is what the build folder already holds."""
    fresh, current = staging / ".cache" / name, final / ".cache" / name
    if not os.path.lexists(fresh) and not os.path.lexists(current):
        return True
    return same_tree(fresh, current)


def same_tree(fresh: Path, current: Path) -> bool:
    """True when ``current`` holds exactly the files of ``fresh`` with the same bytes.

    A build whose output is already in place leaves it untouched (file times too), so
    tools watching ``build/`` and uploads by date see no change where there is none.
    """
    if current.is_symlink() or not current.is_dir():
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


def handling_location(project: Project, loaded: LoadedModule) -> SourceLocation:
    """Where a module's effective handling marking was written (module or config)."""
    if "handling" in loaded.raw:
        return loaded.source_map.value_at(("handling",))
    return project.loaded_config.source_map.value_at(("handling",))
