"""A figure the stem's other figures give through a share: the item tests arithmetic.

"In 2023 the Central Authority sent 412 outgoing requests, of which 157 (38%) concerned
offences against children": the three figures are tied (157 is 38% of 412). A false
statement that changes one of them ("sent 822 outgoing requests, of which 157 (38%)")
contradicts its own sentence, and a learner keys it False without knowing the fact; a
blank on one ("police recorded ____ offences ..., up 11% from 4,335 in the previous
year") is worked out from the others (4,335 and 11% more is 4,812), and an option below
4,335 is ruled out by "up" alone (rubric 3 and 8). Read from the parse: the answer, a
share written as a percentage ("38%", "11 per cent") and another count of the stem, with
the arithmetic checked (a part of a whole, or a rise or fall from a base), so a share
that merely sits beside two figures ("70% of 211 reports") ties nothing.
"""

from __future__ import annotations

import re
from typing import Any

_TOLERANCE = 0.006
"""A share is written rounded ("38%" for 38.1%): a figure is given by the others when it
differs from their result by at most this share of the larger figure (or by a half)."""
SMALLEST = 10
"""Below this, figures tie by chance too often ("3 of 5 (50%)" is close to a half-match
of anything): neither the answer nor the other count may be smaller."""


_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year ("in 2024") dates the figures; "2,000" with its comma is a count."""


def given_by_share(view: Any, key: tuple[int, int], value: float, shown: str) -> str:
    """How the stem's other figures give ``value`` (the answer, at ``key``, written
    ``shown``) through a share, or "": "157 is 38% of 412", "4,812 is 4,335 changed by
    11%"."""
    from curriculum.draft.distractors import written_value

    answer = {t.i for t in view.span_tokens(key)}
    shares: list[float] = []
    counts: list[tuple[float, str]] = []
    for token in view.tokens():
        if token.i in answer or not token.like_num:
            continue
        try:
            number = written_value(token.text)
        except ValueError:
            continue
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and (nxt.text == "%" or nxt.lower_ in ("per", "percent")):
            shares.append(number / 100)
        elif not (token.ent_type_ in ("DATE", "TIME") or _YEAR.fullmatch(token.text)):
            counts.append((number, token.text))
    if value < SMALLEST:
        return ""
    for share in shares:
        for count, text in counts:
            if count < SMALLEST:
                continue
            found = _tie(value, count, share)
            if found:
                return found.format(answer=shown, count=text, share=f"{share * 100:g}%")
    return ""


def _tie(value: float, count: float, share: float) -> str:
    """The arithmetic that ties the answer to another count by a share, or ""."""
    if _near(value, count * share):
        return "{answer} is {share} of {count}"
    if _near(count, value * share):
        return "{count} is {share} of {answer}"
    if _near(value, count * (1 + share)) or _near(value, count * (1 - share)):
        return "{answer} is {count} changed by {share}"
    if _near(count, value * (1 + share)) or _near(count, value * (1 - share)):
        return "{count} is {answer} changed by {share}"
    return ""


def _near(figure: float, result: float) -> bool:
    if figure <= 0 or result <= 0:
        return False
    return abs(figure - result) <= max(0.5, _TOLERANCE * max(figure, result))
