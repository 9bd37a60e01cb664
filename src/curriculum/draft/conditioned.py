"""A rule whose condition is in the sentence beside it is no true/false item.

A true/false item asks its sentence alone. A prohibition or a permission is often
stated bare and qualified by its neighbour: "Previous convictions must not be disclosed
to an employer. After charge, they may be disclosed only when ...". Lifted out, "Previous
convictions must not be disclosed to an employer" is not simply true, and its twin "...
may be disclosed ..." not simply false: each depends on a condition the stem does not
show (blind review 12, rubric 2 and 4). So a true/false item is held when:

- its asserted verb is negated ("not", "never", "no one may") or a permission ("may",
  "can"): the statements whose truth a condition turns;
- its own clause names no scope of its own: no condition or time clause ("if", "when",
  "unless", "until", "before ...", "after ...") and no "only", which would make it the
  half of the rule its neighbour complements ("Before charge, previous convictions must
  not be disclosed." stays);
- the sentence just before or just after, in the same paragraph, qualifies the same act
  (a verb of the same lemma, "they may be disclosed"; or, after it, "This is allowed
  ...") and states a condition: "unless",
  "except", "until", "only" with "when"/"if"/"where"/"after"/"before"/"once", or an
  opening "After ...,"/"Before ...,"/"Once ...,".

Read from the parse; no words of particular texts.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.sentences import Sentence
from curriculum.draft.statements import asserted, stem_verb
from curriculum.draft.stemcheck import Score, StemView

_PERMISSIONS = frozenset({"may", "can", "cannot", "ca"})
_NEGATIONS = frozenset({"not", "never", "n't", "no", "nobody", "none"})
_SCOPES = frozenset({"if", "when", "whenever", "where", "unless", "until", "till", "before",
                     "after", "once", "except", "only", "provided", "during", "while"})
"""Words that open a condition or a time: in the statement's own clause they scope it."""
_CARVE_OUTS = frozenset({"unless", "except", "until", "till"})
_ONLY_WITH = frozenset({"when", "if", "where", "after", "before", "once", "until", "with"})
"""What "only" opens as a condition ("only when ...", "only with a court's approval"), not
"only in 2024" or "only to staff"."""
_OPENERS = frozenset({"after", "before", "once", "until"})
_THIS = frozenset({"this", "that", "it"})


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Kill a true/false item whose negation or permission its neighbour qualifies."""
    if not q.rule.endswith("-statement") or q.qtype != "true_false" or q.items:
        return
    main = asserted(stem_verb(view))
    if not _turnable(main) or _scoped(main):
        return
    for other in _neighbours(q):
        if other.parsed is not None and _goes_on(main, q.sentence, other) and _conditions(
                other.parsed):
            where = "before" if other.start < q.sentence.start else "after"
            shown = q.analysis.doc.display(other.start, other.end)
            result.kill(f'the rule\'s condition is in the sentence {where} it (line '
                        f'{other.line}: "{_short(shown)}"): alone, the statement is neither '
                        "simply true nor simply false")
            return


def _turnable(verb: Any) -> bool:
    """A negated verb ("must not", "are never") or a permission ("may", "can")."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _PERMISSIONS):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
                child.lower_ in _NEGATIONS
                or any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)):
            return True  # "No record may be shared", "Nobody may ..."
    return False


def _scoped(verb: Any) -> bool:
    """The statement's own clause names its scope: a condition or time clause or phrase
    on its verb, or "only"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "only":
            return True
        if child.dep_ == "prep" and child.lower_ in _SCOPES:
            return True
        if child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _SCOPES
                                         for m in child.children):
            return True
    return False


def _conditions(doc: Any) -> bool:
    """The sentence states a condition or an exception (module docstring)."""
    tokens = [t for t in doc if not t.is_space]
    if tokens and tokens[0].lower_ in _OPENERS and any(t.text == "," for t in tokens[1:12]):
        return True  # "After charge, they may be disclosed ..."
    for n, token in enumerate(tokens):
        if token.lower_ in _CARVE_OUTS:
            return True
        if token.lower_ == "only" and n + 1 < len(tokens) and tokens[n + 1].lower_ in _ONLY_WITH:
            return True
    return False


def _goes_on(main: Any, sentence: Sentence, other: Sentence) -> bool:
    """``other`` qualifies the same act: it has a verb of the same lemma as ``main``, the
    statement's verb ("must not be disclosed" ... "they may be disclosed only when"), or,
    after the statement, its subject stands for it ("This is allowed only when ...")."""
    lemma = main.lemma_.lower()
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == lemma for t in other.parsed):
        return True
    if other.start < sentence.start:
        return False
    root = other.parsed[:].root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _THIS for c in root.children)


def _neighbours(q: DraftQuestion) -> list[Sentence]:
    """The kept sentences just before and just after ``q``'s, each when nothing but spaces
    or a wrapped line stands between them (the same paragraph or item). Found from the
    sentence's own place, as ``neighbour._previous`` does (no list per question)."""
    sentences, sentence = q.analysis.sentences, q.sentence
    at = sentence.index
    if not (0 <= at < len(sentences) and sentences[at].index == sentence.index):
        at = next((n for n, s in enumerate(sentences) if s.index == sentence.index), -1)
    if at < 0:
        return []
    text = q.analysis.doc.text
    out = []
    before = next((sentences[n] for n in range(at - 1, -1, -1) if not sentences[n].dropped),
                  None)
    if before is not None and _continues(text[before.end : sentence.start]):
        out.append(before)
    after = next((sentences[n] for n in range(at + 1, len(sentences))
                  if not sentences[n].dropped), None)
    if after is not None and _continues(text[sentence.end : after.start]):
        out.append(after)
    return out


def _continues(gap: str) -> bool:
    """Only spaces and punctuation between two sentences, no blank line."""
    return "\n\n" not in gap and not any(c.isalnum() for c in gap) and not gap.strip(" \t\r\n.;:")


def _short(text: str, words: int = 12) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" ..." if len(split) > words else "")
