"""Terminology lint over every piece of prose an author writes (brief section 5)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from curriculum.checks.context import CheckContext
from curriculum.diagnostics import Diagnostic, SourceLocation, warning
from curriculum.terminology import Finding, lint_text
from curriculum.yamlio import KeyPath, SourceMap, format_key_path

# Values that are not prose: ids, references, verbatim quotes, titles of sources.
_NOT_PROSE = frozenset(
    {
        "id",
        "source",
        "quote",
        "path",
        "url",
        "locator",
        "theme",
        "objective",
        "type",
        "version",
        "language",
        "handling",
        "level",
        "as_of",
        "date",
        "group",
        "tags",
        "lint_exceptions",
        "publisher",
        "modules",
        "sources",
        "templates",
        "build",
        "formats",
        "page_size",
        "keywords",
        "references",
    }
)


def check_terminology(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Deprecated terms in module and config prose, placed at the exact word."""
    for loaded in ctx.modules():
        exceptions = tuple(loaded.module.lint_exceptions)
        yield from lint_document(loaded.raw, loaded.source_map, exceptions)
    config = ctx.project.config
    if config is not None:
        cmap = ctx.project.loaded_config.source_map
        raw = {
            "advisory": config.advisory,
            "self_care": config.self_care,
            "title": config.title,
            "subtitle": config.subtitle,
        }
        themes = {
            "themes": [{"title": t.title, "description": t.description} for t in config.themes]
        }
        yield from lint_document({**raw, **themes}, cmap, ())


def lint_document(data: Any, smap: SourceMap, exceptions: tuple[str, ...]) -> Iterator[Diagnostic]:
    """Lint every prose string of a loaded document."""
    locator = _TextLocator(smap)
    for key_path, text in _prose(data, ()):
        for finding in lint_text(text, exceptions):
            loc = locator.locate(key_path, finding)
            shown = format_key_path(key_path)
            code = "terminology-quoted" if finding.quoted_span else "terminology"
            yield warning(f"{shown}: {finding.message()}", loc, code, shown)


def _prose(data: Any, key_path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(data, str):
        yield key_path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in _NOT_PROSE:
                yield from _prose(value, (*key_path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _prose(value, (*key_path, index))


class _TextLocator:
    """Finds a flagged word in the file's own text, so the column is the word's."""

    def __init__(self, smap: SourceMap) -> None:
        self.smap = smap
        self.starts = [0] + [m.end() for m in re.finditer("\n", smap.text)]
        self.seen: dict[tuple[KeyPath, str], int] = {}

    def locate(self, key_path: KeyPath, finding: Finding) -> SourceLocation:
        value = self.smap.value_at(key_path)
        text = self.smap.text
        if not text or value.line <= 0 or value.line > len(self.starts):
            return value
        offset = self.starts[value.line - 1] + value.col - 1
        words = re.split(r"[-\s]+", finding.term)
        pattern = re.compile(r"[-\s]+".join(map(re.escape, words)), re.IGNORECASE)
        nth = self.seen.get((key_path, finding.term.lower()), 0)
        self.seen[(key_path, finding.term.lower())] = nth + 1
        for index, match in enumerate(pattern.finditer(text, offset)):
            if index == nth:
                line = bisect.bisect_right(self.starts, match.start())
                col = match.start() - self.starts[line - 1] + 1
                return SourceLocation(self.smap.path, line, col)
        return value
