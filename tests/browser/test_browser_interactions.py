"""Interaction records a strict LMS accepts: every value the player writes, per question type
and SCORM version, exactly, and checked against the data models' formats.

The formats are written here from the standards (SCORM 1.2 RTE section 3.4, SCORM 2004 4th
edition RTE section 4.1 and 4.2.9) and from Moodle's SCORM players
(``mod/scorm/datamodels/scorm_12.js`` and ``scorm_13.js``), which are stricter in places:
``\\w`` identifiers in its older 1.2 player, ``[\\w.]`` short identifiers, at most five
integer digits in a 2004 decimal, a fraction of a second before a time zone. The LMS of
these tests is scorm-again, which refuses a value outside its own checks as well.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scorm_driver import Session, answer, items_by_id

pytestmark = pytest.mark.browser

MODULE = "strict-ids"
FORMATS = ["scorm12", "scorm2004"]

# ---- SCORM 1.2 (RTE 3.4.2 data types; CMIIdentifier as Moodle's older player checks it) ----
ID12 = r"\w{1,255}"
CHAR = r"[0-9a-z]"
DECIMAL12 = r"-?\d+(\.\d+)?"
RESPONSE12 = {
    "true-false": r"[01tf]",
    "choice": rf"{CHAR}(,{CHAR})*",
    "fill-in": r".{0,255}",
    "numeric": DECIMAL12,
    "matching": rf"{CHAR}\.{CHAR}(,{CHAR}\.{CHAR})*",
    "sequencing": rf"{CHAR}(,{CHAR})*",
}
FIELDS12 = {
    "id": ID12,
    "type": r"true-false|choice|fill-in|matching|performance|sequencing|likert|numeric",
    "objectives.0.id": ID12,
    "time": r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?",
    "weighting": r"-?\d{0,3}(\.\d*)?",  # Moodle: CMIDecimal, -100..100
    "result": rf"correct|wrong|unanticipated|neutral|{DECIMAL12}",
    "latency": r"\d{2,4}:\d\d:\d\d(\.\d{1,2})?",
}

# ---- SCORM 2004 (RTE 4.1.1 characterstrings; Moodle's scorm_13.js patterns) ----
SHORT = r"[\w.]{1,250}"
DECIMAL04 = r"-?\d{1,5}(\.\d{1,7})?"  # real(10,7) within Moodle's CMIDecimal
LANG = r"(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?"
STRING250 = rf"{LANG}([^{{].{{0,249}})?"
FIELDS04 = {
    "id": r"[\w.]{1,250}",  # long identifier, here within Moodle's short one
    "type": r"true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert"
            r"|numeric|other",
    "objectives.0.id": r"\S{1,4000}",
    "timestamp": r"(19[7-9]\d|20[0-2]\d|203[0-8])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
                 r"T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)",
    "weighting": DECIMAL04,
    "result": rf"correct|incorrect|unanticipated|neutral|{DECIMAL04}",
    "latency": r"P(\d+Y)?(\d+M)?(\d+D)?(T((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?"
               r"|(\d+M)(\d+(\.\d{1,2})?S)?|(\d+(\.\d{1,2})?S)))?",
    "description": STRING250,
}


def _list(item: str, delimiter: str = r"\[,\]") -> str:
    return rf"{item}({delimiter}{item})*"


RESPONSE04 = {
    "true-false": r"true|false",
    "choice": _list(SHORT),
    "fill-in": _list(STRING250),
    "long-fill-in": rf"{LANG}([^{{].{{0,3999}})?",
    "numeric": DECIMAL04,
    "matching": _list(rf"{SHORT}\[\.\]{SHORT}"),
    "sequencing": _list(SHORT),
}
PATTERN04 = {
    **RESPONSE04,
    "fill-in": r"(\{case_matters=(true|false)\})?(\{order_matters=(true|false)\})?"
               + _list(STRING250),
    "numeric": rf"({DECIMAL04})?\[:\]({DECIMAL04})?",
}


def _check_formats(record: dict[str, Any], version: str) -> None:
    """Every field of one record matches its data-model format (fullmatch)."""
    fields, responses = (FIELDS12, RESPONSE12) if version == "1.2" else (FIELDS04, RESPONSE04)
    patterns = RESPONSE12 if version == "1.2" else PATTERN04
    response = "student_response" if version == "1.2" else "learner_response"
    for name, value in record.items():
        if name in ("question", "attempt") or value == {}:
            continue  # ours, or scorm-again's empty list of correct responses
        if name == response:
            regex = responses[record["type"]]
        elif re.fullmatch(r"correct_responses\.\d+\.pattern", name):
            regex = patterns[record["type"]]
        else:
            regex = fields[name]
        assert re.fullmatch(regex, value), f"{record['question']}: {name}={value!r} !~ {regex}"
    if version == "2004":
        assert len(record["description"]) <= 250
        for name in (response, "correct_responses.0.pattern"):
            if record["type"] in ("choice", "sequencing") and name in record:
                codes = record[name].split("[,]")
                assert len(codes) <= 36
                if record["type"] == "choice":
                    assert len(set(codes)) == len(codes)  # unique


def _answer_all(s: Session, built: Any) -> dict[str, dict[str, Any]]:
    items = items_by_id(built.packages[MODULE])
    s.launch()
    s.goto_step("quiz")
    for question_id in s.question_order():
        answer(s, items[question_id], correct=True)
    return items


# Exact values per question type: (SCORM 1.2, SCORM 2004) for the response and the correct
# response patterns, when every question is answered right (numbers typed with a comma).
EXPECTED = {
    "choose-size": ("choice", "a", ["a"], "two_sixteen", ["two_sixteen"]),
    "pick-columns": ("choice", "a,b", ["a,b"], "seal_number[,]seized_by",
                     ["seal_number[,]seized_by"]),
    "register-statement": ("true-false", "t", ["t"], "true", ["true"]),
    "name-chain": ("fill-in", "CUSTODY", ["custody", "custody record"], "CUSTODY",
                   ["{case_matters=false}custody", "{case_matters=false}custody record"]),
    "weigh-item": ("numeric", "13.95", [], "13.95", ["13.85[:]13.95"]),
    "count-bags": ("numeric", "4", ["4"], "4", ["4[:]4"]),
    "match-columns": ("matching", "1.c,2.a,3.b", ["1.c,2.a,3.b"],
                      "l1[.]r3[,]l2[.]r1[,]l3[.]r2", ["l1[.]r3[,]l2[.]r1[,]l3[.]r2"]),
    "order-entry": ("sequencing", "b,a,c", ["b,a,c"], "b[,]a[,]c", ["b[,]a[,]c"]),
    "explain-register": (None, "A written answer, over two lines.", [],
                         "A written answer, over two lines.", []),
}


def _patterns(record: dict[str, Any]) -> list[str]:
    count = len([k for k in record if re.fullmatch(r"correct_responses\.\d+\.pattern", k)])
    return [record[f"correct_responses.{k}.pattern"] for k in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_record_holds_the_exact_values_in_the_data_model_formats(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    s = Session(probe.page, server, built, fmt, MODULE)
    started = datetime.now(UTC)
    _answer_all(s, built)
    s.submit()
    assert s.frame.locator("[data-curriculum-player]").get_attribute("data-save-failed") \
        != "true"  # scorm-again took every value
    s.leave()
    records = {r["question"]: r for r in s.records()}
    assert set(records) == set(EXPECTED)
    v12 = fmt == "scorm12"
    version = "1.2" if v12 else "2004"
    response = "student_response" if v12 else "learner_response"
    for question, (kind, r12, p12, r04, p04) in EXPECTED.items():
        record = records[question]
        _check_formats(record, version)
        assert record["id"] == question.replace("-", "_") + "_a1"
        assert record["type"] == (kind or ("fill-in" if v12 else "long-fill-in"))
        assert record[response] == (r12 if v12 else r04), question
        assert _patterns(record) == (p12 if v12 else p04), question
        assert record["objectives.0.id"] == ("log_exhibits" if v12 else "log-exhibits")
        assert record["weighting"] == "1"
        assert record["result"] == ("neutral" if kind is None else "correct")
        assert "latency" in record  # answered in this session: time to the first answer
    stamp_field = "time" if v12 else "timestamp"
    stamps = {r[stamp_field] for r in records.values()}
    assert len(stamps) == 1  # one submit, one time
    if not v12:
        when = datetime.strptime(stamps.pop()[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        assert started - timedelta(seconds=2) <= when <= datetime.now(UTC)
        stem = records["choose-size"]["description"]
        assert stem.startswith("(Read the whole stem} An officer books") and stem.endswith("…")
        assert len(stem) == 250
        assert records["count-bags"]["description"] == (
            "Four bags are booked in. How many lines do they take in the register?")
    else:
        assert "description" not in records["choose-size"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_refused_save_does_not_record_an_answer_twice(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    s = Session(probe.page, server, built, fmt, MODULE)
    _answer_all(s, built)
    # The platform takes the first records, then refuses one: the result is not reported.
    s.page.evaluate("window.lmsFail.setRefuses = '^cmi\\\\.interactions\\\\.3\\\\.'")
    s.submit()
    player = s.frame.locator("[data-curriculum-player]")
    assert player.get_attribute("data-save-failed") == "true"
    assert len(s.records()) == 3
    s.page.evaluate("window.lmsFail.setRefuses = null")
    s.frame.locator("[data-save-retry]").click()
    s.frame.locator('[data-curriculum-player][data-save-failed="false"]').wait_for()
    s.leave()
    records = s.records()
    assert len(records) == len(EXPECTED)
    assert len({r["id"] for r in records}) == len(EXPECTED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_map_in_the_package_reads_every_code_back(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    s = Session(probe.page, server, built, fmt, MODULE)
    mapping = s.interaction_map()
    assert (mapping["format"], mapping["scorm"], mapping["module"]) == (
        "curriculum-scorm-interactions", "1.2" if fmt == "scorm12" else "2004", MODULE)
    entry = next(q for q in mapping["questions"] if q["question"] == "choose-size")
    if fmt == "scorm12":
        assert entry["choices"] == {"a": "two-sixteen", "b": "three-sixteen", "c": "four-sixteen"}
        assert mapping["objectives"] == {"log_exhibits": "log-exhibits"}
    else:
        assert entry["choices"] == {"two_sixteen": "two-sixteen",
                                    "three_sixteen": "three-sixteen",
                                    "four_sixteen": "four-sixteen"}
        assert mapping["objectives"] == {"log-exhibits": "log-exhibits"}
    manifest = (s.package_dir / "imsmanifest.xml").read_text(encoding="utf-8")
    assert '<file href="interactions.json"' in manifest


NUMERIC_CASES = json.loads(
    (Path(__file__).parents[1] / "data" / "numeric-input.json").read_text("utf-8"))["cases"]


def test_the_player_reads_typed_numbers_as_the_python_grader_does(
    probe: Any, server: str, built: Any
) -> None:
    s = Session(probe.page, server, built, "scorm2004", MODULE)
    s.launch()
    script = "(cases => cases.map(c => window.CurriculumQuiz.parseNumber(c[0])))"
    read = s.frame_eval(f"{script}({json.dumps(NUMERIC_CASES)})")
    assert read == [value for _, value in NUMERIC_CASES]
