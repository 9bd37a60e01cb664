"""A cited study's design is not what it found: "Mitchell et al. (2022) surveyed ...".

A review, a thesis or a briefing cites studies in two kinds of sentence: one says who
studied whom ("Mitchell et al. (2022) surveyed the United States Internet Crimes Against
Children (ICAC) Task Force network on wellness practices and policies"), the next what they
found ("They found wide variation between task forces ..."). The first is the study's
design: a blank in it (the expansion of an acronym, the number surveyed, the year) or a
true/false item on it asks who was studied, a name or a method, not a finding an officer
uses (blind review 20, b5).

Read from the parse: the sentence's main verb is an act of research (surveyed, interviewed,
studied, examined, reviewed, analysed, sampled, followed, compared, ...) and its subject is
an author-year citation ("Mitchell et al. (2022)", "Smith and Jones (2019)", "Oyelaran
(2025)"). A sentence that also says what was found ("... surveyed 500 officers and found
that ...", "... reported that ...") holds a finding, and is judged like any other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

RESEARCH_ACTS = frozenset({
    "survey", "interview", "study", "examine", "review", "analyse", "analyze", "sample",
    "recruit", "poll", "follow", "compare", "assess", "investigate", "explore", "observe",
    "measure", "track", "code", "question", "evaluate", "audit", "test", "pool"})
"""Verbs that say what a study did, not what it found."""
FINDINGS = frozenset({
    "find", "report", "show", "conclude", "suggest", "estimate", "identify", "demonstrate",
    "reveal", "indicate", "note", "establish", "confirm", "document", "record"})
"""Verbs that carry what a study found ("found that ...", "reported a rate of ...")."""
_CITATION = re.compile(
    r"\b[A-Z][\w'\u2019-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'\u2019-]+)?,?\s*"
    r"\((?:19|20)\d\d[a-z]?\)")
"""An author-year citation: "Mitchell et al. (2022)", "Smith and Jones (2019)"."""
HOLD = ("a cited study's design (who studied whom, how), not what it found: the sentence's "
        "subject is {cite!r} and its verb \"{verb}\"")


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its sentence says only how a cited study was done (docstring)."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    found = design(parsed)
    if found:
        result.hold(HOLD.format(cite=found[0], verb=found[1]))


def design(parsed: Any) -> tuple[str, str] | None:
    """The citation and the research verb of a sentence that says only how a cited study
    was done, or None."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() not in RESEARCH_ACTS:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    start = min(t.idx for t in subject.subtree)
    end = max(t.idx + len(t.text) for t in subject.subtree)
    text = parsed.text
    cite = _CITATION.search(text[start:end + 8])
    if cite is None:
        return None
    if any(t.lemma_.lower() in FINDINGS and t.pos_ == "VERB" for t in parsed):
        return None  # "... and found that ...": the finding is in the sentence
    return cite.group(0), root.text
