"""The theme a document's opening names, for a document whose title names none.

A procedure's title often says what it is and not what it is about ("Call Handling
Script CH-4", "Submitting Devices to the Digital Forensic Unit"), and its sentences talk
of "the caller", "the device", "the referral": no theme's words. Its opening says what it
is for ("This script is for control room staff taking a call about a child at risk
online"), and so it is read as a title is: the theme named by the first sentences of
prose that speak of the text itself (their subject is "this"/"these" something: "This
script ...", "The purpose of this procedure ..."), by their own words, each in full (in
such a sentence a relative clause is the topic as much as the main clause: "a call about
a child who is being groomed online"), names masked as in any sentence (the "Online" of
"the Online Child Protection Team" says nothing), when they name one theme by at least
``placement.TOPIC_MIN``, lead the next by ``placement.MARGIN``, and name no second one.
Words in round brackets do not count: a bracketed aside names a thing the text refers to
(a code's clause by its title, "Clause 10 (Victims of sexual offences)"), not what the text
is for.
Any other opening sentence is an event or a rule of its own, whose asides grade it
("Where a child faces a risk of serious injury, the provider must ..."): it is not read
so. Only for a document whose title (with the headings above its first text) holds no
theme term at all: a title that names a theme, or two, says it first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from curriculum.draft.analysis import Analysis
from curriculum.draft.themes import ThemeMatcher

OPENING_SENTENCES = 2
"""The opening: the document's first sentences of prose, in its first section."""


def opening_scores(analysis: Analysis, matcher: ThemeMatcher) -> dict[str, float]:
    """Each theme's score in the document's opening sentences (their own words, each in
    full: in an opening that says what the text is for, a relative clause is its topic as
    much as the main clause, "a call about a child who is being groomed online"). Read once
    per text (one run has one matcher)."""
    if analysis.opening is None:
        analysis.opening = _scores(analysis, matcher)
    return analysis.opening


def _scores(analysis: Analysis, matcher: ThemeMatcher) -> dict[str, float]:
    kept = [s for s in analysis.kept() if s.kind == "para"]
    if not kept:
        return {}
    first = [s for s in kept[:OPENING_SENTENCES] if s.heading == kept[0].heading]
    out: dict[str, float] = {}
    for sentence in (s for s in first if _of_the_text(s.parsed)):
        bracketed = _bracketed(sentence.parsed, sentence.start)
        words = [replace(w, aside=False, graded=False)
                 for w in analysis.words.get(sentence.index, []) if w.start not in bracketed]
        for match in matcher.scores(words):
            out[match.theme] = out.get(match.theme, 0.0) + match.score
    return out


def _bracketed(parsed: Any, base: int) -> set[int]:
    """The start offsets (as the sentence's words hold them: ``base`` plus the token's)
    of the tokens inside round brackets."""
    out: set[int] = set()
    depth = 0
    for token in parsed if parsed is not None else ():
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(depth - 1, 0)
        elif depth:
            out.add(base + token.idx)
    return out


_THIS = frozenset({"this", "these"})


def _of_the_text(parsed: Any) -> bool:
    """The main clause's subject is "this"/"these" something, or holds it ("The purpose
    of this procedure"): the text speaks of itself. Not a unit of time ("This year")."""
    if parsed is None:
        return False
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if (
        root is not None) else None
    if subject is None:
        return False
    return any(t.lower_ in _THIS and t.dep_ == "det" and t.head.pos_ == "NOUN"
               and t.head.lemma_.lower() not in _TIME for t in subject.subtree)


_TIME = frozenset({"year", "month", "week", "day", "time", "quarter", "period", "morning",
                   "afternoon", "evening", "season", "term"})
