"""``--format json``: one JSON package per module, one for the curriculum, and their schema.

Layout of ``build/json/``::

    <module-id>.json      one package per module
    curriculum.json       the whole curriculum (themes, then modules)
    package.schema.json   JSON Schema 2020-12 that every file above validates against

Bytes are deterministic: keys sorted (JSON object order carries no meaning),
lists in their meaningful order, UTF-8 without escapes, two-space indent and a
final newline; the only timestamp is the build timestamp.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from curriculum.atomic import write_text_atomic
from curriculum.diagnostics import error
from curriculum.errors import ContentError
from curriculum.exporters.base import BuildContext, Exporter
from curriculum.loader import LoadedModule
from curriculum.package import curriculum_package, module_package, validate_package
from curriculum.package_models import package_schema

CURRICULUM_FILE = "curriculum.json"
SCHEMA_FILE = "package.schema.json"


def json_text(data: Any) -> str:
    """The one serialisation every file of this format uses (deterministic bytes)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


class JsonExporter(Exporter):
    """Writes the JSON packages that learning platforms import (``docs/json-package.md``)."""

    def export(self, ctx: BuildContext) -> list[Path]:
        """Validate each package against the package models, then write it under out_dir."""
        _refuse_reserved_ids(ctx.modules)
        ctx.progress.start("json packages", len(ctx.modules) + 1)
        written = []
        for loaded in ctx.modules:
            data = module_package(ctx.config, loaded, ctx.timestamp)
            written.append(_write(ctx.out_dir / f"{loaded.module.id}.json", data))
            ctx.progress.advance()
        whole = curriculum_package(ctx.config, ctx.modules, ctx.timestamp)
        written.append(_write(ctx.out_dir / CURRICULUM_FILE, whole))
        ctx.progress.advance()
        schema_path = ctx.out_dir / SCHEMA_FILE
        write_text_atomic(schema_path, json_text(package_schema()))
        written.append(schema_path)
        return written


def _write(path: Path, data: dict[str, Any]) -> Path:
    validate_package(data)
    write_text_atomic(path, json_text(data))
    return path


def _refuse_reserved_ids(modules: tuple[LoadedModule, ...]) -> None:
    """A module called ``curriculum`` would overwrite (or be overwritten by) curriculum.json."""
    reserved = CURRICULUM_FILE.removesuffix(".json")
    problems = [
        error(f'module id "{reserved}" is reserved by the json format ({CURRICULUM_FILE}); '
              "rename the module", m.source_map.value_at(("id",)), "reserved-id", "id")
        for m in modules if m.module.id == reserved
    ]
    if problems:
        raise ContentError("cannot write the json packages", problems)
