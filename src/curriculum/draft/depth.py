"""Which sentences are examined in depth (run through the trained spaCy components).

Parsing is nearly all of a draft's time, so it is spent where it can pay:

1. A cheap superset filter (:func:`worth_parsing`): a sentence with no number, no
   bracket, no capitalised word after its first, no "is"/"are"/"means"/"defined"/
   "refers" (a definition), no "Term:" opening (a glossary entry) and no word sharing
   its first four letters with a theme term can give neither a question nor a theme. It
   is not parsed, in a text of any size; this changes no draft (a test drafts with and without it).
2. A budget for very large sources (:data:`DEPTH_BUDGET` characters of the sentences the
   filter lets through). A source within it is parsed completely. Past it, sentences are
   ranked by cheap cues read from the raw text (:func:`cue_score`: theme words, figures,
   acronym definitions, definitions, obligations and thresholds; a sentence that differs
   from an earlier one only in its figures comes after every new one) and taken theme by
   theme in turn, so every theme gets its best sentences, until the budget is spent. The rest
   are "not examined in depth": no fact, theme or question comes from them, and the audit
   counts them with the reason. List items and their lead-ins are always examined, so a
   list is asked about whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from curriculum.draft.facts import NUMBER_WORDS
from curriculum.draft.sentences import Sentence
from curriculum.draft.themes import ThemeMatcher

DEPTH_BUDGET = 250_000
"""Characters of sentences parsed in depth per source; a source within it is parsed whole.
About 6.5 s of CPU for the small English pipeline on the reference machine (two
cores share it: about 3.5 s of wall time)."""

NOT_EXAMINED = "not examined in depth (ranked past the in-depth budget)"

_MAYBE_FACT = re.compile(
    r"\d|\(|\s[A-Z]|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE
)
_MAYBE_DEFINITION = re.compile(r"\b(?:is|are|means|defined|refers?)\b", re.IGNORECASE)
_MAYBE_ENTRY = re.compile(r"\s*[A-Za-z][^:;.,()]{0,60}?(?::|\s[-\u2013\u2014]\s)")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_DIGITS = re.compile(r"\d+")
_FIGURE = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\([A-Z][A-Za-z]*[A-Z]\)")
_DEFINITION = re.compile(
    r"\b(?:means|is defined as|refers to|is known as|is called|stands for)\b", re.IGNORECASE
)
_OBLIGATION = re.compile(
    r"\b(?:must|shall|required|within|under the age|offen[cs]es?|law|court|sentenced|"
    r"identified|rescued|arrested|referred|safeguard\w*)\b",
    re.IGNORECASE,
)


def worth_parsing(text: str, sentence: Sentence, prefixes: frozenset[str]) -> bool:
    """False only for a sentence no rule and no theme can use (see the module docstring)."""
    if _always(text, sentence):
        return True  # list items and lead-ins: list questions and their themes
    if _MAYBE_FACT.search(text.replace("\n", " ")):
        return True  # a number, an acronym, a name or a place
    if _MAYBE_DEFINITION.search(text) or _MAYBE_ENTRY.match(text):
        return True  # "X is a Y that ...", "X means Y", "Term: definition" (definitions.py,
        # glossary.py)
    words = _LOWER_WORD.findall(text.lower())
    return any(w[:4] in prefixes or w[:3] in prefixes for w in words)  # "sex" of "sexual"


def _always(text: str, sentence: Sentence) -> bool:
    return sentence.kind == "bullet" or text.rstrip().endswith(":")


def cue_score(text: str) -> int:
    """A cheap guess of what a sentence may give: figures count most, then acronym
    definitions, definitions and obligations or outcomes (theme words are counted apart)."""
    return (
        2 * bool(_FIGURE.search(text))
        + bool(_ACRONYM.search(text))
        + bool(_DEFINITION.search(text))
        + bool(_OBLIGATION.search(text))
    )


@dataclass
class Depth:
    """The sentences to parse (document order) and those left unexamined past the budget."""

    parse: list[Sentence]
    unexamined: list[Sentence]


def choose_depth(
    sentences: Sequence[Sentence],
    text_of: Callable[[Sentence], str],
    matcher: ThemeMatcher,
    budget: int | None = None,
) -> Depth:
    """Filter, then (past ``budget`` characters, default :data:`DEPTH_BUDGET`) rank and take
    theme by theme in turn."""
    budget = DEPTH_BUDGET if budget is None else budget
    prefixes = matcher.prefixes()
    worth = [s for s in sentences if worth_parsing(text_of(s), s, prefixes)]
    if sum(s.end - s.start for s in worth) <= budget:
        return Depth(worth, [])
    taken = {s.index for s in worth if _always(text_of(s), s)}
    spent = sum(s.end - s.start for s in worth if s.index in taken)
    for sentence in _ranked(worth, text_of, matcher):
        if spent >= budget:
            break
        if sentence.index not in taken:
            taken.add(sentence.index)
            spent += sentence.end - sentence.start
    return Depth(
        [s for s in worth if s.index in taken], [s for s in worth if s.index not in taken]
    )


def _ranked(
    sentences: Sequence[Sentence], text_of: Callable[[Sentence], str], matcher: ThemeMatcher
) -> list[Sentence]:
    """Round robin over the themes, then the sentences that share no word with any theme.
    Each queue puts new sentences first (one that differs from an earlier one only in its
    figures comes after every new one), then the most theme words (up to two) and cues."""
    per_theme = _theme_prefixes(matcher)
    queues: dict[str, list[tuple[int, int, int, Sentence]]] = {t: [] for t in per_theme}
    loose: list[tuple[int, int, int, Sentence]] = []
    shapes: dict[str, int] = {}
    for sentence in sentences:
        text = text_of(sentence)
        shape = _DIGITS.sub("#", text.lower())
        variant = shapes[shape] = shapes.get(shape, -1) + 1
        heads = {w[:4] for w in _LOWER_WORD.findall(text.lower())}
        cues = cue_score(text)
        mine = {t: len(heads & prefixes) for t, prefixes in per_theme.items()}
        for theme, hits in mine.items():
            if hits:
                queues[theme].append((variant, -min(hits, 2) - cues, sentence.index, sentence))
        if not any(mine.values()):
            loose.append((variant, -cues, sentence.index, sentence))
    ordered = [sorted(q, key=lambda e: e[:3]) for q in queues.values()]
    out: list[Sentence] = []
    for round_ in range(max((len(q) for q in ordered), default=0)):
        out += [q[round_][3] for q in ordered if round_ < len(q)]
    return out + [e[3] for e in sorted(loose, key=lambda e: e[:3])]


def _theme_prefixes(matcher: ThemeMatcher) -> dict[str, frozenset[str]]:
    """Per theme, the first four letters of every form of its terms' words, less those
    another theme shares (as a shared term pulls a sentence to no theme)."""
    sets = {
        theme_id: frozenset(
            form[:4]
            for term in terms
            for word in term.words
            for form in (word.lower, word.lemma)
        )
        for theme_id, terms in matcher.terms.items()
    }
    seen: dict[str, int] = {}
    for prefixes in sets.values():
        for prefix in prefixes:
            seen[prefix] = seen.get(prefix, 0) + 1
    return {t: frozenset(p for p in prefixes if seen[p] == 1) for t, prefixes in sets.items()}
