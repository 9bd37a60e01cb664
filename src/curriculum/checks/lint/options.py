"""Rules about the options of a choice question: cues a test-wise learner exploits.

Each function yields :class:`Hit` s for one question; the registry in
``rules.py`` gives each its code, reason and fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations
from statistics import mean, median

from curriculum.checks.lint.base import Hit, choices, option_text
from curriculum.checks.lint.text import (
    interval_of,
    kind_of,
    normalised,
    point_of,
    visible_length,
    words,
)
from curriculum.checks.questions import normalise_answer
from curriculum.models import MultipleChoice, Question, SingleChoice

LONGER_THAN_MEAN = 1.25
"""The correct option is flagged when it is the longest and this much longer than the
distractors' mean, or :data:`MUCH_LONGER` times the mean even when one distractor is longer."""
MUCH_LONGER = 1.5
LONGER_BY_AT_LEAST = 10
"""...and by at least this many characters: "216" among "50" and "30" is no length cue."""
OUTLIER_RATIO = 2.0
OUTLIER_MIN_GAP = 15
"""A distractor is a length outlier when it is half or less (or twice or more) the median
option length and differs from it by at least this many characters (short numeric options such
as "50" and "216" are never outliers)."""
OPTION_RANGE = {"single_choice": (3, 5), "multiple_choice": (3, 6)}


def longest_correct(question: Question) -> Iterator[Hit]:
    """HDR 24 (keep choices about equal in length), 28d; IWF "longest option correct"."""
    view = choices(question, single_only=True)
    if view is None:
        return
    right = view.correct[0]
    length = visible_length(view.options[right].text)
    others = [visible_length(t) for t in view.texts(view.distractors)]
    average = mean(others)
    longest = length > max(others)
    if length - average < LONGER_BY_AT_LEAST:
        return
    if (longest and length >= LONGER_THAN_MEAN * average) or length >= MUCH_LONGER * average:
        what = "the longest" if longest else "much longer than most distractors"
        yield Hit(option_text(right), f"the correct option is {what} ({length} characters; "
                                      f"the distractors average {average:.0f})")


def correct_is_longest(question: Question) -> bool | None:
    """True when a single-choice question's correct option is strictly the longest.

    None for questions this does not apply to (not single choice, malformed).
    Used for the share over a quiz and by ``curriculum stats``.
    """
    view = choices(question, single_only=True)
    if view is None:
        return None
    length = visible_length(view.options[view.correct[0]].text)
    return all(length > visible_length(t) for t in view.texts(view.distractors))


_ALL_NONE = re.compile(
    r"^(?:all|none|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|below|these|those|preceding"
    r"|other (?:options|answers)|options|answers|statements)\b"
    r"|^(?:all|none|both|neither)$"
    r"|^(?:both|either|neither)\s+\(?[a-e]\)?\s+(?:and|or|nor)\s+\(?[a-e]\)?$"
    r"|^\(?[a-e]\)?\s*(?:,\s*\(?[a-e]\)?\s*)*(?:and|&)\s+\(?[a-e]\)?$",
    re.IGNORECASE,
)


def all_or_none(question: Question) -> Iterator[Hit]:
    """HDR 25 ("none of the above" with care), 26 (avoid "all of the above"); IWF."""
    view = choices(question)
    if view is None:
        return
    for index, option in enumerate(view.options):
        text = normalised(option.text)
        if _ALL_NONE.match(text):
            yield Hit(option_text(index), f'the option "{option.text}" refers to other options')


ABSOLUTES = frozenset({"always", "never", "only", "all", "none", "every", "completely",
                       "entirely", "impossible", "guaranteed", "automatically"})


def absolutes(question: Question) -> Iterator[Hit]:
    """HDR 28a (specific determiners: always, never ...); IWF "absolute terms"."""
    view = choices(question)
    if view is None:
        return
    in_correct = {w for i in view.correct for w in words(view.options[i].text)} & ABSOLUTES
    for index in view.distractors:
        if _ALL_NONE.match(normalised(view.options[index].text)):
            continue  # item-all-none says it better
        found = sorted((set(words(view.options[index].text)) & ABSOLUTES) - in_correct)
        if found:
            listed = ", ".join(f'"{w}"' for w in found)
            yield Hit(option_text(index), f"only distractors use the absolute word {listed}")
            return


def length_outliers(question: Question) -> Iterator[Hit]:
    """HDR 24 (equal length), 29 (plausible distractors); IWF "implausible distractors"."""
    view = choices(question)
    if view is None or len(view.options) < 3:
        return
    lengths = [visible_length(o.text) for o in view.options]
    rest = median(lengths)  # the median resists the outlier it looks for
    for index in view.distractors:
        mine = lengths[index]
        if abs(mine - rest) < OUTLIER_MIN_GAP:
            continue
        if mine * OUTLIER_RATIO <= rest or mine >= OUTLIER_RATIO * rest:
            side = "short" if mine < rest else "long"
            yield Hit(option_text(index), f"this distractor is much too {side} ({mine} "
                                          f"characters; the median option has {rest:.0f})")


def kind_mismatch(question: Question) -> Iterator[Hit]:
    """HDR 23 (homogeneous choices), 29 (plausible distractors)."""
    view = choices(question, single_only=True)
    if view is None:
        return
    wanted = kind_of(view.options[view.correct[0]].text)
    for index in view.distractors:
        kind = kind_of(view.options[index].text)
        if kind != wanted:
            yield Hit(option_text(index), f"this distractor is a {kind} but the answer is a "
                                          f"{wanted}")


def duplicates(question: Question) -> Iterator[Hit]:
    """HDR 22 (independent choices): duplicates differing only in case or punctuation."""
    if not isinstance(question, SingleChoice | MultipleChoice):
        return
    seen: dict[str, int] = {}
    for index, option in enumerate(question.options):
        key = normalised(option.text)
        first = seen.setdefault(key, index)
        same_for_schema = normalise_answer(option.text) == normalise_answer(
            question.options[first].text)
        if first != index and not same_for_schema:  # the error duplicate-option covers those
            yield Hit(option_text(index), f'"{option.text}" says the same as option '
                                          f"{first + 1} once case and punctuation are ignored")


def overlapping_ranges(question: Question) -> Iterator[Hit]:
    """HDR 22 (choices do not overlap): two numeric options that can both be true."""
    view = choices(question)
    if view is None:
        return
    texts = [o.text for o in view.options]
    ranges = [interval_of(t) for t in texts]
    points = [point_of(t) for t in texts]
    for a, b in combinations(range(len(texts)), 2):
        ra, rb, pa, pb = ranges[a], ranges[b], points[a], points[b]
        both = ra is not None and rb is not None and ra.overlaps(rb)
        inside = (ra is not None and pb is not None and ra.low <= pb <= ra.high) or (
            rb is not None and pa is not None and rb.low <= pa <= rb.high)
        if both or inside:
            yield Hit(option_text(b), f'"{texts[b]}" overlaps option {a + 1} "{texts[a]}": '
                                      "both can be true")
            return


def option_count(question: Question) -> Iterator[Hit]:
    """HDR 18 (as many effective choices as you can; three are usually enough)."""
    if choices(question) is None or not isinstance(question, SingleChoice | MultipleChoice):
        return
    low, high = OPTION_RANGE[question.type]
    count = len(question.options)
    if count < low and isinstance(question, SingleChoice):
        yield Hit(("options",), f"{count} options: with two, one guess in two is right")
    elif count > high:
        yield Hit(("options",), f"{count} options: more than {high} are rarely all plausible")
