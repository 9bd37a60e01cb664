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

The text of one proposal is held whatever was decided on it (blind review 20, a3): a
government's response sets out each recommendation it answers (in italics, under
"Recommendation 5") before its answer ("**Not accepted.** ..."), and a committee report runs
its label in ("> ***Recommendation 3.*** *Forces should ...*"). Under such a label, and
before any decision's label ("Accepted.", "Not accepted.", "Rejected.", "Response:"), a
sentence with a modal, in italics or quotation marks, or first after the label is the
proposal's text (``labelled``); after the decision's label it is the answer, judged like any
other sentence ("The Government will legislate for ..."). Anywhere, a duty asked for ("X
should be required to ..."), a demand ("We call on the Ministry to ...") and a recommendation
reported ("The Committee recommended that ...") are proposals too (``asked_for``).
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
    label = labelled(heading, before)
    if label and not decided(before + parsed.text) and (
            modal_rule(parsed) or emphasised(before) or first_after(before, heading, label)):
        return REASON.format(where=f'the text of "{label}", before any decision on it')
    if _HEADING.search(heading) and modal_rule(parsed) and not decided(before + parsed.text):
        return REASON.format(where=f'under "{_shown(heading)}"')
    asked = asked_for(parsed)
    if asked:
        return REASON.format(where=asked)
    provision = drafted(parsed)
    if provision:
        return REASON.format(where=f'"{provision}" is a draft\'s text')
    return ""


_DRAFTED = re.compile(
    r"\b(?:draft|proposed)\s+(?:new\s+)?(?:sections?|s\.|subsections?|clauses?|articles?|"
    r"provisions?|bills?|laws?|codes?|definitions?|rules?|regulations?|amendments?|"
    r"paragraphs?|directives?|acts?)\b(?:\s+[\w().]+)?", re.I)
"""A provision of a text not yet law named as one ("draft section 214A", "the proposed
clause", "Clause 4 of the draft Bill")."""


def drafted(doc: Any) -> str:
    """The draft provision the sentence's subject names, before its main verb ("draft
    section 214A defines a child as a person under 16"): what a draft says is a proposal
    (often the one the document argues against), not the law, whatever its tense. Empty
    when the words before the main verb name none."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return ""
    found = _DRAFTED.search(doc.text[: root.idx])
    return found.group(0).strip() if found else ""


# -- the text of one proposal, under its label ---------------------------------------------

_KINDS = (r"(?:recommendations?|proposals?|options?|motions?|amendments?|demands?|asks?|"
          r"consultation\s+questions?|questions?\s+for\s+consultation|resolutions?\s+proposed)")
_NUMBER = r"(?:no\.?\s*)?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[A-Z]|[IVXL]{1,5})"
_LABEL_HEADING = re.compile(
    r"^\W*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?:the\s+)?(?:[A-Z][\w-]*(?:'s|\u2019s)?\s+)?"
    + _KINDS + r"\s+" + _NUMBER + r"(?![\w-])(?!\s+(?:to|and|or|-|\u2013)\s+\w)", re.I)
"""A heading that labels one proposal: "Recommendation 5", "Proposal 2: Raise the fee",
"Option B", "Motion 3", "Consultation question 4", "The Committee's Recommendation 12";
not "Recommendations 1 to 3" (a group, whose sentences are the document's own text) nor
"Recommendations" (a report's own, ``own.py``)."""
_RUN_IN = re.compile(
    r"(?:^|\n\s*\n)(?:\s|[>*_#-]|<[^>]+>)*(?P<label>(?:the\s+)?(?:[A-Z][\w-]*(?:'s|\u2019s)?\s+)?"
    + _KINDS + r"\s+" + _NUMBER + r")(?:\s|[*_]|<[^>]+>)*[.:\u2014\u2013)](?!\d)", re.I)
"""A proposal's label run in at the start of its paragraph ("> ***Recommendation 1.***
*The Government should ...*", "Option B: ...")."""


def labelled(heading: str, before: str) -> str:
    """The label of the one proposal the sentence sits under, else "": a heading that
    labels it, or a label run in at the start of the sentence's paragraph."""
    found = list(_RUN_IN.finditer(before))  # the last: the label of the sentence's paragraph
    if found:
        return " ".join(found[-1].group("label").replace("*", " ").replace("_", " ").split())
    if _LABEL_HEADING.search(heading):
        return _shown(heading)
    return ""


_OPENERS = re.compile(r"(?<![*\w])\*(?!\*)|(?<![_\w])_(?!_)|<(?:em|i)\b[^>]*>|</(?:em|i)>|"
                      r"[\u201c\u201d]|(?<![\w])\"|\"(?![\w])")


def emphasised(before: str) -> bool:
    """The sentence stands inside an italic run or a quotation opened before it in its
    paragraph: "*Police should be required ...*", "<em>...", "\u201c..." (the way a
    response sets out the recommendation it answers)."""
    paragraph = re.split(r"\n\s*\n", before)[-1]
    italic = quoted = False
    for mark in _OPENERS.finditer(paragraph):
        text = mark.group()
        if text in ("*", "_"):
            italic = not italic
        elif text.startswith("</"):
            italic = False
        elif text.startswith("<"):
            italic = True
        elif text == "\u201c":
            quoted = True
        elif text == "\u201d":
            quoted = False
        else:
            quoted = not quoted
    return italic or quoted


def first_after(before: str, heading: str, label: str) -> bool:
    """No words stand between the proposal's label and the sentence: it opens the
    proposal's text."""
    text = re.sub(r"<[^>]+>|[*_#>\s\d.:)\u2014\u2013-]+", " ", before)
    for name in (label, _shown(heading)):
        at = text.lower().rfind(" ".join(re.sub(r"[*_#>\d.:)\u2014\u2013-]+", " ",
                                                name).split()).lower())
        if at >= 0 and name:
            text = text[at + len(" ".join(re.sub(r"[*_#>\d.:)\u2014\u2013-]+", " ",
                                                 name).split())):]
            break
    return not re.search(r"[A-Za-z]{2,}", text)


# -- a duty asked for, a demand, a recommendation reported ----------------------------------

_ASKED = re.compile(r"\bshould\s+(?:also\s+|therefore\s+|now\s+)?be\s+"
                    r"(?:required|obliged|compelled|mandated|made\s+to)\b", re.I)
"""A duty someone wants laid on others ("Police should be required to act within 48
hours"): no duty yet, whoever asks for it."""
_RECOMMENDING = frozenset({"recommend", "urge", "suggest"})


def asked_for(doc: Any) -> str:
    """The sentence asks for a rule, or reports one asked for: "X should be required to
    ...", "We call on the Government to ...", "The Committee recommended that ..."; the
    reason's words, else "". A body's present "recommends" is ``own.py``'s."""
    if _ASKED.search(doc.text) and not _IN_FORCE.search(doc.text):
        return '"should be required": a duty asked for'
    for token in doc:
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS and _owner(c)), None)
        if subject is None or any(c.dep_ == "neg" for c in token.children):
            continue
        lemma = token.lemma_.lower()
        if lemma == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                                   for c in token.children):
            return f'a demand ("{subject.text} {token.text} on ...")'
        if lemma in _RECOMMENDING and token.tag_ == "VBD" and any(
                c.dep_ == "ccomp" for c in token.children):
            return f'a recommendation reported ("{subject.text} {token.text} that ...")'
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
    if first is not None and that_clause_alone(first):
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


