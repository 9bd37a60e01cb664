"""A language the tool has no interface catalogue for: its own words would print in English.

A module may be written in any language, but the labels, page counters, dates'
words and player buttons come from the catalogues in ``curriculum/locale``. Rather
than mixing English into such a module in silence, ``validate`` warns at the
``language:`` line. Only the primary subtag matters (``fr-CA`` uses ``fr``); the
check reads no catalogue and never imports Babel.
"""

from __future__ import annotations

from collections.abc import Iterator

from curriculum.checks.context import CheckContext, at_value
from curriculum.diagnostics import Diagnostic
from curriculum.i18n.catalogues import LANGUAGES, has_catalogue
from curriculum.yamlio import SourceMap


def check_interface_languages(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Warn, at the ``language:`` that sets it, for each language without a catalogue."""
    config = ctx.project.config
    if config is not None and ("language",) in ctx.project.loaded_config.source_map.values:
        yield from _warn(ctx.project.loaded_config.source_map, config.language)
    for loaded in ctx.modules():
        if ("language",) in loaded.source_map.values:
            yield from _warn(loaded.source_map, str(loaded.raw.get("language", "")))


def _warn(smap: SourceMap, language: str) -> Iterator[Diagnostic]:
    if not language or has_catalogue(language):
        return
    known = ", ".join(LANGUAGES)
    message = (f'no interface catalogue for "{language}": the words the tool adds (labels, '
               f"page numbers, instructions, player buttons) will be in English; catalogues "
               f"exist for {known} (see docs/languages.md)")
    yield at_value(smap, ("language",), message, "no-catalogue", warn=True)
