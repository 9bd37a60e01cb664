"""The JSON package of one module turned into what the SCORM player reads (``payload.js``).

Built FROM :func:`curriculum.package.module_package_model`, so the player shows the
same HTML and grades with the same answer keys as the JSON package. What the
transformation removes, so that no answer is in clear text in the zip:

- ``correct_response`` becomes salted SHA-256 hashes of its canonical form
  (``key`` / ``keys``); numeric ranges are obscured (``range``);
- explanations, general and per-choice feedback, and the correct response the review
  shows after submitting, are obscured (``reveal``);
- model answers of short-answer items are dropped (a trainer grades those
  from the JSON package or the PDF answer key);
- trainer notes were never in the package.

See ``obscure.py`` for why this obscures rather than secures.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from curriculum.i18n.catalogues import interface
from curriculum.i18n.languages import direction
from curriculum.package import package_data
from curriculum.package_models import (
    Assessment,
    AssessmentItem,
    Choice,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    OrderingItem,
    Package,
    Resource,
    ShortAnswerItem,
    Source,
    TrueFalseItem,
)
from curriculum.pdf.catalogue import strings
from curriculum.scorm.interactions import item_lms, objective_names, question_names, quiz_items
from curriculum.scorm.lom import TLP_MEANINGS
from curriculum.scorm.obscure import normalise_text, obscure_text, response_hash
from curriculum.scorm.strings import player_strings

PAYLOAD_FORMAT = "curriculum-scorm-player"
PAYLOAD_VERSION = 1


def player_payload(package: Package, scorm_version: str) -> dict[str, Any]:
    """The player's data for one module package; ``scorm_version`` is ``1.2`` or ``2004``."""
    manifest = package.manifest
    metadata = manifest.metadata
    salt = package_salt(package)
    assessments = package.assessments
    objectives = objective_names(package, scorm_version)
    lms = _Lms(scorm_version, question_names(quiz_items(package)), objectives)
    return {
        "format": PAYLOAD_FORMAT,
        "format_version": PAYLOAD_VERSION,
        "scorm": scorm_version,
        "id": manifest.identifier,
        "version": manifest.version,
        "title": manifest.title,
        "language": manifest.language,
        "dir": direction(manifest.language),
        "strings": player_strings(manifest.language),
        "handling": manifest.handling,
        "handling_text": _meaning(manifest.handling, manifest.language),
        "summary_html": metadata.summary_html or "",
        "advisory_html": metadata.advisory_html or "",
        "self_care_html": metadata.self_care_html or "",
        "duration": metadata.duration,
        "objectives": [{"id": o.identifier, "text": o.text, "lms": objectives[o.identifier]}
                       for o in metadata.objectives],
        "sections": [_section(r) for r in package.resources],
        "sources": [_source(s) for s in package.sources],
        "quiz": (_quiz(assessments[0], salt, manifest.language, lms) if assessments
                 else None),
        "fingerprint": salt[:12],
    }


def _meaning(handling: str, language: str) -> str:
    """What the marking means, in the module's language (the manifests keep English)."""
    meaning = TLP_MEANINGS[handling]
    return interface(language).gettext(meaning)


