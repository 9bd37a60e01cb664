"""Whose rule it is: the publisher's own administration is not the work on a case.

A rule with a figure reads like an operational limit ("... within 90 days", "... for five
years"), but what makes it worth asking is who acts on it and on what. A police officer,
a prosecutor or a child-protection worker acts on a case: an offender, a child, a report,
an investigation. A compensation authority, a conduct body or an accreditation network
also writes rules for its own administration: when its applicants may appeal against its
own decisions, what it pays them, how long its disciplinary warnings last, when its
managers review its own staff. A trainer drops those as of no use to an officer (rubric
7: blind reviews 15b class 2, 14b P1).

One judgement from the parse, not one module per kind of document:

1. **who acts, and on what**: a role noun anywhere in the sentence's clauses (subject,
   agent, object or the person a condition is about), the text's reader when the rule
   speaks to "you" (``addressee.named_reader``: "A guide for applicants, parents ..."),
   a manager acting on a person, an appeal against a decision, a disciplinary measure;
2. **a closed set of roles** decides: the people a body deals with for its own scheme
   (applicants, claimants, bidders, tenderers), its own staff's discipline
   (misconduct, a written or final warning, a grievance, a dismissal), its line managers
   acting on its people ("must be reviewed by the unit manager"), and appeals against a
   decision that no party of a case owns;
3. **case work wins**: a sentence that names a party of the work (the police, an officer,
   a court or a prosecutor, an offender or a suspect, a child, a victim or a witness, a
   parent or carer, a social worker, a case, its sentence, conviction or trial) is
   judged as before, whoever else it names:
   "The police must tell the victim of the scheme within 7 days" is a victim's right, and
   "The court must decide within six weeks, or the applicant may ask why" is case work.
4. **a plan's own reporting**: in a document that names itself a plan or a strategy (its
   title or a heading of its head: "Operational Action Plan 2026"), a sentence under a
   heading of reporting, monitoring or governance that names no party of a case ("Results
   are recorded in the platform's database within 30 days of each action", "Action
   leaders report progress to the driver by 15 July") is the plan's own workflow.

A word of a proper name counts for nothing ("the Child Protection Policing Network" names
no child), and "in force" names no police force.

The sets are closed grammatical and institutional classes (roles of a scheme, of a
discipline procedure, of line management), not one document's words. ``logistics.py``'s
tender rule (a bidder as subject) and ``assessment.py``'s candidates are narrower cases of
the same judgement; they are left in place (they also hold sentences that name a case
party, such as a bidder's answer about children's data).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.addressee import named_reader
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

HOLD = ("the publisher's own administration (actor: {actor}; {what}): a rule of its own "
        "scheme, staff or decisions, not of the work on a case")

_SCHEME_ROLES = word_set("applicant claimant bidder tenderer")
"""People who deal with a body for its own scheme: they apply, claim, bid. Not an
appellant: in a court's judgment the appellant is a party of a criminal case."""
_DISCIPLINE = word_set("misconduct disciplinary grievance dismissal")
"""A body's discipline of its own staff."""
_WARNING_KINDS = word_set("written final")
"""A warning that is a disciplinary sanction ("a final written warning")."""
_MANAGERS = word_set("manager supervisor")
"""Line management: acting on a person, it manages the body's own people."""
_PEOPLE = word_set("person staff member employee trainee individual colleague")
"""A body's people, named by no role of the work."""
_CASE = word_set(
    "police constabulary force officer constable detective investigator investigation "
    "prosecutor prosecution court judge magistrate jury offender suspect defendant accused "
    "perpetrator abuser child victim witness survivor parent carer guardian family worker "
    "case sentence conviction imprisonment trial")
"""Parties of the work on a case, the case itself and its criminal process (a sentence, a
conviction, a trial): a sentence naming one is case work. "worker" stands for the social
worker; "force" for a police force."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_YOU = frozenset({"you"})


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its sentence is a rule of the publisher's own administration
    (module docstring); the reason names the actor and what shows it."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    published = own_publication(parsed, _key_tokens(q))
    if published:
        result.hold(PUBLICATION.format(published))
        return
    found = administration(parsed, _reader(q)) or _own_reporting(q)
    if found:
        result.hold(HOLD.format(actor=found[0], what=found[1]))


PUBLICATION = ("the publisher's own publication ({}): how it issues, revises or distributes "
               "its own texts and figures, not a fact of the work on a case")
_PUBLISHING = word_set(
    "publish republish revise release reissue supersede update circulate distribute")
"""What a publisher does with its own texts and figures."""
_OUTPUTS = word_set(
    "bulletin release edition newsletter publication figure statistic estimate dataset total "
    "table digest")
"""A publisher's outputs: its texts and the figures they carry ("police recorded crime
figures are revised once, 12 months after first publication")."""
_DOCUMENT_KINDS = word_set(
    "bulletin release report edition issue newsletter publication call guidance document "
    "memorandum policy plan strategy version paper notice digest review")
