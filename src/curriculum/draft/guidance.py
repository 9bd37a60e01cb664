"""Guidance: list items that are sentences, and instructions addressed to the reader.

Procedures, checklists and FAQs put their rules in bullets ("- The officer must record
the referral within 24 hours.", "- Seize the device and keep it powered on.") and in the
imperative ("Do not browse the device."). Read as list items only, such rules gave no
fact and no question. Here, from the parse of each item:

- an item is a **whole sentence** when its main clause has a subject and a finite verb,
  or is an instruction: a bare verb with no subject that acts on something (an object,
  a complement, a prepositional phrase). A noun phrase ("Mobile devices and cloud
  accounts") or a verb without anything it acts on stays a list item, read with its list.
- an instruction is **guidance** (a rule for the reader, judged like "must") when the
  text says whom it addresses: it is negated ("Do not ...", "Never ..."), the document
  speaks to its reader ("you", "your", or three instructions or more), or its list's
  lead-in or its heading sets a rule or asks a question ("The officer must:", "What
  should I do if ...?"). An instruction with a year in it ("Train 150 officers by
  2026" in an action plan) sets a target for a plan, and is never guidance; neither is
  a lone instruction in a text that does none of the above.

The small English pipeline tags an instruction's first word as a noun now and then
("Record/NN who handled each item"); a first word with an object of its own is a verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.sentences import Sentence

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ACTS_ON = frozenset(
    {"dobj", "dative", "prep", "prt", "oprd", "acomp", "ccomp", "xcomp", "attr", "advcl"}
)
READER = frozenset({"you", "your", "yours", "yourself"})
"""The words by which a text speaks to its reader (a token's lowercase form)."""
_READER = re.compile(rf"\b(?:{'|'.join(sorted(READER))})\b", re.I)
READER_WORDS = 2
"""A text that says "you" or "your" this often speaks to its reader."""
ORDERS = 3
"""A text that gives this many instructions (with no target year) speaks to its reader."""
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_RULE_MODALS = frozenset({"must", "shall", "should", "need", "ought"})


def main_root(doc: Any) -> Any:
    """The root of the first sentence of ``doc`` (a list item may hold two)."""
    return next((t for t in doc if t.dep_ == "ROOT"), doc[:].root)


def declarative(doc: Any) -> bool:
    """A subject and a finite verb in the main clause."""
    root = main_root(doc)
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children
    )
    return finite and any(c.dep_ in _SUBJECTS for c in root.children)


def imperative(doc: Any) -> bool:
    """An instruction: a bare verb at the head of the main clause, no subject, no "to" or
    modal of its own, acting on something ("Seize the device", "Call for a supervisor")."""
    root = main_root(doc)
    children = list(root.children)
    if any(c.dep_ in _SUBJECTS for c in children):
        return False
    if any(c.dep_ == "aux" and c.tag_ in ("TO", "MD", "VBZ", "VBP", "VBD") for c in children):
        return False
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not words:
        return False
    first = root.i == words[0].i and root.tag_ in ("NN", "NNP")
    if first and _object_follows(words):
        return True  # it acts on the noun phrase that follows it
    mistagged = first and any(c.dep_ in ("dobj", "dative") for c in children)
    if root.tag_ != "VB" and not mistagged:
        return False
    return any(c.dep_ in _ACTS_ON for c in children)


_DETERMINERS = frozenset({"every", "each", "all", "any", "the", "a", "an"})


def _object_follows(words: list[Any]) -> bool:
    """ "Grade every report of ... as high risk": a first word the tagger calls a noun,
    straight after which a determiner opens a noun phrase that hangs from it (as an
    apposition): no noun phrase reads "Grade every report", a verb and its object does."""
    if len(words) < 3 or words[1].lower_ not in _DETERMINERS or words[1].dep_ != "det":
        return False
    noun = words[1].head
    return noun.head.i == words[0].i and noun.dep_ in ("appos", "npadvmod", "dobj", "attr")


def continues_subject(doc: Any) -> bool:
    """An operative clause of a resolution or recommendation: a verb in the third person
    with no subject, acting on something ("Calls upon member countries to report ...",
    "Requests the secretariat to publish ..."), whose subject is the body its lead-in names
    ("The General Assembly:"). The tagger often reads "Calls" or "Urges" as a plural noun;
    a plural noun with an object or a "to" clause of its own is a verb."""
    root = main_root(doc)
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not words or root.i != words[0].i or any(c.dep_ in _SUBJECTS for c in root.children):
        return False
    acting = [c for c in root.children if c.dep_ in _ACTS_ON]
    if root.tag_ == "VBZ":
        return bool(acting)
    return root.tag_ == "NNS" and root.lower_.endswith("s") and any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "advcl") for c in root.children)


