"""One module's quiz as an IMS QTI 2.1 content package (``docs/qti21.md``).

Each item is an ``assessmentItem`` file; the quiz is one ``assessmentTest`` whose
item weights carry the points (items score 0..1, as the standard templates do).
Scoring uses the standard templates (``match_correct``, ``map_response``) where
they express our rule and custom response processing where none does (numeric
tolerance, feedback). Short answers have no response processing: a person grades
them, with the model answer in a scorer-only rubric block.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from curriculum.banks.markup import append_html, html_text
from curriculum.package_models import (
    Assessment,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    OrderingItem,
    ShortAnswerItem,
    TrueFalseItem,
)
from curriculum.package_models import AssessmentItem as Item

NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
Q = ""  # tags unqualified; the root carries xmlns (ElementTree writes no prefixes then)
XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
EXPLANATION = "EXPLANATION"

ET.register_namespace("xsi", XSI)


def qti_id(identifier: str) -> str:
    """An author identifier as a QTI identifier (an NCName: may not start with a digit)."""
    return f"ID-{identifier}"


def from_qti_id(identifier: str) -> str:
    """The author identifier back from :func:`qti_id` (import side)."""
    return identifier.removeprefix("ID-")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{Q}{tag}", {k.replace("_", ""): v for k, v in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _number(value: float) -> str:
    return repr(float(value)) if isinstance(value, float) else str(value)


def item_xml(item: Item, language: str) -> bytes:
    """One ``assessmentItem`` document."""
    root = ET.Element("assessmentItem", {
        "xmlns": NS,
        f"{{{XSI}}}schemaLocation": f"{NS} {XSD}",
        "identifier": qti_id(item.identifier), "title": _title(item),
        "adaptive": "false", "timeDependent": "false", f"{{{XML_NS}}}lang": language,
    })
    _declarations(root, item)
    body = _sub(root, "itemBody")
    _BODIES[item.type](body, item)
    _processing(root, item)
    _feedback(root, item)
    return serialise(root)


def _title(item: Item) -> str:
    """The prompt as text, cut at a word: what item lists in a platform show."""
    text = html_text(item.prompt_html)
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"


def _declarations(root: ET.Element, item: Item) -> None:
    cardinality, base = _RESPONSE_TYPES[item.type]
    response = _sub(root, "responseDeclaration", identifier="RESPONSE",
                    cardinality=cardinality, baseType=base)
    _correct(response, item)
    score = _sub(root, "outcomeDeclaration", identifier="SCORE", cardinality="single",
                 baseType="float")
    _sub(_sub(score, "defaultValue"), "value", "0")
    if _has_feedback(item):
        _sub(root, "outcomeDeclaration", identifier="FEEDBACK", cardinality="multiple",
             baseType="identifier")


_RESPONSE_TYPES: dict[str, tuple[str, str]] = {
    "single_choice": ("single", "identifier"),
    "multiple_choice": ("multiple", "identifier"),
    "true_false": ("single", "identifier"),
    "fill_blank": ("single", "string"),
    "numeric": ("single", "float"),
    "matching": ("multiple", "directedPair"),
    "ordering": ("ordered", "identifier"),
    "short_answer": ("single", "string"),
}


def _correct(response: ET.Element, item: Item) -> None:
    values = _correct_values(item)
    if values:
        correct = _sub(response, "correctResponse")
        for value in values:
            _sub(correct, "value", value)
    if isinstance(item, FillBlankItem):
        mapping = _sub(response, "mapping", defaultValue="0", upperBound="1")
        for answer in dict.fromkeys(item.correct_response):
            _sub(mapping, "mapEntry", mapKey=answer, mappedValue="1", caseSensitive="false")


def _correct_values(item: Item) -> list[str]:
    if isinstance(item, ChoiceItem | OrderingItem):
        return [qti_id(c) for c in item.correct_response]
    if isinstance(item, TrueFalseItem):
        return [qti_id(str(item.correct_response[0]).lower())]
    if isinstance(item, FillBlankItem):
        return [item.correct_response[0]]
    if isinstance(item, NumericItem):
        return [_number(item.correct_response.value)]
    if isinstance(item, MatchingItem):
        return [f"{qti_id(left)} {qti_id(right)}" for left, right in item.correct_response]
    return []


def _prompt(body: ET.Element, item: Item) -> None:
    append_html(_sub(body, "div"), item.prompt_html, Q)


def _choice_body(body: ET.Element, item: Item) -> None:
    assert isinstance(item, ChoiceItem)
    _prompt(body, item)
    many = item.type == "multiple_choice"
    interaction = _sub(body, "choiceInteraction", responseIdentifier="RESPONSE",
                       shuffle="false", maxChoices="0" if many else "1")
    for choice in item.choices:
        option = _sub(interaction, "simpleChoice", identifier=qti_id(choice.identifier))
        _inline(option, choice.html)


def _true_false_body(body: ET.Element, item: Item) -> None:
    _prompt(body, item)
    interaction = _sub(body, "choiceInteraction", responseIdentifier="RESPONSE",
                       shuffle="false", maxChoices="1")
    for value, label in (("true", "True"), ("false", "False")):
        _sub(interaction, "simpleChoice", label, identifier=qti_id(value))


def _fill_blank_body(body: ET.Element, item: Item) -> None:
    assert isinstance(item, FillBlankItem)
    width = str(max(len(a) for a in item.correct_response) + 5)

    def entry() -> ET.Element:
        return ET.Element(f"{Q}textEntryInteraction",
                          {"responseIdentifier": "RESPONSE", "expectedLength": width})

    append_html(_sub(body, "div"), item.prompt_html, Q, blank=entry)


def _numeric_body(body: ET.Element, item: Item) -> None:
    assert isinstance(item, NumericItem)
    _prompt(body, item)
    line = _sub(body, "p")
    entry = _sub(line, "textEntryInteraction", responseIdentifier="RESPONSE",
                 expectedLength="12")
    if item.unit:
        entry.tail = f" {item.unit}"


def _matching_body(body: ET.Element, item: Item) -> None:
    assert isinstance(item, MatchingItem)
    _prompt(body, item)
    interaction = _sub(body, "matchInteraction", responseIdentifier="RESPONSE",
                       shuffle="false", maxAssociations=str(len(item.lefts)))
    for side in (item.lefts, item.rights):
        match_set = _sub(interaction, "simpleMatchSet")
        for choice in side:
            option = _sub(match_set, "simpleAssociableChoice",
                          identifier=qti_id(choice.identifier), matchMax="1")
            _inline(option, choice.html)


def _ordering_body(body: ET.Element, item: Item) -> None:
    assert isinstance(item, OrderingItem)
    _prompt(body, item)
    interaction = _sub(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle="false")
    for choice in item.choices:
        option = _sub(interaction, "simpleChoice", identifier=qti_id(choice.identifier))
        _inline(option, choice.html)


def _short_answer_body(body: ET.Element, item: Item) -> None:
    assert isinstance(item, ShortAnswerItem)
    rubric = _sub(body, "rubricBlock", view="scorer")
    append_html(rubric, item.model_answer_html, Q)
    _prompt(body, item)
    _sub(body, "extendedTextInteraction", responseIdentifier="RESPONSE", expectedLines="6")


def _inline(parent: ET.Element, html: str) -> None:
    """Choice text is inline: unwrap the paragraph the HTML may come in."""
    holder = append_html(ET.Element("holder"), html, Q)
    if len(holder) == 1 and holder[0].tag == f"{Q}p":
        holder = holder[0]
    parent.text = holder.text
    for child in holder:
        parent.append(child)


_BODIES = {
    "single_choice": _choice_body,
    "multiple_choice": _choice_body,
    "true_false": _true_false_body,
    "fill_blank": _fill_blank_body,
    "numeric": _numeric_body,
    "matching": _matching_body,
    "ordering": _ordering_body,
    "short_answer": _short_answer_body,
}


def _has_feedback(item: Item) -> bool:
    per_choice = isinstance(item, ChoiceItem) and bool(item.feedback)
    return bool(item.explanation_html or item.feedback_html or per_choice)


def _processing(root: ET.Element, item: Item) -> None:
    """Standard template when it says it all; custom rules for tolerance and feedback."""
    if isinstance(item, ShortAnswerItem):
        return  # graded by a person: SCORE stays at its default until then
    template = "map_response" if isinstance(item, FillBlankItem) else "match_correct"
    if not _has_feedback(item) and not isinstance(item, NumericItem):
        _sub(root, "responseProcessing", template=f"{TEMPLATES}{template}")
        return
    processing = _sub(root, "responseProcessing")
    if isinstance(item, NumericItem):
        _tolerance_rule(processing, item)
    elif template == "map_response":
        _map_response_rule(processing)
    else:
        _match_correct_rule(processing)
    if _has_feedback(item):
        _feedback_rule(processing, item)


def _set_score(parent: ET.Element, value: str) -> None:
    _sub(_sub(parent, "setOutcomeValue", identifier="SCORE"), "baseValue", value,
         baseType="float")


def _match_correct_rule(processing: ET.Element) -> None:
    """The ``match_correct`` template written out (1 when the response equals the key)."""
    condition = _sub(processing, "responseCondition")
    when = _sub(condition, "responseIf")
    match = _sub(when, "match")
    _sub(match, "variable", identifier="RESPONSE")
    _sub(match, "correct", identifier="RESPONSE")
    _set_score(when, "1")
    _set_score(_sub(condition, "responseElse"), "0")


def _map_response_rule(processing: ET.Element) -> None:
    """The ``map_response`` template written out (accepted answers map to 1)."""
    condition = _sub(processing, "responseCondition")
    when = _sub(condition, "responseIf")
    _sub(_sub(when, "isNull"), "variable", identifier="RESPONSE")
    _set_score(when, "0")
    otherwise = _sub(_sub(condition, "responseElse"), "setOutcomeValue", identifier="SCORE")
    _sub(otherwise, "mapResponse", identifier="RESPONSE")


def _tolerance_rule(processing: ET.Element, item: NumericItem) -> None:
    """Correct within ``value ± tolerance``: QTI's absolute tolerance on ``equal``."""
    tolerance = _number(item.correct_response.tolerance)
    condition = _sub(processing, "responseCondition")
    when = _sub(condition, "responseIf")
    equal = _sub(when, "equal", toleranceMode="absolute", tolerance=f"{tolerance} {tolerance}")
    _sub(equal, "variable", identifier="RESPONSE")
    _sub(equal, "correct", identifier="RESPONSE")
    _set_score(when, "1")
    _set_score(_sub(condition, "responseElse"), "0")


