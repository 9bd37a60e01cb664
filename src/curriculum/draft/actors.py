"""Who must act on an instruction: the role its heading names, or nobody the text names.

A policy or a procedure lists duties as bare verbs under a heading that says whose they
are ("7. Duties of supervisors" / "- Complete the TRiM course within 6 months of
appointment."; "Call handler checklist"; "4. First attending officer"). Lifted out of its
section, such an item is an order with no one to obey it: a trainer cannot tell whom the
learner is asked about, and must go back to the source. Read from the heading's parse, the
role is shown as the subject of a duty: "Supervisors must complete the two-day ... course
within ____ of appointment." (``context.carry_actor``). The heading names the role when:

- it is a word of duty (duties, responsibilities, role, tasks, actions, obligations,
  checklist, procedure, instructions, steps) with the role after "of" or "for"
  ("Responsibilities of the SIO", "Actions for the duty inspector") or in front of it
  ("Supervisor responsibilities", "The custody sergeant's duties"); or a word of advice
  with the role after "for" ("Recommendations for first responding officers", asked
  with "should");
- it asks or says what the role does ("What the first-response officer does");
- it is the role and nothing else, a noun phrase headed by a noun of persons ("First
  attending officer").

A role is a noun of persons by its ending (officer, supervisor, investigator, handler,
analyst, practitioner ...) or an acronym ("SIO"), never a pronoun. An instruction that
neither its heading, nor a lead-in, nor a question over it, nor a text that says "you"
to its reader (even once) gives a person to is held back (``HOLD``): a log's note to
itself ("Consider notifying ...") says whose act it is nowhere. A text whose opening
says whom it is for is the exception: "These desk instructions tell offender managers
... what to do", "This policy applies to every officer ... who views ...": its orders
are its reader's standing duties, rules like "you must" (``names_reader``). A job
description's duties are the post holder's ("Key responsibilities" / "- Assess incoming
referrals within 2 working days": "The post holder must assess ..."; ``job_document``),
whatever its "you" to an applicant ("Obtain your line manager's endorsement") says: the
reader it speaks to is not whose duties its list states (blind review 12).
"""

from __future__ import annotations

import re
from typing import Any

HOLD = ("an instruction that names no one who is to act: neither its heading, nor a "
        "lead-in, nor the text's reader (\"you\") says whose duty it is")
"""The audit's reason for an instruction with no actor a trainer can see."""

_DUTY_WORDS = frozenset({"duty", "duties", "responsibility", "responsibilities", "role",
                         "roles", "task", "tasks", "action", "actions", "obligation",
                         "obligations", "checklist", "procedure", "procedures", "instructions",
                         "steps"})
_PERSON = re.compile(r"(?:officer|staff|police|lead|leader|holder|provider|offender|"
                     r"[^m]ent|er|or|ist|ant|ian|person|worker)s?$")
"""A noun of persons by its ending or its word; "-ment" is a thing ("assessment")."""
_THINGS = re.compile(r"(?:order|register|number|paper|letter|folder|border|computer|"
                     r"centre|center|water|poster|member|chapter|matter|quarter|cover|"
                     r"filter|monitor|error|sector|factor|door|floor|colour|content|"
                     r"event|agent|consent|incident|document|intent|extent|plant)s?$")
"""Nouns with a person's ending that name things ("Monitor", "Incident"): no role."""
_NUMBER = re.compile(r"^\s*(?:#+\s*)?(?:(?:\d+(?:\.\d+)*|[A-Z]|[ivx]+)[.)]\s+)?", re.I)
_ADVICE_WORDS = frozenset({"recommendation", "recommendations", "advice", "guidance",
                           "guidelines", "tips"})
"""Headings that advise a role ("Recommendations for first responding officers"): its
orders are asked with "should", not "must"."""
_DOES = frozenset({"do", "does", "must", "should"})
_SCOPE_VERBS = frozenset({"apply", "tell", "address", "write", "intend", "aim", "guide"})
OPENING = 12
"""Sentences at the start of a text where it says whom it is for."""
POST_HOLDER = "The post holder must"
"""Whose duties a job description lists (``job_document``)."""
_YOU = re.compile(r"(?<![\w-])(?:you|your|yours|yourself)(?![\w-])", re.I)
_JOB_DOCUMENT = re.compile(
    r"\b(?:job|role|post)[ \t]+(?:description|profile|specification|outline)s?\b|"
    r"\bperson[ \t]+specifications?\b|\bvacancy[ \t]+(?:notice|announcement)s?\b|"
    r"\bjob[ \t]+(?:advert|advertisement|posting|opening)s?\b", re.I)
