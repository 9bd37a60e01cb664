"""Scaffold values left in place: the organisation, wellbeing contacts and similar fields."""

from __future__ import annotations

from collections.abc import Iterator

from curriculum.checks.context import CheckContext, at_value
from curriculum.diagnostics import Diagnostic
from curriculum.placeholders import placeholders_in
from curriculum.yamlio import SourceMap

CONFIG_FIELDS = ("organisation", "advisory", "self_care", "title", "subtitle")
MODULE_FIELDS = ("advisory", "self_care", "summary")


def check_placeholders(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Warn about every placeholder value; the PDFs print nothing in its place."""
    config = ctx.project.config
    if config is not None:
        smap = ctx.project.loaded_config.source_map
        for name in CONFIG_FIELDS:
            yield from _warn(smap, name, getattr(config, name, None))
    for loaded in ctx.modules():
        for name in MODULE_FIELDS:
            value = getattr(loaded.module, name, None)
            if config is None or value != getattr(config, name, None):  # set in the module
                yield from _warn(loaded.source_map, name, value)


def _warn(smap: SourceMap, name: str, value: str | None) -> Iterator[Diagnostic]:
    for found in placeholders_in(value)[:1]:
        message = (f'placeholder "{found}" left from the scaffold: replace it with your own '
                   "value (the PDFs print nothing in its place)")
        yield at_value(smap, (name,), message, "placeholder", warn=True)