_SELF = word_set("this next previous future forthcoming present current")
"""Words that make a kind of document the text itself or one of its series ("this
bulletin", "the next edition")."""
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def own_publication(parsed: Any, key: list[Any]) -> str:
    """ "revised": police recorded crime figures": a verb of publishing whose subject, object
    or "in ..." is one of the publisher's outputs ("figures", "the bulletin") or the text
    itself or its series ("this report", "the next edition"), and which is the sentence's
    main verb or governs the answer (``key``, its tokens). A publication named in an aside
    ("The agency's assessment, published on 2 October, recorded 2,340 referrals") is no
    such verb: the answer hangs on "recorded". "" when there is none; else what shows it."""
    keyed = {t.i for t in key}
    for verb in parsed:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _PUBLISHING:
            continue
        if not _main(verb) and not keyed & {t.i for t in verb.subtree}:
            continue
        output = next((a for a in _arguments(verb) if _an_output(a)), None)
        if output is not None:
            return f'"{verb.text}": {_phrase(output)}'
    return ""


def _main(verb: Any) -> bool:
    """The sentence's main verb, or one joined to it by "and" ("Figures are provisional
    and will be revised ...")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


def _arguments(verb: Any) -> list[Any]:
    """The verb's subject and object (a verb joined by "and" shares its head's subject),
    and the object of a preposition it governs ("will be revised in the next bulletin")."""
    out = [c for c in verb.children if c.dep_ in _ARGUMENTS]
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        out += [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _an_output(noun: Any) -> bool:
    """One of the publisher's outputs, or a kind of document made the text itself."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _OUTPUTS:
        return True
    return lemma in _DOCUMENT_KINDS and any(
        c.lower_ in _SELF for c in noun.children if c.dep_ in ("det", "amod"))


def _key_tokens(q: DraftQuestion) -> list[Any]:
    """The tokens of the sentence that the answer covers."""
    parsed = q.sentence.parsed
    lo, hi = q.key[0] - q.sentence.start, q.key[1] - q.sentence.start
    return [t for t in parsed or () if lo <= t.idx < hi]


_PLAN_KINDS = word_set("plan strategy roadmap")
"""Documents that set out a body's own programme of work: how its progress is reported is
the body's own administration."""
_REPORTING = word_set("reporting monitoring governance")
"""Headings of a plan's own reporting ("5. Reporting", "Monitoring and governance")."""
_HEAD_CHARS = 1500
"""How much of the text's head is read for a heading that names it a plan."""


def _own_reporting(q: DraftQuestion) -> tuple[str, str] | None:
    """A plan's own reporting: a sentence under a heading of reporting, monitoring or
    governance in a document whose title, or a heading of its head, names it a plan or a
    strategy ("Operational Action Plan 2026"), and that names no party of a case (module
    docstring, 3): when the plan's results are recorded and to whom its leaders report
    progress is the plan's own workflow, not a rule of the work (blind review 16, a6)."""
    heading = q.sentence.heading or ""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", heading)}
    if not words & _REPORTING or _names_case(q.sentence.parsed or ()):
        return None
    if not _a_plan(q.analysis):
        return None
    return "the plan's own leads", f'its own reporting (under "{heading.strip()}")'


def _a_plan(analysis: Any) -> bool:
    """The document's title, or a heading of its head, names a plan or a strategy."""
    found: bool | None = getattr(analysis, "_a_plan", None)
    if found is None:
        title = analysis.doc.meta.title or analysis.cleaned.title or ""
        head = str(analysis.doc.text[:_HEAD_CHARS])
        headings = [title, *(line.lstrip("#").strip() for line in head.split("\n")
                              if line.startswith("#"))]
        found = any({w.lower() for w in re.findall(r"[A-Za-z]+", h)} & _PLAN_KINDS
                    for h in headings)
        analysis._a_plan = found
    return found


