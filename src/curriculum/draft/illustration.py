"""A worked example is not a rule: no question from an illustrative case's details.

Typology reports, training manuals and exercise papers teach through cases they invent or
anonymise ("Fictional case example 2. A payment institution saw an account receive 87 small
transfers in three weeks ..."; an exercise's "Scenario background": "... unless a payment is
made within two hours"). Written in the same plain register as the rules around them, their
figures read as facts; but they are one imagined case's details, and a learner who recalls
them knows nothing an officer uses (blind review 22, a4 and a5: X, rubric 7). The lesson of
the case (the indicator, the time limit) is stated by the text around it and asked there.

A sentence is in an illustrative passage when its heading names one ("2. Scenario
background", "Case studies", "Worked example") or when an earlier sentence of its paragraph,
or the start of its own, is a run-in label ("Fictional case example 2.", "Scenario:",
"Example 3 -"). An acronym's expansion is still asked: it names something beyond the case.

A sentence may also say so itself: "In 2025 the unit received 1,146 notices and made 38
referrals (fictional figures)." A bracket that calls the sentence's figures, data or
statistics invented (fictional, hypothetical, illustrative, invented, made-up, sample,
dummy) says that they teach nothing: no question asks them (blind review 26, a6: X).
Nor is the document's notice that what it names is invented ("The council, its member
States and all regional figures are fictional", "Names have been changed") a question: it
says how to read the text, not what the text teaches.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

_KINDS = (
    r"(?:case\s+(?:examples?|stud(?:y|ies)|scenarios?)|worked\s+examples?|examples?|scenarios?"
    r"|vignettes?|illustrations?|hypotheticals?)"
)
_LABEL = re.compile(
    r"^(?:(?:fictional|hypothetical|illustrative|invented|anonymi[sz]ed|composite)\s+)?"
    + _KINDS
    + r"(?:\s+(?:\d+|[A-Z]))?\s*(?:[.:\u2013\u2014-]\s*|$)",
    re.I,
)
"""A run-in label: the kind of passage, perhaps its number, then a stop, colon or dash."""
_HEADING = re.compile(
    r"\b(?:scenario|case\s+(?:examples?|stud(?:y|ies))|vignettes?|worked\s+examples?"
    r"|hypothetical\s+cases?|illustrative\s+cases?)\b",
    re.I,
)
_PENALTY = -0.35
_INVENTED = re.compile(
    r"\((?:[^()]*\s)?(?:fictional|fictitious|hypothetical|illustrative|invented|made-up|"
    r"imaginary|sample|dummy|example)\s+(?:figures?|data|numbers?|statistics|values?|counts?)"
    r"\b[^()]*\)", re.I)
"""A bracket that calls the sentence's figures invented: "(fictional figures)"."""
FICTIONAL = r"(?:fictional|fictitious|invented|imaginary|made[- ]up)"
"""The words by which a text calls what it names invented (also ``invented.py``'s)."""
_NOTICE = re.compile(
    r"\b(?:are|is|were|was|remain)\s+(?:all\s+|entirely\s+|wholly\s+)?"
    + FICTIONAL + r"\b(?!\s+(?:by|in|to)\b)"
    r"|\b(?:names|details)\s+(?:have\s+been|were|are)\s+(?:changed|altered|anonymi[sz]ed)\b"
    r"|\bany\s+resemblance\s+to\b",
    re.I)
"""A sentence that says what the document names is invented: "The Astervale Working Group,
its members and all cases mentioned are fictional", "Names have been changed", "Any
resemblance to real persons is coincidental" (blind review 27a: a blank in the notice's
body's name, X 5, 6, 7). It tells the reader how to take the text; it is no fact of it."""
_DEPICTED = re.compile(
    r"\b(?:child|children|minors?|images?|material|depict\w*|offen[cs]es?|illegal|unlawful|"
    r"criminal)\b", re.I)
"""Words of a rule about invented depictions ("material is illegal even where the child it
depicts is fictional"): such a sentence is the law, never the document's notice."""
_LAW_NAME = re.compile(
    r"\b[A-Z][\w'-]*(?:\s+(?:\(?[A-Z][\w'-]*\)?|and|of|on|for|the|\(|\)))*\s+"
    r"(?:Act|Law|Code|Convention|Protocol|Regulations?|Order)\b(?:\s+\d{4})?")
"""A law's name ("the fictional Lyndmere Children Act 2019"): its words ("Children") say
what the law is called, not that the sentence is about children (blind review 32, b2: the
notice "Legal references to the fictional Lyndmere Children Act 2019 and local time limits
(72 hours ...) are invented" was asked as a fact)."""
_KEPT_RULES = frozenset({"acronym"})


def _own_cast(q: DraftQuestion) -> str:
    """The acronym's expansion, when the text first names it in this sentence and the
    sentence is part of an illustrative case ("*Fictional scenario.* The Harwick Child
    Exploitation Unit (HCEU) assessed itself ..."): the case's own body, not a name of the
    field (blind review 30, a3: X 6, 7). An expansion the text names before the case (the
    Baseline list, ICSE) is asked as before. Else ""."""
    if q.rule != "acronym":
        return ""
    expansion = q.analysis.doc.display(*q.key).strip()
    text = q.analysis.doc.display(0, q.sentence.start)
    if not expansion or " ".join(expansion.split()).lower() in " ".join(text.split()).lower():
        return ""
    return expansion if passage(q) else ""


def passage(q: DraftQuestion) -> str:
    """The heading or run-in label that makes ``q``'s sentence part of an illustrative
    case; "" when it is none."""
    sentence, analysis = q.sentence, q.analysis
    if _HEADING.search(sentence.heading):
        return sentence.heading
    doc = analysis.doc
    blocks = analysis.cleaned.blocks  # both in file order: bisect, never a scan per candidate
    at = bisect.bisect_right(blocks, sentence.start, key=lambda b: b.start) - 1
    if at < 0 or sentence.start >= blocks[at].end:
        return ""
    block = blocks[at]
    sentences = analysis.sentences
    index = bisect.bisect_left(sentences, block.start, key=lambda s: s.start)
    first = sentences[index] if index < len(sentences) and (
        sentences[index].start < block.end) else sentence
    shown = doc.display(first.start, first.end).strip()
    match = _LABEL.match(shown)
    if match is None or (first is sentence and match.end() == len(shown)):
        return ""
    return shown[: match.end()].strip()


def judge_illustration(q: DraftQuestion, result: Score) -> None:
    """A detail of an illustrative case is trivia (see the module docstring)."""
    if q.rule in _KEPT_RULES:
        cast = _own_cast(q)
        if cast:
            result.hold(f'the name of a body an illustrative case introduces ("{cast}", first '
                        f'named in "{passage(q)}"): one invented case\'s cast, nothing beyond it')
        return
    shown = q.analysis.doc.display(q.sentence.start, q.sentence.end)
    notice = _NOTICE.search(shown)
    if notice is not None and not _DEPICTED.search(_LAW_NAME.sub(" ", shown)):
        result.kill(f'the document\'s notice that what it names is invented ("{notice.group(0)}"):'
                    " a note about the text, not its content")
        return
    invented = _INVENTED.search(shown)
    if invented is not None:
        result.kill(f'the sentence says its figures are invented ("{invented.group(0)}"): '
                    "they teach nothing an officer uses")
        return
    label = passage(q)
    if label:
        result.add(
            _PENALTY,
            f'trivia: a detail of an illustrative case ("{label}"), not a rule or fact an '
            "officer uses",
        )
