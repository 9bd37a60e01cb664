"""Ids are unique where they must be, and a module's id matches its file name."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from curriculum.checks.context import CheckContext, at_value, where
from curriculum.diagnostics import Diagnostic
from curriculum.models import MultipleChoice, SingleChoice, option_ids
from curriculum.yamlio import KeyPath, SourceMap

Occurrence = tuple[str, SourceMap, KeyPath]


def check_module_id_matches_file(ctx: CheckContext) -> Iterator[Diagnostic]:
    """``id`` equals the file stem, so links and build outputs are predictable."""
    for loaded in ctx.modules():
        stem = loaded.path.stem
        if loaded.module.id != stem:
            message = f'module id "{loaded.module.id}" must equal the file name "{stem}"'
            yield at_value(loaded.source_map, ("id",), message, "id-mismatch")


def check_unique_module_ids(ctx: CheckContext) -> Iterator[Diagnostic]:
    """No two module files declare the same id (invalid files count too)."""
    occurrences: list[Occurrence] = []
    for loaded in ctx.modules():
        occurrences.append((loaded.module.id, loaded.source_map, ("id",)))
    for raw in ctx.project.invalid_modules:
        if isinstance(raw.data.get("id"), str):
            occurrences.append((raw.data["id"], raw.source_map, ("id",)))
    occurrences.sort(key=lambda o: (str(o[1].path), o[1].value_at(o[2]).line))
    yield from _duplicates(occurrences, "module id")


def check_unique_ids_in_modules(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Sections, objectives, sources, questions and options each have unique ids."""
    for loaded in ctx.modules():
        module, smap = loaded.module, loaded.source_map
        yield from _duplicates(_listed(module.sections, "sections", smap), "section id")
        yield from _duplicates(_listed(module.objectives, "objectives", smap), "objective id")
        yield from _duplicates(_listed(module.sources, "sources", smap), "source id")
        if module.quiz is None:
            continue
        questions = module.quiz.questions
        yield from _duplicates(_listed(questions, ("quiz", "questions"), smap), "question id")
        for index, question in enumerate(questions):
            if isinstance(question, SingleChoice | MultipleChoice):
                base = ("quiz", "questions", index, "options")
                occ: list[Occurrence] = [
                    (option_id, smap, (*base, i))
                    for i, option_id in enumerate(option_ids(question.options))
                ]
                yield from _duplicates(occ, "option id", _OPTION_HINT)


_OPTION_HINT = " (an option without an id is named by its letter a, b, c ...)"


def check_unique_config_ids(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Theme and reference ids in curriculum.yaml are unique."""
    config = ctx.project.config
    if config is None:
        return
    smap = ctx.project.loaded_config.source_map
    yield from _duplicates(_listed(config.themes, "themes", smap), "theme id")
    yield from _duplicates(_listed(config.references, "references", smap), "reference id")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def _listed(items: Sequence[_HasId], base: str | KeyPath, smap: SourceMap) -> list[Occurrence]:
    prefix: KeyPath = (base,) if isinstance(base, str) else base
    return [(item.id, smap, (*prefix, i, "id")) for i, item in enumerate(items)]


def _duplicates(occurrences: list[Occurrence], what: str, hint: str = "") -> Iterator[Diagnostic]:
    first: dict[str, Occurrence] = {}
    for occ in occurrences:
        ident, smap, key_path = occ
        if ident in first:
            _, first_map, first_path = first[ident]
            first_at = where(first_map, first_path)
            message = f'duplicate {what} "{ident}"; first defined at {first_at}{hint}'
            yield at_value(smap, key_path, message, "duplicate-id")
        else:
            first[ident] = occ
