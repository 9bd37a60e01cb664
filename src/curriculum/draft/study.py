"""A research paper's own results, named by its authors and year.

A paper reports what its authors found: "Within five years, 3.9% were reconvicted of a
further sexual offence", "The median time to identification was 47 days". Lifted out of
the paper, such a sentence reads as one body's past event with no date, and is rightly
held ("a past event with no date"). But a paper's results are dated by its publication
and sourced by its authors, as any other paper's are when it cites them ("Seto et al.
(2011) reported ..."). So when the document's head names its authors (a byline: a line of
people's names and nothing else, before the paper's first section) and the document has a
date, a past-tense result of the paper that names no source and no date of its own is
asked after "According to Oyelaran et al. (2025), " (one author: "Oyelaran (2025)"; two:
"Oyelaran and Fairweather (2025)"). The authors' "we" is not rewritten: what "we" did is
the study's design (its sample, its method), not what it found.

Only true/false items take the lead, and ``evidence.py`` still asks that what was found be
a share or a count of people or outcomes, not the study's own design.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion

NOTE = "the paper's authors and year"
"""The stem rule's note for the lead (``statements.judge`` reads it)."""
_HEAD = 6
"""The byline is among the document's first sentences."""
_SECTIONS = re.compile(r"\b(?:abstract|summary|introduction|background|key findings)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_FIRST_PERSON = frozenset({"we", "us", "our"})


def citation(analysis: Analysis) -> str:
    """ "Oyelaran et al. (2025)" from the byline and the document's year; "" without both."""
    date = analysis.cleaned.doc_date
    if date is None:
        return ""
    for sentence in analysis.sentences[:_HEAD]:
        if _SECTIONS.search(sentence.heading or ""):
            break
        names = _byline(sentence.parsed)
        if names:
            return f"{_authors(names)} ({date.year})"
    return ""


def _byline(parsed: Any) -> list[str]:
    """The surnames of a sentence that is only people's names ("Marta Oyelaran, Gideon
    Fairweather and Lucy Ansbacher"), else []: each name two to four capitalised words,
    the names parted by commas or "and", one of them at least a person to the entity
    recogniser."""
    if parsed is None or not any(e.label_ == "PERSON" for e in parsed.ents):
        return []
    names: list[list[Any]] = [[]]
    for token in parsed:
        if token.is_space or token.text in (".", ";"):
            continue
        if token.text in (",", "&") or token.lower_ == "and":
            names.append([])
        elif token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha:
            names[-1].append(token)
        else:
            return []
    names = [n for n in names if n]
    if not names or any(not 2 <= len(n) <= 4 for n in names):
        return []
    return [n[-1].text for n in names]


def _authors(surnames: list[str]) -> str:
    if len(surnames) == 1:
        return surnames[0]
    if len(surnames) == 2:
        return f"{surnames[0]} and {surnames[1]}"
    return f"{surnames[0]} et al."


def lead(q: DraftQuestion) -> str:
    """ "According to Oyelaran et al. (2025), " for a true/false item that is the paper's
    own past result with no source or date of its own; "" otherwise."""
    from curriculum.draft.statements import asserted, stem_verb  # statements ->
    from curriculum.draft.stemcheck import StemView  # value -> questions -> context -> here

    parsed = q.sentence.parsed
    if (not q.rule.endswith("-statement") or parsed is None or q.speaker
            or _YEAR.search(q.prompt) or q.sentence.instruction):
        return ""
    if any(e.label_ in ("DATE", "TIME") and _YEAR.search(e.text) for e in parsed.ents):
        return ""
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    if any(t.lower_ in _FIRST_PERSON for t in view.tokens()):
        return ""  # the authors' own method
    root = stem_verb(view)
    main = asserted(root)
    if main is not root or _acts(main) or not _past(main):
        return ""  # a finding with its source, or a sentence that names who acted
    found = citation(q.analysis)
    return f"According to {found}, " if found else ""


def _acts(verb: Any) -> bool:
    """The verb's subject or agent is itself someone who acts or reports (a name, "the
    police", "a survey"): not the paper's own result ("3.9% were reconvicted", whose
    subject's phrase may hold a name: "3.1% of a further CSAM offence")."""
    from curriculum.draft.statements import ACTOR_ENTS, AGENTS

    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    args += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return any(a.pos_ in ("PROPN", "PRON") or a.ent_type_ in ACTOR_ENTS
               or a.lemma_.lower() in AGENTS for a in args)


def _past(verb: Any) -> bool:
    if verb.tag_ == "VBD":
        return not any(c.tag_ == "MD" for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                      for c in verb.children)
