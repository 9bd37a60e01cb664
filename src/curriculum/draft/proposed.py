"""A proposal's items: rules a document proposes, which are not in force.

A consultation paper, a white paper or a draft policy sets out what a government, a
ministry or "we" propose: "The Government prefers Option 2, with the following
features:" over a list whose items read as rules ("A report must be made within 24
hours ..."), "On notification, the Government proposes to: require ...", "We propose
that a report must be made ...", or a section headed "The Government's proposal". No
such duty exists yet: asked as a rule in force, the item teaches the wrong law, and its
penalty is no past case's either (``evidence.py`` says nothing of it then).

The proposal is read from the parse: a lead-in, the sentence itself, or the sentence a
list item is joined to has a main verb of proposing ("propose", or "prefer" with an option
or proposal as its object) with its own subject, in the present tense; or the sentence
sits under a heading that names a proposal, and its main clause carries a modal ("must",
"would", "will") without a word that it is the present law ("currently", "at present").
A body's recommendation to officers ("The panel recommends that officers ...") is left to
``own.py``: what it recommends is practice, not a law to come.

A document addressed to a decision maker (a ministerial submission, a board paper, a motion)
puts its proposal in a formula of its own (``addressed``): a that-clause standing as the whole
sentence ("That you agree to Option B: a statutory duty ...", "That the Board approves ..."),
no main clause of its own; or a decision the addressee is asked to take ("The Minister is
invited to agree ...", "You are asked to approve ...", "It is recommended that you note ...").
What it asks the decision maker to agree is a proposal, never a fact (blind review 18, a2).
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.expected import expectation

_PROPOSING = frozenset({"propose"})
"""Verbs by which the document's owner puts a change forward."""
_PREFERRING = frozenset({"prefer", "favour", "favor", "choose", "adopt"})
"""Verbs by which it picks one of its options ("The Government prefers Option 2")."""
_CHOICES = frozenset({"option", "proposal", "approach", "model", "scheme"})
"""What such a verb picks, for it to name a proposal ("prefers Option 2")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRESENT = frozenset({"VBZ", "VBP"})
_HEADING = re.compile(r"\b(?:proposals?|proposed|options?\s+(?:considered|\d+)|"
                      r"preferred\s+(?:option|approach|model))\b", re.I)
"""A heading over the proposal itself ("3. The Government's proposal", "Proposed
changes", "Options considered", an impact assessment's "Key elements of the preferred
option"); not "Recommendations", whose items ``own.py`` judges."""
_MODALS = frozenset({"must", "shall", "will", "would", "should", "may", "could"})
_IN_FORCE = re.compile(r"\b(?:currently|at present|presently|already|existing|current)\b",
                       re.I)
"""Words by which a sentence in a proposal's section states the law as it is now."""

REASON = "part of a proposal ({where}): a rule put forward, not one in force"


def proposing(doc: Any) -> bool:
    """A main verb of proposing with a subject of its own, in the present tense ("The
    Government proposes to:", "We propose that ...", "The Ministry prefers Option 2")."""
    if doc is None:
        return False
    for token in doc:
        lemma = token.lemma_.lower()
        if token.tag_ not in _PRESENT and not _after_modal(token):
            continue
        if not any(c.dep_ in _SUBJECTS and _owner(c) for c in token.children):
            continue  # "the adult proposes to meet a child": an element of an offence
        if any(c.dep_ == "neg" for c in token.children):
            continue
        if lemma in _PROPOSING:
            return True
        if lemma in _PREFERRING and any(
                c.dep_ in ("dobj", "attr") and any(w.lemma_.lower() in _CHOICES
                                                   for w in c.subtree)
                for c in token.children):  # "prefers Option B": "Option" is a compound
            return True
    return False


_BODIES = frozenset({"government", "ministry", "minister", "department", "commission",
                     "council", "committee", "board", "authority", "agency", "office",
                     "parliament", "executive", "cabinet", "administration", "secretary",
                     "state", "service", "force", "regulator", "taskforce", "we"})
"""Who owns a proposal: a public body or the document's own "we", never a person in the
rule ("the accused proposed a meeting", "the analyst proposes a priority")."""


def _owner(subject: Any) -> bool:
    """The subject is a body that can put a rule forward ("The Government", "the Ministry
    of Justice", "we"), or an organisation the parser names as one."""
    return subject.lemma_.lower() in _BODIES or subject.lower_ == "we" or (
        subject.ent_type_ in ("ORG", "GPE", "NORP") and subject.pos_ == "PROPN")


def _after_modal(token: Any) -> bool:
    """ "We would propose", "The Government will propose": a base form after a modal."""
    return token.tag_ == "VB" and any(c.tag_ == "MD" and c.lower_ in ("will", "would")
                                      for c in token.children)


_NOT_YET = frozenset({"proposed", "draft", "planned", "intended", "prospective"})
"""Words that put an instrument before its force ("the proposed scheme", "the draft
Regulations")."""
_RULE_KINDS = frozenset({
    "scheme", "duty", "regulation", "rule", "law", "legislation", "bill", "act", "code",
    "provision", "requirement", "framework", "order", "regime", "power", "offence",
    "amendment", "clause", "system", "measure", "arrangement", "standard", "guidance"})
"""What a rule is under: an instrument, a scheme or a duty; not "a draft report", a
document of the work."""


def proposed_frame(doc: Any) -> str:
    """The rule's frame is an instrument not yet in force: "Under the proposed scheme,
    ...", "The draft Regulations require ...", "The planned duty would apply ...": the
    phrase, else "". Only a frame, the main clause's subject or its "under" phrase; "a
    referral to the proposed hub" is a detail of the rule."""
    root = doc[:].root
    for token in doc:
        if token.lemma_.lower() not in _RULE_KINDS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.lower_ in _NOT_YET and c.dep_ in ("amod", "compound")
                   for c in token.children):
            continue
        framed = (token.dep_ in ("nsubj", "nsubjpass") and token.head.i == root.i) or (
            token.dep_ == "pobj" and token.head.lower_ == "under")
        if framed:
            span = doc[token.left_edge.i : token.i + 1]
            return str(span.text)
    return ""