def names_body(doc: Any) -> bool:
    """A lead-in that is a noun phrase naming who acts ("The General Assembly of the
    Regional Police Organisation:", "The Conference, recalling ...:"), not a clause."""
    if doc is None or not doc.text.rstrip().endswith(":"):
        return False
    root = main_root(doc)
    return root.tag_ in ("NN", "NNP", "NNPS") and not any(
        c.dep_ in _SUBJECTS for c in root.children)


def whole_sentence(doc: Any) -> bool:
    """A list item that reads as a sentence: declarative, or an instruction."""
    return declarative(doc) or imperative(doc)


def targets_a_year(doc: Any) -> bool:
    """An instruction with a year in it ("Train 150 officers by 2026") sets a target for
    a plan: a body's undertaking, not a standing rule for the reader."""
    return any(_YEAR.match(t.text) for t in doc)


_PLAN = re.compile(
    r"\b(?:will|aims?|plans?|planned|priorit\w*|targets?|goals?|next steps|looking ahead|"
    r"objectives?|commitments? for|work\s*packages?|risks?\s+(?:and|&)\s+mitigations?)\b",
    re.I,
)
_YEAR_AHEAD = re.compile(r"\b(?:for|to|by|until|in|during)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def announces_plan(text: str, year: int | None) -> bool:
    """A heading or lead-in that announces a plan ("Our priorities for 2025", "Looking
    ahead to 2026", "In 2026 the centre will:"): the items under it are targets a body
    sets itself, not rules for the reader; a year counts when it is not before the
    document's own. So are the parts of a project's plan in a proposal or a work plan
    ("Work package 3: Safeguarding", "Risks and mitigation"; not "Milestones", which a
    history lists as well): "Set up a
    wellbeing programme ... every six months" is what the project undertakes to do, and a
    risk's "Mitigation: the partners commit ..." its own commitment, never a rule or
    practice an officer follows. A question is no plan ("What will happen after I
    report?")."""
    if text.rstrip().endswith("?"):
        return False  # an FAQ's question ("What will happen after I report?") asks
    if _PLAN.search(text):
        return True
    return year is not None and any(
        int(m.group("year")) >= year for m in _YEAR_AHEAD.finditer(text)
    )


def records_the_past(items: list[Any]) -> bool:
    """A list whose items open with a past verb ("Joined ...", "Gave evidence ...", "Ran 64
    assemblies"): what a body did, each item's subject being the body; none of them is an
    instruction, whatever the tagger makes of one of them."""
    opening = [next((t for t in doc if not t.is_punct), None) for doc in items]
    past = sum(1 for t in opening if t is not None and t.tag_ in ("VBD", "VBN"))
    return past >= 2 and past * 2 >= len(items)


def plans_ahead(doc: Any) -> bool:
    """A statement of what will happen in a given year ("The sixth meeting will be held in
    October 2023"): a decision or plan recorded, not a rule or a fact to act on."""
    root = main_root(doc)
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in root.children) and (
        targets_a_year(doc))


def negated(doc: Any) -> bool:
    root = main_root(doc)
    return any(c.dep_ == "neg" for c in root.children)


_NOTES = re.compile(
    r"(?im)^[ \t>*_#-]*(?:speaker|speaker's|presenter|presenter's|trainer|trainer's|facilitator|"
    r"facilitator's|lecturer|lecturer's|teaching|delivery)\s+notes?[*_]*\s*:")


def presenter_notes(text: str, start: int) -> bool:
    """The sentence at ``start`` is in a paragraph labelled as notes for whoever presents
    ("Speaker notes:", "Trainer's notes:"): its instructions ("Point out that ...",
    "Stress that ...", "Thank the team ...") tell the presenter what to say or do."""
    top = text.rfind("\n\n", 0, start)
    label = _NOTES.search(text, top + 1 if top >= 0 else 0, start + 40)
    return label is not None and label.start() <= start


def says_you(text: str) -> bool:
    """The text (a heading, a gloss) says "you" or "your" at least once."""
    return _READER.search(text) is not None


def addresses_reader(text: str) -> bool:
    """The document speaks to its reader ("you", "your") at least ``READER_WORDS`` times."""
    found = _READER.finditer(text)
    return sum(1 for _, _ in zip(range(READER_WORDS), found, strict=False)) >= READER_WORDS


