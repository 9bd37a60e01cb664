"""IMS Common Cartridge 1.1 (``.imscc``): each assessment's QTI 1.2.1 items, a module each.

Read: the manifest's ``imsqti_xmlv1p2/imscc_xmlv1p1/assessment`` resources (question banks
only when the cartridge has no assessment; ours repeat the assessments' items), and in
them the profile's item types by their ``cc_profile``: ``cc.multiple_choice``,
``cc.multiple_response``, ``cc.true_false``, ``cc.fib``, ``cc.essay``; ``cc_weighting`` as
points. A fill-in item whose prompt has no blank and whose answers are whole numbers in
one run (``1985`` … ``1989``, as our export writes a number with a tolerance) becomes a
numeric question again. Feedback shown on a choice's condition is that choice's feedback;
other feedback is the explanation. ``cc.pattern_match`` and web content are not imported.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from curriculum.diagnostics import SourceLocation
from curriculum.importing.bank import Bank, Imported, built_or_noted, common, points, slug
from curriculum.importing.markdown import text_to_markdown
from curriculum.importing.qti21 import _member_path
from curriculum.importing.safe_input import (
    XmlSource,
    element_path,
    local_name,
    parse_xml,
    refuse,
    zip_members,
)
from curriculum.models import BLANK_PATTERN
from curriculum.package_models import (
    AssessmentItem,
    Choice,
    ChoiceItem,
    FillBlankItem,
    NumericItem,
    NumericResponse,
    ShortAnswerItem,
    TrueFalseItem,
)

ASSESSMENT = "assessment"
BANK = "question-bank"
QTI = "imsqti_xmlv1p2"


def read_cartridge(path: Path, data: bytes) -> list[Bank]:
    """One bank per assessment of the cartridge, in manifest order."""
    members = zip_members(data, path)
    if "imsmanifest.xml" not in members:
        raise refuse("no imsmanifest.xml at the top of the zip: not a Common Cartridge",
                     SourceLocation(path))
    manifest = parse_xml(members["imsmanifest.xml"], _member_path(path, "imsmanifest.xml"))
    files = {kind: list(_quiz_files(manifest, kind)) for kind in (ASSESSMENT, BANK)}
    banks = []
    for href in files[ASSESSMENT] or files[BANK]:
        name = posixpath.normpath(href)
        where = _member_path(path, name)
        if name not in members:
            raise refuse(f"the manifest names {href}, which is not in the cartridge",
                         SourceLocation(where))
        banks.append(_read_quiz(where, members[name]))
    if not banks:
        raise refuse("the cartridge has no QTI assessment or question bank",
                     SourceLocation(_member_path(path, "imsmanifest.xml")))
    return banks


def _quiz_files(manifest: Any, kind: str) -> Iterator[str]:
    for resource in manifest.iter():
        kind_attr = resource.get("type", "") if local_name(resource) == "resource" else ""
        if QTI in kind_attr and kind_attr.endswith(f"/{kind}"):
            for file in resource:
                if local_name(file) == "file" and file.get("href"):
                    yield file.get("href")
                    break


def _read_quiz(path: Path, data: bytes) -> Bank:
    root = parse_xml(data, path)
    source = XmlSource(path, data)
    bank = Bank(path)
    holder = next((e for e in root if local_name(e) in ("assessment", "objectbank")), None)
    if holder is None:
        raise refuse("no <assessment> or <objectbank> in this QTI file", source.at(root))
    bank.title = holder.get("title")
    ident = holder.get("ident", "")
    prefix = "assess-" if local_name(holder) == "assessment" else "bank-"  # as ours write them
    bank.module_id = slug(ident.removeprefix(prefix)) or None
    reader = _ItemReader(bank, source)
    for item in holder.iter():
        if local_name(item) == "item":
            reader.read(item)
    return bank


def _all(element: Any, name: str) -> list[Any]:
    return [e for e in element.iter() if local_name(e) == name]


def _first(element: Any, name: str) -> Any:
    return next(iter(_all(element, name)), None)


def _metadata(item: Any) -> dict[str, str]:
    fields = {}
    for field in _all(item, "qtimetadatafield"):
        label, entry = _first(field, "fieldlabel"), _first(field, "fieldentry")
        if label is not None and entry is not None:
            fields[(label.text or "").strip()] = (entry.text or "").strip()
    return fields


class _ItemReader:
    def __init__(self, bank: Bank, source: XmlSource) -> None:
        self.bank = bank
        self.source = source

    def note(self, message: str, element: Any) -> None:
        self.bank.note(f"{element_path(element)}: {message}", self.source.at(element))

    def read(self, item: Any) -> None:
        metadata = _metadata(item)
        profile = metadata.get("cc_profile", "").removesuffix(".v0p1")
        read = _TYPES.get(profile)
        if read is None:
            self.note(f'item type "{profile or "none"}" has no equivalent in the module format; '
                      "left out", item)
            return
        presentation = _first(item, "presentation")
        material = _first(presentation, "mattext") if presentation is not None else None
        identifier = self.bank.unique_id(item.get("ident", "").removeprefix("q-"),
                                         f"question-{len(self.bank.ids) + 1}")
        weight = float(metadata.get("cc_weighting") or 1) if _is_number(
            metadata.get("cc_weighting")) else 1.0
        fields = common(identifier, self.html(material),
                        points=points(weight, self.bank, self.source.at(item)))
        general = self.general_feedback(item)
        if general:
            fields["explanation_html"] = general
        built = built_or_noted(lambda: read(self, item, fields),
                               lambda message: self.note(message, item))
        if built is not None:
            self.bank.items.append(Imported(built, self.source.at(item)))

    def html(self, mattext: Any) -> str:
        if mattext is None:
            return ""
        text = mattext.text or ""
        if mattext.get("texttype", "text/plain") == "text/html":
            return text.strip()
        from curriculum.rendering import markdown_to_html

        return str(markdown_to_html(text_to_markdown(text)))

    def labels(self, item: Any) -> list[tuple[str, str]]:
        return [(label.get("ident", ""), self.html(_first(label, "mattext")))
                for label in _all(item, "response_label")]

    def conditions(self, item: Any) -> list[tuple[Any, float]]:
        """Each ``respcondition`` with the score it sets (0 when it sets none)."""
        found = []
        for condition in _all(item, "respcondition"):
            score = 0.0
            for setvar in _all(condition, "setvar"):
                score = max(score, float(setvar.text) if _is_number(setvar.text) else 0.0)
            found.append((condition, score))
        return found

    def right_values(self, item: Any) -> list[str]:
        """Values of ``varequal`` in the conditions that give credit (not under ``not``)."""
        values = []
        for condition, score in self.conditions(item):
            if score <= 0:
                continue
            for equal in _all(condition, "varequal"):
                if local_name(equal.getparent()) != "not":
                    values.append((equal.text or "").strip())
        return values

    def general_feedback(self, item: Any) -> str:
        shown = self.choice_feedback_ids(item)
        parts = [self.html(_first(f, "mattext")) for f in _all(item, "itemfeedback")
                 if f.get("ident") not in shown.values()]
        return "".join(p for p in parts if p)

    def choice_feedback_ids(self, item: Any) -> dict[str, str]:
        """Choice id -> feedback id, for feedback shown when exactly that choice is picked."""
        choices = {ident for ident, _ in self.labels(item)}
        found = {}
        for condition, _score in self.conditions(item):
            equals = _all(condition, "varequal")
            links = [d.get("linkrefid") for d in _all(condition, "displayfeedback")]
            if len(equals) == 1 and len(links) == 1 and (equals[0].text or "").strip() in \
                    choices and local_name(equals[0].getparent()) == "conditionvar":
                found[(equals[0].text or "").strip()] = links[0] or ""
        return found


def _is_number(text: str | None) -> bool:
    try:
        value = float(text or "")
    except ValueError:
        return False
    return value == value and abs(value) != float("inf")


def _choice(reader: _ItemReader, item: Any, fields: dict[str, Any]) -> AssessmentItem | None:
    labels = reader.labels(item)
    ids = {ident: slug(ident) or f"x{n}" for n, (ident, _) in enumerate(labels)}
    right = [ids[v] for v in dict.fromkeys(reader.right_values(item)) if v in ids]
    if not right:
        reader.note("no choice gives credit; left out", item)
        return None
    feedback_of = reader.choice_feedback_ids(item)
    texts = {f.get("ident"): reader.html(_first(f, "mattext")) for f in _all(item, "itemfeedback")}
    feedback = {ids[c]: texts[f].removeprefix("<p>").removesuffix("</p>")
                for c, f in feedback_of.items() if c in ids and texts.get(f)}
    many = (_first(item, "response_lid") is not None
            and _first(item, "response_lid").get("rcardinality") == "Multiple")
    return ChoiceItem(type="multiple_choice" if many or len(right) > 1 else "single_choice",
                      choices=[Choice(identifier=ids[i], html=h) for i, h in labels],
                      correct_response=right, feedback=feedback, **fields)


def _true_false(reader: _ItemReader, item: Any, fields: dict[str, Any]) -> AssessmentItem | None:
    labels = dict(reader.labels(item))
    right = reader.right_values(item)
    if not right or right[0] not in labels:
        reader.note("no answer gives credit; left out", item)
        return None
    text = f"{right[0]} {labels[right[0]]}".lower()
    return TrueFalseItem(type="true_false", correct_response=["true" in text], **fields)


def _fill_in(reader: _ItemReader, item: Any, fields: dict[str, Any]) -> AssessmentItem | None:
    answers = list(dict.fromkeys(v for v in reader.right_values(item) if v))
    if not answers:
        reader.note("no answer gives credit; left out", item)
        return None
    numeric = _number_run(answers)
    if numeric is not None and not BLANK_PATTERN.search(fields["prompt_html"]):
        return NumericItem(type="numeric", correct_response=numeric, **fields)
    return FillBlankItem(type="fill_blank", correct_response=answers, **fields)


def _number_run(answers: list[str]) -> NumericResponse | None:
    """Whole numbers in one unbroken run (or one number) as a value and tolerance."""
    if not all(_is_number(a) for a in answers):
        return None
    values = sorted(float(a) for a in answers)
    if len(values) == 1:
        value = values[0]
        return NumericResponse(value=int(value) if value.is_integer() else value, tolerance=0)
    if not all(v.is_integer() for v in values) or values != [values[0] + n for n in
                                                               range(len(values))]:
        return None
    if len(values) % 2 == 0:
        return None  # an even run has no whole middle: not one of ours
    middle = int(values[len(values) // 2])
    return NumericResponse(value=middle, tolerance=len(values) // 2)


def _essay(reader: _ItemReader, item: Any, fields: dict[str, Any]) -> AssessmentItem | None:
    reader.note("a cartridge essay carries no model answer: the model answer says to write one",
                item)
    return ShortAnswerItem(type="short_answer",
                           model_answer_html="<p>(add what a good answer contains)</p>",
                           **fields)


_TYPES = {
    "cc.multiple_choice": _choice,
    "cc.multiple_response": _choice,
    "cc.true_false": _true_false,
    "cc.fib": _fill_in,
    "cc.essay": _essay,
}
