"""``curriculum import``: a question bank from another tool (or ours) as a module to edit.

The recipe: read the file within limits (``safe_input``), parse it with the format's
reader (``gift``, ``moodle``, ``qti21``, ``cartridge``) into package items and notes, turn
the items into Markdown questions (``module``), check the module exactly as
``validate`` would, leaving out with a note any question that would not validate,
then write the files as one set, atomically (an existing file only with ``force``).
See ``docs/import.md``.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.config import CONFIG_NAME, find_project_root, load_config
from curriculum.diagnostics import (
    Diagnostic,
    Severity,
    SourceLocation,
    error,
    sort_diagnostics,
    warning,
)
from curriculum.errors import ContentError, UsageError
from curriculum.importing.bank import NOTE, Bank, slug
from curriculum.importing.module import (
    Question,
    Settings,
    empty_fields,
    header,
    module_data,
    question_data,
)
from curriculum.importing.safe_input import read_bank
from curriculum.models import SLUG_PATTERN, CurriculumConfig

Reader = Callable[[Path, bytes], list[Bank]]
FORMATS = ("gift", "moodle", "qti21", "cc")
_QUESTION = re.compile(r"^quiz\.questions\[(\d+)\]")


@dataclass
class Written:
    """One module written: its file and how many questions it holds."""

    path: Path
    questions: int


@dataclass
class ImportResult:
    """What was written and what the user should know."""

    modules: list[Written] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)
    """Everything not carried over, located in the bank."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """What ``validate`` says about the written modules (placeholders to replace...)."""


def reader_for(fmt: str) -> Reader:
    """The format's reader; an unknown name lists the known ones."""
    if fmt == "gift":
        from curriculum.importing.gift import read_gift

        return lambda path, data: [read_gift(path, data)]
    if fmt == "moodle":
        from curriculum.importing.moodle import read_moodle

        return lambda path, data: [read_moodle(path, data)]
    if fmt == "qti21":
        from curriculum.importing.qti21 import read_qti21

        return lambda path, data: [read_qti21(path, data)]
    if fmt == "cc":
        from curriculum.importing.cartridge import read_cartridge

        return read_cartridge
    raise UsageError(f'unknown import format "{fmt}"; choose one of: {", ".join(FORMATS)}')


def import_bank(start: Path, bank_file: Path, fmt: str, out: Path | None = None,
                module_id: str | None = None, theme: str | None = None,
                force: bool = False) -> ImportResult:
    """Import ``bank_file`` into ``out`` (default: the modules folder): one module per quiz
    the file holds (a cartridge may hold several; the other formats hold one)."""
    read = reader_for(fmt)
    root = find_project_root(start)
    config = _config(root)
    theme = _theme(config, theme)
    out_dir = out if out is not None else root / config.modules
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out {out_dir} is a file; give a folder for the module")
    banks = read(bank_file, read_bank(bank_file))
    if module_id is not None and len(banks) > 1:
        raise UsageError(f"{bank_file.name} holds {len(banks)} quizzes, one module each: "
                         "leave out --module-id (their ids come from the file)")
    files: dict[Path, str] = {}
    result = ImportResult()
    for bank in banks:
        identifier = _module_id(module_id, bank, bank_file)
        path = out_dir / f"{identifier}.yaml"
        if os.path.lexists(path) and not force:
            raise UsageError(f"not overwriting {path}; use --force to replace it, or "
                             "--module-id")
        settings = Settings(identifier, theme, f"{bank_file.name} ({fmt})")
        text, count, warnings = _checked(root, path, bank, _convertible(bank), settings,
                                         _schema_ref(root, out_dir))
        files[path] = text
        result.modules.append(Written(path, count))
        result.notes += bank.notes
        result.warnings += warnings
    from curriculum.fileset import write_set

    write_set(files, replace_existing=force, usage=out is not None)
    result.notes = sort_diagnostics(result.notes)
    return result


def _config(root: Path) -> CurriculumConfig:
    loaded = load_config(root)
    if loaded.config is None:
        raise ContentError(f"{CONFIG_NAME} has errors; fix them first", loaded.diagnostics)
    return loaded.config


def _theme(config: CurriculumConfig, theme: str | None) -> str:
    themes = [t.id for t in config.themes]
    if theme is None:
        return themes[0]
    if theme not in themes:
        raise UsageError(f'unknown theme "{theme}"; themes in {CONFIG_NAME}: {", ".join(themes)}')
    return theme


def _module_id(wanted: str | None, bank: Bank, bank_file: Path) -> str:
    if wanted is not None:
        if not re.match(SLUG_PATTERN, wanted) or len(wanted) > 80:
            raise UsageError(f'"{wanted}" is not a valid module id: use lowercase letters, '
                             "digits and single hyphens, like imported-bank")
        return wanted
    return bank.module_id or slug(bank_file.stem.split(".")[0]) or "imported-bank"


def _schema_ref(root: Path, out_dir: Path) -> str:
    from curriculum.schema import SCHEMA_DIR

    target = root.resolve() / SCHEMA_DIR / "module.schema.json"
    return Path(os.path.relpath(target, out_dir.resolve())).as_posix()


def _convertible(bank: Bank) -> list[Question]:
    """Each item as a question; one whose text converts to nothing is left out, noted."""
    questions = []
    for imported in bank.items:
        question = question_data(imported)
        for tag in question.dropped:
            bank.note(f"question {imported.item.identifier}: <{tag}> content is not imported",
                      imported.location)
        for change in question.notes:
            bank.note(f"question {imported.item.identifier}: {change}", imported.location)
        empty = empty_fields(question)
        if empty:
            bank.note(f"question {imported.item.identifier}: {', '.join(empty)} would be empty "
                      "once converted; left out", imported.location)
            continue
        questions.append(question)
    return questions


def _checked(root: Path, path: Path, bank: Bank, questions: list[Question], settings: Settings,
             schema: str) -> tuple[str, int, list[Diagnostic]]:
    """The module text once it validates: questions that fail a check are left out."""
    from curriculum.characters import printable_data
    from curriculum.draft.validate import validate_drafts
    from curriculum.yamlio import dump_yaml

    while True:
        if not questions:
            message = f"no question of {bank.path.name} could be imported"
            found = [error(message, SourceLocation(bank.path), NOTE), *bank.notes]
            raise ContentError(f"{message}; nothing was written", sort_diagnostics(found))
        data = module_data(bank, copy.deepcopy(questions), settings)
        text = dump_yaml(printable_data(data))  # no control character of the bank
        try:
            found = validate_drafts(root, {path: (text, [])})
        except ContentError as exc:
            failing = _failing_questions(exc.diagnostics, questions, bank)
            if not failing:
                raise ContentError("the imported module does not validate; nothing was "
                                   "written", exc.diagnostics) from None
            questions = [q for i, q in enumerate(questions) if i not in failing]
            continue
        notes = sort_diagnostics(bank.notes)
        return header(settings, len(questions), notes, schema) + text, len(questions), found


def _failing_questions(diagnostics: list[Diagnostic], questions: list[Question],
                       bank: Bank) -> set[int]:
    """Indexes of questions with a validation error; each is noted where the bank has it."""
    failing: set[int] = set()
    for diag in diagnostics:
        match = _QUESTION.match(diag.key_path)
        if diag.severity is not Severity.ERROR or match is None:
            continue
        index = int(match.group(1))
        if index < len(questions) and index not in failing:
            failing.add(index)
            source = questions[index].source
            bank.notes.append(warning(
                f"question {source.item.identifier} would not validate ({diag.message}); "
                "left out", source.location, NOTE))
    return failing
