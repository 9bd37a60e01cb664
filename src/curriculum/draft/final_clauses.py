"""An instrument's final clauses: how a treaty itself comes into force and goes out of it.

A convention, a protocol or an agreement ends with its final clauses: who may sign it, how
it is ratified, accepted or acceded to, when it enters into force ("on the first day of the
month following ... five Parties have deposited their instruments of ratification"), which
reservations may be made, how it is amended or denounced, and who keeps it (the
depositary). They bind the States as parties to the instrument, not anyone in a case: an
officer never acts on them, and asked as a figure or a true/false item they teach the
treaty's own machinery as if it were a rule of the work (blind review 20, a4). A letter
that says when a convention will enter into force gives the same machinery (20, a3).

Read from the sentence: words that only a final clause uses ("instruments of
ratification", "open for signature", "subject to ratification", "denounce", "depositary",
"no reservation may be made", "amendments to this Protocol", "deposited its instrument",
"entry into force for a particular State": blind review 18, b3), or "enter into force" with an
instrument (or "it") as its subject, in a sentence that is not a past event ("The
Convention entered into force in 2010" is history, judged like any other sentence); or a
heading of the final clauses ("Chapter IV - Final clauses", "Denunciation"; not "Entry into
force", which a domestic law has too). The commencement of a domestic law ("The Act enters
into force on 1 July") is not held: from that day its duties apply.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

_MACHINERY = re.compile(
    r"\binstruments?\s+of\s+(?:ratification|acceptance|approval|accession)\b|"
    r"\bopen\s+for\s+(?:signature|accession)\b|"
    r"\bsubject\s+to\s+(?:ratification|acceptance|approval)\b|"
    r"\bdenounce\s+(?:this|the)\s+(?:protocol|convention|treaty|agreement)\b|"
    r"\bdenunciation\b|\bdepositary\b|"
    r"\breservations?\s+(?:may|shall|can)\s+(?:not\s+)?be\s+(?:made|entered|formulated)\b|"
    r"\bamendments?\s+to\s+this\s+(?:protocol|convention|treaty|agreement|charter|covenant)\b|"
    r"\b(?:terminate|withdraw\s+from)\s+this\s+(?:protocol|convention|treaty|agreement)\b|"
    r"\b(?:termination|withdrawal)\s+shall\s+take\s+effect\b",
    re.I)
"""Words only an instrument's final clauses use."""
_FORMULA = re.compile(
    r"\bdeposit(?:s|ed|ing)?\s+(?:of\s+)?(?:its|their|the|an?)\s+instruments?\b|"
    r"\bentry\s+into\s+force\s+for\s+(?:a|an|each|every|any|the)\s+(?:particular\s+)?"
    r"(?:state|party|signatory|member)\b",
    re.I)
"""The formula by which an instrument enters into force for each State: "Entry into force
for a particular State is the first day of the month following ... after the date on which
it deposited its instrument" (blind review 18, b3); looked for after ``_MACHINERY``, whose
words name the clause better when a sentence has both."""
_INSTRUMENTS = frozenset({"protocol", "convention", "treaty", "agreement", "charter",
                          "covenant", "instrument", "amendment", "amendments", "it"})
"""What "enters into force" of, for the clause to be a treaty's own (not an Act's)."""
_HEADING = re.compile(r"\b(?:final\s+(?:clauses|provisions)|"
                      r"denunciation|depositary|signature\s+and\s+ratification)\b", re.I)
"""A heading over an instrument's final clauses."""

REASON = ("an instrument's final clause ({what}): how the instrument itself comes into or "
          "goes out of force, of no use to an officer")


def final_clause(parsed: Any, heading: str) -> str:
    """What makes the sentence a final clause of an instrument, for the reason; else ""."""
    if parsed is None:
        return ""
    root = parsed[:].root
    if root.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children):
        return ""  # "The Convention entered into force in 2010": history, not the clause
    found = _MACHINERY.search(parsed.text) or _FORMULA.search(parsed.text)
    if found:
        return f'"{" ".join(found.group().split())}"'
    for token in parsed:
        if token.lemma_.lower() == "enter" and any(
                c.dep_ == "prep" and c.lower_ == "into" and any(
                    g.lower_ == "force" for g in c.children) for c in token.children):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None and subject.lower_ in _INSTRUMENTS:
                return '"enter into force"'
    if _HEADING.search(heading):
        return f'under "{" ".join(heading.split()).strip(" #")}"'
    return ""


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold a candidate built on an instrument's final clause (module docstring)."""
    found = final_clause(q.sentence.parsed, q.sentence.heading)
    if found:
        result.hold(REASON.format(what=found))
