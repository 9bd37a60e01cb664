"""Does a stem stand alone? The words that need an antecedent the stem does not show.

``stemcheck.pointers`` finds pronouns, demonstratives and bare "the X"; this module adds
the kinds a learner meets on unseen texts, all read from the parse:

- the first person of whoever wrote the text: "our hotline", "we recorded" (who is
  "we"? no context sentence resolves it; ``author.py`` names the author when the
  document says who it is);
- a causal connective inside the clause: "The unit therefore limits ..." (therefore
  what?): the reason is in the sentence before;
- a relational noun with nothing it relates to: "re-notify all details", "meet the
  requirements" (details of what? which requirements?);
- a body, an initiative or a law named only by its kind, capitalised or not: "The
  Academy", "the Bureau", "the campaign started", "The Bill" (``referents.py`` names the
  ones the text names earlier; the rest point back);
- an event named by a bare noun as the subject of a verb that makes it happen, outside a
  rule: "Payment is usually made within 10 working days", "The visit takes place ..."
  (payment of what? which visit? the claim or the referral is in the sentence before;
  ``bare_event``).

Generic or known referents do not point back: "the police", "the internet", a proper
name, a noun the stem itself introduced ("a child ... the child"), a role in a rule
("the offender must ...", judged mild by ``stemcheck``), and a participant or a stage of
a procedure inside a rule ("questions filed 5 working days before the hearing where the
judge so directs": whichever hearing, whichever judge; ``in_rule``).
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.pointer import Pointer

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves", "i", "me", "my"})
_CAUSAL = frozenset({"therefore", "thus", "hence", "consequently", "accordingly"})
"""Adverbs that give the sentence as a consequence of something said before it."""
RELATIONAL = frozenset({
    "detail", "requirement", "condition", "particular", "step", "measure", "rule",
    "obligation", "finding", "result", "recommendation", "criterion", "arrangement",
    "term", "provision", "penalty", "punishment", "sanction", "deadline", "threshold"})
"""Nouns that are always of something ("the details" of what?): without an "of" phrase,
a modifier or a clause saying which, "the"/"all" points to a list given elsewhere."""
BODIES = frozenset({
    "organisation", "organization", "agency", "unit", "body", "force", "team", "group",
    "service", "company", "platform", "office", "centre", "center", "department",
    "ministry", "network", "authority", "academy", "bureau", "secretariat", "commission",
    "committee", "council", "board", "panel", "institute", "foundation", "charity",
    "taskforce", "squad", "directorate", "division", "faculty"})
"""Kinds of body: "the unit" alone does not say which unit."""
INITIATIVES = frozenset({
    "programme", "program", "campaign", "project", "initiative", "operation", "scheme",
    "strategy", "review", "inquiry", "study", "survey", "report", "plan", "policy",
    "protocol", "course", "conference", "pilot", "exercise"})
"""Kinds of undertaking a text is usually about ("the campaign started in 2017"): as a
subject, which one is never obvious to a reader of the stem alone."""
LAWS = frozenset({"bill"})
"""Kinds of law a debate names by its kind once it has named it: "The Bill does three
things" (which bill? the one the heading names). Not "the Act": a guide to an Act calls it
"the Act" throughout (``citations.py`` names it in a stem)."""
_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})


def first_person(tokens: list[Any]) -> list[Pointer]:
    """ "our hotline", "We recorded": the author speaks; the stem does not say who."""
    for token in tokens:
        if token.lower_ in FIRST_PERSON and (token.tag_ in ("PRP", "PRP$")
                                             or token.lower_ == "ours"):  # often read as NNS
            shown = f"{token.text} {token.head.text}" if token.tag_ == "PRP$" else token.text
            return [Pointer(token.i, -0.5, f'points back: "{shown}" is the first person of '
                            "whoever wrote the text; the stem does not say who", "author")]
    return []


def connectives(tokens: list[Any]) -> list[Pointer]:
    """ "The unit therefore limits ...": a consequence of a reason the stem does not give
    (a connective opening the stem is ``stemcheck``'s)."""
    first = tokens[0].i if tokens else 0
    for token in tokens:
        if token.i != first and token.lower_ in _CAUSAL and token.dep_ == "advmod":
            return [Pointer(token.i, -0.35, f'points back: "{token.text}" gives the stem as '
                            "the consequence of something said before it")]
    return []


def relational(tokens: list[Any]) -> list[Pointer]:
    """ "all details", "the requirements": which ones is said elsewhere."""
    shown = {t.i for t in tokens}
    for token in tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in RELATIONAL or token.ent_type_:
            continue
        dets = [c for c in token.children if c.dep_ in ("det", "predet")]
        if not dets or not all(c.lower_ in ("the", "all") for c in dets):
            continue
        if any(c.dep_ in ("acl", "relcl", "compound", "poss", "nmod", "nummod")
               or (c.dep_ == "amod" and c.lemma_.lower() not in _DEGREE)
               or (c.dep_ == "prep" and not _duration(c)) for c in token.children):
            continue  # "the details of the journey", "the notification requirements"
            # ("the maximum penalty" still does not say for what)
        if _introduced_before(token, tokens, shown):
            continue
        phrase = " ".join(t.text for t in token.subtree if t.i <= token.i)
        if token.lemma_.lower() in _SANCTIONS:  # "The maximum penalty is 3 years": for
            # which offence? The sentence before names it, and a text may give several
            return [Pointer(token.i, -0.5, f'points back: "{phrase}" does not say for what')]
        return [Pointer(token.i, -0.35, f'points back: "{phrase}" does not say of what',
                        "lemma", token.lemma_.lower())]
    return []


def members_of(tokens: list[Any]) -> list[Pointer]:
    """ "member States' services recorded 38 children", "the member countries agreed":
    members of which organisation? A stem that names none (no name before "member", no "of"
    after its noun, no organisation anywhere in it) asks a figure of a body the learner is
    not shown (blind review 27b: a regional council's "member States", X 4). The
    capitalised "Member States" of an organisation's own text is its defined term, left to
    the stem's other checks."""
    if any(t.ent_type_ in ("ORG", "NORP") for t in tokens):
        return []
    for token in tokens:
        if token.text not in ("member", "members") or token.dep_ not in ("compound", "amod",
                                                                         "nmod"):
            continue
        head = token.head
        noun = head.lemma_.lower()
        if noun not in _MEMBERS and head.lower_.endswith("s"):  # "States": a name's lemma
            noun = re.sub(r"ies$", "y", head.lower_) if head.lower_.endswith("ies") else (
                head.lower_[:-1])
        if noun not in _MEMBERS or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            continue
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i
               for c in head.children):
            continue  # "EU member States": named
        return [Pointer(token.i, -0.4, f'points back: "{token.text} {head.text}" {MEMBERS_WHAT}',
                        "lemma", "member")]  # a sentence naming the members
    return []


