"""One source document read end to end: cleaned, split, de-duplicated, facts, themes."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from curriculum.draft.cleaning import Cleaned, Dropped, clean
from curriculum.draft.facts import Fact, sentence_facts
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence, drop_near_duplicates, split_sentences
from curriculum.draft.tables import row_unit
from curriculum.draft.themes import Match, ThemeMatcher

_CLAUSE = re.compile(r",\s+|;\s+")


@dataclass
class BulletList:
    """A run of bullet items and the sentence that introduces it (ending with ':')."""

    list_id: int
    lead: Sentence | None
    items: list[Sentence]


@dataclass
class Analysis:
    """Everything the question rules and the writer need about one source."""

    doc: SourceDoc
    source_id: str
    cleaned: Cleaned
    sentences: list[Sentence]
    facts: dict[int, list[Fact]] = field(default_factory=dict)
    themes: dict[int, list[Match]] = field(default_factory=dict)
    lists: list[BulletList] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    fact_themes: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    """Themes of the clause holding each fact (keyed by the fact's answer span)."""

    def kept(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.dropped]

    def is_statement(self, sentence: Sentence) -> bool:
        """A full sentence learners can be shown: not a bullet, label or list lead-in."""
        text = sentence.text(self.doc).rstrip()
        return (
            not sentence.dropped
            and sentence.kind in ("para", "caption", "footnote")
            and not text.endswith(":")
            and len(text.split()) >= 5
            and not any(f.kind == "person_label" for f in self.facts.get(sentence.index, []))
        )


def analyse(doc: SourceDoc, source_id: str, matcher: ThemeMatcher) -> Analysis:
    """Run cleaning, sentence splitting, the near-duplicate filter, facts and themes."""
    cleaned = clean(doc)
    sentences = split_sentences(doc, cleaned)
    result = Analysis(doc, source_id, cleaned, sentences)
    near = drop_near_duplicates(doc, sentences)
    result.dropped = sorted([*cleaned.dropped, *near], key=lambda d: d.line)
    for sentence in result.kept():
        result.facts[sentence.index] = sentence_facts(doc, sentence, cleaned.doc_date)
        result.themes[sentence.index] = sentence_themes(doc, sentence, matcher)
        for fact in result.facts[sentence.index]:
            result.fact_themes[fact.span] = _fact_themes(result, sentence, fact, matcher)
    result.lists = _bullet_lists(result)
    return result


def sentence_themes(doc: SourceDoc, sentence: Sentence, matcher: ThemeMatcher) -> list[Match]:
    """Themes of each clause, merged: one sentence can serve several themes (a table row
    is read with its column headers)."""
    text = doc.text[sentence.start : sentence.end]
    if sentence.block is not None and sentence.block.cells:
        text = row_unit(sentence.block.cells, doc.display)
    best: dict[str, Match] = {}
    for clause in [text, *_CLAUSE.split(text)]:
        for match in matcher.assign(clause):
            if match.theme not in best or best[match.theme].score < match.score:
                best[match.theme] = match
    order = {t.id: i for i, t in enumerate(matcher.themes)}
    return sorted(best.values(), key=lambda m: (-m.score, order[m.theme]))


def _fact_themes(
    result: Analysis, sentence: Sentence, fact: Fact, matcher: ThemeMatcher
) -> list[str]:
    """The themes of the comma-delimited clause holding the fact, else the sentence's best."""
    text = result.doc.text[sentence.start : sentence.end]
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 2]
    at = fact.span[0] - sentence.start
    for start, end in itertools.pairwise(cuts):
        if start <= at < end:
            found = matcher.assign(text[start:end])
            if found:
                return [m.theme for m in found]
    best = result.themes.get(sentence.index, [])
    return [best[0].theme] if best else []


def _bullet_lists(result: Analysis) -> list[BulletList]:
    runs: dict[int, list[Sentence]] = {}
    for sentence in result.kept():
        if sentence.kind == "bullet" and sentence.list_id is not None:
            runs.setdefault(sentence.list_id, []).append(sentence)
    out = []
    for list_id, items in sorted(runs.items()):
        lead = _lead_in(result, items[0])
        out.append(BulletList(list_id, lead, items))
    return out


def _lead_in(result: Analysis, first: Sentence) -> Sentence | None:
    before = [s for s in result.kept() if s.index < first.index]
    if not before:
        return None
    lead = before[-1]
    if lead.kind in ("para", "caption") and lead.text(result.doc).rstrip().endswith(":"):
        return lead
    return None