def package_salt(package: Package) -> str:
    """A salt that changes with the content (deterministic: no randomness in builds).

    Computed over the package as the JSON package writes it, so the salt is the same
    whichever way the package reached the exporter.
    """
    canonical = json.dumps(package_data(package), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(f"curriculum-scorm|{canonical}".encode()).hexdigest()[:32]


def _section(resource: Resource) -> dict[str, Any]:
    section_id = resource.identifier.split(".", 1)[-1]
    return {"id": section_id, "title": resource.title, "html": resource.html,
            "scenario": resource.scenario}


def _source(source: Source) -> dict[str, Any]:
    shown = {"title": source.title, "publisher": source.publisher, "date": source.date,
             "url": source.url}
    return {k: v for k, v in shown.items() if v}


@dataclass(frozen=True)
class _Lms:
    """The version's identifiers for the interaction records (``interactions.py``)."""

    version: str
    questions: dict[str, str]
    objectives: dict[str, str]

    def of(self, item: AssessmentItem) -> dict[str, Any]:
        return item_lms(item, self.version, self.questions, self.objectives)


def _quiz(assessment: Assessment, salt: str, language: str, lms: _Lms) -> dict[str, Any]:
    return {
        "id": assessment.identifier,
        "title": strings(language).quiz_title(assessment.title),
        "mastery": assessment.mastery_score,
        "shuffle": assessment.shuffle,
        "draw": assessment.draw,
        "mode": assessment.mode,
        "attempts": assessment.attempts,
        "retry": assessment.retry,
        "salt": salt,
        "items": [{**_item(item, salt), "lms": lms.of(item)} for item in assessment.items],
    }


def _item(item: AssessmentItem, salt: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.identifier,
        "type": item.type,
        "points": item.points,
        "prompt_html": item.prompt_html,
    }
    if item.group:
        out["group"] = item.group
    if item.objective:
        out["objective"] = item.objective
    out.update(_transform(item, salt))
    reveal = _reveal(item)
    if reveal:
        out["reveal"] = obscure_text(salt, item.identifier, reveal)
    return out


def _reveal(item: AssessmentItem) -> str:
    """What the learner sees after submitting, as JSON to obscure ('' when nothing).

    ``correct`` is the correct response for the review (choice ids, accepted texts,
    ``[left, right]`` pairs, the order, or ``{value, tolerance}``); short answers have none.
    """
    data = item.model_dump(mode="json", exclude_none=True)
    shown = {key: data[key] for key in ("explanation_html", "feedback_html", "feedback")
             if data.get(key)}
    if "correct_response" in data:
        shown["correct"] = data["correct_response"]
    return json.dumps(shown, sort_keys=True, ensure_ascii=False) if shown else ""


def _choices(choices: list[Choice]) -> list[dict[str, str]]:
    return [{"id": c.identifier, "html": c.html} for c in choices]


def _choice(item: ChoiceItem, salt: str) -> dict[str, Any]:
    canonical = ",".join(sorted(item.correct_response))
    return {"choices": _choices(item.choices),
            "key": response_hash(salt, item.identifier, canonical)}


def _true_false(item: TrueFalseItem, salt: str) -> dict[str, Any]:
    canonical = "true" if item.correct_response[0] else "false"
    return {"key": response_hash(salt, item.identifier, canonical)}


def _fill_blank(item: FillBlankItem, salt: str) -> dict[str, Any]:
    answers = {normalise_text(a) for a in item.correct_response}
    return {"keys": sorted(response_hash(salt, item.identifier, a) for a in answers)}


def _numeric(item: NumericItem, salt: str) -> dict[str, Any]:
    response = item.correct_response
    low = response.value - response.tolerance
    high = response.value + response.tolerance
    blob = obscure_text(salt, f"{item.identifier}|range", json.dumps([low, high]))
    out: dict[str, Any] = {"range": blob}
    if item.unit:
        out["unit"] = item.unit
    return out


def _matching(item: MatchingItem, salt: str) -> dict[str, Any]:
    canonical = ",".join(f"{left}={right}" for left, right in sorted(item.correct_response))
    return {"lefts": _choices(item.lefts), "rights": _choices(item.rights),
            "key": response_hash(salt, item.identifier, canonical)}


def _ordering(item: OrderingItem, salt: str) -> dict[str, Any]:
    canonical = ",".join(item.correct_response)
    return {"choices": _choices(item.choices),
            "key": response_hash(salt, item.identifier, canonical)}


def _short_answer(item: ShortAnswerItem, salt: str) -> dict[str, Any]:
    return {}


_TRANSFORMS: dict[type, Callable[[Any, str], dict[str, Any]]] = {
    ChoiceItem: _choice,
    TrueFalseItem: _true_false,
    FillBlankItem: _fill_blank,
    NumericItem: _numeric,
    MatchingItem: _matching,
    OrderingItem: _ordering,
    ShortAnswerItem: _short_answer,
}


def _transform(item: AssessmentItem, salt: str) -> dict[str, Any]:
    """The type's grading data: hashed keys, an obscured range, the options to show."""
    return _TRANSFORMS[type(item)](item, salt)


def payload_script(payload: dict[str, Any]) -> bytes:
    """``payload.js``: the payload as a JSON literal assigned to one global.

    ``<``, ``>``, ``&`` and the two JavaScript line separators are written as
    ``\\uXXXX`` escapes, so no author text can close a script element or break
    out of the literal, wherever the file is included.
    """
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return f"window.CURRICULUM_PAYLOAD = {text};\n".encode()
