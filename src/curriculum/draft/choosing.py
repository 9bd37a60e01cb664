"""Choosing what reaches a module: the threshold, and a few questions for thin themes.

Every candidate is scored (``scoring.py``); those at or above ``THRESHOLD`` are kept, one
per sentence; in each theme's module some are then swapped for their false twins
(``truth.py``, ``balance_themes``). A
theme that has cited sentences but no kept question takes none below the threshold: its
module says why (``explain_empty``), and its candidates stay in the audit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from curriculum.draft.clauses import md_escape
from curriculum.draft.distractors import written_value
from curriculum.draft.evidence import FIRST, TIME_DUTY
from curriculum.draft.fact_verbs import different_acts
from curriculum.draft.modules import ThemeMaterial
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.row_sweeps import spread
from curriculum.draft.scoring import THRESHOLD, score
from curriculum.draft.truth import admit_false, balance

PER_TEXT = 5
"""At most this many questions from one source reach one theme's module."""
PER_LIST = 2
"""At most this many of them from the items of one lead-in that each item finishes ("A
person who -" + "(a) makes ... 15 years; (b) sells ... 10 years; ..."): one rule's
variants, which would otherwise fill the theme ahead of the text's other rules."""


def choose(
    candidates: list[DraftQuestion], placed: Callable[[DraftQuestion], bool] | None = None
) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Score every candidate; those at or above the threshold, and the rest. ``placed``
    says whether a question goes to a theme: among the questions of one sentence (or one
    fact), one that reaches a module comes first (``one_per_sentence``)."""
    for question in candidates:
        try:
            judged = score(question)
        except (ValueError, IndexError, KeyError, AttributeError) as exc:
            # content the checks cannot read is held back and reported, never a crash
            question.score, question.reasons = 0.0, [f"fatal: could not be judged ({exc!r})"]
            continue
        question.score, question.reasons = judged.final, judged.reasons
        question.evidence = judged.evidence
    above = [q for q in candidates if q.score >= THRESHOLD]
    kept = one_per_sentence(above, placed)
    chosen = {id(q) for q in kept}
    return kept, [q for q in candidates if id(q) not in chosen]


def one_per_sentence(
    questions: list[DraftQuestion], placed: Callable[[DraftQuestion], bool] | None = None
) -> list[DraftQuestion]:
    """One question per sentence: a true/false and a blank on one figure ask it twice.

    The best by score is kept (at equal scores, a choice or blank before a true/false,
    which a guess passes half the time); the others are held back with the reason. With
    ``placed``, a question that goes to a theme comes before one that fits none, whatever
    their scores: a count question on a duty may fit no theme where the time-limit
    question on the same sentence, a rule, takes its section's theme, and holding the
    placed one back for the unplaced one would keep the fact out of every module. When
    none of them goes to a theme, the reason says so: the author who moves the kept one
    into a module by hand knows its sibling was held for it, not for a fault of its own.
    """
    fits = _placement(questions, placed)
    best: dict[tuple[str, int, int], DraftQuestion] = {}
    for question in sorted(questions, key=lambda q: (not fits[id(q)], _rank(q))):
        best.setdefault(_fact_of(question), question)
    for question in questions:
        winner = best[_fact_of(question)]
        if winner is not question:
            how = ("goes to a theme, which this one does not" if fits[id(winner)]
                   and not fits[id(question)] else "ranks higher")
            if not fits[id(winner)] and not fits[id(question)]:
                how += (f"; neither goes to a theme ({winner.qid} is with the questions "
                        "that fit none)")
            question.reasons.append(f"held back: {winner.qid} asks about the same sentence "
                                    f"and {how}")
    kept = {id(q) for q in one_per_fact(list(best.values()), fits)}
    return [q for q in questions if id(q) in kept]


def _placement(
    questions: list[DraftQuestion], placed: Callable[[DraftQuestion], bool] | None
) -> dict[int, bool]:
    """Whether each question goes to a theme (all do when nothing is said)."""
    return {id(q): placed is None or placed(q) for q in questions}


SAME_FACT = 0.3
"""Two sentences of one source that ask the same figure ask the same fact when at least
this share of their content words (the figure and its unit aside) is common to both."""
TWIN = "asks the same fact"


def one_per_fact(
    questions: list[DraftQuestion], fits: dict[int, bool] | None = None
) -> list[DraftQuestion]:
    """One question per fact: a list item and the prose that restates it ("Hold a strategy
    discussion within 24 hours ..." in the recommendations, "... although local procedures
    require one within 24 hours" in the findings) ask one figure about one thing, and may
    be placed in two themes. The better by ``_rank`` is kept (one that goes to a theme,
    by ``fits``, before one that fits none); the other is held back with the reason, and
    never taken again to fill a thin theme."""
    kept: list[DraftQuestion] = []
    fits = fits or {}
    for question in sorted(questions, key=lambda q: (not fits.get(id(q), True), _rank(q))):
        twin = next((k for k in kept if same_fact(k, question)), None)
        if twin is None:
            kept.append(question)
            continue
        question.reasons.append(
            f"held back: {twin.qid} (line {twin.sentence.line}) {TWIN} "
            f"({md_escape(_figure_text(question))}) and ranks higher")
    chosen = {id(q) for q in kept}
    return [q for q in questions if id(q) in chosen]


def same_fact(a: DraftQuestion, b: DraftQuestion) -> bool:
    """The same figure with the same unit, asked of two sentences of one source that share
    at least ``SAME_FACT`` of their content words (lemmas of nouns, verbs, adjectives and
    names, from the parse), unless the figures are limits of rules that do different
    things (``fact_verbs.different_acts``: "publish within 15 minutes", "remove within 15
    minutes")."""
    if a.analysis is not b.analysis or a.sentence.index == b.sentence.index:
        return False
    figure = _figure(a)
    if figure is None or figure != _figure(b):
        return False  # first: most pairs differ here, and reading the verbs walks the parse
    if _provisions(a, b) or different_acts(a, b):
        return False
    mine, theirs = _content(a, figure[1]), _content(b, figure[1])
    if not mine or not theirs:
        return False
    return len(mine & theirs) / len(mine | theirs) >= SAME_FACT


_PROVISION = re.compile(
    r"^(?:Article|Art\.|Section|Sec\.|Rule|Regulation|Clause|Paragraph|Standard|Schedule)"
    r"\s+(\d+[A-Za-z]{0,2}(?:\(\d+\))?)\b")


def _provisions(a: DraftQuestion, b: DraftQuestion) -> bool:
    """The two sentences stand under headings that number two different provisions
    ("Article 204a ...", "Article 204c ..."): two rules of a law that happen to share a
    figure (one to five years for two offences) are two facts, never one restated."""
    first = _PROVISION.match(a.sentence.heading.strip())
    second = _PROVISION.match(b.sentence.heading.strip())
    return first is not None and second is not None and first.group(1) != second.group(1)


def _figure_text(q: DraftQuestion) -> str:
    figure = _figure(q)
    return f"{figure[0]:g} {figure[1]}".strip() if figure else ""


def _figure(q: DraftQuestion) -> tuple[float, str] | None:
    """The number a question asks and the word after it ("24 hours" -> (24, "hour")):
    the answer's own, or the sentence's just after the blank ("within ____ hours")."""
    doc, sentence = q.analysis.doc, q.sentence
    if not sentence.start <= q.key[0] < q.key[1] <= sentence.end:
        return None
    shown = doc.display(q.key[0], min(sentence.end, q.key[1] + 40))
    match = _FIGURE.match(shown)
    if match is None:
        return None
    try:
        value = written_value(match.group("number"))
    except ValueError:
        return None
    unit = (match.group("unit") or "").lower()
    return value, unit[:-1] if unit.endswith("s") else unit


def _content(q: DraftQuestion, unit: str) -> frozenset[str]:
    parsed = q.sentence.parsed
    if parsed is None:
        return frozenset()
    base, (lo, hi) = q.sentence.start, q.key
    return frozenset(
        t.lemma_.lower() for t in parsed
        if t.pos_ in _CONTENT and not t.is_stop and not t.like_num
        and not lo <= base + t.idx < hi and t.lemma_.lower() not in (unit, unit + "s"))


_FIGURE = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?|[A-Za-z]+)\b[\s-]*(?P<unit>[A-Za-z]+)?")
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


def _fact_of(q: DraftQuestion) -> tuple[str, int, int]:
    """The sentence, or the item of its inline list that holds the answer ("included A,
    B and C": each item is a fact of its own)."""
    facts = q.analysis.facts.get(q.sentence.index, [])
    for fact in facts:
        if fact.kind == "list" and not q.items:
            for start, end in fact.items:
                if start <= q.key[0] < end:
                    return (q.analysis.source_id, q.sentence.index, start)
    return (q.analysis.source_id, q.sentence.index, -1)


def _rank(q: DraftQuestion) -> tuple[bool, float, int, str]:
    """A figure a rule sets (a duty's time limit, an age, a penalty) and a definition
    first, whatever their score: an officer acts on them, while a body's facts (what an
    acronym stands for, which body does what, what it achieved) only help; then by
    score, a choice or blank before a true/false."""
    return (q.evidence not in FIRST, -q.score, q.qtype == "true_false", q.qid)


def _value_rank(q: DraftQuestion) -> tuple[int, float, int, str]:
    """Which questions of one source a theme keeps, by what they ask: a figure a rule sets
    first, then a definition from the body of the text (or a procedure's order) and a
    finding its source reports, then the rest by score, a glossary's entries among them: a
    text with a long glossary must not push its rules and findings out."""
    if q.evidence == TIME_DUTY:
        group = 0
    elif (q.evidence == "definition" and q.rule != "glossary") or q.evidence == "finding":
        group = 1
    else:
        group = 2
    return (group, -q.score, q.qtype == "true_false", q.qid)


_PENALTY = re.compile(r"\b(?:imprison\w*|custody|jail|detention|fine|liable|punishable|"
                      r"penalt\w+)\b", re.I)
_AGE = re.compile(r"\b(?:age[ds]?|years? old|years? of age|under \d+|over \d+)\b", re.I)
_SHOULD = re.compile(r"\bshould\b", re.I)
_BINDS = re.compile(r"\b(?:must|shall|required|liable|punishable|offence|offense)\b", re.I)


def _measure(q: DraftQuestion) -> str:
    """What a rule's figure measures, read from its sentence: a penalty, an age, a time."""
    text = q.analysis.doc.display(q.sentence.start, q.sentence.end)
    if _PENALTY.search(text):
        return "penalty"
    near = q.analysis.doc.display(max(q.sentence.start, q.key[0] - 20),
                                  min(q.sentence.end, q.key[1] + 20))
    return "age" if _AGE.search(near) else "time"


def _recommended(q: DraftQuestion) -> bool:
    """A rule in "should" with nothing that binds ("Case managers should hold the
    certificate within 12 months"): a standard, weaker than a duty in "must"."""
    text = q.analysis.doc.display(q.sentence.start, q.sentence.end)
    return bool(_SHOULD.search(text)) and not _BINDS.search(text)


def by_value(questions: list[DraftQuestion]) -> list[DraftQuestion]:
    """One source's questions in one theme, best first (``_value_rank``), with the rules'
    figures interleaved by what they measure: a code's first penalty and first age come
    before its fifth time limit, and within one measure a binding duty ("must") before a
    standard in "should". Blind reviews found the cap keeping five time limits (one of
    them a staff-qualification standard) while an offence's penalty, a threshold age and
    an initial deadline of the same text waited behind them."""
    ranked = sorted(questions, key=_value_rank)
    rules = sorted((q for q in ranked if q.evidence == TIME_DUTY),
                   key=lambda q: (_recommended(q), _value_rank(q)))
    seen: dict[str, int] = {}
    turn: dict[int, int] = {}
    for question in rules:
        measure = _measure(question)
        turn[id(question)] = seen.get(measure, 0)
        seen[measure] = turn[id(question)] + 1
    first = sorted(rules, key=lambda q: (turn[id(q)], _recommended(q), _value_rank(q)))
    return first + [q for q in ranked if q.evidence != TIME_DUTY]


def cap(materials: list[ThemeMaterial], per_text: int = PER_TEXT) -> list[DraftQuestion]:
    """At most ``per_text`` questions of one source in one theme, the best by what they ask
    (``by_value``), and at most ``PER_LIST`` of them from the items of one lead-in; the
    rest are held back (returned) with the reason. A false statement held back while every
    true/false item kept is true takes the weakest true statement's place
    (``truth.admit_false``)."""
    out: list[DraftQuestion] = []
    for material in materials:
        by_source: dict[str, list[DraftQuestion]] = {}
        for question in material.questions:
            by_source.setdefault(question.analysis.source_id, []).append(question)
        dropped = set()
        for questions in by_source.values():
            siblings: dict[int, int] = {}
            for question in by_value(questions):
                lead = question.sentence.lead
                if not question.sentence.joined or lead is None:
                    continue
                siblings[lead.index] = siblings.get(lead.index, 0) + 1
                if siblings[lead.index] > PER_LIST:
                    question.reasons.append(
                        f"held back: {PER_LIST} questions from items of the same lead-in "
                        f"(line {lead.line}) already in the theme {material.theme.id!r}")
                    dropped.add(id(question))
                    out.append(question)
            questions = [q for q in questions if id(q) not in dropped]
            ranked = spread(by_value(questions))
            top = {id(q) for q in ranked[:per_text]}
            for question in admit_false(ranked[:per_text], ranked[per_text:])[1]:
                dropped.add(id(question))
                out.append(question)
                if id(question) not in top:  # else it gave its place to a false statement
                    question.reasons.append(
                        f"held back: {per_text} better questions from this source already in "
                        f"the theme {material.theme.id!r}")
        material.questions = [q for q in material.questions if id(q) not in dropped]
    return out


def balance_themes(
    materials: list[ThemeMaterial], below: list[DraftQuestion], candidates: list[DraftQuestion]
) -> list[DraftQuestion]:
    """The true/false balance of each theme's module (``truth.balance``). Returns the
    questions below the threshold or held back, now with those swapped out for their
    false twins and without a twin that was held back before and is now in a module."""
    swapped: list[DraftQuestion] = []
    for material in materials:
        material.questions, out = balance(material.questions, candidates)
        swapped += out
    placed = {id(q) for m in materials for q in m.questions}
    return [q for q in below if id(q) not in placed] + swapped


def explain_empty(
    materials: list[ThemeMaterial],
    below: list[DraftQuestion],
    theme_of: Callable[[DraftQuestion], str | None],
) -> None:
    """A theme with material but no question at the threshold takes none below it: its
    module says why, and its candidates stay in the audit for an author to promote.

    Why: a theme used to take up to three of its best candidates from 0.5 up, flagged, so
    that it had "a few" questions. Every such top-up that a blind review met was dropped
    (blind reviews 20 and 21: "The default period in the Act is ____ days", "Examiners
    also found ____ images on the devices"), and the unreviewed ones of the retired sets
    read the same way (a room rule of a meeting, a field label fused in front); at
    ``656cb61`` no text of the corpus or the 2018 article took one. A question below the
    threshold costs the blind share when it reaches a module, and nothing when it waits
    in the audit."""
    for material in materials:
        if material.questions or not material.facts:
            continue
        theirs = [q for q in below if theme_of(q) == material.theme.id]
        material.note = _why_none(material, theirs)


def _why_none(material: ThemeMaterial, candidates: list[DraftQuestion]) -> str:
    if not candidates:
        return (
            "No quiz question: none of these sentences holds a fact a rule can ask about "
            "(a figure, a year, a defined acronym, a keyword phrase, a person or a place)."
        )
    best = max(candidates, key=lambda q: (q.score, q.qid))
    return (
        f"No quiz question: {len(candidates)} candidate(s) scored below the threshold; the "
        f"best ({best.qid}, {best.score:.2f}) was held back because: "
        f"{md_escape('; '.join(best.reasons))}. A theme takes no question below the "
        f"threshold ({THRESHOLD}): an author can check one in draft-audit.md and promote it."
    )
