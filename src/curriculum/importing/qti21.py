"""IMS QTI 2.1 items and content packages (``docs/import.md``).

Input: a content package (zip with ``imsmanifest.xml``; items in the order of the
package's ``assessmentTest`` when it has one, with its weights as points) or one
``assessmentItem`` file. An item with exactly one interaction of a kind the module
format has is read: ``choiceInteraction`` (single, multiple, true/false when the two
choices are our ``ID-true``/``ID-false`` or read True/False), ``textEntryInteraction``
(string: fill-in where it stands in the text; float or integer: a number, with the
``equal`` tolerance of the response processing and the text after it as unit),
``matchInteraction``, ``orderInteraction``, ``extendedTextInteraction`` (model answer
from a ``rubricBlock view="scorer"``). Modal feedback keyed by a choice becomes that
choice's feedback; other modal feedback the explanation. The rest is noted.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path
from typing import Any

from curriculum.banks.qti21 import EXPLANATION, from_qti_id
from curriculum.diagnostics import SourceLocation
from curriculum.importing.bank import Bank, Imported, built_or_noted, common, points, slug
from curriculum.importing.safe_input import (
    XmlSource,
    element_path,
    local_name,
    parse_xml,
    refuse,
    zip_members,
)
from curriculum.package_models import AssessmentItem as Item
from curriculum.package_models import (
    Choice,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    NumericResponse,
    OrderingItem,
    ShortAnswerItem,
    TrueFalseItem,
)

INTERACTIONS = frozenset({
    "choiceInteraction", "textEntryInteraction", "matchInteraction", "orderInteraction",
    "extendedTextInteraction", "inlineChoiceInteraction", "gapMatchInteraction",
    "associateInteraction", "hotspotInteraction", "hottextInteraction", "sliderInteraction",
    "uploadInteraction", "drawingInteraction", "graphicOrderInteraction",
    "graphicAssociateInteraction", "graphicGapMatchInteraction", "positionObjectInteraction",
    "selectPointInteraction", "mediaInteraction", "customInteraction", "endAttemptInteraction",
})
ITEM_TYPE = "imsqti_item_xmlv2p1"


def read_qti21(path: Path, data: bytes) -> Bank:
    """A content package (zip) or a single ``assessmentItem`` document."""
    bank = Bank(path)
    if data[:2] == b"PK":
        _package(bank, path, data)
    else:
        _item(bank, path, data, 1.0)
    return bank


def _package(bank: Bank, path: Path, data: bytes) -> None:
    members = zip_members(data, path)
    if "imsmanifest.xml" not in members:
        raise refuse("no imsmanifest.xml at the top of the zip: not a QTI content package",
                     SourceLocation(path))
    manifest_path = _member_path(path, "imsmanifest.xml")
    manifest = parse_xml(members["imsmanifest.xml"], manifest_path)
    hrefs = [r.get("href", "") for r in manifest.iter() if local_name(r) == "resource"
             and r.get("type", "") == ITEM_TYPE]
    weights, title = _test_order(members, path, manifest)
    bank.title = title
    ordered = [h for h in weights if h in hrefs] + [h for h in hrefs if h not in weights]
    for href in ordered:
        name = posixpath.normpath(href)
        if name not in members:
            bank.note(f"the manifest names {href}, which is not in the zip",
                      SourceLocation(manifest_path))
            continue
        _item(bank, _member_path(path, name), members[name], weights.get(href, 1.0))


def _member_path(path: Path, name: str) -> Path:
    """``bank.zip!items/q1.xml``: a file inside the zip, as messages show it."""
    return Path(f"{path}!{name}")


def _test_order(members: dict[str, bytes], path: Path, manifest: Any) -> tuple[
        dict[str, float], str | None]:
    """Item hrefs in the test's order with their weights, and the test's title."""
    for resource in manifest.iter():
        if local_name(resource) != "resource" or "test" not in resource.get("type", ""):
            continue
        href = posixpath.normpath(resource.get("href", ""))
        if href not in members:
            continue
        test = parse_xml(members[href], _member_path(path, href))
        base = posixpath.dirname(href)
        weights: dict[str, float] = {}
        for ref in test.iter():
            if local_name(ref) != "assessmentItemRef":
                continue
            target = posixpath.normpath(posixpath.join(base, ref.get("href", "")))
            if target not in members:  # some tools write hrefs from the package's root
                target = posixpath.normpath(ref.get("href", ""))
            weight = next((_float(w.get("value")) for w in ref if local_name(w) == "weight"),
                          None)
            weights[target] = weight if weight is not None else 1.0
        return weights, test.get("title")
    return {}, None


def _float(text: str | None) -> float | None:
    try:
        value = float(text or "")
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _item(bank: Bank, path: Path, data: bytes, weight: float) -> None:
    root = parse_xml(data, path)
    source = XmlSource(path, data)
    if local_name(root) != "assessmentItem":
        raise refuse(f"<{local_name(root)}> is not a QTI 2.1 assessmentItem", source.at(root))
    _ItemReader(bank, source, root, weight).read()


class _ItemReader:
    def __init__(self, bank: Bank, source: XmlSource, root: Any, weight: float) -> None:
        self.bank = bank
        self.source = source
        self.root = root
        self.weight = weight
        self.unit_after = False
        """A numeric entry: its tail is the unit, not prompt text."""

    def note(self, message: str, element: Any) -> None:
        self.bank.note(f"{element_path(element)}: {message}", self.source.at(element))

    def find(self, name: str, within: Any = None) -> list[Any]:
        return [e for e in (within if within is not None else self.root).iter()
                if local_name(e) == name]

    def read(self) -> None:
        body = next(iter(self.find("itemBody")), None)
        interactions = [e for e in body.iter() if local_name(e) in INTERACTIONS] \
            if body is not None else []
        if len(interactions) != 1:
            self.note(f"{len(interactions)} interactions; the module format has one per "
                      "question; left out", self.root)
            return
        interaction = interactions[0]
        read = _READERS.get(local_name(interaction))
        if read is None:
            self.note(f"{local_name(interaction)} has no equivalent in the module format; "
                      "left out", interaction)
            return
        self.unit_after = _is_number_entry(self, interaction)
        fields = self.fields(body, interaction)
        item = built_or_noted(lambda: read(self, interaction, fields),
                              lambda message: self.note(message, interaction))
        if item is not None:
            self.bank.items.append(Imported(item, self.source.at(self.root)))

    def fields(self, body: Any, interaction: Any) -> dict[str, Any]:
        identifier = self.bank.unique_id(from_qti_id(self.root.get("identifier", "")),
                                         f"question-{len(self.bank.ids) + 1}")
        location = self.source.at(self.root)
        fields = common(identifier, self.prompt(body, interaction),
                        points=points(self.weight, self.bank, location))
        explanation = [self.html(m) for m in self.find("modalFeedback")
                       if not self.choice_feedback(m)]
        if any(explanation):
            fields["explanation_html"] = "".join(explanation)
        return fields

    def choice_feedback(self, modal: Any) -> bool:
        """Feedback shown for one choice (its identifier is the choice's)."""
        identifier = modal.get("identifier", "")
        return identifier != EXPLANATION and any(
            c.get("identifier") == identifier for c in self.root.iter()
            if local_name(c) in ("simpleChoice",))

    def prompt(self, body: Any, interaction: Any) -> str:
        """The item body as HTML without the interaction; a text entry becomes ``____``."""
        parts = []
        for prompt in self.find("prompt", interaction):
            parts.append(f"<p>{self.inner(prompt)}</p>")
        return self.inner(body, interaction) + "".join(parts)

    def inner(self, element: Any, interaction: Any = None) -> str:
        """The element's content as HTML: QTI's XHTML subset, namespaces dropped."""
        out = [_escape(element.text or "")]
        for child in element:
            out.append(self.outer(child, interaction))
            if not (child is interaction and self.unit_after):
                out.append(_escape(child.tail or ""))
        return "".join(out)

    def outer(self, element: Any, interaction: Any) -> str:
        name = local_name(element)
        if element is interaction:
            return "____" if name == "textEntryInteraction" and not self.unit_after else ""
        if name == "rubricBlock" or name in INTERACTIONS or name == "prompt":
            return ""
        if name in ("feedbackInline", "feedbackBlock", "templateInline", "templateBlock",
                    "printedVariable", "object", "math", "img"):
            self.note(f"<{name}> is not imported", element)
            return ""
        attrs = "".join(f' {k}="{_escape(v, True)}"' for k, v in element.attrib.items()
                        if k in ("href", "start"))
        return f"<{name}{attrs}>{self.inner(element, interaction)}</{name}>"

    def html(self, element: Any) -> str:
        return self.inner(element).strip()

    def choices(self, interaction: Any, name: str = "simpleChoice") -> list[Choice]:
        return [Choice(identifier=_cid(c.get("identifier", "")),
                       html=self.inner(c).strip()) for c in self.find(name, interaction)]

    def correct(self, interaction: Any) -> list[str]:
        declaration = self.declaration(interaction)
        if declaration is None:
            return []
        return [(v.text or "").strip() for v in self.find("value", declaration)
                if local_name(v.getparent()) == "correctResponse"]

    def declaration(self, interaction: Any) -> Any:
        wanted = interaction.get("responseIdentifier")
        return next((d for d in self.find("responseDeclaration")
                     if d.get("identifier") == wanted), None)


def _cid(identifier: str) -> str:
    """A QTI identifier as a package identifier: ``ID-two-sixteen`` -> ``two-sixteen``."""
    return slug(from_qti_id(identifier)) or "x"


def _escape(text: str, quote: bool = False) -> str:
    from html import escape

    return escape(text, quote=quote)


def _choice(reader: _ItemReader, interaction: Any, fields: dict[str, Any]) -> Item | None:
    choices = reader.choices(interaction)
    correct = [_cid(v) for v in reader.correct(interaction)]
    known = {c.identifier for c in choices}
    if not correct or not set(correct) <= known:
        reader.note("no correct response among the choices; left out", interaction)
        return None
    texts = [c.html.strip().lower() for c in choices]
    if sorted(known) == ["false", "true"] or texts == ["true", "false"]:
        truth = choices[[c.identifier for c in choices].index(correct[0])].html.strip().lower()
        return TrueFalseItem(type="true_false", correct_response=[truth == "true"], **fields)
    single = interaction.get("maxChoices", "1") == "1" and len(correct) == 1
    feedback = {}
    for modal in reader.find("modalFeedback"):
        key = _cid(modal.get("identifier", ""))
        if key in known and reader.choice_feedback(modal):
            feedback[key] = reader.html(modal).removeprefix("<p>").removesuffix("</p>")
    return ChoiceItem(type="single_choice" if single else "multiple_choice", choices=choices,
                      correct_response=correct, feedback=feedback, **fields)


def _text_entry(reader: _ItemReader, interaction: Any, fields: dict[str, Any]) -> Item | None:
    declaration = reader.declaration(interaction)
    base = declaration.get("baseType", "") if declaration is not None else ""
    if base in ("float", "integer"):
        return _numeric(reader, interaction, fields)
    accepted = reader.correct(interaction)
    if declaration is not None:
        for entry in reader.find("mapEntry", declaration):
            if (_float(entry.get("mappedValue")) or 0) > 0:
                accepted.append(entry.get("mapKey", ""))
            if entry.get("caseSensitive") == "true":
                reader.note("a case-sensitive answer becomes case-insensitive", entry)
    accepted = list(dict.fromkeys(a.strip() for a in accepted if a.strip()))
    if not accepted:
        reader.note("no correct response; left out", interaction)
        return None
    return FillBlankItem(type="fill_blank", correct_response=accepted, **fields)


def _numeric(reader: _ItemReader, interaction: Any, fields: dict[str, Any]) -> Item | None:
    values = reader.correct(interaction)
    value = _float(values[0]) if values else None
    if value is None:
        reader.note("no numeric correct response; left out", interaction)
        return None
    tolerance = 0.0
    for equal in reader.find("equal"):
        if equal.get("toleranceMode") == "absolute":
            parts = (equal.get("tolerance") or "0").split()
            tolerance = max(abs(_float(p) or 0.0) for p in parts)
        elif equal.get("toleranceMode") == "relative":
            reader.note("a relative tolerance is not imported (exact answer)", equal)
    unit = (interaction.tail or "").strip() or None
    response = NumericResponse(value=_whole(value), tolerance=_whole(tolerance))
    return NumericItem(type="numeric", correct_response=response, unit=unit, **fields)


def _is_number_entry(reader: _ItemReader, interaction: Any) -> bool:
    declaration = reader.declaration(interaction)
    return local_name(interaction) == "textEntryInteraction" and declaration is not None \
        and declaration.get("baseType") in ("float", "integer")


def _whole(value: float) -> int | float:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _matching(reader: _ItemReader, interaction: Any, fields: dict[str, Any]) -> Item | None:
    sets = reader.find("simpleMatchSet", interaction)
    if len(sets) != 2:
        reader.note("a match needs two sets; left out", interaction)
        return None
    lefts = reader.choices(sets[0], "simpleAssociableChoice")
    rights = reader.choices(sets[1], "simpleAssociableChoice")
    pairs = [[_cid(p) for p in v.split()] for v in reader.correct(interaction)]
    paired_rights = {p[1] for p in pairs if len(p) == 2}
    for right in rights:
        if right.identifier not in paired_rights:
            reader.note(f'the extra right-hand entry "{right.html}" is not imported', sets[1])
    left_ids = {c.identifier for c in lefts}
    pairs = [p for p in pairs if len(p) == 2 and p[0] in left_ids and p[1] in paired_rights]
    if len(pairs) < 2 or len({p[0] for p in pairs}) != len(pairs):
        reader.note("fewer than two one-to-one pairs; left out", interaction)
        return None
    return MatchingItem(type="matching", lefts=[c for c in lefts if c.identifier in
                                                {p[0] for p in pairs}],
                        rights=[c for c in rights if c.identifier in paired_rights],
                        correct_response=pairs, **fields)


def _ordering(reader: _ItemReader, interaction: Any, fields: dict[str, Any]) -> Item | None:
    choices = reader.choices(interaction)
    order = [_cid(v) for v in reader.correct(interaction)]
    if sorted(order) != sorted(c.identifier for c in choices):
        reader.note("the correct order does not name every choice once; left out",
                    interaction)
        return None
    return OrderingItem(type="ordering", choices=choices, correct_response=order, **fields)


def _extended(reader: _ItemReader, interaction: Any, fields: dict[str, Any]) -> Item | None:
    rubrics = [r for r in reader.find("rubricBlock") if "scorer" in r.get("view", "")]
    model = "".join(reader.html(r) for r in rubrics)
    if not model:
        reader.note("no scorer rubric: the model answer says to write one", interaction)
        model = "<p>(add what a good answer contains)</p>"
    return ShortAnswerItem(type="short_answer", model_answer_html=model, **fields)


_READERS: dict[str, Callable[[_ItemReader, Any, dict[str, Any]], Item | None]] = {
    "choiceInteraction": _choice,
    "textEntryInteraction": _text_entry,
    "matchInteraction": _matching,
    "orderInteraction": _ordering,
    "extendedTextInteraction": _extended,
}
