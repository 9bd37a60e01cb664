"""SCORM interaction records read back into the package's own ids.

The SCORM player writes version-valid codes (``scorm/interactions.py``, kept in each zip
as ``interactions.json``): record ids ``<interaction>_a<attempt>`` and per option a single
character (1.2) or a ``[\\w.]`` name (2004). The same map is computed here from the
module, so an LMS export is analysed against the package's question and option ids.
Results that already use the package's ids (older packages, hand-made files) pass
unchanged; when a learner has records of several attempts, the latest attempt counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from curriculum.analysis.grading import split_list
from curriculum.analysis.reading import Results
from curriculum.package_models import AssessmentItem, MatchingItem
from curriculum.scorm.interactions import RECORD_ID, item_codes, question_names

Decoder = dict[str, dict[str, str]]
"""Per option list (``choices``, ``lefts``, ``rights``): a code of either version -> id."""


def read_back(results: Results, items: Sequence[AssessmentItem]) -> Results:
    """``results`` with record ids and option codes turned into the package's ids."""
    questions = {item.identifier for item in items}
    names = {name: qid for qid, name in question_names(items).items()}
    plan = {raw: _decode_id(raw, questions, names) for raw in results.question_ids}
    if all(found is None for found in plan.values()):
        return results
    decoders = {item.identifier: _decoder(item) for item in items}
    kinds = {item.identifier: item for item in items}
    out = Results(results.path, results.layout, list(results.learners))
    for raw, where in results.question_ids.items():
        found = plan[raw]
        out.question_ids.setdefault(found[0] if found else raw, where)
    for learner in results.learners:
        out.answers[learner] = _answers(results, learner, plan, decoders, kinds)
    for (learner, raw), result in results.recorded.items():
        decoded = plan[raw]
        if decoded is None or _latest(results, learner, raw, plan):
            out.recorded[(learner, decoded[0] if decoded else raw)] = result
    return out


def _decode_id(raw: str, questions: set[str], names: dict[str, str]) -> tuple[str, int] | None:
    """``(question id, attempt)`` for a record id; None for a package question id itself."""
    if raw in questions:
        return None
    found = RECORD_ID.match(raw)
    if found and found.group(1) in names:
        return names[found.group(1)], int(found.group(2))
    return None


def _latest(results: Results, learner: str, raw: str,
            plan: dict[str, tuple[str, int] | None]) -> bool:
    """True when ``raw`` is the learner's latest attempt at its question."""
    found = plan[raw]
    assert found is not None
    question, attempt = found
    others = [plan[r] for r in results.answers[learner] if plan.get(r)]
    return all(a <= attempt for q, a in (o for o in others if o) if q == question)


def _answers(results: Results, learner: str, plan: dict[str, tuple[str, int] | None],
             decoders: dict[str, Decoder], kinds: dict[str, AssessmentItem]
             ) -> dict[str, str]:
    answers: dict[str, str] = {}
    for raw, response in results.answers[learner].items():
        found = plan[raw]
        if found is None:
            answers[raw] = response
        elif _latest(results, learner, raw, plan):
            answers[found[0]] = _decode_response(response, kinds[found[0]],
                                                 decoders[found[0]])
    return answers


def _decoder(item: AssessmentItem) -> Decoder:
    """Codes of both versions -> ids; a package id is itself (both maps keep valid ids)."""
    decoder: Decoder = {}
    for version in ("1.2", "2004"):
        for field, codes in item_codes(item, version).items():
            known = decoder.setdefault(field, {})
            for identifier, code in codes.items():
                known.setdefault(code, identifier)
    for field, codes in item_codes(item, "2004").items():
        decoder[field].update({identifier: identifier for identifier in codes})
    return decoder


def _decode_response(response: str, item: AssessmentItem, decoder: Decoder) -> str:
    """The response in the package's ids, in SCORM 1.2 notation (what ``grade`` reads)."""
    if not decoder or not response.strip():
        return response
    parts = [p.strip() for p in split_list(response)]
    if isinstance(item, MatchingItem):
        return ",".join(_pair(p, decoder) for p in parts)
    choices = decoder["choices"]
    return ",".join(choices.get(p, p) for p in parts)


def _pair(part: str, decoder: Decoder) -> str:
    left, sep, right = part.partition("[.]" if "[.]" in part else ".")
    if not sep:
        return part
    lefts, rights = decoder["lefts"], decoder["rights"]
    return f"{lefts.get(left.strip(), left.strip())}.{rights.get(right.strip(), right.strip())}"