def modal_rule(doc: Any) -> bool:
    """The main clause carries a modal ("A report must be made ...", "The duty would
    apply ..."), with no word that it states the present law."""
    root = doc[:].root
    heads = [root, *(c for c in root.children if c.dep_ == "conj")]
    if not any(c.tag_ == "MD" and c.lower_ in _MODALS for h in heads for c in h.children):
        return False
    return not _IN_FORCE.search(doc.text)


def reason(parsed: Any, heading: str, lead: Any, lead_text: str, before: str = "") -> str:
    """Why the sentence ``parsed`` is a proposal's, not a rule in force, else "".
    ``before`` is the text of its paragraph up to it, where a decision's label may stand."""
    if parsed is None:
        return ""
    if lead is not None and proposing(lead):
        return REASON.format(where=f'an item of "{_short(lead_text)}"')
    if proposing(parsed):
        return REASON.format(where="the sentence proposes it")
    formula = addressed(parsed)
    if formula:
        return REASON.format(where=formula)
    forecast = expectation(parsed)  # a cousin: not in force either (``expected.py``)
    if forecast:
        return forecast
    framed = proposed_frame(parsed)
    if framed:
        return REASON.format(where=f'"{framed}"')
    if _HEADING.search(heading) and modal_rule(parsed) and not decided(before + parsed.text):
        return REASON.format(where=f'under "{_shown(heading)}"')
    return ""


_DECIDING = frozenset({"agree", "approve", "note", "endorse", "decide", "adopt", "sign",
                       "authorise", "authorize", "confirm", "accept", "consider", "reject"})
"""What a decision maker is asked to do with a proposal ("invited to agree", "asked to note")."""
_ASKING = frozenset({"invite", "ask", "request"})
_PUTTING = frozenset({"recommend", "propose", "suggest"})
"""Verbs of the impersonal formula "It is proposed that ...": what is recommended or
suggested is a proposal only when it is a decision ("It is recommended that you approve
..."); "It is recommended that officers wear gloves" is guidance's advice."""


def addressed(doc: Any) -> str:
    """The formula by which a document addressed to a decision maker puts a proposal
    (module docstring), described for the reason; else ""."""
    root = doc[:].root
    first = next((t for t in doc if not t.is_punct and not t.is_space), None)
    if first is not None and first.lower_ == "that" and first.dep_ == "mark" and (
            first.head.i == root.i):
        return 'a that-clause addressed to a decision maker, with no main clause ("That ...")'
    lemma = root.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in root.children)
    if passive and lemma in _ASKING and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _DECIDING for c in root.children):
        return f'a decision asked of its addressee ("{root.text} to ...")'
    if passive and lemma in _PUTTING and any(
            c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in root.children) and (
            lemma == "propose" or any(c.dep_ == "ccomp" and c.lemma_.lower() in _DECIDING
                                      for c in root.children)):
        return f'a formula of a submission ("It is {root.text} that ...")'
    return ""


def under_proposal(heading: str) -> bool:
    """The heading names a proposal, so a modal rule under it may be one put forward (the
    caller then reads the paragraph for a decision's label, and only then)."""
    return bool(_HEADING.search(heading))


_DECIDED = re.compile(
    r"(?:^|[\s*_(])(?:decisions?|outcome|conclusions?|(?:the\s+)?government(?:'s|\u2019s)?"
    r"\s+response|our\s+response)\s*[*_]*:", re.I)
"""The run-in label by which a consultation response or a review gives what was decided on
a proposal ("Decision: The notice period will be 14 days", "Outcome: ..."): the sentences
after it in its paragraph are the decision, a rule to come into force, not the proposal
put to consultation above it (a closed class of labels a response sets out its answers
with)."""


def decided(paragraph: str) -> bool:
    """A decision's label stands in the paragraph before (or at the start of) the
    sentence: what follows it is the outcome, not the proposal."""
    return _DECIDED.search(paragraph) is not None


def _short(text: str, words: int = 12) -> str:
    """A lead-in as a reason quotes it: its first words, on one line."""
    split = " ".join(text.replace("*", "").split()).split()
    return " ".join(split[:words]) + (" ..." if len(split) > words else "")


def _shown(heading: str) -> str:
    """The heading without its markup or number ("3. The Government's proposal")."""
    shown = " ".join(heading.split()).strip(" #")
    return re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", shown)
