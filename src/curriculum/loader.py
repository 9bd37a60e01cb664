"""Read a whole project: the config and every module, collecting every problem.

Nothing stops at the first error: each file is read and validated on its own,
so one run reports all problems in all files (MkDocs-style gather-then-check).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from curriculum.config import LoadedConfig, find_project_root, load_config
from curriculum.diagnostics import Diagnostic
from curriculum.errors import UsageError
from curriculum.models import CurriculumConfig, Module
from curriculum.schema_errors import diagnostics_from_validation
from curriculum.yamlio import SourceMap, YamlLoadError, read_yaml_file

MODULE_SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadedModule:
    """A module that passed schema validation, with config defaults filled in."""

    path: Path
    module: Module
    source_map: SourceMap
    raw: dict[str, Any]


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
    for path in module_files(root, loaded_config.config, paths):
        project.files.append(path)
        _load_module(project, path)
    return project


def module_files(
    root: Path, config: CurriculumConfig | None, extra: tuple[Path, ...]
) -> list[Path]:
    """The config's module files plus any given ones, sorted, each once."""
    folder = root / (config.modules if config else "modules/")
    found: dict[Path, None] = {}
    for path in _yaml_files(folder):
        found[path.resolve()] = None
    for path in extra:
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
        for item in _yaml_files(path) if path.is_dir() else [path]:
            found[item.resolve()] = None
    return sorted(found)


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in MODULE_SUFFIXES and p.is_file())


def _load_module(project: Project, path: Path) -> None:
    try:
        document = read_yaml_file(path)
    except YamlLoadError as exc:
        project.diagnostics.extend(exc.diagnostics)
        return
    try:
        module = Module.model_validate(document.data)
    except ValidationError as exc:
        project.diagnostics.extend(
            diagnostics_from_validation(exc, document.data, document.source_map, Module)
        )
        project.invalid_modules.append(RawModule(path, document.data, document.source_map))
        return
    module = with_config_defaults(module, project.config)
    project.modules.append(LoadedModule(path, module, document.source_map, document.data))


def with_config_defaults(module: Module, config: CurriculumConfig | None) -> Module:
    """Fill language, handling, advisory and self-care from the config where unset."""
    if config is None:
        return module
    updates = {
        "language": module.language or config.language,
        "handling": module.handling or config.handling,
        "advisory": module.advisory or config.advisory,
        "self_care": module.self_care or config.self_care,
    }
    return module.model_copy(update=updates)
