"""The translatable text units of a module, each with a stable id and its place in the file.

A unit id names the text by the ids authors gave (``sections.principles.body``,
``quiz.questions.q1.options.b.text``), falling back to positions only inside lists
that have no ids (key points, pairs, items). The same ids are the ``translation.units``
keys of a translated module and the XLIFF unit ids, so a text keeps its id when
sections or questions move.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from curriculum.models import letter_id
from curriculum.yamlio import KeyPath

MODULE_TEXTS = ("title", "summary", "advisory", "self_care")
MODULE_LISTS = ("audience", "keywords")
SECTION_TEXTS = ("title", "body", "trainer_notes")
QUESTION_TEXTS = ("prompt", "explanation", "feedback", "model_answer", "unit")
OPTION_TEXTS = ("text", "feedback")
MARKDOWN_FIELDS = frozenset({"summary", "advisory", "self_care", "body", "trainer_notes",
                             "instructions", "prompt"})
"""Fields whose text is Markdown (the others are plain text)."""


@dataclass(frozen=True)
class TextUnit:
    """One piece of translatable text: its id, where it stands, the text, and a context."""

    id: str
    key_path: KeyPath
    text: str
    context: str
    """For translators: what the text is ("Question q1, option b (correct)")."""

    @property
    def markdown(self) -> bool:
        last = [p for p in self.key_path if isinstance(p, str)][-1]
        return last in MARKDOWN_FIELDS


def source_hash(text: str) -> str:
    """First 16 hex digits of the SHA-256 of ``text`` (NFC, outer white space ignored).

    Outer white space and Unicode normalisation do not change what a translator reads,
    so they do not make a translation stale.
    """
    normal = unicodedata.normalize("NFC", text.strip())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def text_units(data: dict[str, Any]) -> list[TextUnit]:
    """Every translatable text of a module's data (as read from YAML), in file order."""
    return list(_module_units(data))


def _module_units(data: dict[str, Any]) -> Iterator[TextUnit]:
    for name in MODULE_TEXTS:
        yield from _text(data, (name,), name, f"Module {name.replace('_', ' ')}")
    for name in MODULE_LISTS:
        for i, _ in enumerate(_list(data, name)):
            yield from _text(data, (name, i), f"{name}.{i}", f"Module {name}, item {i + 1}")
    for i, objective in enumerate(_list(data, "objectives")):
        ident = f"objectives.{_id(objective, i)}.text"
        yield from _text(data, ("objectives", i, "text"), ident, "Learning objective")
    for i, source in enumerate(_list(data, "sources")):
        ident = f"sources.{_id(source, i)}.annotation"
        yield from _text(data, ("sources", i, "annotation"), ident, "Note under a reference")
    for i, section in enumerate(_list(data, "sections")):
        yield from _section_units(data, section, i)
    quiz = data.get("quiz")
    if isinstance(quiz, dict):
        yield from _text(data, ("quiz", "title"), "quiz.title", "Title of the quiz")
        for i, question in enumerate(_list(quiz, "questions")):
            yield from _question_units(data, question, i)


def _section_units(data: dict[str, Any], section: Any, i: int) -> Iterator[TextUnit]:
    base: KeyPath = ("sections", i)
    sid = _id(section, i)
    where = f'Section "{sid}"'
    for name in SECTION_TEXTS:
        label = name.replace("_", " ")
        yield from _text(data, (*base, name), f"sections.{sid}.{name}", f"{where}: {label}")
    for j, _ in enumerate(_list(section, "key_points")):
        ident = f"sections.{sid}.key_points.{j}"
        yield from _text(data, (*base, "key_points", j), ident, f"{where}: key point {j + 1}")
    for j, _ in enumerate(_list(section, "facts")):
        ident = f"sections.{sid}.facts.{j}.text"
        context = f"{where}: sourced fact {j + 1} (its citation stays as it is)"
        yield from _text(data, (*base, "facts", j, "text"), ident, context)
    for name in ("title", "instructions"):
        ident = f"sections.{sid}.activity.{name}"
        yield from _text(data, (*base, "activity", name), ident, f"{where}: activity {name}")


def _question_units(data: dict[str, Any], question: Any, i: int) -> Iterator[TextUnit]:
    base: KeyPath = ("quiz", "questions", i)
    qid = _id(question, i)
    kind = question.get("type", "") if isinstance(question, dict) else ""
    where = f'Question "{qid}" ({str(kind).replace("_", " ")})'
    prefix = f"quiz.questions.{qid}"
    for name in QUESTION_TEXTS:
        label = name.replace("_", " ")
        yield from _text(data, (*base, name), f"{prefix}.{name}", f"{where}: {label}")
    for j, option in enumerate(_list(question, "options")):
        oid = _option_id(option, j)
        state = "correct" if isinstance(option, dict) and option.get("correct") else "wrong"
        for name in OPTION_TEXTS:
            context = f"{where}: option {oid} ({state}), {name}"
            ident = f"{prefix}.options.{oid}.{name}"
            yield from _text(data, (*base, "options", j, name), ident, context)
    for j, _ in enumerate(_list(question, "pairs")):
        for side in ("left", "right"):
            context = f"{where}: pair {j + 1}, {side} side"
            ident = f"{prefix}.pairs.{j}.{side}"
            yield from _text(data, (*base, "pairs", j, side), ident, context)
    for j, _ in enumerate(_list(question, "items")):
        context = f"{where}: item {j + 1} of the correct order"
        yield from _text(data, (*base, "items", j), f"{prefix}.items.{j}", context)
    for j, _ in enumerate(_list(question, "answers")):
        context = f"{where}: accepted answer {j + 1} (learners type it)"
        yield from _text(data, (*base, "answers", j), f"{prefix}.answers.{j}", context)


def value_at(data: Any, key_path: KeyPath) -> Any:
    """The value at ``key_path`` in nested data, or None where the path does not exist."""
    node = data
    for part in key_path:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _text(data: Any, key_path: KeyPath, ident: str, context: str) -> Iterator[TextUnit]:
    value = value_at(data, key_path)
    if isinstance(value, str) and value.strip():
        yield TextUnit(ident, key_path, value, context)


def _list(node: Any, name: str) -> list[Any]:
    value = node.get(name) if isinstance(node, dict) else None
    return value if isinstance(value, list) else []


def _id(node: Any, index: int) -> str:
    ident = node.get("id") if isinstance(node, dict) else None
    return ident if isinstance(ident, str) else str(index)


def _option_id(option: Any, index: int) -> str:
    ident = option.get("id") if isinstance(option, dict) else None
    return ident if isinstance(ident, str) else letter_id(index)
