"""``formats:`` in curriculum.yaml names formats that exist, checked before any build."""

from __future__ import annotations

from collections.abc import Iterator

from curriculum.checks.context import CheckContext, at_value
from curriculum.diagnostics import Diagnostic
from curriculum.exporters import format_names
from curriculum.schema_errors import closest_choice


def check_formats(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Each configured format is a known one (with a "did you mean")."""
    config = ctx.project.config
    if config is None or config.formats is None:
        return
    known = format_names()
    smap = ctx.project.loaded_config.source_map
    for index, name in enumerate(config.formats):
        if name in known:
            continue
        guess = closest_choice(name, known)
        hint = f'; did you mean "{guess}"?' if guess else ""
        message = f'unknown format "{name}"; available formats: {", ".join(known)}{hint}'
        yield at_value(smap, ("formats", index), message, "unknown-format")
