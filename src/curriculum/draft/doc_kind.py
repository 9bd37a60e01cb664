"""A document written about one instance, and the sentences that tell what happened in it.

Many documents officers meet are about one case, one event or one exchange: a witness
statement, an incident or decision log, an e-mail thread with a provider, a court's order
or list in one case, an exercise's timeline, a webinar's chat export. Beside the law, the
definitions and the practice they cite (which stay questions), they narrate the instance:
"DC KHOURY carried out a preview of devices on site", "The provider has confirmed that
data is preserved for 90 days from 18/08/2025", "special measures have been granted".
Such a sentence is true and checkable, and of no use to an officer (rubric 7): what one
person did once is not a rule or a fact of the work.

What marks the document is its layout, never its kind's name (``instance_sign``):

- lines that open with a clock time, many of them: a log, a timeline, a transcript or a
  chat export records what happened minute by minute;
- two or more messages' "From:" header lines: a correspondence thread;
- a statement of truth ("... is true to the best of my knowledge and belief"): a witness's
  or an expert's statement in one case;
- in the opening, a field naming the case, the incident, the crime, the log, the
  complaint, the application or the indictment with its number ("Incident no.: ASH-4471",
  "Case No. T20267041"), or the parties of a criminal case ("R v Demir").

In such a document a sentence is held when its main clause narrates an event
(``narrated_event``): its verb in the past or the perfect ("carried out", "has
confirmed", "were seized", "have been granted"), with no modal, no law it names, and not
a finding or a statement reported from a source ("Research ... found that ...", "INTERPOL
announced that ...", "The FBI reported more than 13,000 reports ..."), which is a public
fact cited in the document and is judged like any other sentence. An acronym's blank in
such a sentence names something of the field and is left to be judged as before
(``own._NAMES_BEYOND``). A sentence in the present (a rule, a definition, "Eligibility by
reason of age is automatic for witnesses under 18") is never held here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

OPENING = 1500
"""How far from the top a case's number or parties stand (its header block)."""
CLOCK_LINES = 8
"""Lines opening with a clock time that make a record of events (a programme of one day
has a handful of session times; a log or a transcript has many more)."""
MESSAGES = 2
"""Messages' "From:" lines that make a correspondence thread."""

_CLOCK_LINE = re.compile(
    r"(?m)^[ \t>*|\-\[]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ T,]+)?\[?(?:[01]?\d|2[0-3])"
    r"(?::[0-5]\d(?::[0-5]\d)?\]?(?:\s*(?:hrs|hours))?|[.]?[0-5]\d\s*(?:hrs|hours)\b)"
    r"\s*[|\-\u2013:\]]?\s+\S")
"""A line that opens with a clock time ("14:02", "[00:12:31]", "03/02/2026 16:42 -", "0907
hours", "14.02 hrs"). A time with a dot and no "hrs" is no clock: "4.12" opens a numbered
paragraph of a guidance text or a report, and a long one has many."""
_FROM = re.compile(r"(?im)^[\s>*]*from\s*:\s*\S")
_TRUTH = re.compile(
    r"(?i)\bstatement\s+of\s+truth\b|\bI\s+believe\s+(?:that\s+)?the\s+facts\s+stated\b|"
    r"\btrue\s+to\s+the\s+best\s+of\s+my\s+knowledge\b")
"""A witness's or an expert's declaration that what they state is true."""
_CASE_FIELD = re.compile(
    r"(?i)\b(?:(?:case|claim|incident|crime|complaint|application|log|occurrence|indictment)"
    r"\s+(?:no\.?|number|ref(?:erence)?)|urn)\s*[:.|]?\s*[A-Z0-9][A-Z0-9/.-]*\d")
"""A field that numbers one case, incident, crime, complaint, application or log ("Case
No. T20267041", "Log reference: KVP/MCIT/2025/0612", "URN: HP/INT/26/004417")."""
_PARTIES = re.compile(r"\b(?:R|Regina|The King|The Queen)\s+v\.?\s+[A-Z][A-Za-z-]+")
"""The parties of a criminal case ("R v Demir")."""
_OCCASIONS = r"(?:incident|hearing|exercise|operation|event|meeting|offence|arrest|deployment)"
_OCCASION_DATE = re.compile(
    r"(?im)^[ \t|*#>-]*(?:date\s+of\s+(?:the\s+)?" + _OCCASIONS + r"|" + _OCCASIONS
    + r"\s+dates?)\b[\s.:|*]*(?:[A-Z][a-z]+day,?\s+)?\d[^\n|,;]{0,24}\b")
