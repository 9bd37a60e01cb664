"""A bank's items as a module an author edits: Markdown questions, the rest to fill in.

A bank carries questions only. The module fields it does not carry are filled so
that the file validates, and the header comment says which ones to replace: the
summary is a placeholder that ``curriculum validate`` warns about, the section's
text says to write the teaching text. Objectives come from the bank's categories
(Moodle XML, GIFT); without categories one objective is made for every question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from curriculum.diagnostics import Diagnostic, SourceLocation
from curriculum.importing.bank import Bank, Imported
from curriculum.importing.markdown import Converted, to_inline, to_markdown
from curriculum.models import blank_count, letter_id
from curriculum.package_models import (
    AssessmentItem,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    OrderingItem,
    ShortAnswerItem,
    TrueFalseItem,
)

DEFAULT_OBJECTIVE = "imported-objective"
PASS_MARK = 80
MAX_MINUTES = 480
"""The module format's most minutes for a quiz (a large bank still validates)."""


@dataclass
class Question:
    """One question as the module's YAML has it, and the bank item it came from."""

    data: dict[str, Any]
    source: Imported
    dropped: list[str] = field(default_factory=list)
    """HTML constructs the conversion left out (tag names)."""
    notes: list[str] = field(default_factory=list)
    """Changes made so that the question fits the module format."""


class _Markdown:
    """Converts one item's HTML fields, remembering what the conversion left out."""

    def __init__(self) -> None:
        self.dropped: list[str] = []

    def keep(self, converted: Converted) -> str:
        self.dropped += [d for d in converted.dropped if d not in self.dropped]
        return converted.markdown

    def block(self, html: str | None) -> str | None:
        return self.keep(to_markdown(html)) or None if html else None

    def inline(self, html: str) -> str:
        return self.keep(to_inline(html))


def question_data(imported: Imported) -> Question:
    """The question's YAML mapping (keys in the module format's order)."""
    item = imported.item
    md = _Markdown()
    data: dict[str, Any] = {"id": item.identifier, "type": item.type,
                            "prompt": md.block(item.prompt_html) or ""}
    if item.objective:
        data["objective"] = item.objective
    if item.points != 1:
        data["points"] = item.points
    data.update(_answers(item, md))
    for key, html in (("explanation", item.explanation_html), ("feedback", item.feedback_html)):
        text = md.block(html)
        if text:
            data[key] = text
    if item.tags:
        data["tags"] = list(item.tags)
    question = Question(data, imported, md.dropped)
    if isinstance(item, FillBlankItem) and blank_count(data["prompt"]) == 0:
        data["prompt"] = f"{data['prompt']} ____".strip()  # where the learner writes
        question.notes.append("the prompt had no blank: ____ was added at its end")
    return question


def _answers(item: AssessmentItem, md: _Markdown) -> dict[str, Any]:
    if isinstance(item, ChoiceItem):
        return {"options": _options(item, md)}
    if isinstance(item, TrueFalseItem):
        return {"answer": item.correct_response[0]}
    if isinstance(item, FillBlankItem):
        return {"answers": list(dict.fromkeys(item.correct_response))}
    if isinstance(item, NumericItem):
        numeric: dict[str, Any] = {"answer": item.correct_response.value}
        if item.correct_response.tolerance:
            numeric["tolerance"] = item.correct_response.tolerance
        if item.unit:
            numeric["unit"] = item.unit
        return numeric
    if isinstance(item, MatchingItem):
        lefts = {c.identifier: c.html for c in item.lefts}
        rights = {c.identifier: c.html for c in item.rights}
        return {"pairs": [{"left": md.inline(lefts[left]), "right": md.inline(rights[right])}
                          for left, right in item.correct_response]}
    if isinstance(item, OrderingItem):
        html = {c.identifier: c.html for c in item.choices}
        return {"items": [md.inline(html[i]) for i in item.correct_response]}
    assert isinstance(item, ShortAnswerItem)
    return {"model_answer": md.block(item.model_answer_html) or ""}


def _options(item: ChoiceItem, md: _Markdown) -> list[dict[str, Any]]:
    """Options with ``correct`` and feedback; an id only where it is not the letter."""
    options = []
    for index, choice in enumerate(item.choices):
        option: dict[str, Any] = {}
        if choice.identifier != letter_id(index):
            option["id"] = choice.identifier
        option["text"] = md.inline(choice.html)
        if choice.identifier in item.correct_response:
            option["correct"] = True
        if choice.identifier in item.feedback:
            option["feedback"] = md.inline(item.feedback[choice.identifier])
        options.append(option)
    return options


def empty_fields(question: Question) -> list[str]:
    """Text fields the conversion left empty (an image-only prompt, say)."""
    data = question.data
    empty: list[str] = [k for k in ("prompt", "model_answer") if k in data and not data[k].strip()]
    for option in data.get("options", []):
        if not option["text"].strip():
            empty.append("an option")
    for pair in data.get("pairs", []):
        if not (pair["left"].strip() and pair["right"].strip()):
            empty.append("a pair")
    empty += ["an item" for text in data.get("items", []) if not text.strip()]
    return empty


@dataclass
class Settings:
    """What the command line says about the module to write."""

    module_id: str
    theme: str
    origin: str
    """The bank as the header names it (path as given, and its format)."""


def module_data(bank: Bank, questions: list[Question], settings: Settings) -> dict[str, Any]:
    """The whole module: bank title and objectives, fields to fill in, the questions."""
    objectives = [{"id": i, "text": t} for i, t in bank.objectives.items()]
    if not objectives:  # the module format needs one; the bank named none
        objectives.append({"id": DEFAULT_OBJECTIVE,
                           "text": "(replace with the objective these questions assess)"})
        for question in questions:
            question.data = _with_objective(question.data, DEFAULT_OBJECTIVE)
    minutes = min(MAX_MINUTES, max(15, (len(questions) * 2 + 4) // 5 * 5))
    return {
        "id": settings.module_id,
        "title": bank.title or settings.module_id.replace("-", " ").capitalize(),
        "theme": settings.theme,
        "version": "0.1.0",
        "duration": minutes + 30,
        "level": "foundation",
        "audience": ["(replace with who the module is for)"],
        "summary": "(replace with one paragraph on what this module is for)",
        "objectives": objectives,
        "sections": [{
            "id": "introduction",
            "title": "Introduction",
            "minutes": 30,
            "body": f"(add the teaching text here: {settings.origin} carried only questions)",
        }],
        "quiz": {"pass_mark": bank.pass_mark or PASS_MARK, "minutes": minutes,
                 "questions": [q.data for q in questions]},
    }


def _with_objective(data: dict[str, Any], objective: str) -> dict[str, Any]:
    """The question with ``objective`` right after its prompt (the format's key order)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        out[key] = value
        if key == "prompt":
            out["objective"] = objective
    return out


def header(settings: Settings, count: int, notes: list[Diagnostic], schema: str) -> str:
    """The comment that opens the file: origin, what to fill in, what was not imported."""
    lines = [f"# yaml-language-server: $schema={schema}" if schema else "",
             f"# Imported by `curriculum import` from {settings.origin}: "
             f"{count} question{'s' if count != 1 else ''}.",
             "# The bank carried only questions: replace title, duration, level, audience,",
             "# summary, the objectives marked (replace ...) and the section's text before use.",
             ]
    if notes:
        lines.append(f"# Not carried over ({len(notes)}):")
        lines += [f"#   {note.format()}" for note in notes]
    return "\n".join(line for line in lines if line) + "\n"


def location_of(question: Question) -> SourceLocation:
    """Where the question starts in the bank."""
    return question.source.location
