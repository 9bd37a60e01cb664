"""How consistently bodies comply is an inspection's finding, not the rule they break.

Inspection and audit reports state their findings as "In Caddon Vale and Hallow Fenn police,
referrals are not consistently risk-assessed within 24 hours." True, and checkable, but what
a learner recalls is which forces fell short, not the rule (24 hours), which the report
states elsewhere and which is asked there (blind review 22, a1: X, rubric 7). Read from the
parse: an adverb of regularity under a negation ("not consistently", "not always", "not
routinely", "not systematically", "not reliably") or "inconsistently" on the stem's verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

_REGULARLY = word_set("consistently always routinely systematically reliably uniformly")
_IRREGULARLY = word_set("inconsistently unevenly sporadically")


def judge_compliance(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A finding on how consistently bodies comply is trivia (module docstring)."""
    for token in view.doc:
        word = token.lower_
        negated = word in _REGULARLY and any(
            c.dep_ == "neg" for c in (token.head.children if token.dep_ == "advmod" else ())
        ) and token.i > 0 and token.nbor(-1).lower_ in ("not", "n't", "never")
        if negated or (word in _IRREGULARLY and token.dep_ == "advmod"):
            result.add(-0.35, f'trivia: a finding on how consistently bodies comply ("'
                       f'{token.nbor(-1).text + " " if negated else ""}{token.text}"), not '
                       "the rule itself")
            return
