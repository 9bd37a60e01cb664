"""``curriculum translate export`` and ``import``: modules to XLIFF 2.0 and back.

Import merges the targets into the translated module (created from the source module
when there is none yet), records for each unit the translator marked done the hash of
the source text it was translated from (the XLIFF's own source, so a source changed
since the export still shows as stale), and writes the file only when every unit of
every file could be placed: one located error list, or one atomic write per module.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curriculum.diagnostics import Diagnostic, display_path, error, sort_diagnostics
from curriculum.errors import ContentError, UsageError
from curriculum.loader import LoadedModule, Project, load_project
from curriculum.translation.files import (
    default_path,
    new_id,
    source_modules,
    translation_of,
    write_module,
)
from curriculum.translation.units import source_hash, text_units
from curriculum.translation.xliff_read import XliffDocument, XliffFile, read_xliff
from curriculum.translation.xliff_write import export_document
from curriculum.yamlio import KeyPath


@dataclass(frozen=True)
class Exported:
    """One XLIFF file written by ``translate export``."""

    module: str
    path: Path
    units: int
    translated: int


@dataclass(frozen=True)
class Imported:
    """One translated module written by ``translate import``."""

    path: Path
    created: bool
    updated: int
    stamped: int


def export_xliff(
    start: Path, language: str, module: str | None, out: Path | None
) -> list[Exported]:
    """Write ``<out>/<language>/<id>.xlf`` for each source module (or the one named)."""
    from curriculum.atomic import write_bytes_atomic

    project = load_project(start)
    sources = _chosen(project, module)
    build = project.config.build if project.config else "build/"
    folder = (out or project.root / build / "xliff") / language
    written = []
    for loaded in sources:
        if loaded.module.language == language:
            continue
        translation = translation_of(project, loaded.module.id, language)
        original = display_path(loaded.path, project.root)
        body = export_document(loaded, translation, language, original)
        path = folder / f"{loaded.module.id}.xlf"
        write_bytes_atomic(path, body)
        written.append(Exported(loaded.module.id, path, len(text_units(loaded.raw)),
                                _fresh(loaded, translation)))
    return written


def _fresh(source: LoadedModule, translation: LoadedModule | None) -> int:
    """How many units the translation has made from today's source text."""
    if translation is None or translation.module.translation is None:
        return 0
    recorded = translation.module.translation.units
    return sum(1 for u in text_units(source.raw) if recorded.get(u.id) == source_hash(u.text))


def _chosen(project: Project, module: str | None) -> list[LoadedModule]:
    sources = source_modules(project)
    if module is None:
        return [m for m in project.modules if m.module.id in sources and not m.partial]
    if module not in sources:
        names = ", ".join(sorted(sources)) or "none"
        raise UsageError(f'no module "{module}" to export (modules: {names})')
    return [sources[module]]


def import_xliff(start: Path, file: Path) -> list[Imported]:
    """Merge the targets of ``file`` into the translated modules; all or nothing."""
    document = read_xliff(file)
    project = load_project(start)
    problems: list[Diagnostic] = []
    plans = [_plan(project, document, f, problems) for f in document.files]
    if problems:
        raise ContentError(f"{file.name} was not imported; nothing was written",
                           sort_diagnostics(problems))
    results = []
    for plan in plans:
        assert plan is not None
        path, data, created, updated, stamped = plan
        write_module(project.root, path, data)
        results.append(Imported(path, created, updated, stamped))
    return results


Plan = tuple[Path, dict[str, Any], bool, int, int]


def _plan(project: Project, document: XliffDocument, file: XliffFile,
          problems: list[Diagnostic]) -> Plan | None:
    source = source_modules(project).get(file.id)
    if source is None or source.partial:
        problems.append(error(f'<file id="{file.id}"> names no valid module of this project '
                              "to translate", document.at(file.line), "xliff-module"))
        return None
    if not _languages_ok(document, source, problems):
        return None
    existing = translation_of(project, file.id, document.target_language)
    if existing is not None and existing.partial:
        problems.append(error(f"{display_path(existing.path)} has errors; fix them (validate) "
                              "before importing into it", document.at(file.line), "xliff-module"))
        return None
    data = copy.deepcopy(existing.raw) if existing else _new_translation(source, document)
    path = existing.path if existing else default_path(project, file.id, document.target_language)
    if existing is None and path.exists():
        problems.append(error(f"{display_path(path)} exists but is not a translation of "
                              f'"{file.id}" into {document.target_language}',
                              document.at(file.line), "xliff-module"))
        return None
    updated, stamped = _merge(source, data, document, file, problems)
    return path, data, existing is None, updated, stamped


def _languages_ok(document: XliffDocument, source: LoadedModule,
                  problems: list[Diagnostic]) -> bool:
    at = document.at(document.line)
    if document.source_language.lower() != (source.module.language or "").lower():
        problems.append(error(f'srcLang is "{document.source_language}" but the module '
                              f'"{source.module.id}" is in "{source.module.language}"', at,
                              "xliff-language"))
        return False
    if document.target_language.lower() == document.source_language.lower():
        problems.append(error("trgLang is the source language: nothing to translate into",
                              at, "xliff-language"))
        return False
    return True


def _new_translation(source: LoadedModule, document: XliffDocument) -> dict[str, Any]:
    """The source module's data as the starting point, with the translation's own keys."""
    data: dict[str, Any] = {}
    for key, value in copy.deepcopy(source.raw).items():
        if key in ("id", "language", "version", "translation", "lint_exceptions"):
            continue
        data[key] = value
        if key == "theme":
            data["language"] = document.target_language
    data = {"id": new_id(source.module.id, document.target_language), **data}
    data.setdefault("language", document.target_language)
    return data


def _merge(source: LoadedModule, data: dict[str, Any], document: XliffDocument,
           file: XliffFile, problems: list[Diagnostic]) -> tuple[int, int]:
    units = {u.id: u for u in text_units(source.raw)}
    own = {u.id: u.key_path for u in text_units(data)}
    block = data.get("translation")
    recorded = dict(block.get("units") or {}) if isinstance(block, dict) else {}
    updated = stamped = 0
    for unit in file.units:
        if unit.id not in units:
            problems.append(error(f'unknown unit id "{unit.id}": the module "{file.id}" has no '
                                  "such text (was the file exported from another version?)",
                                  document.at(unit.line), "xliff-unit"))
            continue
        if unit.target is None:
            continue
        if not _place(data, own.get(unit.id, units[unit.id].key_path), unit.target):
            problems.append(error(f'unit "{unit.id}" has no place in the translated module '
                                  "(its structure differs from the source's; run validate)",
                                  document.at(unit.line), "xliff-unit"))
            continue
        updated += 1
        if unit.done:
            recorded[unit.id] = source_hash(unit.source)
            stamped += 1
    order = [u for u in units if u in recorded]
    data["translation"] = {"of": file.id, "units": {u: recorded[u] for u in order}}
    return updated, stamped


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict) and isinstance(part, str):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _place(data: Any, key_path: KeyPath, text: str) -> bool:
    """Set the text at ``key_path`` when its container exists; False when it does not."""
    node = data
    for part in key_path[:-1]:
        node = _child(node, part)
        if not isinstance(node, dict | list):
            return False
    last = key_path[-1]
    if isinstance(node, dict) and isinstance(last, str):
        node[last] = text
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = text
        return True
    return False
