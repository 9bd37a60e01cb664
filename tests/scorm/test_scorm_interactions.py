"""Identifiers for SCORM interaction records: valid per version, stable, kept in the zip."""

from __future__ import annotations

import json
import re

from scorm_fixtures import FORMATS, ScormBuild

from curriculum.scorm.interactions import (
    _NOT_SHORT,
    _NOT_WORD,
    CHOICE_CODES,
    LEFT_CODES,
    RECORD_ID,
    single_characters,
    word_names,
)


def test_names_replace_what_the_version_refuses_and_stay_unique() -> None:
    ids = ["two-sixteen", "two.sixteen", "two-sixteen-2", "plain"]
    assert word_names(ids, _NOT_WORD) == {"two-sixteen": "two_sixteen",
                                          "two.sixteen": "two_sixteen_2",
                                          "two-sixteen-2": "two_sixteen_2_2", "plain": "plain"}
    assert word_names(ids, _NOT_SHORT) == {"two-sixteen": "two_sixteen",
                                           "two.sixteen": "two.sixteen",
                                           "two-sixteen-2": "two_sixteen_2", "plain": "plain"}


def test_single_characters_keep_valid_ids_and_give_the_next_free_ones() -> None:
    assert single_characters(["c", "two-sixteen", "a", "x"], CHOICE_CODES) == {
        "c": "c", "two-sixteen": "b", "a": "a", "x": "x"}
    assert single_characters(["l1", "l2"], LEFT_CODES) == {"l1": "1", "l2": "2"}


def test_more_options_than_characters_leave_the_rest_without_a_code() -> None:
    ids = [f"option-{n}" for n in range(40)]
    codes = single_characters(ids, CHOICE_CODES)
    assert len(codes) == 36 and set(codes.values()) == set(CHOICE_CODES)
    assert [i for i in ids if i not in codes] == ids[36:]


def test_record_ids_name_the_attempt() -> None:
    found = RECORD_ID.match("pick_many_a12")
    assert found and found.groups() == ("pick_many", "12")
    assert RECORD_ID.match("pick-many_a1") is None


def test_the_map_is_in_every_zip_and_listed_by_the_manifest(scorm_build: ScormBuild) -> None:
    for fmt in FORMATS:
        entries = scorm_build.entries(fmt, "all-types")
        mapping = json.loads(entries["interactions.json"])
        assert mapping["scorm"] == ("1.2" if fmt == "scorm12" else "2004")
        assert [q["question"] for q in mapping["questions"]] == [
            "pick-one", "pick-many", "is-true", "fill-word", "count-number", "match-pairs",
            "put-in-order", "explain-why"]
        match = next(q for q in mapping["questions"] if q["question"] == "match-pairs")
        if fmt == "scorm12":
            assert match["lefts"] == {"1": "l1", "2": "l2", "3": "l3"}
            assert match["rights"] == {"a": "r1", "b": "r2", "c": "r3"}
            assert all(re.fullmatch(r"\w+", code) for code in mapping["objectives"])
        else:
            assert match["lefts"] == {"l1": "l1", "l2": "l2", "l3": "l3"}
        assert all(re.fullmatch(r"\w{1,250}", q["interaction"]) for q in mapping["questions"])
        assert b'href="interactions.json"' in entries["imsmanifest.xml"]
        payload = entries["payload.js"].decode()
        assert '"lms":{' in payload
