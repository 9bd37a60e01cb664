"""Read a whole project: the config and every module, collecting every problem.

Nothing stops at the first error: each file is read and validated on its own,
so one run reports all problems in all files (MkDocs-style gather-then-check).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from curriculum.config import (
    LoadedConfig,
    find_project_root,
    is_inside,
    linked_outside,
    load_config,
)
from curriculum.diagnostics import Diagnostic
from curriculum.discovery import stray_modules, yaml_files
from curriculum.errors import UsageError
from curriculum.models import CurriculumConfig, Module
from curriculum.resolved import ResolvedModule, resolve
from curriculum.schema_errors import diagnostics_from_validation
from curriculum.yamlio import SourceMap, YamlLoadError, read_yaml_file


@dataclass
class LoadedModule:
    """A module that passed schema validation, with config defaults filled in."""

    path: Path
    module: ResolvedModule
    source_map: SourceMap
    raw: dict[str, Any]
    partial: bool = False
    """True when schema errors were set aside to check the rest of the file (never built)."""


@dataclass
class RawModule:
    """A module file that parsed as YAML but failed schema validation."""

    path: Path
    data: dict[str, Any]
    source_map: SourceMap


@dataclass
class Project:
    """Everything read from a curriculum project, plus the problems found reading it."""

    root: Path
    loaded_config: LoadedConfig
    modules: list[LoadedModule] = field(default_factory=list)
    invalid_modules: list[RawModule] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def config(self) -> CurriculumConfig | None:
        """The validated config, or None when curriculum.yaml has errors."""
        return self.loaded_config.config

    def path_of(self, relative: str) -> Path:
        """A project-relative path (as written in the config) made absolute."""
        return self.root / relative


def load_project(start: Path, paths: tuple[Path, ...] = ()) -> Project:
    """Find the project from ``start`` and read its config and modules.

    ``paths`` adds module files (or folders of them) beyond the config's modules folder.
    """
    root = find_project_root(start)
    loaded_config = load_config(root)
    project = Project(root, loaded_config, files=[loaded_config.path])
    project.diagnostics.extend(loaded_config.diagnostics)
    for path, boundary in module_files(root, loaded_config.config, paths):
        project.files.append(path)
        if boundary is not None and not (is_inside(root, path) or is_inside(boundary, path)):
            project.diagnostics.append(linked_outside(path, "module file"))
            continue
        _load_module(project, path)
    project.diagnostics.extend(_strays(root, loaded_config.config))
    return project


def _strays(root: Path, config: CurriculumConfig | None) -> list[Diagnostic]:
    label = config.modules if config else "modules/"
    sources = root / (config.sources if config else "sources/")
    return stray_modules(root, root / label, (root, sources), label)


def module_files(
    root: Path, config: CurriculumConfig | None, extra: tuple[Path, ...]
) -> list[tuple[Path, Path | None]]:
    """The config's module files plus any given ones, sorted, each once.

    Each comes with the folder its real path must stay in: the project for the
    config's modules folder, the folder itself for a folder named on the command
    line, None for a file named on the command line (the user's explicit
    choice). A link outside is returned as found, not resolved, so that it is
    reported under its own name and never opened.
    """
    folder = root / (config.modules if config else "modules/")
    found: dict[Path, tuple[Path, Path | None]] = {}
    for path in yaml_files(folder, _not_modules(root, config)):
        found.setdefault(path.resolve(), _as_found(root, path, root))
    for path in extra:
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
        if path.is_dir():
            for item in yaml_files(path):
                found.setdefault(item.resolve(), _as_found(root, item, path))
        else:
            found.setdefault(path.resolve(), (path.resolve(), None))
    return [found[key] for key in sorted(found)]


def _as_found(root: Path, path: Path, boundary: Path) -> tuple[Path, Path]:
    inside = is_inside(root, path) or is_inside(boundary, path)
    return (path.resolve() if inside else path.absolute(), boundary)


def _not_modules(root: Path, config: CurriculumConfig | None) -> tuple[Path, ...]:
    """Folders never searched for modules, should the modules folder contain them."""
    if config is None:
        return (root / "curriculum.yaml",)
    names = (config.sources, config.templates, config.build, "schemas", "curriculum.yaml")
    return tuple(root / name for name in names)


def _load_module(project: Project, path: Path) -> None:
    try:
        document = read_yaml_file(path)
    except YamlLoadError as exc:
        project.diagnostics.extend(exc.diagnostics)
        return
    project.diagnostics.extend(document.warnings)
    partial = False
    try:
        module = Module.model_validate(document.data)
    except ValidationError as exc:
        project.diagnostics.extend(
            diagnostics_from_validation(exc, document.data, document.source_map, Module)
        )
        rest = _without_errors(document.data, exc)
        if rest is None:
            project.invalid_modules.append(RawModule(path, document.data, document.source_map))
            return
        module, partial = rest, True
    module = with_config_defaults(module, project.config)
    loaded = LoadedModule(path, module, document.source_map, document.data, partial)
    project.modules.append(loaded)


def _without_errors(data: Any, exc: ValidationError) -> Module | None:
    """The module with each faulty mapping key set aside, if that leaves a valid module.

    An unknown key or a bad optional value must not hide the rest of the file's
    problems (a wrong quote, an unknown objective) until it is fixed. Keys are only
    removed, never list items, so every key path still points at the author's text.
    """
    pruned = copy.deepcopy(data)
    for detail in exc.errors(include_url=False):
        if detail["type"] == "missing":
            continue
        path = _key_path(detail["loc"], pruned)
        parent = _walk(pruned, path[:-1]) if path else None
        if isinstance(parent, dict) and path[-1] in parent:
            del parent[path[-1]]
    try:
        return Module.model_validate(pruned)
    except ValidationError:
        return None


def _key_path(loc: tuple[int | str, ...], data: Any) -> tuple[int | str, ...]:
    """pydantic's location cut to the part that exists in ``data`` (union labels dropped)."""
    path: list[int | str] = []
    node = data
    for part in loc:
        if _has(node, part):
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str):
            continue  # a union branch name such as "single_choice"
        else:
            break  # a value reached: the rest names union members such as "int"
        path.append(part)
    return tuple(path)


def _has(node: Any, part: int | str) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _walk(data: Any, path: tuple[int | str, ...]) -> Any:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def with_config_defaults(module: Module, config: CurriculumConfig | None) -> ResolvedModule:
    """The module resolved once against the config (see :mod:`curriculum.resolved`)."""
    return resolve(module, config)
