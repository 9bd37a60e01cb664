"""Quiz questions as package assessment items, each with what a platform needs to grade it.

Every auto-graded item carries ``correct_response`` (see ``docs/json-package.md``).
Lists whose authored order would give the answer away (ordering entries, the
right-hand side of a matching question) are written in a neutral order derived
from a hash of the texts: deterministic, and never the correct order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from curriculum.i18n.catalogues import quiz_title
from curriculum.loader import LoadedModule
from curriculum.models import (
    AUTO_GRADED,
    FillBlank,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    QuestionBase,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
    letter_id,
    option_ids,
)
from curriculum.package_models import (
    Assessment,
    AssessmentItem,
    Choice,
    ChoiceItem,
    Cite,
    FillBlankItem,
    ItemBase,
    MatchingItem,
    NumericItem,
    NumericResponse,
    OrderingItem,
    ShortAnswerItem,
    TrueFalseItem,
)
from curriculum.rendering import markdown_inline, markdown_to_html


def assessment_for(loaded: LoadedModule) -> Assessment | None:
    """The module's quiz as an assessment, or None when the module has no quiz."""
    module = loaded.module
    quiz = module.quiz
    if quiz is None:
        return None
    items = [_item(loaded, index, q) for index, q in enumerate(quiz.questions)]
    return Assessment(
        identifier=f"assess-{module.id}",
        title=quiz_title(quiz.title, module.language),
        mastery_score=quiz.pass_mark,
        shuffle=quiz.shuffle,
        draw=quiz.draw,
        mode=quiz.mode,
        attempts=quiz.attempts,
        retry=quiz.retry,
        points_possible=sum(q.points for q in quiz.questions if q.type in AUTO_GRADED),
        items=items,
    )


def neutral_order(seed: str, texts: Sequence[str]) -> list[int]:
    """Indices of ``texts`` in a deterministic order that is never the authored one.

    Sorting by a hash keeps the order stable across builds and unrelated to
    meaning; if that happens to reproduce the authored order, it is rotated by one.
    """

    def key(i: int) -> tuple[str, int]:
        return hashlib.sha256(f"{seed}\0{texts[i]}".encode()).hexdigest(), i

    order = sorted(range(len(texts)), key=key)
    if len(order) > 1 and order == list(range(len(texts))):
        order = order[1:] + order[:1]
    return order


def _item(loaded: LoadedModule, index: int, question: Question) -> AssessmentItem:
    common = _common(question)
    if isinstance(question, SingleChoice | MultipleChoice):
        return _choice_item(question, common)
    if isinstance(question, TrueFalse):
        return TrueFalseItem(type="true_false", correct_response=[question.answer], **common)
    if isinstance(question, FillBlank):
        return FillBlankItem(type="fill_blank", correct_response=list(question.answers), **common)
    if isinstance(question, Numeric):
        response = NumericResponse(value=question.answer, tolerance=question.tolerance)
        return NumericItem(type="numeric", correct_response=response, unit=question.unit, **common)
    if isinstance(question, Matching):
        return _matching_item(f"{loaded.module.id}/{question.id}", question, common)
    if isinstance(question, Ordering):
        return _ordering_item(f"{loaded.module.id}/{question.id}", question, common)
    assert isinstance(question, ShortAnswer)
    model_answer = markdown_to_html(question.model_answer)
    return ShortAnswerItem(type="short_answer", model_answer_html=model_answer, **common)


def _common(question: QuestionBase) -> dict[str, Any]:
    """The fields of :class:`ItemBase`, filled from any question type."""
    cite = None
    if question.cite is not None:
        cite = Cite(source=question.cite.source, locator=question.cite.locator)
    fields: dict[str, Any] = {
        "identifier": question.id,
        "points": question.points,
        "prompt_html": str(markdown_to_html(question.prompt)),
        "objective": question.objective,
        "explanation_html": _optional_html(question.explanation),
        "feedback_html": _optional_html(question.feedback),
        "tags": list(question.tags),
        "group": question.group,
        "as_of": question.as_of,
        "cite": cite,
    }
    assert set(fields) <= set(ItemBase.model_fields)
    return fields


def _optional_html(text: str | None) -> str | None:
    return str(markdown_to_html(text)) if text else None


def _choice_item(question: SingleChoice | MultipleChoice, common: dict[str, Any]) -> ChoiceItem:
    ids = option_ids(question.options)  # unique: `curriculum validate` checks them
    choices = [
        Choice(identifier=i, html=str(markdown_inline(o.text)))
        for i, o in zip(ids, question.options, strict=True)
    ]
    correct = [i for i, o in zip(ids, question.options, strict=True) if o.correct]
    feedback = {
        i: str(markdown_inline(o.feedback))
        for i, o in zip(ids, question.options, strict=True)
        if o.feedback
    }
    return ChoiceItem(
        type=question.type, choices=choices, correct_response=correct, feedback=feedback, **common
    )


def _matching_item(seed: str, question: Matching, common: dict[str, Any]) -> MatchingItem:
    lefts = [
        Choice(identifier=f"l{i + 1}", html=str(markdown_inline(p.left)))
        for i, p in enumerate(question.pairs)
    ]
    order = neutral_order(seed, [p.right for p in question.pairs])
    rights = [
        Choice(identifier=f"r{pos + 1}", html=str(markdown_inline(question.pairs[i].right)))
        for pos, i in enumerate(order)
    ]
    right_id = {i: f"r{pos + 1}" for pos, i in enumerate(order)}
    pairs = [[f"l{i + 1}", right_id[i]] for i in range(len(question.pairs))]
    return MatchingItem(
        type="matching", lefts=lefts, rights=rights, correct_response=pairs, **common
    )


def _ordering_item(seed: str, question: Ordering, common: dict[str, Any]) -> OrderingItem:
    order = neutral_order(seed, question.items)
    choices = [
        Choice(identifier=letter_id(pos), html=str(markdown_inline(question.items[i])))
        for pos, i in enumerate(order)
    ]
    choice_id = {i: letter_id(pos) for pos, i in enumerate(order)}
    correct = [choice_id[i] for i in range(len(question.items))]
    return OrderingItem(type="ordering", choices=choices, correct_response=correct, **common)
