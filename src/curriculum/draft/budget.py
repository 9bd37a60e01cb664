"""What a proposal costs is not worth asking, and a figure the stem computes is given away.

Two faults a trainer drops in a proposal's or a plan's budget line ("The Commissioner's
proposal costs £180,000 a year for three years (£540,000 in total)"):

- **The stem computes the answer.** A count blanked beside a rate and a total ("... a year
  for ____ years (£540,000 in total)") is their quotient; a total blanked beside a rate
  and a count is their product. A false twin that changes one of the three figures is
  caught by the same sum. Read from the stem's figures: the answer times one figure is
  another (or two figures multiply to the answer), and the stem marks one of them as a
  rate or a total ("a year", "per", "each", "in total"), so that the product is the
  text's own arithmetic, not a chance ("3 of 12 children in 4 countries"). The candidate
  is given away (fatal).
- **A budget line is trivia.** What a body spends, costs or is funded with (a sum whose
  verb is "cost", "fund", "allocate", "spend", "invest", or a subject that is the budget
  or the cost) is a fact about the body's money, of no use on the job: held, whatever is
  blanked in it. A sentence that sets a rule ("Grants must be spent within 12 months", a
  modal of duty or permission) is about funding rules and is judged like any other; a sum
  paid for abuse or a fine is no budget (its verb is "pay", "fine", "charge").
"""

from __future__ import annotations

from itertools import permutations
from typing import TYPE_CHECKING, Any

from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

COMPUTED = ("the stem holds a rate and a total (or a count) that compute the answer: it is "
            "their product or quotient")
BUDGET = ("a budget line (what a body spends, costs or is funded with): the body's money, "
          "not a fact an officer uses")

_RATE = word_set("per each every annual annually yearly monthly weekly daily total altogether")
"""Words that make a figure a rate or a total: "£206,000 per year", "(£412,000 in total)"."""
_PERIODS = word_set("year month week day hour")
_SPEND = word_set("cost fund allocate spend invest finance budget award grant")
"""Verbs of a body's money: "costs £206,000", "was funded with £1.2 million"."""
_MONEY_NOUNS = word_set("budget cost funding price expenditure spending")
"""Subjects that are the money itself: "The budget for the pilot is £80,000"."""
_RULE_MODALS = word_set("must shall may should can cannot")
_TOLERANCE = 0.005


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Kill a count the stem computes; hold a candidate on a budget line (module docstring)."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    if q.rule in ("count", "false-statement") and computed(view, q):
        result.kill(COMPUTED)
    elif budget_line(parsed):
        result.hold(BUDGET)


def computed(view: StemView, q: DraftQuestion) -> bool:
    """The answer is the product or the quotient of two other figures of the stem, one of
    them marked as a rate or a total (see the module docstring)."""
    from curriculum.draft.distractors import written_value

    answer = view.span_tokens(q.key)
    try:
        value = written_value(q.analysis.doc.display(*q.key))
    except ValueError:
        return False
    inside = {t.i for t in answer}
    figures: list[tuple[float, Any]] = []
    for token in view.tokens():
        if token.i in inside or not token.like_num:
            continue
        try:
            figures.append((written_value(token.text), token))
        except ValueError:
            continue
    if value <= 1 or len(figures) < 2 or not any(_marked(t) for _, t in figures):
        return False
    for (a, _), (b, _) in permutations(figures, 2):
        if a > 1 and (_same(a * value, b) or _same(a * b, value)):
            return True
    return False


def _same(x: float, y: float) -> bool:
    return abs(x - y) <= _TOLERANCE * max(abs(x), abs(y))


def _marked(token: Any) -> bool:
    """A figure marked as a rate or a total: a word of ``_RATE`` beside it or in its
    phrase ("per year", "in total"), or "a year" after it ("£206,000 a year")."""
    doc = token.doc
    near = doc[max(0, token.i - 2): min(len(doc), token.i + 4)]
    if any(t.lower_ in _RATE for t in near):
        return True
    return any(t.lower_ == "a" and t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in _PERIODS
               for t in near if t.i > token.i)


def budget_line(parsed: Any) -> bool:
    """A sum of money whose verb is a body's spending, or whose sentence's subject is the
    budget or the cost; never a sentence with a modal of a rule."""
    if any(t.tag_ == "MD" and t.lower_ in _RULE_MODALS for t in parsed):
        return False
    sums = [t for t in parsed if t.ent_type_ == "MONEY" and t.like_num]
    if not sums:
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _MONEY_NOUNS
           for t in parsed):
        return True
    return any(_verb_of(t) in _SPEND for t in sums)


def _verb_of(token: Any) -> str:
    """The lemma of the first verb above ``token`` in the parse ("" when none)."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return str(token.lemma_.lower())
        if token.head is token:
            break
        token = token.head
    return ""
