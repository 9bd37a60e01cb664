"""Module quizzes as QTI 1.2.1 in the Common Cartridge 1.1 profile (``docs/cc.md``).

The profile has six item types (``cc_profile`` metadata): multiple choice, multiple
response, true/false, fill in the blank, essay and pattern match. Ours map onto the
first five; numeric items become fill-in items when their accepted values can be listed
(whole numbers, at most :data:`MAX_LISTED` of them), and matching and ordering items have
no profile type: :func:`cc_left_out` says why an item is not written.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from curriculum.banks.markup import html_text
from curriculum.package_models import (
    AssessmentItem,
    ChoiceItem,
    FillBlankItem,
    NumericItem,
    ShortAnswerItem,
    TrueFalseItem,
)

NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XSD = "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd"
MAX_LISTED = 21
PROFILES = {
    "single_choice": "cc.multiple_choice.v0p1",
    "multiple_choice": "cc.multiple_response.v0p1",
    "true_false": "cc.true_false.v0p1",
    "fill_blank": "cc.fib.v0p1",
    "numeric": "cc.fib.v0p1",
    "short_answer": "cc.essay.v0p1",
}


def cc_left_out(item: AssessmentItem) -> str | None:
    """Why the CC 1.1 profile cannot carry ``item``, or None when it can."""
    if item.type in ("matching", "ordering"):
        return f"the Common Cartridge 1.1 QTI profile has no {item.type} type"
    if isinstance(item, NumericItem) and _listed_values(item) is None:
        return ("the profile has no numeric type, and the accepted values cannot be "
                f"listed (whole numbers, at most {MAX_LISTED})")
    return None


def _listed_values(item: NumericItem) -> list[str] | None:
    value, tolerance = item.correct_response.value, item.correct_response.tolerance
    if tolerance == 0:
        return [_number(value)]
    if not (float(value).is_integer() and float(tolerance).is_integer()):
        return None
    low, high = int(value - tolerance), int(value + tolerance)
    return [str(n) for n in range(low, high + 1)] if high - low < MAX_LISTED else None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def questestinterop(kind: str, ident: str, title: str, items: list[AssessmentItem]) -> bytes:
    """An ``assessment`` (kind ``assessment``) or ``objectbank`` (kind ``bank``) document."""
    root = ET.Element("questestinterop", {
        "xmlns": NS, f"{{{XSI}}}schemaLocation": f"{NS} {XSD}"})
    if kind == "bank":
        holder = ET.SubElement(root, "objectbank", ident=f"bank-{ident}")
        _metadata(holder, [("cc_profile", "cc.question_bank.v0p1")])
    else:
        assessment = ET.SubElement(root, "assessment", ident=f"assess-{ident}", title=title)
        _metadata(assessment, [("cc_profile", "cc.exam.v0p1"),
                               ("qmd_assessmenttype", "Examination")])
        holder = ET.SubElement(assessment, "section", ident=f"section-{ident}")
    for item in items:
        if cc_left_out(item) is None:
            holder.append(_item(item))
    ET.indent(root, "  ")
    text = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{text}\n'.encode()


def _metadata(parent: ET.Element, fields: list[tuple[str, str]]) -> None:
    metadata = ET.SubElement(parent, "qtimetadata")
    for label, entry in fields:
        field = ET.SubElement(metadata, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _material(parent: ET.Element, html: str) -> None:
    ET.SubElement(ET.SubElement(parent, "material"), "mattext", texttype="text/html").text = html


def _item(item: AssessmentItem) -> ET.Element:
    title = html_text(item.prompt_html)
    element = ET.Element("item", ident=f"q-{item.identifier}",
                         title=title if len(title) <= 80 else title[:79] + "…")
    _metadata(ET.SubElement(element, "itemmetadata"), [
        ("cc_profile", PROFILES[item.type]),
        ("cc_weighting", str(item.points)),
    ])
    presentation = ET.SubElement(element, "presentation")
    _material(presentation, item.prompt_html)
    _response(presentation, item)
    _processing(element, item)
    general = (item.explanation_html or "") + (item.feedback_html or "")
    if general:
        feedback = ET.SubElement(element, "itemfeedback", ident="general_fb")
        _material(ET.SubElement(feedback, "flow_mat"), general)
    return element


def _choices(item: AssessmentItem) -> list[tuple[str, str]]:
    if isinstance(item, ChoiceItem):
        return [(c.identifier, c.html) for c in item.choices]
    return [("true", "True"), ("false", "False")]


def _response(presentation: ET.Element, item: AssessmentItem) -> None:
    if isinstance(item, ChoiceItem | TrueFalseItem):
        many = item.type == "multiple_choice"
        response = ET.SubElement(presentation, "response_lid", ident="response",
                                 rcardinality="Multiple" if many else "Single")
        choices = ET.SubElement(response, "render_choice")
        for ident, html in _choices(item):
            _material(ET.SubElement(choices, "response_label", ident=ident), html)
        return
    response = ET.SubElement(presentation, "response_str", ident="response",
                             rcardinality="Single")
    rows = "10" if isinstance(item, ShortAnswerItem) else "1"
    ET.SubElement(ET.SubElement(response, "render_fib", rows=rows), "response_label",
                  ident="answer")


def _processing(element: ET.Element, item: AssessmentItem) -> None:
    """Score 100 when right (the LMS scales by ``cc_weighting``); essays are not scored."""
    has_feedback = bool(item.explanation_html or item.feedback_html)
    if isinstance(item, ShortAnswerItem) and not has_feedback:
        return  # graded by a person, nothing to show: no processing at all
    processing = ET.SubElement(element, "resprocessing")
    ET.SubElement(ET.SubElement(processing, "outcomes"), "decvar", varname="SCORE",
                  vartype="Decimal", minvalue="0", maxvalue="100")
    if has_feedback:
        shown = ET.SubElement(processing, "respcondition", attrib={"continue": "Yes"})
        ET.SubElement(ET.SubElement(shown, "conditionvar"), "other")
        ET.SubElement(shown, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    if isinstance(item, ShortAnswerItem):
        return  # graded by a person
    condition = ET.SubElement(processing, "respcondition", attrib={"continue": "No"})
    _condition(ET.SubElement(condition, "conditionvar"), item)
    ET.SubElement(condition, "setvar", varname="SCORE", action="Set").text = "100"


def _condition(parent: ET.Element, item: AssessmentItem) -> None:
    if isinstance(item, ChoiceItem) and item.type == "multiple_choice":
        both = ET.SubElement(parent, "and")
        for choice in item.choices:
            target = both if choice.identifier in item.correct_response else ET.SubElement(
                both, "not")
            ET.SubElement(target, "varequal", respident="response").text = choice.identifier
        return
    if isinstance(item, ChoiceItem):
        ET.SubElement(parent, "varequal", respident="response").text = item.correct_response[0]
        return
    if isinstance(item, TrueFalseItem):
        ET.SubElement(parent, "varequal", respident="response").text = str(
            item.correct_response[0]).lower()
        return
    accepted: list[str] = []
    if isinstance(item, FillBlankItem):
        accepted = list(dict.fromkeys(item.correct_response))
    elif isinstance(item, NumericItem):
        accepted = _listed_values(item) or []
    for answer in accepted:
        ET.SubElement(parent, "varequal", respident="response", case="No").text = answer
