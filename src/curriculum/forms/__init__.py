"""Printable exam forms for the classroom: ``curriculum forms MODULE... --forms N --seed S``.

Validate the project, draw N forms (``assemble``), render each form's question paper,
answer sheet and trainer's answer grid through the PDF pipeline, and write them with the
key manifest (``forms.json``, ``forms.csv``). Everything is rendered before anything is
written, and each file is written atomically.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from curriculum.atomic import write_bytes_atomic
from curriculum.config import build_timestamp
from curriculum.errors import ContentError, UsageError
from curriculum.forms.assemble import MAX_FORMS, Form, Skipped, make_forms, printable, skipped
from curriculum.loader import LoadedModule, Project
from curriculum.models import most_restrictive

KINDS = ("form", "sheet", "key")
SUFFIX = {"form": ".pdf", "sheet": ".answer-sheet.pdf", "key": ".key.pdf"}


@dataclass(frozen=True)
class FormsResult:
    """What was written, and which questions could not go on a tick sheet."""

    out_dir: Path
    files: tuple[Path, ...]
    forms: tuple[Form, ...]
    skipped: tuple[Skipped, ...]


def file_name(letter: str, kind: str) -> str:
    """``form-A.pdf``, ``form-A.answer-sheet.pdf``, ``form-A.key.pdf``."""
    return f"form-{letter}{SUFFIX[kind]}"


def exam_forms(start: Path, module_ids: list[str], count: int, seed: int, out: Path,
               jobs: int = 1) -> FormsResult:
    """Draw ``count`` forms from ``module_ids`` with ``seed`` and write them into ``out``."""
    from curriculum.validation import validate_project

    if not 1 <= count <= MAX_FORMS:
        raise UsageError(f"--forms must be between 1 and {MAX_FORMS} (forms A to Z)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; give a folder")
    report = validate_project(start)
    if not report.ok:
        raise ContentError("the project has errors; fix them before printing forms",
                           report.errors)
    modules = [_module(report.project, module_id) for module_id in module_ids]
    forms = make_forms(modules, count, seed)
    files = _render(report.project, modules, forms, seed, jobs)
    files.update(_manifests(modules, forms, seed))
    written = _write(out, files)
    return FormsResult(out, written, forms, tuple(skipped(m) for m in modules))


def _module(project: Project, module_id: str) -> LoadedModule:
    known = {m.module.id: m for m in project.modules}
    loaded = known.get(module_id)
    if loaded is None:
        close = difflib.get_close_matches(module_id, list(known), n=1, cutoff=0.6)
        hint = f'; did you mean "{close[0]}"?' if close else f"; modules: {', '.join(known)}"
        raise UsageError(f'no module "{module_id}"{hint}')
    if not printable(loaded):
        kinds = ", ".join(t for t, _ in skipped(loaded).by_type) or "none"
        raise UsageError(f'module "{module_id}" has no single-choice, multiple-choice or '
                         f"true/false question to put on a tick sheet (its questions: {kinds})")
    return loaded


def _meta_text(modules: list[LoadedModule]) -> tuple[str, str]:
    title = (f"{modules[0].module.quiz.title}: {modules[0].module.title}"  # type: ignore[union-attr]
             if len(modules) == 1 else "Exam: " + "; ".join(m.module.title for m in modules))
    versions = ", ".join(f"{m.module.id} {m.module.version}" for m in modules)
    return title, versions


def _render(project: Project, modules: list[LoadedModule], forms: tuple[Form, ...],
            seed: int, jobs: int) -> dict[str, bytes]:
    from curriculum.forms.documents import FormDocuments, Meta, template_folder
    from curriculum.pdf.jobs import RenderJob
    from curriculum.pdf.layout import PACKAGE_TEMPLATES
    from curriculum.pdf.pool import render_all

    config = project.config
    assert config is not None
    title, versions = _meta_text(modules)
    handling = most_restrictive([m.module.handling for m in modules])
    timestamp = build_timestamp(config)
    meta = Meta(title, handling, modules[0].module.language, versions, seed,
                timestamp)
    folders = template_folder(project.path_of(config.templates), project.root)
    documents = FormDocuments(config, folders, meta)
    roots = (str(project.root), str(PACKAGE_TEMPLATES))
    render_jobs = [RenderJob(file_name(form.letter, kind), documents.html(form, kind),
                             PACKAGE_TEMPLATES.as_uri() + "/", documents.stylesheets(), roots,
                             int(timestamp.timestamp()))
                   for form in forms for kind in KINDS]
    results = render_all(render_jobs, len(render_jobs), jobs, lambda _result: None)
    failed = [r for r in results if not r.ok]
    if failed:
        from curriculum.pdf.problems import render_diagnostics

        diagnostics = [d for r in failed for d in render_diagnostics(
            r, project.loaded_config.path, folders.files())]
        raise ContentError("the forms could not be rendered; nothing was written", diagnostics)
    return {r.name: r.pdf for r in results}


def _manifests(modules: list[LoadedModule], forms: tuple[Form, ...], seed: int
               ) -> dict[str, bytes]:
    from curriculum.forms.manifest import manifest_csv, manifest_json

    listed = [{"id": m.module.id, "version": m.module.version,
               "handling": m.module.handling} for m in modules]
    handling = most_restrictive([m.module.handling for m in modules])
    return {"forms.json": manifest_json(forms, seed, listed, handling).encode(),
            "forms.csv": manifest_csv(forms).encode()}


def _write(out: Path, files: dict[str, bytes]) -> tuple[Path, ...]:
    written = []
    try:
        for name in sorted(files):
            write_bytes_atomic(out / name, files[name])
            written.append(out / name)
    except OSError as exc:
        raise UsageError(f"cannot write into {out}: {exc.strerror or exc}") from None
    return tuple(written)