"""A header field that dates the one occasion the document is about ("Exercise date ......
Tuesday 10 November 2026", "Date of incident: 03/02/2026", "Meeting dates: 7-8 May")."""
_TICKET = re.compile(r"(?im)^[ \t|*#>-]*ticket\s*(?:no\.?|number|id|ref(?:erence)?|#)?\s*[:|#]\s*"
                     r"[A-Z0-9][A-Z0-9/.-]*\d")
"""A help desk's ticket field opening a line ("TICKET : NVID-24811"): a record of one request."""
_LEADERS = re.compile(r"\s*(?:\.{2,}|\|)\s*")
"""Dotted leaders or a table's bar between a field's label and its value."""

_REPORTING = frozenset({
    "find", "report", "show", "state", "announce", "estimate", "conclude", "note", "say",
    "warn", "suggest", "indicate", "reveal"})
"""Verbs by which a source reports a finding or a figure: what follows is the source's
fact, cited, not the instance's event ("INTERPOL announced that 20,000 victims had been
identified", "The FBI reported more than 13,000 reports")."""
_DECIDING = frozenset({"propose", "recommend", "agree", "decide", "resolve"})
"""Verbs by which a body puts forward or settles what should be done, told in a "that"
clause ("The Working Group proposed that each country designate a contact point"): the
clause is the proposal or the decision, judged like any other sentence; without one
("DS Lee agreed to circulate the note") the verb is the meeting's own event."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})

HOLD = ('what happened in the one case this document records ({sign}): "{words}" tells an '
        "event of that instance, not a rule or a fact an officer uses")


def instance_sign(text: str) -> str:
    """What in the document's layout shows it records one instance (module docstring), as
    the hold reason names it, else ""."""
    clocks = len(_CLOCK_LINE.findall(text))
    if clocks >= CLOCK_LINES:
        return f"{clocks} lines open with a clock time"
    if len(_FROM.findall(text)) >= MESSAGES:
        return 'its messages\' "From:" lines'
    truth = _TRUTH.search(text)
    if truth:
        return f'its statement of truth, "{" ".join(truth.group(0).split())}"'
    head = text[:OPENING]
    case = _CASE_FIELD.search(head) or _PARTIES.search(head) or _OCCASION_DATE.search(head)
    if case:
        return f'"{" ".join(_LEADERS.sub(" ", case.group(0)).split())}" in its header'
    ticket = _TICKET.search(text)
    if ticket:
        return f'its ticket fields ("{" ".join(ticket.group(0).split())}")'
    return ""


def document_sign(analysis: Analysis) -> str:
    """``instance_sign`` of the analysis's text, read once per document (every question
    of it asks)."""
    found: str | None = getattr(analysis, "_instance_sign", None)
    if found is None:
        found = instance_sign(analysis.doc.text)
        analysis._instance_sign = found  # type: ignore[attr-defined]
    return found


def narrated_event(parsed: Any) -> str:
    """The words of the main clause's subject and verb when it narrates an event, else "":
    its verb in the past ("carried out", "were seized") or the perfect ("has confirmed",
    "have been granted"), with no modal on it (a duty, a permission, and also "will": what
    is planned for one case, "The first session will be held within three months of
    release", often applies a rule of the work), no law named in the sentence, no source
    reporting a finding ("found that", "reported 13,000 reports"), and no body's proposal
    or decision told in a "that" clause."""
    root = parsed[:].root
    if root.pos_ not in ("VERB", "AUX"):
        return ""
    if any(t.ent_type_ == "LAW" for t in parsed):
        return ""
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in helpers):
        return ""
    past = root.tag_ == "VBD" or (root.tag_ == "VBN" and any(
        c.lemma_ == "have" or c.tag_ == "VBD" for c in helpers))
    if not past or root.lemma_.lower() in _REPORTING:
        return ""
    if root.lemma_.lower() in _DECIDING and any(c.dep_ == "ccomp" for c in root.children):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    start = subject.left_edge.i if subject is not None else root.i
    if subject is not None and subject.right_edge.i - start > 5:
        start = subject.i  # the head noun is enough to say who
    words = parsed[start: root.i + 1].text
    particle = next((c for c in root.children if c.dep_ == "prt"), None)
    return f"{words} {particle.text}" if particle is not None else words


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its document records one instance and its sentence narrates an event
    of it (module docstring); an acronym's blank names something of the field and is left."""
    parsed = q.sentence.parsed
    if parsed is None or q.rule == "acronym":
        return
    sign = document_sign(q.analysis)
    if not sign:
        return
    words = narrated_event(parsed)
    if words:
        result.hold(HOLD.format(sign=sign, words=words))