def _feedback_rule(processing: ET.Element, item: Item) -> None:
    """FEEDBACK holds EXPLANATION plus, for choice items, the chosen choices' ids."""
    value = _sub(_sub(processing, "setOutcomeValue", identifier="FEEDBACK"), "multiple")
    _sub(value, "baseValue", EXPLANATION, baseType="identifier")
    if isinstance(item, ChoiceItem) and item.feedback:
        _sub(value, "variable", identifier="RESPONSE")


def _feedback(root: ET.Element, item: Item) -> None:
    if isinstance(item, ChoiceItem):
        for choice_id, html in sorted(item.feedback.items()):
            _modal(root, qti_id(choice_id), html)
    general = (item.explanation_html or "") + (item.feedback_html or "")
    if general:
        _modal(root, EXPLANATION, general)


def _modal(root: ET.Element, identifier: str, html: str) -> None:
    modal = _sub(root, "modalFeedback", outcomeIdentifier="FEEDBACK", showHide="show",
                 identifier=identifier)
    append_html(modal, html, Q)


def test_xml(assessment: Assessment, hrefs: dict[str, str], language: str) -> bytes:
    """The module's ``assessmentTest``: every item, weighted by its points."""
    root = ET.Element("assessmentTest", {
        "xmlns": NS,
        f"{{{XSI}}}schemaLocation": f"{NS} {XSD}",
        "identifier": qti_id(assessment.identifier), "title": assessment.title,
    })
    _sub(root, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    part = _sub(root, "testPart", identifier="part-1", navigationMode="nonlinear",
                submissionMode="simultaneous")
    section = _sub(part, "assessmentSection", identifier="section-1", title=assessment.title,
                   visible="true")
    if assessment.draw:
        _sub(section, "selection", select=str(assessment.draw))
    if assessment.shuffle:
        _sub(section, "ordering", shuffle="true")
    for item in assessment.items:
        ref = _sub(section, "assessmentItemRef", identifier=qti_id(item.identifier),
                   href=hrefs[item.identifier])
        _sub(ref, "weight", identifier="W", value=str(item.points))
    total = _sub(_sub(_sub(root, "outcomeProcessing"), "setOutcomeValue", identifier="SCORE"),
                 "sum")
    _sub(total, "testVariables", variableIdentifier="SCORE", weightIdentifier="W")
    return serialise(root)


def serialise(root: ET.Element) -> bytes:
    """UTF-8 XML with a declaration, two-space indent: deterministic bytes."""
    ET.indent(root, "  ")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode()
