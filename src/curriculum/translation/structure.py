"""Where a translated module's structure departs from its source module's.

A translation may change words only. Everything else (ids, question types, the number
of options and which are correct, numeric answers and tolerances, citations and their
English quotes, sources, minutes, points) must equal the source module's, or the two
editions would teach and grade different things. Both modules are compared as their
validated models dumped to data, with the translatable texts taken out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from curriculum.models import Module, option_ids
from curriculum.translation.units import text_units
from curriculum.yamlio import KeyPath

EXEMPT_TOP = frozenset({"id", "language", "version", "translation", "lint_exceptions",
                        "advisory", "self_care"})
"""Top-level fields a translation sets on its own (the two notes may come from the config)."""
EXEMPT_ANYWHERE = frozenset({"lint", "notes"})
"""Item-writing lint settings are per language; a source's ``notes`` are never printed."""


@dataclass(frozen=True)
class Divergence:
    """One difference: where in the translation, and what differs."""

    key_path: KeyPath
    message: str
    count: bool = False
    """True when lists differ in length (their items cannot be paired)."""


def divergences(
    source: tuple[Module, dict[str, Any]], translated: tuple[Module, dict[str, Any]]
) -> list[Divergence]:
    """Every structural difference of two (model, raw data) pairs, placed in the translation.

    The texts of either side are left out of both, so that a text one side lacks is
    reported once, by the unit checks, rather than here too.
    """
    texts = {u.key_path for u in text_units(source[1])} | {
        u.key_path for u in text_units(translated[1])}
    return list(_compare(_skeleton(source[0], texts), _skeleton(translated[0], texts), ()))


def _skeleton(module: Module, texts: set[KeyPath]) -> dict[str, Any]:
    """The module as data without the given texts (option ids made explicit)."""
    data = module.model_dump(mode="python")
    for name in EXEMPT_TOP:
        data.pop(name, None)
    _name_options(module, data)
    for key_path in sorted(texts, key=len, reverse=True):
        _drop(data, key_path)
    _drop_anywhere(data)
    return data


def _compare(src: Any, tr: Any, path: KeyPath) -> Iterator[Divergence]:
    if isinstance(src, dict) and isinstance(tr, dict):
        yield from _compare_dicts(src, tr, path)
    elif isinstance(src, list) and isinstance(tr, list):
        if len(src) != len(tr):
            yield Divergence(path, f"has {len(tr)} {_items(path)} here but {len(src)} in the "
                                   "source module", count=True)
            return
        for i, (a, b) in enumerate(zip(src, tr, strict=True)):
            yield from _compare(a, b, (*path, i))
    elif not _same(src, tr):
        yield Divergence(path, f"is {_show(tr)} here but {_show(src)} in the source module")


def _compare_dicts(src: dict[str, Any], tr: dict[str, Any], path: KeyPath) -> Iterator[Divergence]:
    for key in ("type", "id"):  # another question or section: its contents cannot compare
        if key in src and not _same(src.get(key), tr.get(key)):
            yield from _compare(src[key], tr.get(key), (*path, key))
            return
    for key in src.keys() | tr.keys():
        if key not in tr:
            yield Divergence((*path, key), f"is missing here; the source module has "
                                           f"{_show(src[key])}")
        elif key not in src:
            yield Divergence((*path, key), "is set here but not in the source module")
        else:
            yield from _compare(src[key], tr[key], (*path, key))


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same kind (``1``, ``1.0`` and ``true`` are three answers)."""
    return type(a) is type(b) and a == b


def _items(path: KeyPath) -> str:
    last = str(path[-1]) if path else "items"
    return last.replace("_", " ")


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _name_options(module: Module, data: dict[str, Any]) -> None:
    if module.quiz is None:
        return
    for question, dumped in zip(module.quiz.questions, data["quiz"]["questions"], strict=True):
        options = getattr(question, "options", None)
        if options is not None:
            for option, ident in zip(dumped["options"], option_ids(options), strict=True):
                option["id"] = ident


def _drop(data: Any, key_path: KeyPath) -> None:
    node = data
    for part in key_path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return
    last = key_path[-1]
    if isinstance(node, dict) and isinstance(last, str):
        node.pop(last, None)
    elif isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = None  # list items keep their place so that counts still compare


def _drop_anywhere(node: Any) -> None:
    if isinstance(node, dict):
        for key in EXEMPT_ANYWHERE & node.keys():
            del node[key]
        for value in node.values():
            _drop_anywhere(value)
    elif isinstance(node, list):
        for item in node:
            _drop_anywhere(item)