"""Titles of a job description ("Job Description and Person Specification: Detective
Constable", "Role profile - Referral Coordinator")."""


def job_document(title: str, opening: str = "") -> bool:
    """The text's title, or a line at its top that opens with its kind ("VACANCY NOTICE
    Ref: ..." under a banner), says it is a job description, a role profile or a vacancy
    notice: the bare verbs under its heading of duties are the post's (``POST_HOLDER``)."""
    if _JOB_DOCUMENT.search(title) is not None:
        return True
    return any(_JOB_DOCUMENT.match(line.strip(" \t#*=")) for line in opening.splitlines())


def lists_duties(heading: str) -> bool:
    """A heading of duties ("Key responsibilities", "Main tasks of the post"), not of how to
    apply or what the post offers: its bare verbs are the post holder's."""
    words = re.findall(r"[a-z]+", heading_text(heading).lower())
    return any(w in _DUTY_WORDS or w in ("accountability", "accountabilities") for w in words)


def says_you(text: str) -> bool:
    """The text says "you" or "your" to its reader even once ("... assigned to you"): its
    orders are that reader's ("thank-you" is no address)."""
    return _YOU.search(text) is not None


def heading_text(heading: str) -> str:
    """The heading's words without a section number, emphasis or a final colon."""
    text = _NUMBER.sub("", " ".join(heading.split())).strip(" *_:")
    return text


def actor_of(parsed: Any) -> str:
    """The role a heading ``parsed`` names, as the subject of a duty with its modal
    ("Supervisors must", "The SIO must", "First responding officers should"); "" when it
    names none (module docstring)."""
    words = [t for t in parsed if not t.is_punct or t.tag_ == "POS"]
    if not words or len(words) > 8:
        return ""
    lowered = [t.lower_ for t in words]
    if lowered[0] in _DUTY_WORDS and len(words) > 2 and lowered[1] in ("of", "for"):
        return _role(words[2:])
    if lowered[0] in _ADVICE_WORDS and len(words) > 2 and lowered[1] == "for":
        role = _role(words[2:], "should")  # "Recommendations for first responding officers"
        return role
    if lowered[-1] in _DUTY_WORDS and len(words) > 1:
        front = [t for t in words[:-1] if t.tag_ != "POS"]
        return _role(front)
    if lowered[0] == "what" and len(words) > 2 and lowered[-1] in _DOES:
        return _role(words[1:-1])
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in words):
        return ""
    if any(t.pos_ in ("ADP", "PRON", "NUM", "SCONJ", "CCONJ") for t in words):
        return ""
    return _role(words) if words[-1].pos_ in ("NOUN", "PROPN") else ""


def _role(words: list[Any], modal: str = "must") -> str:
    """The role as a subject, with its modal ("Supervisors must"): the words as the heading
    has them, a heading's capital on its first word dropped, "The" in front of a singular
    noun with no determiner."""
    if not words or any(t.pos_ == "PRON" for t in words) or words[-1].lower_ in _DUTY_WORDS:
        return ""
    head = words[-1]
    heading = [t for t in head.doc if t.is_alpha]
    shouted = len(heading) > 1 and all(t.text.isupper() for t in heading)
    acronym = (head.text.isupper() and 2 <= len(head.text) <= 6 and head.text.isalpha()
               and not shouted)  # "MAIN DUTIES": a heading in capitals has no acronym
    # to tell from its words ("The MAIN must ...")
    word = head.lower_
    if not acronym and (not _PERSON.search(word) or _THINGS.search(word)
                        or head.pos_ not in ("NOUN", "PROPN")):
        return ""
    if any(t.is_digit or not (t.is_alpha or t.text in ("-", "'s")) for t in words):
        return ""
    determiner = words[0].lower_ in ("the", "a", "an", "each", "every")
    shown = [t.lower_ if shouted else t.text for t in words]
    if determiner:
        shown = shown[1:]
    if shown and not (shown[0].isupper() or _title_name(words, determiner)):
        shown[0] = shown[0][:1].lower() + shown[0][1:]
    text = " ".join(shown).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    plural = head.tag_ in ("NNS", "NNPS") and not acronym
    if plural and not determiner:
        return f"{text[:1].upper() + text[1:]} {modal}"
    return f"The {text} {modal}"


