"""A verb of reporting or finding with nothing reported is a fragment, not a statement.

"Europol reported in 2017." asks nothing: the finding was the clause the stem lost (blind
review 22, a4). ``clauses.trim`` no longer cuts a verb from its complement; this is the
backstop for every other way a stem can end up so (a list item's lead-in, a reading of a
cue or a cell): a stem whose main verb is one of saying, reporting or finding, in the active
voice and a finite tense with no auxiliary ("reported", not "must report within 24 hours",
a duty), with no object, clause, or complement of its own, is killed with that reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

_TAKES_WHAT = word_set(
    "report say state find show note observe conclude suggest indicate estimate confirm "
    "announce reveal warn explain argue claim stress emphasise emphasize recommend "
    "recall reiterate acknowledge add")
_COMPLEMENTS = frozenset({"ccomp", "dobj", "obj", "xcomp", "attr", "acomp", "oprd", "dative",
                          "nsubjpass", "auxpass", "csubj", "parataxis"})


def judge_complement(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Kill a stem whose main verb reports nothing (see the module docstring)."""
    root = view.doc[:].root
    if root.lemma_.lower() not in _TAKES_WHAT or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return  # "must report within 24 hours" is a duty: only a finite report is judged
    if any(c.dep_ == "aux" for c in root.children):
        return
    if any(c.dep_ in _COMPLEMENTS for c in root.children):
        return
    if any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in root.children):
        return  # "reported on the operation": what it was about is said
    result.kill(f'a fragment: "{root.text}" with nothing it {root.lemma_.lower()}s (its '
                "clause was cut off)")
