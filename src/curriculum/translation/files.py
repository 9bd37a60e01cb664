"""Find a translated module and its source in a project, and write a translation file.

Shared by ``translate stamp`` and ``translate import``: both refuse to touch a file
unless the project around it loads, and both write whole files atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from curriculum.atomic import make_dirs, write_text_atomic
from curriculum.config import is_inside
from curriculum.diagnostics import display_path
from curriculum.errors import ContentError, UsageError
from curriculum.loader import LoadedModule, Project
from curriculum.models import Module
from curriculum.schema_errors import diagnostics_from_validation
from curriculum.yamlio import SourceMap, dump_yaml


@dataclass(frozen=True)
class Pair:
    """A source module and, when there is one, its translation into one language."""

    source: LoadedModule
    translation: LoadedModule | None


def source_modules(project: Project) -> dict[str, LoadedModule]:
    """The modules that are not translations, by id."""
    return {m.module.id: m for m in project.modules if m.module.translation is None}


def translation_of(project: Project, module_id: str, language: str) -> LoadedModule | None:
    """The translation of ``module_id`` into ``language``, if the project has one."""
    for loaded in project.modules:
        translation = loaded.module.translation
        if translation and translation.of == module_id and loaded.module.language == language:
            return loaded
    return None


def loaded_at(project: Project, path: Path) -> LoadedModule:
    """The translated module read from ``path`` (a usage error when it is not one)."""
    wanted = path.resolve()
    for loaded in project.modules:
        if loaded.path.resolve() == wanted:
            if loaded.module.translation is None:
                raise UsageError(f"{display_path(path)} is not a translated module (it has no "
                                 "`translation:` block naming the module it translates)")
            return loaded
    raise UsageError(f"{display_path(path)} is not a module of this project that validates; "
                     "run `curriculum validate` first")


def default_path(project: Project, module_id: str, language: str) -> Path:
    """Where a new translation goes: ``modules/<language>/<id>-<language>.yaml``."""
    folder = project.config.modules if project.config else "modules/"
    return project.root / folder / language / f"{new_id(module_id, language)}.yaml"


def new_id(module_id: str, language: str) -> str:
    """A translation's module id: the source's id and the language (``x-fr``)."""
    return f"{module_id}-{language.lower()}"[:80]


def write_module(root: Path, path: Path, data: dict[str, Any], header: str = "") -> None:
    """Check ``data`` is still a valid module, then replace ``path`` atomically.

    The file must stay inside the project: a linked folder pointing elsewhere is refused,
    as the loader refuses to read through one.
    """
    if not is_inside(root, path):
        raise UsageError(f"{display_path(path)} is outside the project (through a link); "
                         "nothing was written")
    try:
        Module.model_validate(data)
    except ValidationError as exc:
        diags = diagnostics_from_validation(exc, data, SourceMap(path), Module)
        raise ContentError(f"{display_path(path)} would not be a valid module; nothing was "
                           "written", diags) from None
    make_dirs(path.parent)
    write_text_atomic(path, dump_yaml(data, header))