def _title_name(words: list[Any], determiner: bool) -> bool:
    """A role that is a title ("the Designated Safeguarding Lead"): every word of it in
    capitals after a lower-case "the", so its capitals are the name's, not the heading's."""
    rest = words[1:] if determiner else words
    return determiner and words[0].text == "the" and all(t.text[:1].isupper() for t in rest)


def duty_lead(actor: str, prompt: str) -> tuple[str, str] | None:
    """The subject and modal shown in front of an instruction's stem, and the stem after
    them: ("Supervisors must ", "complete ...") from "Complete ..." and ``actor``
    "Supervisors must"; "Do not ..." becomes "must not ...", "Never ..." "must never ...".
    None when the stem does not open with the instruction's verb (a trimmed stem, a label
    in front)."""
    for opening, modal in (("do not ", "not "), ("don't ", "not "),
                           ("never ", "never "), ("always ", "always ")):
        if prompt.lower().startswith(opening):
            return f"{actor} {modal}", prompt[len(opening):]
    first = prompt.split(" ", 1)[0]
    if not first.isalpha() or not first[:1].isupper() or first.isupper():
        return None
    return f"{actor} ", prompt[:1].lower() + prompt[1:]


def names_reader(opening: list[Any], title: Any = None) -> str | None:
    """Whom the text says it is for, as the subject of its orders ("Offender managers
    must"): its title ``title`` (parsed) is for a noun of persons ("Desk instructions for
    offender managers"), or one of its first sentences (``opening``, parsed) has a verb of
    scope ("applies to", "tell", "is written for", "is aimed at") reaching one ("These desk
    instructions tell offender managers ... what to do"). "" when it names readers but no
    one role ("every officer, member of police staff and volunteer who ..."); None when
    it names none."""
    found: list[Any] = []
    if title is not None:
        found = [t for t in title if t.dep_ == "pobj" and t.head.lower_ == "for" and _person(t)]
    for parsed in opening if not found else []:
        for token in parsed:
            if token.lemma_.lower() not in _SCOPE_VERBS or token.pos_ not in ("VERB", "AUX"):
                continue
            reached = [c for c in token.children if c.dep_ in ("dobj", "dative")]
            for prep in (c for c in token.children if c.dep_ == "prep"
                         and c.lower_ in ("to", "for", "at")):
                reached += [c for c in prep.children if c.dep_ == "pobj"]
            found += [n for n in reached if _person(n)]
        if found:
            break
    if not found:
        return None
    return _reader_role(found[0])


_FRONT = frozenset({"compound", "amod", "det"})
_GENERAL = frozenset({"every", "all", "each", "any"})


def _reader_role(noun: Any) -> str:
    """ "Offender managers must" from the noun the scope reaches, with the words in front of
    it (a compound, an adjective, "every"/"all"; a place after it, "in the PPU", is left
    out); "" for a list of readers or a noun with a clause after it that says which
    ("officers who view ...": the role is that clause's)."""
    if any(c.dep_ in ("conj", "relcl", "acl") for c in noun.children):
        return ""
    front: list[Any] = []
    for child in reversed([c for c in noun.lefts]):
        if child.dep_ not in _FRONT or (child.dep_ == "det" and child.lower_ not in _GENERAL):
            break
        front.insert(0, child)
    words = [*front, noun]
    if any(not t.is_alpha for t in words):
        return ""
    text = " ".join(t.text for t in words)
    if not front and noun.tag_ != "NNS":
        return ""
    return f"{text[:1].upper()}{text[1:]} must"


def person_ending(word: str) -> bool:
    """``word`` (lower case) is a noun of persons by its ending or its word (``_PERSON``),
    things with such an ending not set apart: a reader that only needs to know whether a
    subject may act ("Coaches may ...") does not care."""
    return _PERSON.search(word) is not None


def _person(noun: Any) -> bool:
    word = noun.lower_
    return noun.pos_ == "NOUN" and bool(_PERSON.search(word)) and not _THINGS.search(word)