def administration(parsed: Any, reader: str = "") -> tuple[str, str] | None:
    """(actor, what shows it) when ``parsed`` is a rule of the publisher's own
    administration, else None. ``reader``: whom the text's "you" is ("an applicant")."""
    if _names_case(parsed):
        return None
    for check in (_scheme_role, _discipline, _managed_person, _appeal):
        found = check(parsed, reader)
        if found is not None:
            return found
    return None


def _reader(q: DraftQuestion) -> str:
    """Whom the text's "you" is, when the sentence says "you" (read once per text)."""
    if not any(t.lower_ in _YOU for t in q.sentence.parsed or ()):
        return ""
    return named_reader(q.analysis)


def _nouns(parsed: Any) -> list[Any]:
    """The sentence's nouns that are not a word inside a name: a common noun, or a
    proper noun that heads its name ("Westmarch Police"), not one before its head
    ("the Child Protection Policing Network")."""
    return [t for t in parsed if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.dep_ != "compound")]


def _names_case(parsed: Any) -> bool:
    """A party of the work on a case is named (module docstring, 3)."""
    for token in _nouns(parsed):
        lemma = token.lemma_.lower()
        if lemma == "force" and token.head.lower_ in ("in", "into"):
            continue  # "remains in force"
        if lemma in _CASE or token.lower_ in _CASE or lemma.rstrip("s") in _CASE:
            return True
    return any(t.lower_ == "children" for t in parsed)


def _scheme_role(parsed: Any, reader: str) -> tuple[str, str] | None:
    """An applicant, claimant, appellant or bidder is named, or is whom "you" speaks to."""
    for token in _nouns(parsed):
        if token.lemma_.lower() in _SCHEME_ROLES:
            return token.lemma_.lower(), f'"{token.text}"'
    role = reader.split()[-1] if reader else ""
    if role in _SCHEME_ROLES and any(t.lower_ in _YOU for t in parsed):
        return role, '"you", whom the text is for'
    return None


def _discipline(parsed: Any, _reader: str) -> tuple[str, str] | None:
    """A disciplinary matter: misconduct, a grievance, a dismissal, a written warning."""
    for token in parsed:
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "ADJ") and lemma in _DISCIPLINE:
            return "the employer", f'its staff\'s discipline ("{token.text}")'
        if token.pos_ == "NOUN" and lemma == "warning" and any(
                c.dep_ == "amod" and c.lower_ in _WARNING_KINDS for c in token.children):
            return "the employer", f'its staff\'s discipline ("{_phrase(token)}")'
    return None


def _managed_person(parsed: Any, _reader: str) -> tuple[str, str] | None:
    """A manager acts on a person named by no role of the work ("a person at Level 1 ...
    must be reviewed by the unit manager"): the body managing its own people."""
    for token in parsed:
        if token.lemma_.lower() not in _MANAGERS or token.pos_ != "NOUN":
            continue
        verb = _acting_verb(token)
        if verb is None:
            continue
        done_to = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if any(c.lemma_.lower() in _PEOPLE for c in done_to):
            shown = (f"{verb.text} by the {_phrase(token)}" if token.dep_ == "pobj"
                     else f"{_phrase(token)} {verb.text}")
            return token.lemma_.lower(), f'its own people ("{shown}")'
    return None


def _acting_verb(token: Any) -> Any:
    """The verb ``token`` does: the verb it is the active subject of, or the passive verb
    whose "by" agent it is; None otherwise."""
    if token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head
    return None


def _appeal(parsed: Any, reader: str) -> tuple[str, str] | None:
    """An appeal against a decision that no party of a case owns: a decision of the
    body's own ("appeal ... within 90 days of the review decision"). The appeal is a verb
    or an appeal "against" something: a public appeal for a missing child is no appeal."""
    appeal = next((t for t in parsed if t.lemma_.lower() == "appeal" and (
        t.pos_ == "VERB" or any(c.lower_ == "against" for c in t.children))), None)
    decision = next((t for t in parsed if t.lemma_.lower() == "decision"
                     and t.pos_ == "NOUN"), None)
    if appeal is None or decision is None:
        return None
    actor = reader.split()[-1] if reader and any(t.lower_ in _YOU for t in parsed) else ""
    return actor or "an appellant", f'an appeal against its own "{_phrase(decision)}"'


def _phrase(token: Any) -> str:
    """The noun with the words before it that hang on it ("final written warning")."""
    start = min((c.i for c in token.children if c.i < token.i and c.dep_ != "det"),
                default=token.i)
    return str(token.doc[start: token.i + 1].text)
