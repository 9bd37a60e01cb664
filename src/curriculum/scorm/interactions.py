"""Identifiers the SCORM interaction records use, valid for each version, and their map.

Package identifiers (``[a-z0-9][a-z0-9.-]*``) break the letter of both data models:

- SCORM 1.2 ``cmi.interactions.n.id`` and objective ids are CMIIdentifier (Moodle checks
  ``^\\w{0,255}$`` in its older player), and choice, matching and sequencing responses
  are single characters ``0-9 a-z`` per option;
- SCORM 2004 responses are short identifiers; Moodle refuses anything outside
  ``^[\\w.]{1,250}$`` (no hyphen) with error 406.

So every question, option and objective gets a version-specific code, computed here at
build time: deterministic (authored order, a collision takes the next free suffix or
character), an id that is already valid keeps its name. The player writes the codes
(``payload.js``: ``lms`` per item), and the same map is written into the zip as
``interactions.json`` so that an LMS report can be read back (docs/scorm.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from curriculum.package_models import (
    AssessmentItem,
    ChoiceItem,
    MatchingItem,
    OrderingItem,
    Package,
)

MAP_FILE = "interactions.json"
MAP_FORMAT = "curriculum-scorm-interactions"
MAP_VERSION = 1
CHOICE_CODES = "abcdefghijklmnopqrstuvwxyz0123456789"
LEFT_CODES = "1234567890abcdefghijklmnopqrstuvwxyz"
ATTEMPT_SUFFIX = "_a"
RECORD_ID = re.compile(r"^(\w+)_a([0-9]+)$", re.ASCII)
"""A record id: the interaction id, then ``_a`` and the attempt number."""
_NOT_WORD = re.compile(r"[^A-Za-z0-9_]")
_NOT_SHORT = re.compile(r"[^A-Za-z0-9_.]")


def word_names(identifiers: Iterable[str], allowed: re.Pattern[str]) -> dict[str, str]:
    """Each identifier with every character outside ``allowed`` made ``_``, kept unique.

    A name already taken gets ``_2``, ``_3`` ... (in the order given), so two ids that
    differ only by a hyphen and a dot still get two names.
    """
    names: dict[str, str] = {}
    taken: set[str] = set()
    for identifier in identifiers:
        base = allowed.sub("_", identifier)
        name, counter = base, 1
        while name in taken:
            counter += 1
            name = f"{base}_{counter}"
        names[identifier] = name
        taken.add(name)
    return names


def single_characters(identifiers: list[str], alphabet: str) -> dict[str, str]:
    """SCORM 1.2 codes: one character per option; an id that is one such character keeps it.

    Options beyond the alphabet (more than 36) get no code: their responses cannot be
    written in SCORM 1.2's format, so the player leaves the response out.
    """
    codes = {i: i for i in identifiers if len(i) == 1 and i in alphabet}
    free = iter(c for c in alphabet if c not in codes.values())
    for identifier in identifiers:
        if identifier not in codes:
            code = next(free, None)
            if code is not None:
                codes[identifier] = code
    return {i: codes[i] for i in identifiers if i in codes}


def item_codes(item: AssessmentItem, version: str) -> dict[str, dict[str, str]]:
    """The option codes of one item: ``choices`` or ``lefts`` and ``rights`` (id -> code)."""
    if version == "1.2":
        def short(ids: list[str], alphabet: str = CHOICE_CODES) -> dict[str, str]:
            return single_characters(ids, alphabet)
    else:
        def short(ids: list[str], alphabet: str = CHOICE_CODES) -> dict[str, str]:
            return word_names(ids, _NOT_SHORT)
    if isinstance(item, ChoiceItem | OrderingItem):
        return {"choices": short([c.identifier for c in item.choices])}
    if isinstance(item, MatchingItem):
        return {"lefts": short([c.identifier for c in item.lefts], LEFT_CODES),
                "rights": short([c.identifier for c in item.rights])}
    return {}


def question_names(items: Sequence[AssessmentItem]) -> dict[str, str]:
    """Question id -> interaction id (before the attempt suffix); the same in both versions."""
    return word_names((item.identifier for item in items), _NOT_WORD)


def quiz_items(package: Package) -> list[AssessmentItem]:
    """The items of the package's quiz (none without a quiz)."""
    return list(package.assessments[0].items) if package.assessments else []


def objective_names(package: Package, version: str) -> dict[str, str]:
    """Objective id -> the id the records use: ``\\w`` for 1.2, unchanged for 2004.

    SCORM 2004 objective ids are long identifiers, where a hyphen is valid.
    """
    ids = [o.identifier for o in package.manifest.metadata.objectives]
    return word_names(ids, _NOT_WORD) if version == "1.2" else {i: i for i in ids}


def item_lms(item: AssessmentItem, version: str, questions: dict[str, str],
             objectives: dict[str, str]) -> dict[str, Any]:
    """What the player needs to write one item's records: its id, option codes, objective."""
    out: dict[str, Any] = {"id": questions[item.identifier], **item_codes(item, version)}
    if item.objective and item.objective in objectives:
        out["objective"] = objectives[item.objective]
    return out


def interaction_map(package: Package, version: str) -> dict[str, Any]:
    """The map kept in the zip: from what an LMS report shows back to the package's ids."""
    items = quiz_items(package)
    questions = question_names(items)
    objectives = objective_names(package, version)
    return {
        "format": MAP_FORMAT,
        "format_version": MAP_VERSION,
        "scorm": version,
        "module": package.manifest.identifier,
        "record_id": f"<interaction>{ATTEMPT_SUFFIX}<attempt number>",
        "questions": [_question_entry(item, version, questions) for item in items],
        "objectives": {code: identifier for identifier, code in objectives.items()},
    }


def _question_entry(item: AssessmentItem, version: str, names: dict[str, str]
                    ) -> dict[str, Any]:
    entry: dict[str, Any] = {"interaction": names[item.identifier], "question": item.identifier}
    for field, codes in item_codes(item, version).items():
        entry[field] = {code: identifier for identifier, code in codes.items()}
    return entry


def map_json(package: Package, version: str) -> bytes:
    """``interactions.json``: the map as sorted, indented UTF-8 JSON (reproducible)."""
    text = json.dumps(interaction_map(package, version), ensure_ascii=False, indent=1,
                      sort_keys=True)
    return (text + "\n").encode("utf-8")
