"""Sources exist inside the project, and every quote is found in its source.

Police training must be traceable to what it was drawn from, so a quote that is
not in the cited document is an error, not a warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from curriculum.characters import spaced
from curriculum.checks.context import CheckContext, SourceEntry, at_value
from curriculum.checks.references import citations
from curriculum.config import is_inside
from curriculum.diagnostics import Diagnostic
from curriculum.loader import LoadedModule
from curriculum.yamlio import SourceMap

MAX_SOURCE_BYTES = 20 * 1024 * 1024
_QUOTES: dict[int, str | None] = {}
_QUOTES.update(dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"), '"'))
_QUOTES.update(dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"))
_QUOTES.update(dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"))
_QUOTES.update({0x00AD: None, 0x200B: None, 0xFEFF: None})
_SPACE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """Compare quotes with white space, quote marks and dashes made uniform."""
    text = spaced(unicodedata.normalize("NFC", text).translate(_QUOTES))
    return _SPACE.sub(" ", text).strip()


def check_source_entries(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Each source's path is relative, inside the project and an existing text file."""
    config = ctx.project.config
    if config is not None:
        cmap = ctx.project.loaded_config.source_map
        for index, ref in enumerate(config.references):
            yield from _check_entry(ctx, SourceEntry(ref, cmap, ("references", index)))
    for loaded in ctx.modules():
        for index, src in enumerate(loaded.module.sources):
            yield from _check_entry(ctx, SourceEntry(src, loaded.source_map, ("sources", index)))


def _check_entry(ctx: CheckContext, entry: SourceEntry) -> Iterator[Diagnostic]:
    src, smap, base = entry.source, entry.owner_map, entry.key_path
    if src.path is None:
        if src.url is None and src.publisher is None:
            message = f'source "{src.id}" has no path, so it needs a url or a publisher'
            yield at_value(smap, base, message, "source-incomplete")
        return
    problem = path_problem(ctx, src.path)
    if problem is None and ctx_text(ctx, src.path) is None:
        problem = ("source-unreadable", "is not a readable UTF-8 text file")
    if problem is not None:
        code, text = problem
        yield at_value(smap, (*base, "path"), f'source file "{src.path}" {text}', code)


def path_problem(ctx: CheckContext, raw: str) -> tuple[str, str] | None:
    """``(code, message)`` when a source path is unusable, else None (checked once per run)."""
    if raw not in ctx.path_problems:
        ctx.path_problems[raw] = _path_problem(ctx.root, raw)
    return ctx.path_problems[raw]


def _path_problem(root: Path, raw: str) -> tuple[str, str] | None:
    posix = PurePosixPath(raw.replace("\\", "/"))
    if posix.is_absolute() or re.match(r"^[A-Za-z]:", raw):
        return "source-outside-project", "is an absolute path; use a path inside the project"
    if ".." in posix.parts or not is_inside(root, root / raw):
        return "source-outside-project", "points outside the project"
    target = root / raw
    if not target.exists():
        return "source-missing", "does not exist"
    if not target.is_file():
        return "source-missing", "is not a regular file"
    return None


def ctx_text(ctx: CheckContext, raw: str) -> str | None:
    """The normalised text of a source file, read once per run (None if unreadable)."""
    if raw not in ctx.source_texts:
        ctx.source_texts[raw] = _read_text((ctx.root / raw).resolve())
    return ctx.source_texts[raw]


def _read_text(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            return None
        return normalise_quote(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return None


def check_quotes(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every quote is found in its source; unverifiable quotes are flagged."""
    for loaded in ctx.modules():
        sources = ctx.sources_for(loaded)
        for key_path, cite in citations(loaded):
            entry = sources.get(cite.source)
            if entry is None:
                continue  # reported as unknown-source
            yield from _check_quote(ctx, loaded, key_path, cite.quote, entry)


def _check_quote(
    ctx: CheckContext,
    loaded: LoadedModule,
    key_path: tuple[str | int, ...],
    quote: str | None,
    entry: SourceEntry,
) -> Iterator[Diagnostic]:
    smap: SourceMap = loaded.source_map
    src = entry.source
    if src.path is None:
        if quote is not None:
            message = f'source "{src.id}" has no file, so this quote cannot be checked'
            yield at_value(smap, (*key_path, "quote"), message, "quote-unchecked", warn=True)
        return
    if quote is None:
        message = f'cites "{src.id}", a source file, so it needs a quote from it'
        yield at_value(smap, key_path, message, "quote-required")
        return
    if path_problem(ctx, src.path) is not None:
        return  # the source entry itself is reported
    text = ctx_text(ctx, src.path)
    if text is not None and normalise_quote(quote) not in text:
        message = f'quote not found in source "{src.id}" ({src.path}){_hint(quote, text)}'
        yield at_value(smap, (*key_path, "quote"), message, "quote-not-found")


_MARKS = "\"'"
NEAREST_MAX_SOURCE = 2_000_000
NEAREST_MIN_SCORE = 60.0


def _hint(quote: str, text: str) -> str:
    """Why a quote was not found: quotation marks around it, or the passage nearest to it."""
    wanted = normalise_quote(quote)
    inner = wanted[1:-1].strip() if len(wanted) > 2 else ""
    if wanted[:1] in _MARKS and wanted[-1:] in _MARKS and inner and inner in text:
        return (
            "; the source has these words without the quotation marks around them: "
            "remove the marks (a YAML value needs none, or plain straight quotes around all of it)"
        )
    nearest = nearest_passage(wanted.strip(_MARKS), text)
    return f'; nearest passage: "{nearest}"' if nearest else ""


def nearest_passage(quote: str, text: str) -> str | None:
    """The source's passage most like ``quote`` (fuzzy), widened to whole words."""
    if not quote or len(text) > NEAREST_MAX_SOURCE or len(quote) > 2000:
        return None
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=NEAREST_MIN_SCORE)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    passage = text[start:end].strip().strip(_MARKS + ",;:").strip()
    return passage if len(passage) <= 160 else passage[:157] + "..."
