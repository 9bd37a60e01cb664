"""When a prohibition's false twin is safe to key False, and when it is held.

A prohibition with no figure is asked true or false by its negation
(``prohibitions.py``): "Analysts must never download material to a personal device" has
the false twin "Analysts may download material to a personal device". That twin is false
only if the rule is absolute. Many prohibitions are stated bare and qualified in the same
paragraph: "A witness should not be kept waiting at court. Except for reasons beyond the
court's control, a child witness must begin giving evidence within one hour of ...". The
twin "A witness may be kept waiting at court" then reads as a possibility the paragraph
itself allows (an hour's wait), and its key False is arguable (blind review 13, class B;
rubric 2). So the twin is held when another sentence of its paragraph, on the same matter
(a common noun of the rule: "witness"), states a condition or an exception ("unless",
"except", "until", "only when ...", an opening "After ...,": ``conditioned``'s reading),
whatever its verb; a neighbour on another matter ("A court may order disclosure only when
...") leaves the rule absolute, and so does a scope in the rule's own clause ("Before
charge, previous convictions must not be disclosed ...": absolute in that scope). The
true statement of the rule is not affected: it says what the source says.

Read from the parse and the paragraph's layout; no words of particular texts.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.conditioned import _conditions, _continues, _scoped
from curriculum.draft.prohibitions import NEGATIONS
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.sentences import Sentence
from curriculum.draft.stemcheck import Score


def judge(q: DraftQuestion, result: Score) -> None:
    """Kill a prohibition's false twin whose paragraph qualifies the rule."""
    if not twin(q) or _own_scope(q):
        return
    for other in paragraph(q):
        if other.parsed is not None and _conditions(other.parsed) and same_matter(
                q.sentence.parsed, other.parsed):
            shown = " ".join(q.analysis.doc.display(other.start, other.end).split()[:12])
            result.kill(f'the rule is qualified in its paragraph (line {other.line}: '
                        f'"{shown} ..."): its false twin may be read as allowed, so False is '
                        "arguable")
            return


def same_matter(rule: Any, other: Any) -> bool:
    """The two sentences speak of a same thing: a common noun of one is a common noun of
    the other ("A witness should not be kept waiting" and "..., a child witness must
    begin ..."); "Officers must not share reports" and "A court may order disclosure only
    when ..." do not."""
    if rule is None:
        return False
    nouns = {t.lemma_.lower() for t in rule if t.pos_ == "NOUN"}
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in other)


def _own_scope(q: DraftQuestion) -> bool:
    """The prohibition's own clause names its scope ("Before charge, ... must not be
    disclosed"): the half of the rule its neighbour complements, absolute in that scope."""
    parsed = q.sentence.parsed
    if parsed is None:
        return False
    at = q.key[1] - q.sentence.start
    negation = next((t for t in parsed if t.idx + len(t.text) == at), None)
    return negation is not None and _scoped(negation.head)


def twin(q: DraftQuestion) -> bool:
    """A prohibition's false twin: a false statement keyed on the negation it leaves out
    (no figure changed)."""
    if q.truth is not False or q.replacement or q.qtype != "true_false":
        return False
    return q.analysis.doc.display(*q.key).strip().lower() in NEGATIONS


def paragraph(q: DraftQuestion) -> list[Sentence]:
    """The other kept sentences of ``q``'s paragraph: those joined to it by nothing but
    spaces, punctuation or a wrapped line, before and after."""
    sentences, text = q.analysis.sentences, q.analysis.doc.text
    at = next((n for n, s in enumerate(sentences) if s.index == q.sentence.index), -1)
    if at < 0:
        return []
    out: list[Sentence] = []
    for step in (-1, 1):
        here, n = sentences[at], at + step
        while 0 <= n < len(sentences):
            other = sentences[n]
            if other.dropped:
                n += step
                continue
            gap = text[other.end : here.start] if step < 0 else text[here.end : other.start]
            if not _continues(gap):
                break
            out.append(other)
            here, n = other, n + step
    return out
