"""The spread of a value across places or bodies is no value to learn.

"The period for which stored data must be preserved on request varies from 30 to 120 days"
describes how national regimes differ; the upper end of that spread is set by no rule an
officer follows, and a learner who recalls "120" knows nothing to act on (blind review 22,
a3: X, rubric 7). A figure governed by "vary" or "differ" is such a spread; "range" is not
read so, since a law's penalty "ranging from 2 to 10 years" is a rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from curriculum.draft.stemcheck import word_set
from curriculum.draft.value import governing_verb

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

_SPREAD = word_set("vary differ")
_FIGURES = frozenset({"count", "time-limit"})
_STATEMENTS = frozenset({"true-statement", "false-statement"})


def judge_variation(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A figure that bounds a spread across bodies or places is trivia, asked as a blank
    or as a true/false statement of the spread."""
    verb: Any = None
    if q.rule in _FIGURES:
        answer = view.span_tokens(q.key)
        verb = governing_verb(answer) if answer else None
        verb = verb if verb is not None and verb.lemma_.lower() in _SPREAD else None
    elif q.rule in _STATEMENTS:
        verb = next((t for t in view.doc if t.lemma_.lower() in _SPREAD and _spans_figures(t)),
                    None)
    if verb is not None:
        result.add(-0.35, f'trivia: one end of a spread ("{verb.lemma_.lower()}"), how bodies '
                   "or places differ, not a value any rule sets")


def _spans_figures(verb: Any) -> bool:
    """ "varies from 30 to 120 days", "differ between 6 and 24 months"."""
    return any(
        child.lower_ in ("from", "between") and any(t.like_num for t in child.subtree)
        for child in verb.children
    )
