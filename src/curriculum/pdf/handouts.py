"""The PDF build: decide what is cached, render the rest in parallel, write everything.

Per module: ``<id>.learner.pdf``, ``<id>.trainer.pdf``, ``<id>.quiz.pdf`` and
``<id>.answer-key.pdf``; for the whole curriculum: ``curriculum.pdf``. Cache
keys are computed from file bytes before anything heavy is imported, so a
build with nothing changed copies PDFs and returns without loading Jinja's
templates or WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from curriculum.errors import ContentError
from curriculum.exporters.base import BuildContext
from curriculum.loader import LoadedModule
from curriculum.pdf.cache import Entry, Hasher, RenderCache, tool_fingerprint, write_files
from curriculum.pdf.jobs import RenderJob, RenderResult
from curriculum.pdf.layout import (
    BOOK_NAME,
    MODULE_KINDS,
    PACKAGE_TEMPLATES,
    Kind,
    TemplateFolders,
    file_name,
)

if TYPE_CHECKING:
    from curriculum.pdf.documents import Assembler

LONGEST_FIRST: tuple[Kind, ...] = ("trainer", "learner", "answer-key", "quiz")


@dataclass(frozen=True)
class Planned:
    """A cache entry and where its content comes from (a module, or None for the book)."""

    entry: Entry
    module: LoadedModule | None
    origin: Path
    """The file problems are reported against: the module file, or curriculum.yaml."""


def export(ctx: BuildContext) -> list[Path]:
    """Write every PDF of the build into ``ctx.out_dir``; return the paths."""
    if not ctx.modules:
        return []
    folders = project_folders(ctx)
    planned = plan(ctx, folders)
    cache = RenderCache(ctx.cache_dir)
    ctx.progress.start("PDF handouts", sum(len(p.entry.names) for p in planned))
    written: list[Path] = []
    missing = []
    for item in planned:
        copied = cache.copy_out(item.entry, ctx.out_dir)
        if copied is None:
            missing.append(item)
        else:
            written += copied
            ctx.progress.advance(len(copied))
    if missing:
        written += _render(ctx, folders, missing, cache)
    cache.prune(p.entry.key for p in planned)
    return sorted(written)


def project_folders(ctx: BuildContext) -> TemplateFolders:
    """The template folders of this build, refused whole if a file links outside the project.

    Checked before the cache key reads any template, so a linked file is never opened.
    """
    return TemplateFolders(ctx.templates_dir / "pdf", boundary=ctx.root).refuse_outside()


def plan(ctx: BuildContext, folders: TemplateFolders) -> list[Planned]:
    """Every cache entry of this build: one per module, then the course book."""
    base = _base_key(ctx, folders)
    planned = [_module_entry(ctx, base, loaded) for loaded in ctx.modules]
    book = Hasher(("base", base.encode()))
    for item in planned:
        book.add("module", item.entry.key.encode())
    config_path = ctx.project.loaded_config.path
    planned.append(Planned(Entry(book.hexdigest(), (BOOK_NAME,)), None, config_path))
    return planned


def _base_key(ctx: BuildContext, folders: TemplateFolders) -> str:
    """What every document depends on: tool, config, templates, build timestamp."""
    hasher = Hasher(("tool", tool_fingerprint()),
                    ("timestamp", ctx.timestamp.isoformat().encode()))
    hasher.add_file("config", ctx.project.loaded_config.path)
    for path in folders.files():
        origin = "package" if path.is_relative_to(folders.package) else "project"
        hasher.add_file(f"template:{origin}:{path.name}", path)
    return hasher.hexdigest()


def _module_entry(ctx: BuildContext, base: str, loaded: LoadedModule) -> Planned:
    hasher = Hasher(("base", base.encode()))
    hasher.add_file("module", loaded.path)
    cited = [s.path for s in (*loaded.module.sources, *ctx.config.references) if s.path]
    for relative in sorted(set(cited)):
        hasher.add_file(f"source:{relative}", ctx.root / relative)
    names = tuple(file_name(loaded.module.id, kind) for kind in MODULE_KINDS)
    return Planned(Entry(hasher.hexdigest(), names), loaded, loaded.path)


def _render(
    ctx: BuildContext, folders: TemplateFolders, missing: Sequence[Planned], cache: RenderCache
) -> list[Path]:
    """Render the missing entries, fail with located errors, else store and write them."""
    from curriculum.pdf.pool import early_fork_server, render_all

    count = sum(len(item.entry.names) for item in missing)
    with early_fork_server(ctx.jobs, count):  # killed if the assembly or the render fails
        from curriculum.pdf.documents import Assembler

        assembler = Assembler(ctx.config, ctx.project.loaded_config.path, folders,
                              ctx.timestamp)
        jobs = _jobs(ctx, assembler, missing)
        results = render_all(jobs, count, ctx.jobs, lambda _result: ctx.progress.advance())
    _raise_failures(results, missing, folders)
    pdfs = {result.name: result.pdf for result in results}
    written: list[Path] = []
    for item in missing:
        files = {name: pdfs[name] for name in item.entry.names}
        cache.store(item.entry, files)
        written += write_files(ctx.out_dir, files)
    return written


def render_jobs(ctx: BuildContext) -> list[RenderJob]:
    """Every document of the build as a render job, cache ignored (bench/pdf.py's floor)."""
    from curriculum.pdf.documents import Assembler

    folders = project_folders(ctx)
    assembler = Assembler(ctx.config, ctx.project.loaded_config.path, folders, ctx.timestamp)
    return list(_jobs(ctx, assembler, plan(ctx, folders)))


def _jobs(ctx: BuildContext, assembler: Assembler, items: Sequence[Planned]) -> Iterator[RenderJob]:
    """The documents' render jobs, assembled one at a time, roughly the longest first.

    A generator, so the pool renders the course book while the other
    documents' HTML is still being assembled here.
    """
    roots = (str(ctx.root), str(PACKAGE_TEMPLATES))
    base_url = PACKAGE_TEMPLATES.as_uri() + "/"
    epoch = int(ctx.timestamp.timestamp())

    def job(name: str, html: str) -> RenderJob:
        return RenderJob(name, html, base_url, assembler.stylesheets(), roots, epoch)

    modules = [item.module.module for item in items if item.module is not None]
    if any(item.module is None for item in items):
        yield job(BOOK_NAME, assembler.book_html([m.module for m in ctx.modules]))
    for kind in LONGEST_FIRST:
        for module in modules:
            yield job(file_name(module.id, kind), assembler.module_html(module, kind))


def _raise_failures(
    results: Sequence[RenderResult], planned: Sequence[Planned], folders: TemplateFolders
) -> None:
    failed = [result for result in results if not result.ok]
    if not failed:
        return
    from curriculum.pdf.problems import render_diagnostics

    origin = {name: item.origin for item in planned for name in item.entry.names}
    searched = folders.files()
    diagnostics = [d for result in failed
                   for d in render_diagnostics(result, origin[result.name], searched)]
    raise ContentError("the PDF handouts could not be rendered; nothing was written",
                       diagnostics)