MEMBERS_WHAT = "of what organisation?"
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w'-]*\s+)+(?:Council|Union|Organi[sz]ation|Assembly|Conference|Committee|"
    r"Commission|Community|Group|Network|Association|Alliance|Forum)\b|\b[A-Z]{2,}\s+member")


def members_named(prompt: str) -> bool:
    """The stem as shown names a body whose members these are (a lead-in carried in front,
    "The Northern Police Council urges member forces ...", or "EU member States")."""
    return _ORGANISATION.search(prompt) is not None


_MEMBERS = frozenset({"state", "country", "nation", "agency", "organisation", "organization",
                      "force", "party", "government", "body", "service"})


_SANCTIONS = frozenset({"penalty", "punishment", "sanction"})
_DEGREE = frozenset({"maximum", "minimum", "usual", "normal", "standard", "typical",
                     "relevant", "applicable", "appropriate", "current", "same", "highest",
                     "lowest", "full", "whole"})
"""Adjectives that grade a relational noun without saying of what ("the maximum penalty")."""


def _duration(prep: Any) -> bool:
    """ "for 10 years", "within 3 days": a time, which does not say which ones."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _introduced_before(noun: Any, tokens: list[Any], shown: set[int]) -> bool:
    """The stem used the same noun before ("a list of details ... all details")."""
    lemma = noun.lemma_.lower()
    return any(t.i < noun.i and t.i in shown and t.lemma_.lower() == lemma for t in tokens)


def kind_name(token: Any) -> bool:
    """ "The Academy", "the Bureau": a capitalised kind of body used as its name, with
    "the" and nothing else before it, and no name going on after it."""
    if not token.text[:1].isupper() or token.text.isupper() or token.ent_type_ in _NOT_NAMES:
        return False
    if token.lower_ not in BODIES | INITIATIVES | LAWS or token.pos_ not in ("PROPN", "NOUN"):
        return False
    left = [c for c in token.children if c.i < token.i]
    if len(left) != 1 or left[0].lower_ != "the" or left[0].i != token.i - 1:
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or (after.lower_ in ("of", "for", "on")
                              and any(c.dep_ == "pobj" and c.text[:1].isupper()
                                      for c in after.children))):
        return False  # "the Academy for Policing": the name goes on
    return bool(token.dep_ != "compound")


def undertaking(head: Any) -> bool:
    """A body or an undertaking named by its kind only ("the campaign", "the unit")."""
    return head.lemma_.lower() in BODIES | INITIATIVES


_HAPPENS = frozenset({
    "make", "take", "give", "carry", "complete", "send", "issue", "arrange", "hold",
    "process", "pay", "grant", "refuse", "approve", "confirm", "happen", "occur", "follow",
    "conduct", "undertake", "finalise", "finalize", "receive", "reach", "book", "schedule",
    "expect"})
"""Verbs whose subject is an event that happens or is done ("Payment is made", "The visit
takes place", "The decision is taken", "Connection is expected"): the one event the text is
telling of."""
_EVENT_ENDING = re.compile(r"(?:ment|tion|sion|ance|ence|al|ure)$")
"""Nouns made from verbs ("payment", "decision", "referral"), as ``stemcheck`` reads them;
not "-ing", whose bare form is an activity in general ("Grooming is ...")."""


def bare_event(tokens: list[Any]) -> list[Pointer]:
    """ "Payment is usually made within 10 working days": a singular noun of an event with
    no determiner and no word saying whose or of what, as the subject of a verb that makes
    the event happen (``_HAPPENS``), outside a rule. Which payment the sentence before says
    (a claim just introduced); a rule's "Notice must be given ..." is whichever one the rule
    meets, judged as any participant of a rule is (``in_rule``)."""
    for token in tokens:
        if not _happens(token) or token.tag_ != "NN" or token.ent_type_:
            continue
        if any(not c.is_punct for c in token.children) or not _EVENT_ENDING.search(
                token.lower_) or clause_rule(token):
            continue
        return [Pointer(token.i, -0.5, f'points back: "{token.text}" names an event the stem '
                        "does not introduce (of what? whose?)")]
    return []


def clause_rule(token: Any) -> bool:
    """The clause of ``token`` (a subject) states a rule: its verb has a modal of duty or
    permission ("Notice must be given ..."), or the sentence is a rule by its main verb
    (``in_rule``). A modal of another clause does not make it one: in "connection is
    expected within 18 months, because users must first be trained", which connection is
    still unsaid, and in "The applicant was over the age at which a child may consent ..."
    the applicant is still one case's."""
    verb = token.head
    if any(c.tag_ == "MD" and c.lower_ in _RULE_MODALS for c in verb.children):
        return True
    if any(t.tag_ == "MD" and t.lower_ in _RULE_MODALS for t in token.doc):
        return _rule_verb(token.doc)
    return in_rule(token)


_EVENTS_ONLY = frozenset({"happen", "occur", "conduct", "undertake"})
"""Verbs only an event is the subject of ("The visit happens", "the check is conducted"),
and "take place"; not "is held" or "is made", which things are too ("the post is held")."""


def event_subject(token: Any) -> bool:
    """ "The visit takes place within 7 days": a definite noun that is the subject of a verb
    only an event has (``_EVENTS_ONLY``, "take place"), outside a rule; which visit is said
    before the stem."""
    if not _happens(token) or in_rule(token):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    return lemma in _EVENTS_ONLY or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _happens(token: Any) -> bool:
    """``token`` is what a verb of ``_HAPPENS`` makes happen: the subject of its passive
    ("Payment is made"), or of "happen", "occur", "follow", "take place"; never the doer
    of an active verb ("Management makes the decision")."""
    verb = token.head
    if token.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubjpass":
        return lemma in _HAPPENS
    return token.dep_ == "nsubj" and (lemma in ("happen", "occur", "follow") or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                for c in verb.children)))