def that_clause_alone(first: Any) -> bool:
    """ "That you agree to ...": ``first``, the sentence's first word, is the "that" of the
    main verb, so the sentence is a that-clause with no main clause, the formula by which a
    submission or a motion puts its proposal (``addressed``; ``roles.py`` holds such a stem)."""
    return bool(first.lower_ == "that" and first.dep_ == "mark"
                and first.head.dep_ == "ROOT" and first.head.i > first.i)


def under_proposal(heading: str) -> bool:
    """The heading names a proposal, so a modal rule under it may be one put forward (the
    caller then reads the paragraph for a decision's label, and only then)."""
    return bool(_HEADING.search(heading)) or bool(_LABEL_HEADING.search(heading))


def labels_one(heading: str) -> bool:
    """The heading labels one proposal ("Recommendation 5"): the caller reads back to it,
    past the proposal's text, for the decision's label."""
    return bool(_LABEL_HEADING.search(heading))


_DECIDED = re.compile(
    r"(?:^|[\s*_(])(?:decisions?|outcome|conclusions?|(?:the\s+)?government(?:'s|\u2019s)?"
    r"\s+response|our\s+response)\s*[*_]*:|"
    r"(?:^|\n)(?:\s|[>*_#-]|<[^>]+>)*(?:not\s+accepted|(?:partially\s+)?accepted(?:\s+in\s+"
    r"(?:part|principle|full))?|rejected|not\s+agreed|agreed(?:\s+in\s+(?:part|principle))?|"
    r"(?:not\s+)?supported(?:\s+in\s+(?:part|principle))?|noted|response)"
    r"(?:\s|[*_]|<[^>]+>)*[.:\u2014\u2013]", re.I)
"""The run-in label by which a consultation response or a review gives what was decided on
a proposal ("Decision: The notice period will be 14 days", "Outcome: ...", or a verdict at
the start of a paragraph: "**Accepted in part.**", "Not accepted.", "Rejected."): the sentences
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
