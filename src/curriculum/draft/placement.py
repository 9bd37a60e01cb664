"""Which theme a question goes to: its words, the themes' descriptions, and its document.

A question's sentence rarely names its theme in the author's keywords ("Investigators
identified 312 suspects in 19 countries"), and a keyword can mislead on its own ("a
further serious sexual or violent offence" by registered offenders is offender
management, not serious and violent crime). So each theme gets a score from three
things, names and addresses masked as in ``themes.py``:

- the keyword and title terms the sentence holds (``ThemeMatcher.scores``), and half
  the weight of keyword phrases of two or more words met inside a name;
- the content lemmas (nouns and adjectives) it shares with the theme's ``description`` in
  ``curriculum.yaml`` (``DESCRIPTION_WEIGHT`` each, twice in the main clause's subject,
  which says what the sentence is about; at most ``DESCRIPTION_CAP``; a lemma in two
  descriptions says nothing);
- the theme's share of the whole document's theme matches (``DOCUMENT_WEIGHT`` times
  the share): a sentence of a release about an online operation is read in that light.

The best theme must reach ``THRESHOLD``, lead the runner-up by ``MARGIN``, and owe at
least ``OWN`` to the sentence itself unless the document is mostly about it; otherwise
the question fits no theme and goes to the audit, with the scores, for the author. A
fill-in answer that is itself a theme's term (a keyword phrase) decides first.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.analysis import Analysis
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher, Word

THRESHOLD = 1.0
MARGIN = 0.5
DESCRIPTION_WEIGHT = 0.4
DESCRIPTION_CAP = 1.2
DOCUMENT_WEIGHT = 1.5
OWN = 0.8
"""The sentence itself must give its theme this much, unless the document is mostly
(``DOMINANT`` of its theme matches) about that theme."""
DOMINANT = 0.8
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


def place(q: DraftQuestion, matcher: ThemeMatcher) -> tuple[str | None, str]:
    """The question's theme (or None) and a short account of the decision."""
    analysis = q.analysis
    if q.answers:
        found = matcher.assign(analysis.words_in(q.sentence, [q.key]))
        if found:
            return found[0].theme, f"the answer is a term of {found[0].theme}"
    own = sentence_scores(analysis, q, matcher)
    shares = document_shares(analysis)
    scores = {t: round(v + DOCUMENT_WEIGHT * shares.get(t, 0.0), 3) for t, v in own.items()}
    ranked = sorted(scores.items(), key=lambda s: (-s[1], _order(matcher, s[0])))
    account = ", ".join(f"{t} {v:.2f}" for t, v in ranked[:3] if v > 0) or "no theme words"
    if not ranked or ranked[0][1] < THRESHOLD:
        return None, f"no theme reaches {THRESHOLD} ({account})"
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None, f"no theme leads by {MARGIN} ({account})"
    best = ranked[0][0]
    if own[best] < OWN and shares.get(best, 0.0) < DOMINANT:
        return None, (f"the sentence itself says little of {best} ({own[best]:.2f}) and the "
                      f"document is not mainly about it ({account})")
    return best, account


def _order(matcher: ThemeMatcher, theme_id: str) -> int:
    return [t.id for t in matcher.themes].index(theme_id)


def sentence_scores(
    analysis: Analysis, q: DraftQuestion, matcher: ThemeMatcher
) -> dict[str, float]:
    """What the sentence itself says: keyword terms, named terms, description nouns."""
    words = analysis.words.get(q.sentence.index, [])
    scores = {t.id: 0.0 for t in matcher.themes}
    for match in matcher.scores(words):
        scores[match.theme] += match.score
    for theme_id, weight in _adjectives(words, matcher, q):
        scores[theme_id] -= weight
    for theme_id, weight in named_terms(words, matcher):
        scores[theme_id] += weight
    described = description_lemmas(tuple((t.id, t.description or "") for t in matcher.themes))
    matched = {i + k for _, term, i in matcher.occurrences(words) for k in range(len(term.words))}
    lemmas = {w.lemma for i, w in enumerate(words)
              if not w.masked and w.cls in ("n", "a") and i not in matched}
    subject = _subject_offsets(q)
    topic = {w.lemma for w in words if w.start in subject and not w.masked and w.cls in ("n", "a")}
    for theme_id, vocabulary in described.items():
        shared = len(lemmas & vocabulary) + len(topic & vocabulary)  # the subject twice
        scores[theme_id] += min(DESCRIPTION_CAP, DESCRIPTION_WEIGHT * shared)
    return {t: round(v, 3) for t, v in scores.items()}


def _subject_offsets(q: DraftQuestion) -> set[int]:
    """File offsets of the words of the main clause's subject: what the sentence is about."""
    parsed = q.sentence.parsed
    if parsed is None:
        return set()
    root = parsed[:].root
    return {q.sentence.start + t.idx for c in root.children
            if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _adjectives(
    words: list[Word], matcher: ThemeMatcher, q: DraftQuestion
) -> list[tuple[str, float]]:
    """A one-word keyword met as one of coordinated adjectives ("a serious sexual or
    violent offence") sorts the noun into kinds rather than naming a topic; like a verb,
    it counts half (the half taken back here)."""
    parsed = q.sentence.parsed
    if parsed is None:
        return []
    by_offset = {q.sentence.start + t.idx: t for t in parsed}
    out = []
    for theme_id, term, index in matcher.occurrences(words):
        word = words[index]
        token = by_offset.get(word.start)
        if len(term.words) != 1 or word.cls != "a" or word.masked or token is None:
            continue
        if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
            out.append((theme_id, term.weight / 2))
    return out


def named_terms(words: list[Word], matcher: ThemeMatcher) -> list[tuple[str, float]]:
    """Keyword phrases of two or more words inside a proper name count half: "the INTERPOL
    Victim Identification Task Force" is about victim identification, though a single
    word in a name ("Travel and Tourism Council") still says nothing."""
    out = []
    seen: set[tuple[str, int]] = set()
    for theme_id, term, index in matcher.occurrences(words):
        span = words[index : index + len(term.words)]
        inside = all(w.masked and w.name is not None for w in span)
        if len(span) >= 2 and term.origin == "keyword" and inside and (theme_id, index) not in seen:
            seen.add((theme_id, index))
            out.append((theme_id, term.weight / 2))
    return out


def document_shares(analysis: Analysis) -> dict[str, float]:
    """Each theme's share of all theme matches in the document's sentences (once per
    document)."""
    if analysis.theme_shares is None:
        analysis.theme_shares = _shares(analysis)
    return analysis.theme_shares


def _shares(analysis: Analysis) -> dict[str, float]:
    totals: dict[str, float] = {}
    for sentence in analysis.kept():
        for match in analysis.themes.get(sentence.index, []):
            totals[match.theme] = totals.get(match.theme, 0.0) + match.score
    total = sum(totals.values())
    return {t: v / total for t, v in totals.items()} if total else {}


@lru_cache(maxsize=8)
def description_lemmas(described: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Content lemmas of each theme's description, less those two descriptions share."""
    docs = nlp.parse([text for _, text in described])
    raw = {tid: _content(doc) for (tid, _), doc in zip(described, docs, strict=True)}
    out = {}
    for theme_id, lemmas in raw.items():
        others = set().union(*(v for t, v in raw.items() if t != theme_id))
        out[theme_id] = frozenset(lemmas - others)
    return out


def _content(doc: Any) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower() for t in doc
        if t.pos_ in _CONTENT and t.is_alpha and not t.is_stop and len(t.text) > 2
    )

