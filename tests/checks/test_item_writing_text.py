"""How the item-writing rules read option and stem text (the edge cases behind each rule)."""

from __future__ import annotations

import pytest

from curriculum.checks.lint.stems import _plural, _takes_an, question_sentence
from curriculum.checks.lint.text import Interval, interval_of, kind_of, point_of, stem


@pytest.mark.parametrize(("text", "kind"), [
    ("2018", "date"), ("1 July 2004", "date"), ("November 2018", "date"), ("2004-07-01", "date"),
    ("216", "number"), ("more than 50", "number"), ("13 years", "number"), ("25%", "number"),
    ("1,250 images", "number"), ("Singapore", "text"),
    ("more than 440,000 images and videos of children", "text"),
])
def test_kind_of(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(("text", "interval"), [
    ("10-50", Interval(10, 50)), ("between 40 and 100", Interval(40, 100)),
    ("from 5 to 9 years", Interval(5, 9)), ("at most 5", Interval(float("-inf"), 5)),
    ("50 or more", Interval(50, float("inf"))), ("Singapore", None), ("216", None),
])
def test_interval_of(text: str, interval: Interval | None) -> None:
    assert interval_of(text) == interval


def test_more_than_and_less_than_exclude_their_bound() -> None:
    above, below = interval_of("more than 50"), interval_of("fewer than 50")
    assert above is not None and below is not None and not above.overlaps(below)
    assert point_of("50 children") == 50.0 and point_of("about fifty") is None


@pytest.mark.parametrize(("text", "an"), [
    ("Asian city", True), ("hour-long meeting", True), ("NCB request", True),
    ("European capital", False), ("university team", False), ("one-day event", False),
    ("ICSE upload", True), ("UN request", False), ("8-hour shift", True), ("town", False),
])
def test_takes_an(text: str, an: bool) -> None:
    assert _takes_an(text) is an


@pytest.mark.parametrize(("text", "plural"), [
    ("countries and organisations", True), ("national police force", False),
    ("regional bodies and agencies", True), ("the press", False), ("bus", False),
])
def test_plural_reads_the_head_noun_of_the_first_phrase(text: str, plural: bool) -> None:
    assert _plural(text) is plural


def test_the_question_sentence_is_the_one_that_asks() -> None:
    assert question_sentence("A series is not known. Which step is next?") == (
        "Which step is next?")
    assert question_sentence("The meeting was held in an") == "The meeting was held in an"


def test_stem_folds_plurals_but_keeps_short_and_latin_words() -> None:
    assert stem("devices") == stem("device") and stem("abused") == stem("abuses")
    assert stem("countries") == stem("country") and stem("matches") == stem("match")
    assert stem("recorded") == stem("recording") == stem("record")
    assert stem("across") == "across" and stem("status") == "status"