_RULE_MODALS = frozenset({"must", "shall", "should", "may"})
_RULE_VERBS = frozenset({"require", "oblige", "prohibit", "forbid", "entitle", "set", "permit",
                         "allow"})
"""Verbs that state a rule in the present tense ("The Practice Direction sets a target that
the trial begins within 16 weeks", "the law requires ...")."""


def in_rule(head: Any) -> bool:
    """The noun stands in a sentence that states a standing rule: a modal of duty or
    permission ("must", "shall", "should", "may") on a verb, or a present-tense verb that
    sets a rule ("sets a target that ...", "requires"). In such a sentence "the hearing",
    "the judge" or "the child" is whichever one the rule meets, not one an earlier
    sentence introduced; a past narrative ("the judge allowed ...") is not a rule."""
    doc = head.doc
    for token in doc:
        if token.tag_ == "MD" and token.lower_ in _RULE_MODALS and token.head.pos_ in (
                "VERB", "AUX") and not any(c.lower_ == "have" and c.dep_ == "aux"
                                           for c in token.head.children):
            return True  # not "should have done": a judgement of one past case
    return _rule_verb(doc)


def _rule_verb(doc: Any) -> bool:
    """The sentence's main verb states a rule: a law's offence, or a verb of ``_RULE_VERBS``
    in the present."""
    root = doc[:].root
    if root.tag_ in ("VBZ", "VBP") and any(
            t.lemma_.lower() in ("offence", "offense") and t.dep_ in ("dobj", "oprd", "attr",
                                                                        "ccomp", "xcomp")
            for t in root.children):
        return True  # "Section 42 makes it an offence to meet a child ..., where the adult
        # intends ...": a law's offence, whose participants are whoever it meets
    return root.lemma_.lower() in _RULE_VERBS and root.tag_ in ("VBZ", "VBP")
