"""Which theme a sentence, clause or answer belongs to: titles plus author keywords.

Each theme is a set of terms: its whole title (strong), each author keyword or
keyword phrase from ``curriculum.yaml`` (medium) and each content word of its title
(weak). A term that two themes share says nothing about either and is ignored, so
"crimes against children" (in two titles) cannot pull a sentence anywhere. Words
inside a recurring organisation name ("Specialists Group on Crimes Against
Children") are masked for single title words: a name is not a topic. A text goes to
every theme that scores at least ``THRESHOLD`` and 75% of the best score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from curriculum.draft.facts import STOPWORDS, capitalised_names, org_kind
from curriculum.models import Theme

THRESHOLD = 1.0
RELATIVE = 0.75
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_IRREGULAR = {
    "children": "child",
    "people": "person",
    "women": "woman",
    "men": "man",
    "countries": "country",
    "analyses": "analysis",
    "media": "media",
}
_SUFFIXES = (
    "ifications",
    "ification",
    "ifying",
    "ified",
    "ifies",
    "ify",
    "izations",
    "ization",
    "isations",
    "isation",
    "ations",
    "ation",
    "ions",
    "ion",
    "ments",
    "ment",
    "ings",
    "ing",
    "ers",
    "er",
    "ies",
    "ied",
    "es",
    "ed",
    "s",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: identify/identifying/identification all give "ident"."""
    w = word.lower()
    w = w[:-2] if w.endswith("'s") else w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "s":
        w = w[:-1]  # travelling -> travel
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # device, devices -> devic
    return w


@dataclass(frozen=True)
class Token:
    """A word of a text with its stem and offsets in that text."""

    stem: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words (hyphenated words split) with stems and offsets."""
    return [Token(stem(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Term:
    """A stem sequence that signals a theme, its weight and where it came from."""

    stems: tuple[str, ...]
    weight: float
    origin: str
    words: str


@dataclass(frozen=True)
class Match:
    """A theme's score for a text and the words that produced it."""

    theme: str
    score: float
    terms: tuple[str, ...]


class ThemeMatcher:
    """Scores texts against the themes (built once per run)."""

    def __init__(self, themes: Sequence[Theme]) -> None:
        self.themes = list(themes)
        raw = {t.id: _terms(t) for t in self.themes}
        self.terms = {
            tid: [term for term in terms if _unique(term, tid, raw)] for tid, terms in raw.items()
        }
        self.title_stems = {t.id: {stem(w) for w in _TOKEN.findall(t.title)} for t in self.themes}
        self._order = {t.id: i for i, t in enumerate(self.themes)}
        self._by_first: dict[str, list[tuple[str, Term]]] = {}
        for theme_id, terms in self.terms.items():
            for term in terms:  # in the themes' order, so matches list in a stable order
                self._by_first.setdefault(term.stems[0], []).append((theme_id, term))

    def occurrences(self, tokens: list[Token]) -> list[tuple[str, Term, int]]:
        """Every (theme, term, first token index) where a term's stems occur in order."""
        found = []
        for i, token in enumerate(tokens):
            for theme_id, term in self._by_first.get(token.stem, ()):
                size = len(term.stems)
                if i + size <= len(tokens) and all(
                    tokens[i + k].stem == term.stems[k] for k in range(1, size)
                ):
                    found.append((theme_id, term, i))
        return found

    def scores(self, text: str) -> list[Match]:
        """Every theme with a positive score, best first (ties: order in curriculum.yaml)."""
        tokens = tokenize(text)
        masked = _masked(text, tokens)
        hits: dict[str, dict[Term, None]] = {}
        for theme_id, term, index in self.occurrences(tokens):
            if term.origin == "title word" and index in masked:
                continue
            hits.setdefault(theme_id, {})[term] = None
        found = [
            Match(tid, round(sum(t.weight for t in terms), 3), tuple(t.words for t in terms))
            for tid, terms in hits.items()
        ]
        return sorted(found, key=lambda m: (-m.score, self._order[m.theme]))

    def assign(self, text: str) -> list[Match]:
        """The themes ``text`` belongs to (maybe none)."""
        found = self.scores(text)
        if not found or found[0].score < THRESHOLD:
            return []
        best = found[0].score
        return [m for m in found if m.score >= THRESHOLD and m.score >= RELATIVE * best]

    def in_title(self, theme_id: str, phrase: str) -> bool:
        """True when every word of ``phrase`` is in the theme's title (a giveaway)."""
        stems = {stem(w) for w in _TOKEN.findall(phrase)} - _stop_stems()
        return bool(stems) and stems <= self.title_stems.get(theme_id, set())


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in STOPWORDS)


def _terms(theme: Theme) -> list[Term]:
    terms = [Term(_stems(theme.title), 3.0, "title", theme.title)]
    for keyword in theme.keywords:
        stems = _stems(keyword)
        if stems:
            terms.append(Term(stems, 1.0 + 0.5 * (len(stems) - 1), "keyword", keyword))
    for word in _TOKEN.findall(theme.title):
        if word.lower() not in STOPWORDS:
            terms.append(Term((stem(word),), 0.5, "title word", word.lower()))
    unique: dict[tuple[str, ...], Term] = {}
    for term in terms:
        if term.stems not in unique or unique[term.stems].weight < term.weight:
            unique[term.stems] = term
    return list(unique.values())


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _TOKEN.findall(text))


def _unique(term: Term, theme_id: str, all_terms: dict[str, list[Term]]) -> bool:
    """A term counts only if no other theme has it (single words: anywhere in a term)."""
    for other, terms in all_terms.items():
        if other == theme_id:
            continue
        for candidate in terms:
            if candidate.stems == term.stems:
                return False
            if len(term.stems) == 1 and term.stems[0] in candidate.stems:
                return False
    return True


def _masked(text: str, tokens: list[Token]) -> set[int]:
    """Token indexes inside organisation names of three or more words."""
    spans = [
        (s, e)
        for s, e, name in capitalised_names(text)
        if len(name.split()) >= 3 and org_kind(name) == "ORG"
    ]
    return {i for i, tok in enumerate(tokens) if any(s <= tok.start < e for s, e in spans)}
