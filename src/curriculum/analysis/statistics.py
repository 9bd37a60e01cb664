"""Classical item analysis: difficulty, discrimination, reliability. Pure functions.

Definitions (also in README "Item analysis"), for N learners who were presented an item:

- difficulty ``p`` = proportion who answered it correctly;
- corrected point-biserial = Pearson correlation between the item score (0/1) and the
  learner's total score *without this item* (so an item does not correlate with itself);
- upper-lower index ``D`` = p(upper group) - p(lower group), groups being the top and bottom
  27% of learners by total score (at least one learner each; ties broken by learner order
  in the results file, so the result is deterministic);
- KR-20 = k/(k-1) * (1 - sum(p*q) / var(total)) for 0/1 items, and Cronbach's alpha =
  k/(k-1) * (1 - sum(var(item score)) / var(total)) with item score = points when correct;
  variances are population variances (divide by N), as in Kuder and Richardson (1937).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

UPPER_LOWER_SHARE = 0.27


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean (0 for no values)."""
    return sum(values) / len(values) if values else 0.0


def variance(values: Sequence[float]) -> float:
    """Population variance (divide by N)."""
    centre = mean(values)
    return mean([(v - centre) ** 2 for v in values])


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson correlation; None when either side does not vary (it is undefined)."""
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def corrected_point_biserial(item: Sequence[int], totals: Sequence[float],
                             points: float) -> float | None:
    """Correlation of the 0/1 item score with the total minus this item's points."""
    rest = [t - points * i for i, t in zip(item, totals, strict=True)]
    return correlation([float(i) for i in item], rest)


def group_size(count: int) -> int:
    """Learners in each of the upper and lower groups: 27%, rounded, at least one."""
    return max(1, round(UPPER_LOWER_SHARE * count))


def upper_lower(item: Sequence[int], totals: Sequence[float]) -> float | None:
    """``p(upper) - p(lower)``; None with fewer than two learners."""
    if len(item) < 2:
        return None
    size = min(group_size(len(item)), len(item) // 2)
    order = sorted(range(len(item)), key=lambda i: (-totals[i], i))
    upper = [item[i] for i in order[:size]]
    lower = [item[i] for i in order[-size:]]
    return mean(upper) - mean(lower)


def cronbach_alpha(scores: Sequence[Sequence[float]]) -> float | None:
    """Alpha of a learners x items score matrix; None with < 2 items or no total variance."""
    if not scores or len(scores[0]) < 2:
        return None
    k = len(scores[0])
    totals = [sum(row) for row in scores]
    total_var = variance(totals)
    if total_var == 0:
        return None
    item_var = sum(variance([row[j] for row in scores]) for j in range(k))
    return k / (k - 1) * (1 - item_var / total_var)


def kr20(correct: Sequence[Sequence[int]]) -> float | None:
    """KR-20 of a learners x items 0/1 matrix (alpha for dichotomous items)."""
    if not correct or len(correct[0]) < 2:
        return None
    k = len(correct[0])
    totals = [float(sum(row)) for row in correct]
    total_var = variance(totals)
    if total_var == 0:
        return None
    pq = 0.0
    for j in range(k):
        p = mean([row[j] for row in correct])
        pq += p * (1 - p)
    return k / (k - 1) * (1 - pq / total_var)
