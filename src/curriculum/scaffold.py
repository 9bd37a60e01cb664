"""``curriculum init`` and ``curriculum new``: projects and modules that validate at once."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from curriculum.atomic import make_dirs, remove_tree, signals_deferred, write_text_atomic
from curriculum.config import CONFIG_NAME, find_project_root, load_config
from curriculum.errors import UsageError, file_problem
from curriculum.models import SLUG_PATTERN
from curriculum.schema import SCHEMA_DIR, write_schemas


def init_project(target: Path, today: date | None = None) -> list[Path]:
    """Create a new project in ``target`` (empty or missing) from the packaged example."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{target} already exists and is not an empty folder")
    issued = (today or date.today()).isoformat()
    written: list[Path] = []
    template = resources.files("curriculum").joinpath("data/init")
    existed = target.is_dir()
    try:
        make_dirs(target)
        _copy_tree(template, target, issued, written)
        make_dirs(target / "templates")
        written += write_schemas(target / SCHEMA_DIR, usage=True)
    except BaseException as exc:
        _undo_init(target, existed)
        if isinstance(exc, OSError):
            raise file_problem(exc, f"create the project {target}", usage=True) from None
        raise
    return written


def _undo_init(target: Path, existed: bool) -> None:
    """Remove what init wrote: the folder it made, or the content of the empty one it was given."""
    with signals_deferred():
        if not existed:
            remove_tree(target)
        elif target.is_dir() and not target.is_symlink():
            for child in target.iterdir():
                remove_tree(child)


def _copy_tree(node: Traversable, dest: Path, issued: str, written: list[Path]) -> None:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        name = ".gitignore" if child.name == "gitignore.txt" else child.name
        if child.is_dir():
            make_dirs(dest / name)
            _copy_tree(child, dest / name, issued, written)
        else:
            text = child.read_text("utf-8")
            if name == CONFIG_NAME:
                text = text.replace("{date}", issued)
            write_text_atomic(dest / name, text)
            written.append(dest / name)


def new_module(start: Path, module_id: str, theme: str, title: str | None = None) -> Path:
    """Write ``modules/<id>.yaml`` for ``theme``; refuses to overwrite an existing file."""
    if not re.match(SLUG_PATTERN, module_id):
        raise UsageError(
            f'"{module_id}" is not a valid module id: use lowercase letters, digits and '
            "single hyphens, like child-victim-identification"
        )
    root = find_project_root(start)
    loaded = load_config(root)
    if loaded.config is None:
        raise UsageError(f"{CONFIG_NAME} has errors; run `curriculum validate` first")
    themes = [t.id for t in loaded.config.themes]
    if theme not in themes:
        raise UsageError(f'unknown theme "{theme}"; themes in {CONFIG_NAME}: {", ".join(themes)}')
    folder = root / loaded.config.modules
    path = folder / f"{module_id}.yaml"
    if path.exists():
        raise UsageError(f"{path} already exists; choose another id or edit that file")
    if not (root / SCHEMA_DIR / "module.schema.json").exists():
        write_schemas(root / SCHEMA_DIR)  # OS errors: FileProblem, exit 1
    schema_ref = Path("..") if folder.resolve() != root.resolve() else Path(".")
    text = module_template(module_id, theme, title or _title_from_id(module_id))
    text = text.replace("{schema}", (schema_ref / SCHEMA_DIR / "module.schema.json").as_posix())
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise file_problem(exc, f"write {path}") from None
    return path


def _title_from_id(module_id: str) -> str:
    words = module_id.replace("-", " ")
    return words[:1].upper() + words[1:]


def module_template(module_id: str, theme: str, title: str) -> str:
    """A minimal module that validates, with comments saying what to fill in."""
    return f"""# yaml-language-server: $schema={{schema}}
id: {module_id}
title: {_quote(title)}
theme: {theme}
version: 0.1.0
duration: 60            # minutes
level: foundation       # foundation | intermediate | advanced
audience: [investigators]
summary: |
  One paragraph on what this module is for and who should take it.
objectives:
  - id: first-objective
    text: Explain the main idea of this module.
sources: []             # documents in sources/ that facts and questions cite
sections:
  - id: introduction
    title: Introduction
    minutes: 45            # section, quiz and activity minutes add up to the duration
    body: |
      The teaching text, in Markdown. Add sections in teaching order.
    key_points:
      - One short take-away per line.
    trainer_notes: |
      Notes for the trainer edition only: timing, prompts, what to watch for.
quiz:
  pass_mark: 80
  minutes: 15
  questions:
    - id: first-question
      type: true_false
      prompt: This module starts with an introduction.
      objective: first-objective
      answer: true
      explanation: Replace this question with one that assesses the objective.
"""


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