_UNDERTAKE = frozenset({"commit", "undertake", "agree", "pledge", "resolve", "promise",
                        "recommend", "urge", "call", "require", "direct", "instruct"})
"""Verbs by which a body binds itself or another to act ("The forces commit to the
following:", "The panel recommends that the force:", "The conference calls on states to:")."""
_UNDERTAKINGS = frozenset({"commitment", "undertaking", "recommendation", "requirement",
                           "obligation", "duty", "instruction"})
"""What such a lead-in may name instead ("The review makes these recommendations:")."""


def sets_rule(doc: Any) -> bool:
    """A lead-in or heading that sets a rule ("The officer must:") or asks what to do; or a
    lead-in by which a named body binds itself or another to act: its items are what the
    body undertakes or directs, and they are shown with it (``context.carry_lead``)."""
    if doc is None:
        return False
    return doc.text.rstrip().endswith("?") or any(
        t.tag_ == "MD" and t.lower_ in _RULE_MODALS for t in doc
    ) or undertakes(doc)


def undertakes(doc: Any) -> bool:
    """ "The participating agencies commit to the following:": a main verb of committing
    or directing (or a verb whose object is such an act) with a noun subject."""
    root = main_root(doc)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    return root.lemma_.lower() in _UNDERTAKE or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _UNDERTAKINGS for c in root.children)


_HEADING_RULE = re.compile(r"\b(?:must|shall|should|need to|do not|never)\b", re.I)


def asks(heading: str) -> bool:
    """A heading that asks what to do ("What should I do if ...?") or sets a rule."""
    text = heading.strip()
    return text.endswith("?") or _HEADING_RULE.search(text) is not None


def continues_lead(sentence: Sentence) -> bool:
    """A list item that goes on from its lead-in, having no subject of its own ("The
    officer must:" + "check ..."): it is read, placed and shown with its lead-in. An item
    with its own subject and verb stands alone, even in lower case ("officers who find a
    child should ...")."""
    if sentence.joined and sentence.lead is not None and sentence.parsed is not None:
        return True  # an item joined to a lead-in that stops mid-clause, or the words its
        # list shares after the last item, go on from it (``leadins.py``)
    return (
        sentence.kind == "bullet"
        and sentence.lead is not None
        and sentence.parsed is not None
        and not declarative(sentence.parsed)
    )


def infinitive(doc: Any) -> bool:
    """A list item that is a bare infinitive ("To be told within 24 hours if ...", "to
    ask for an interpreter"): its first word is the "to" of its main verb."""
    words = [t for t in doc if not t.is_space]
    if not words or words[0].lower_ != "to" or words[0].dep_ != "aux":
        return False
    root = main_root(doc)
    return words[0].head.i == root.i and root.tag_ in ("VB", "VBN") and not any(
        c.dep_ in _SUBJECTS for c in root.children)


_HOLDERS = {"your": "You", "their": "They", "our": "We"}
_RIGHTS_LEAD = re.compile(
    r"^(?P<who>[A-Z][\w' -]{0,60}?)\s+(?:ha(?:ve|s)|(?:are|is)\s+entitled)\s*(?:the\s+"
    r"(?:following\s+)?rights?|to\s+the\s+following)?\s*:?\s*$")
_RIGHTS_HEADING = re.compile(
    r"^(?P<whose>your|their|our)\s+(?:rights|entitlements)(?:\s+as\s+(?P<as>(?:an?|the)\s+"
    r"[a-z][\w -]{0,30}))?\s*:?\s*$", re.I)


def rights_holder(lead: str, heading: str) -> str:
    """What an infinitive item of a list of rights goes on from: "You have the right"
    under a lead-in "You have the right:" or "Victims are entitled to the following:", or
    a heading "Your rights" ("As a family, you have the right" under "Your rights as a
    family"); "" when neither lists rights (a list of duties under "must:" has its own
    lead, ``procedures.py``). The stem then reads "You have the right to be told within
    ____ hours if ..."."""
    found = _RIGHTS_LEAD.match(" ".join(lead.split()))
    if found is not None and lead.rstrip().endswith(":"):
        who = found.group("who")
        plural = who.lower() in ("you", "we", "they") or who.endswith("s")
        return f"{who} {'have' if plural else 'has'} the right"
    found = _RIGHTS_HEADING.match(" ".join(heading.split()))
    if found is None:
        return ""
    who = _HOLDERS[found.group("whose").lower()]
    if found.group("as"):
        return f"As {found.group('as')}, {who.lower()} have the right"
    return f"{who} have the right"

