"""What every check needs: the project, and helpers to place a problem in a file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.diagnostics import Diagnostic, SourceLocation, display_path, error, warning
from curriculum.loader import LoadedModule, Project
from curriculum.models import Source
from curriculum.yamlio import KeyPath, SourceMap, format_key_path


@dataclass(frozen=True)
class SourceEntry:
    """A citable source as seen from one module: its own, or a config reference."""

    source: Source
    owner_map: SourceMap
    key_path: KeyPath


@dataclass
class CheckContext:
    """Shared state for one run of the checks (source texts are read once)."""

    project: Project
    source_texts: dict[str, str | None] = field(default_factory=dict)
    path_problems: dict[str, tuple[str, str] | None] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.project.root

    def modules(self) -> Iterator[LoadedModule]:
        yield from self.project.modules

    def sources_for(self, loaded: LoadedModule) -> dict[str, SourceEntry]:
        """Config references first, then the module's own sources (which win on a clash)."""
        table: dict[str, SourceEntry] = {}
        config = self.project.config
        if config is not None:
            cmap = self.project.loaded_config.source_map
            for index, ref in enumerate(config.references):
                table[ref.id] = SourceEntry(ref, cmap, ("references", index))
        for index, src in enumerate(loaded.module.sources):
            table[src.id] = SourceEntry(src, loaded.source_map, ("sources", index))
        return table


def at_value(
    smap: SourceMap, key_path: KeyPath, message: str, code: str, *, warn: bool = False
) -> Diagnostic:
    """A problem placed at the value of ``key_path``, message prefixed by the key path."""
    shown = format_key_path(key_path)
    text = f"{shown}: {message}" if shown else message
    make = warning if warn else error
    return make(text, smap.value_at(key_path), code, shown)


def where(smap: SourceMap, key_path: KeyPath) -> str:
    """``path:line`` of a value, for "first defined at" notes."""
    loc: SourceLocation = smap.value_at(key_path)
    return f"{display_path(loc.path)}:{loc.line}"
