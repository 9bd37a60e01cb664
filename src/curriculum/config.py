"""Finding and reading ``curriculum.yaml``; project paths resolved against it."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import ValidationError

from curriculum.diagnostics import Diagnostic, SourceLocation, error
from curriculum.errors import ProjectNotFound
from curriculum.models import CurriculumConfig
from curriculum.schema_errors import diagnostics_from_validation
from curriculum.yamlio import SourceMap, YamlLoadError, read_yaml_file

CONFIG_NAME = "curriculum.yaml"


def find_project_root(start: Path) -> Path:
    """Walk up from ``start`` to the first folder holding ``curriculum.yaml``, like git."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ProjectNotFound(
        f"no {CONFIG_NAME} found in {start} or any folder above it; "
        "run `curriculum init DIR` to create a project"
    )


@dataclass
class LoadedConfig:
    """The config (``None`` when it has errors), where it came from, and its problems."""

    path: Path
    config: CurriculumConfig | None
    source_map: SourceMap
    diagnostics: list[Diagnostic]


def load_config(root: Path) -> LoadedConfig:
    """Read and validate ``root/curriculum.yaml``, collecting every problem."""
    path = root / CONFIG_NAME
    if not is_inside(root, path):
        return LoadedConfig(path, None, SourceMap(path), [linked_outside(path, CONFIG_NAME)])
    try:
        document = read_yaml_file(path)
    except YamlLoadError as exc:
        return LoadedConfig(path, None, SourceMap(path), exc.diagnostics)
    warnings = document.warnings
    try:
        config = CurriculumConfig.model_validate(document.data)
    except ValidationError as exc:
        diags = diagnostics_from_validation(
            exc, document.data, document.source_map, CurriculumConfig
        )
        return LoadedConfig(path, None, document.source_map, warnings + diags)
    problems = warnings + list(_folder_problems(root, config, document.source_map))
    return LoadedConfig(path, config, document.source_map, problems)


def _folder_problems(root: Path, config: CurriculumConfig, smap: SourceMap) -> list[Diagnostic]:
    out = []
    for key in ("modules", "sources", "templates", "build"):
        value = getattr(config, key)
        if Path(value).is_absolute() or not is_inside(root, root / value):
            loc = smap.value_at((key,))
            message = f"{key}: folder {value!r} must be inside the project"
            out.append(error(message, loc, "path-outside-project", key))
        elif key == "modules" and not (root / value).is_dir():
            out.append(_missing_modules_folder(root, value, smap))
    return out


def _missing_modules_folder(root: Path, value: str, smap: SourceMap) -> Diagnostic:
    """Without its modules folder a project validates and builds nothing: say so."""
    folders = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    close = difflib.get_close_matches(value.strip("/"), folders, n=1, cutoff=0.6)
    hint = f'; did you mean "{close[0]}/"?' if close else "; create it or correct the name"
    message = f"modules: folder {value!r} does not exist{hint}"
    return error(message, smap.value_at(("modules",)), "modules-folder-missing", "modules")


def is_inside(root: Path, path: Path) -> bool:
    """True when ``path`` (symlinks resolved) stays within ``root``."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    return os.path.commonpath([real_root, real]) == real_root


def linked_outside(path: Path, what: str) -> Diagnostic:
    """The error for a file that is a link to somewhere outside the project (never read)."""
    return error(f"this {what} is a symbolic link to a file outside the project; refused "
                 "(nothing of it was read)", SourceLocation(path), "file-outside-project")


def build_timestamp(config: CurriculumConfig | None) -> datetime:
    """The one timestamp every output carries: SOURCE_DATE_EPOCH, else the config's date.

    Never the clock: the same input must give the same bytes. Without either,
    2000-01-01 is used (and ``curriculum init`` writes today's date into new projects).
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    if config is not None and config.date and len(config.date) == 10:
        day = date.fromisoformat(config.date)
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    return datetime(2000, 1, 1, tzinfo=UTC)


def config_location(loaded: LoadedConfig) -> SourceLocation:
    """The config file as a location (for problems about the project as a whole)."""
    return SourceLocation(loaded.path, 1, 1)
