"""Grade one recorded response with the packages' rules (docs/json-package.md, "Grading").

Responses arrive in the notation of SCORM interaction records (docs/scorm.md,
"Interaction records"): SCORM 1.2 separates lists with ``,`` and matching pairs
with ``.``; SCORM 2004 uses ``[,]`` and ``[.]``. Both are read. The rules are the
ones the JSON package documents and the SCORM player applies: choice sets equal,
typed text equal after the player's normalisation, numbers within the tolerance
(with the player's parsing), every matching pair right, the exact order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curriculum.package_models import (
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    OrderingItem,
    TrueFalseItem,
)
from curriculum.scorm.obscure import normalise_text

GradableItem = (
    ChoiceItem | TrueFalseItem | FillBlankItem | NumericItem | MatchingItem | OrderingItem
)
_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)$", re.ASCII)
# JavaScript's \s, exactly (Python's differs: it has U+001C-001F and U+0085, not U+FEFF).
_SPACE = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]")
_WESTERN = {
    **{0x0660 + d: str(d) for d in range(10)},
    **{0x06F0 + d: str(d) for d in range(10)},
    0x066B: ".",
    0x066C: None,
    0x2212: "-",
}
_TRUE = frozenset({"t", "true"})
_FALSE = frozenset({"f", "false"})


@dataclass(frozen=True)
class Graded:
    """A graded response: right or not, and what was chosen (for distractor counts)."""

    correct: bool
    chosen: tuple[str, ...] = ()
    omitted: bool = False
    readable: bool = True


def grade(item: GradableItem, raw: str) -> Graded:
    """Grade ``raw`` (a recorded learner response) against ``item``'s correct response."""
    if not raw.strip():
        return Graded(False, omitted=True)
    if isinstance(item, ChoiceItem):
        chosen = tuple(dict.fromkeys(p.strip() for p in split_list(raw) if p.strip()))
        return Graded(set(chosen) == set(item.correct_response), chosen)
    if isinstance(item, TrueFalseItem):
        return _true_false(item, raw)
    if isinstance(item, FillBlankItem):
        accepted = {normalise_text(a) for a in item.correct_response}
        return Graded(normalise_text(raw) in accepted)
    if isinstance(item, NumericItem):
        return _numeric(item, raw)
    if isinstance(item, MatchingItem):
        return _matching(item, raw)
    chosen = tuple(p.strip() for p in split_list(raw))
    return Graded(list(chosen) == list(item.correct_response), chosen)


def split_list(raw: str) -> list[str]:
    """A SCORM list: ``a,c`` (1.2) or ``a[,]c`` (2004)."""
    return raw.split("[,]") if "[,]" in raw else raw.split(",")


def parse_number(raw: str) -> float | None:
    """The player's number reading (``quiz.js`` ``parseNumber``; docs/json-package.md).

    Arabic-Indic and Persian digits become 0-9, the Arabic decimal separator a point, the
    Arabic thousands separator and white space are dropped, the minus sign U+2212 is a
    hyphen-minus, the first comma is a decimal point; then only ASCII digits are read, so
    other scripts' digits are unreadable here exactly as in the player.
    """
    cleaned = _SPACE.sub("", western_digits(raw)).replace(",", ".", 1)
    return float(cleaned) if _NUMBER.match(cleaned) else None


def western_digits(raw: str) -> str:
    """Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits as 0-9, and the separators."""
    return raw.translate(_WESTERN)


def _true_false(item: TrueFalseItem, raw: str) -> Graded:
    word = raw.strip().casefold()
    if word not in _TRUE | _FALSE:
        return Graded(False, (word,), readable=False)
    answer = word in _TRUE
    return Graded(answer == item.correct_response[0], ("true" if answer else "false",))


def _numeric(item: NumericItem, raw: str) -> Graded:
    value = parse_number(raw)
    if value is None:
        return Graded(False, readable=False)
    response = item.correct_response
    low, high = response.value - response.tolerance, response.value + response.tolerance
    slack = 1e-9 * max(1.0, abs(low), abs(high))
    return Graded(low - slack <= value <= high + slack)


def _matching(item: MatchingItem, raw: str) -> Graded:
    pairs = set()
    for part in split_list(raw):
        left, sep, right = part.partition("[.]" if "[.]" in part else ".")
        if not sep:
            return Graded(False, readable=False)
        pairs.add((left.strip(), right.strip()))
    expected = {(left, right) for left, right in item.correct_response}
    return Graded(pairs == expected)
