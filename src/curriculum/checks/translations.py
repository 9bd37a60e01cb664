"""A translated module matches its source module: same structure, every text translated,
and each text translated from the source text as it stands now (else a stale warning).

Problems are placed in the translation (the file the translator edits), with the source
module's line in the message so both sides can be opened.
"""

from __future__ import annotations

from collections.abc import Iterator

from curriculum.checks.context import CheckContext, at_value, where
from curriculum.diagnostics import Diagnostic, display_path, error
from curriculum.loader import LoadedModule
from curriculum.translation.structure import Divergence, divergences
from curriculum.translation.units import TextUnit, source_hash, text_units
from curriculum.yamlio import KeyPath

OPTIONAL_UNITS = frozenset({"quiz.title", "advisory", "self_care"})
"""Units a translation may set although the source relies on a default (the model's quiz
title, the config's notes), which is in the config's language."""


def check_translations(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every translated module against the module it names in ``translation.of``."""
    by_id = {m.module.id: m for m in ctx.modules() if m.module.translation is None}
    for loaded in ctx.modules():
        translation = loaded.module.translation
        if translation is None:
            continue
        source = by_id.get(translation.of)
        problem = _source_problem(loaded, source)
        if problem is not None:
            yield problem
            continue
        assert source is not None
        if source.partial or loaded.partial:
            continue  # schema errors are reported already; comparing would only echo them
        found = divergences((source.module, source.raw), (loaded.module, loaded.raw))
        yield from _structure(source, loaded, found)
        yield from _units(source, loaded, _diverged_parts(found))
        yield from _config_notes(ctx, loaded)


def _source_problem(loaded: LoadedModule, source: LoadedModule | None) -> Diagnostic | None:
    translation = loaded.module.translation
    assert translation is not None
    smap = loaded.source_map
    if source is None:
        message = (f'no module "{translation.of}" to translate in this project (a '
                   "translation names a module that is not itself a translation)")
        return at_value(smap, ("translation", "of"), message, "translation-source")
    if "language" not in loaded.raw:
        message = "a translated module must say its language (for example `language: fr`)"
        return at_value(smap, ("translation",), message, "translation-language")
    if loaded.module.language == source.module.language:
        message = (f'is the language of the source module "{source.module.id}" too; a '
                   "translation is in another language")
        return at_value(smap, ("language",), message, "translation-language")
    return None


def _diverged_parts(found: list[Divergence]) -> tuple[KeyPath, ...]:
    """Parts whose texts cannot be paired: another id or type, or another number of items."""
    parts = []
    for item in found:
        if item.key_path and item.key_path[-1] in ("id", "type"):
            parts.append(item.key_path[:-1])
        elif item.count:
            parts.append(item.key_path)
    return tuple(parts)


def _inside(key_path: KeyPath, parts: tuple[KeyPath, ...]) -> bool:
    return any(key_path[:len(part)] == part for part in parts)


def _structure(
    source: LoadedModule, loaded: LoadedModule, found: list[Divergence]
) -> Iterator[Diagnostic]:
    for item in found:
        there = where(source.source_map, item.key_path)
        message = f'{item.message} "{source.module.id}" ({there})'
        yield at_value(loaded.source_map, item.key_path, message, "translation-diverges")


def _units(
    source: LoadedModule, loaded: LoadedModule, diverged: tuple[KeyPath, ...]
) -> Iterator[Diagnostic]:
    translation = loaded.module.translation
    assert translation is not None
    originals = {u.id: u for u in text_units(source.raw) if not _inside(u.key_path, diverged)}
    translated = {u.id: u for u in text_units(loaded.raw) if not _inside(u.key_path, diverged)}
    if not translation.units:
        yield _none_stamped(loaded)
    for ident, unit in originals.items():
        if ident not in translated:
            yield _missing(source, loaded, unit)
    for ident, unit in translated.items():
        original = originals.get(ident)
        if original is None:
            if ident not in OPTIONAL_UNITS:
                message = f'has no counterpart in the source module "{source.module.id}"'
                yield at_value(loaded.source_map, unit.key_path, message, "translation-extra")
            continue
        if translation.units:
            yield from _freshness(source, loaded, original, translation.units.get(ident))
    known = {u.id for u in text_units(source.raw)}
    for ident in sorted(translation.units.keys() - known):
        message = f'translation.units: unknown unit "{ident}": the source module has no such text'
        location = loaded.source_map.key_at(("translation", "units", ident))
        yield error(message, location, "translation-unknown-unit", "translation.units")


def _config_notes(ctx: CheckContext, loaded: LoadedModule) -> Iterator[Diagnostic]:
    """A note the translation takes from curriculum.yaml would print in the config's language."""
    config = ctx.project.config
    if config is None or config.language == loaded.module.language:
        return
    for name in ("advisory", "self_care"):
        if getattr(config, name) and name not in loaded.raw:
            message = (f"sets no {name.replace('_', ' ')} of its own, so it prints "
                       f"curriculum.yaml's, in {config.language}; add `{name}:` in "
                       f"{loaded.module.language}")
            yield at_value(loaded.source_map, ("translation",), message, "translation-missing",
                           warn=True)


def _none_stamped(loaded: LoadedModule) -> Diagnostic:
    stamp = f"curriculum translate stamp {display_path(loaded.path)} --all"
    message = (f"no unit records the source text it was translated from, so changes to the "
               f"source cannot be found; once the translation is checked, run `{stamp}`")
    return at_value(loaded.source_map, ("translation",), message, "translation-unstamped",
                    warn=True)


def _missing(source: LoadedModule, loaded: LoadedModule, unit: TextUnit) -> Diagnostic:
    there = where(source.source_map, unit.key_path)
    message = f'is not translated: the source module has text here ({there})'
    return at_value(loaded.source_map, unit.key_path, message, "translation-missing")


def _freshness(
    source: LoadedModule, loaded: LoadedModule, original: TextUnit, recorded: str | None
) -> Iterator[Diagnostic]:
    if recorded == source_hash(original.text):
        return
    file = display_path(loaded.path)
    stamp = f'curriculum translate stamp {file} --unit {original.id}'
    if recorded is None:
        message = (f'unit "{original.id}" records no source text; once it is checked against '
                   f'the source, run `{stamp}`')
        yield at_value(loaded.source_map, original.key_path, message, "translation-unstamped",
                       warn=True)
        return
    there = where(source.source_map, original.key_path)
    message = (f'the source text changed since this was translated ({there}); update the '
               f'translation, then run `{stamp}`')
    yield at_value(loaded.source_map, original.key_path, message, "translation-stale", warn=True)
