"""Drafts are checked exactly like hand-written modules, before anything is written.

The project is loaded as it stands, the files the drafts will replace are taken out,
and each draft's YAML text is parsed, validated through the ``Module`` model and added;
then every project check runs (quotes found in their sources, ids unique across the
project, theme ids known, terminology). Errors stop the run; warnings are returned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from curriculum.checks import run_checks
from curriculum.diagnostics import Diagnostic, Severity, sort_diagnostics
from curriculum.errors import ContentError
from curriculum.loader import LoadedModule, load_project, with_config_defaults
from curriculum.models import Module
from curriculum.schema_errors import diagnostics_from_validation
from curriculum.yamlio import YamlLoadError, parse_yaml_mapping

_QUESTION = re.compile(r"^quiz\.questions\[(\d+)\]")


def _name_rules(diag: Diagnostic, files: dict[Path, tuple[str, Any]]) -> Diagnostic:
    """Add the question and the rule that drafted it to a problem inside a quiz question."""
    match = _QUESTION.match(diag.key_path)
    entry = files.get(diag.location.path)
    if match is None or entry is None or diag.severity is not Severity.ERROR:
        return diag
    questions = entry[1]
    index = int(match.group(1))
    if index >= len(questions):
        return diag
    q = questions[index]
    origin = f"{q.analysis.doc.rel} line {q.sentence.line}"
    message = f"{diag.message} (question {q.qid}, drafted by rule {q.rule} from {origin})"
    return replace(diag, message=message)


def validate_drafts(
    root: Path, files: dict[Path, tuple[str, Any]], pending: dict[str, str] | None = None
) -> list[Diagnostic]:
    """Every problem the checks find in the drafts; raises when one is an error.

    ``pending`` holds the texts extracted from PDF and DOCX sources (project-relative
    path to text), which are written with the drafts and checked as if already there.
    """
    project = load_project(root)
    targets = {p.resolve() for p in files}
    project.modules = [m for m in project.modules if m.path.resolve() not in targets]
    project.invalid_modules = [
        m for m in project.invalid_modules if m.path.resolve() not in targets
    ]
    found: list[Diagnostic] = []
    for path, (text, _) in files.items():
        try:
            document = parse_yaml_mapping(text, path)
        except YamlLoadError as exc:
            found += exc.diagnostics
            continue
        try:
            module = Module.model_validate(document.data)
        except ValidationError as exc:
            found += diagnostics_from_validation(exc, document.data, document.source_map, Module)
            continue
        module = with_config_defaults(module, project.config)
        project.modules.append(LoadedModule(path, module, document.source_map, document.data))
    found += [d for d in run_checks(project, pending) if d.location.path.resolve() in targets]
    found = sort_diagnostics(_name_rules(d, files) for d in found)
    errors = [d for d in found if d.severity is Severity.ERROR]
    if errors:
        raise ContentError(
            "a draft does not validate as a module (a bug in the draft tool); nothing was written",
            errors,
        )
    return found
