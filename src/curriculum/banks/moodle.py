"""A module's quiz as a Moodle XML question bank (``docs/moodle.md``; Moodle 4.4+).

Categories: one per module (``$course$/top/<module title>``) and, under it, one per
objective; an item goes into its objective's category. Every type maps to a core
question type: ``multichoice`` (single and multiple), ``truefalse``, ``shortanswer``
(fill-in), ``numerical`` (with tolerance), ``matching``, ``ordering`` (core since
Moodle 4.4) and ``essay`` (short answer, the model answer as grader information).
Text is HTML, written as escaped XML text: well-formed whatever an author typed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

from curriculum.banks.markup import html_text
from curriculum.package_models import (
    AssessmentItem,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    OrderingItem,
    Package,
    ShortAnswerItem,
    TrueFalseItem,
)

TOP = "$course$/top"
NAME_LIMIT = 250


def moodle_xml(package: Package) -> bytes | None:
    """The question bank for one module, or None when it has no quiz."""
    if not package.assessments:
        return None
    quiz = ET.Element("quiz")
    module = package.manifest
    for path, objective, items in categories(package):
        _category(quiz, path, objective or module.identifier)
        for item in items:
            quiz.append(question(item))
    ET.indent(quiz, "  ")
    text = ET.tostring(quiz, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'.encode()


def categories(package: Package) -> list[tuple[str, str | None, list[AssessmentItem]]]:
    """The module's category, then one per objective: (path, objective id, items).

    Moodle XML and GIFT file questions the same way, so a bank imported from either
    lands in the same category tree."""
    module = package.manifest
    objectives = {o.identifier: o.text for o in module.metadata.objectives}
    module_path = f"{TOP}/{category_name(module.title)}"
    groups: list[tuple[str, str | None, list[AssessmentItem]]] = []
    for objective in [None, *objectives]:
        items = [i for a in package.assessments for i in a.items if i.objective == objective]
        if items:
            path = module_path if objective is None else (
                f"{module_path}/{category_name(objectives[objective])}")
            groups.append((path, objective, items))
    return groups


def category_name(text: str) -> str:
    """A category name in a path: at most 250 characters (Moodle keeps 255), and
    ``//`` for a slash inside a name, as Moodle reads it."""
    name = " ".join(text.split())
    if len(name) > NAME_LIMIT:
        name = name[:NAME_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return name.replace("/", "//")


def _category(quiz: ET.Element, path: str, idnumber: str) -> None:
    element = ET.SubElement(quiz, "question", type="category")
    _text(ET.SubElement(element, "category"), path)
    _text(ET.SubElement(element, "info", format="html"), "")
    ET.SubElement(element, "idnumber").text = idnumber


def _text(parent: ET.Element, value: str) -> ET.Element:
    ET.SubElement(parent, "text").text = value
    return parent


def _html(parent: ET.Element, tag: str, html: str) -> None:
    _text(ET.SubElement(parent, tag, format="html"), html)


def question(item: AssessmentItem) -> ET.Element:
    """One ``<question>``: the common fields, then the type's own."""
    qtype, fill = _TYPES[item.type]
    element = ET.Element("question", type=qtype)
    _text(ET.SubElement(element, "name"), _name(item))
    _html(element, "questiontext", item.prompt_html)
    general = (item.explanation_html or "") + (item.feedback_html or "")
    _html(element, "generalfeedback", general)
    ET.SubElement(element, "defaultgrade").text = str(item.points)
    ET.SubElement(element, "penalty").text = "0"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = item.identifier
    fill(element, item)
    if item.tags:
        tags = ET.SubElement(element, "tags")
        for tag in item.tags:
            _text(ET.SubElement(tags, "tag"), tag)
    return element


def _name(item: AssessmentItem) -> str:
    text = html_text(item.prompt_html)
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"


def _answer(parent: ET.Element, fraction: str, text: str, fmt: str = "html") -> ET.Element:
    answer = ET.SubElement(parent, "answer", fraction=fraction, format=fmt)
    _text(answer, text)
    return answer


def _fraction(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".")


def _multichoice(element: ET.Element, item: AssessmentItem) -> None:
    """Single: 100 for the key. Multiple: the key shares 100, each wrong pick costs 100."""
    assert isinstance(item, ChoiceItem)
    single = item.type == "single_choice"
    ET.SubElement(element, "single").text = "true" if single else "false"
    ET.SubElement(element, "shuffleanswers").text = "0"
    ET.SubElement(element, "answernumbering").text = "abc"
    right = set(item.correct_response)
    for choice in item.choices:
        share = 100 / len(right) if choice.identifier in right else (0 if single else -100)
        answer = _answer(element, _fraction(share), choice.html)
        if choice.identifier in item.feedback:
            _html(answer, "feedback", item.feedback[choice.identifier])


def _truefalse(element: ET.Element, item: AssessmentItem) -> None:
    assert isinstance(item, TrueFalseItem)
    truth = item.correct_response[0]
    for value in (True, False):
        _answer(element, "100" if value is truth else "0", str(value).lower(),
                "moodle_auto_format")


def _shortanswer(element: ET.Element, item: AssessmentItem) -> None:
    """Any accepted answer, case ignored (``usecase`` 0), as our grading rule says."""
    assert isinstance(item, FillBlankItem)
    ET.SubElement(element, "usecase").text = "0"
    for accepted in dict.fromkeys(item.correct_response):
        _answer(element, "100", accepted, "moodle_auto_format")


def _numerical(element: ET.Element, item: AssessmentItem) -> None:
    assert isinstance(item, NumericItem)
    answer = _answer(element, "100", str(item.correct_response.value), "moodle_auto_format")
    ET.SubElement(answer, "tolerance").text = str(item.correct_response.tolerance)
    if item.unit:
        units = ET.SubElement(ET.SubElement(element, "units"), "unit")
        ET.SubElement(units, "multiplier").text = "1"
        ET.SubElement(units, "unit_name").text = item.unit
    ET.SubElement(element, "unitgradingtype").text = "0"
    ET.SubElement(element, "showunits").text = "3"
    ET.SubElement(element, "unitsleft").text = "0"


def _matching(element: ET.Element, item: AssessmentItem) -> None:
    """Each left with its right; rights nobody pairs with become distractors."""
    assert isinstance(item, MatchingItem)
    ET.SubElement(element, "shuffleanswers").text = "true"
    rights = {r.identifier: r.html for r in item.rights}
    paired = dict((left, right) for left, right in item.correct_response)
    for left in item.lefts:
        if left.identifier not in paired:
            continue
        sub = ET.SubElement(element, "subquestion", format="html")
        _text(sub, left.html)
        _text(ET.SubElement(sub, "answer"), html_text(rights[paired[left.identifier]]))
    for right in item.rights:
        if right.identifier not in paired.values():
            sub = ET.SubElement(element, "subquestion", format="html")
            _text(sub, "")
            _text(ET.SubElement(sub, "answer"), html_text(right.html))


def _ordering(element: ET.Element, item: AssessmentItem) -> None:
    """Answers in the correct order, each ``fraction`` its position; all or nothing."""
    assert isinstance(item, OrderingItem)
    for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"),
                       ("selectcount", "0"), ("gradingtype", "ALL_OR_NOTHING"),
                       ("showgrading", "SHOW"), ("numberingstyle", "none")):
        ET.SubElement(element, tag).text = value
    html = {c.identifier: c.html for c in item.choices}
    for position, identifier in enumerate(item.correct_response, start=1):
        _answer(element, str(position), html[identifier])


def _essay(element: ET.Element, item: AssessmentItem) -> None:
    assert isinstance(item, ShortAnswerItem)
    for tag, value in (("responseformat", "editor"), ("responserequired", "1"),
                       ("responsefieldlines", "10"), ("attachments", "0")):
        ET.SubElement(element, tag).text = value
    _html(element, "graderinfo", item.model_answer_html)
    _html(element, "responsetemplate", "")


_TYPES: dict[str, tuple[str, Callable[[ET.Element, AssessmentItem], None]]] = {
    "single_choice": ("multichoice", _multichoice),
    "multiple_choice": ("multichoice", _multichoice),
    "true_false": ("truefalse", _truefalse),
    "fill_blank": ("shortanswer", _shortanswer),
    "numeric": ("numerical", _numerical),
    "matching": ("matching", _matching),
    "ordering": ("ordering", _ordering),
    "short_answer": ("essay", _essay),
}
