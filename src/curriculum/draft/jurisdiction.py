"""Whose rule is it? "Registered offenders must ..." read alone does not say where.

A stem that states a rule (must, shall, should, may; "an offence", "punishable",
"required", "prohibited") and names no place, body or law (no GPE, LOC, NORP, ORG or LAW
entity, no proper noun subject, no "Under ..."/"In ..." in front) holds for some
jurisdiction the learner is not told. The document's own metadata says whose text it is:

- a place in the issuer's name ("National Central Bureau, Republic of Marlow"): the lead
  is "In the Republic of Marlow, ";
- otherwise the issuing body itself, when the metadata gives it as a proper name
  ("Kestrel Valley Police, Public Protection Command", the court of a judgment): "According
  to Kestrel Valley Police, ".

A rule under a heading that names a law ("Duties under the Sex Offenders Act 2019") is
that law's, not the issuer's (a training body restating a statute does not make it): the
lead is "Under the Sex Offenders Act 2019, ", before any lead from the metadata. So is a
rule, or an interpretation line ('"child" means ...'), of a document that is the law itself
(its title opens with the law's name, ``document_law``).

The lead is the text's own words, never a guess: an issuer that is no proper name
("Editorial team") or no metadata at all gives no lead, and the stem stays as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from curriculum.draft.frontmatter import Metadata, norm_key
from curriculum.draft.publisher import speaking_for

_RULE_MODALS = frozenset({"must", "shall", "should", "may"})
_RULE_LEMMAS = frozenset({"require", "prohibit", "forbid", "oblige", "offence", "offense",
                          "punishable", "entitle"})
_NAMED = frozenset({"GPE", "LOC", "NORP", "ORG", "LAW", "FAC"})
_FRAMED = frozenset({"under", "in", "according", "within", "across", "throughout"})
_PLACE = re.compile(r"^(?:the\s+)?((?:Republic|State|Province|Kingdom|Commonwealth|Principality|"
                    r"Territory|County|Canton|Land|Grand Duchy)\s+of\s+"
                    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)$")
_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "against", "de", "&"})
_NO_ARTICLE = frozenset({"police", "constabulary", "ltd", "limited", "inc", "llc", "llp", "plc",
                         "gmbh", "corp", "corporation", "company"})
"""A force's name takes no article ("Kestrel Valley Police"), nor does a company's
("Tallow Forensics Ltd"); other bodies do ("the Board")."""


def no_article(name: str) -> bool:
    """The body's name is shown without "the" (``_NO_ARTICLE``: its last word says so)."""
    words = name.split()
    return bool(words) and words[-1].lower().rstrip(".") in _NO_ARTICLE
_ISSUER_KEYS = ("court",)


def states_rule(tokens: list[Any]) -> bool:
    """A modal of obligation or permission, or a word of duty or offence, in the stem; or
    a standing practice for every case ("Every referral is reviewed within one working
    day", "Each registered person receives ...": a universal subject in the present)."""
    return any((t.tag_ == "MD" and t.lower_ in _RULE_MODALS) or t.lemma_.lower() in _RULE_LEMMAS
               or _universal_practice(t) for t in tokens)


_DUTY_VERBS = frozenset({"require", "prohibit", "forbid", "oblige", "entitle"})


def states_duty(tokens: list[Any]) -> bool:
    """A modal of obligation or permission, or a verb of duty, in the stem: what a law
    provides. Narrower than ``states_rule``, whose nouns of offence also mark a rule a
    body applies ("validated for adult males with a sexual offence" is no duty of a law)."""
    return any((t.tag_ == "MD" and t.lower_ in _RULE_MODALS)
               or (t.pos_ == "VERB" and t.lemma_.lower() in _DUTY_VERBS) for t in tokens)


_UNIVERSAL = frozenset({"every", "each"})


def _universal_practice(token: Any) -> bool:
    """``token`` is a present-tense main verb whose subject is "every"/"each" + a noun."""
    if token.dep_ != "ROOT" or not (token.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in token.children)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ in _UNIVERSAL for d in c.children) for c in token.children)


def unplaced(tokens: list[Any], treaty: bool = False) -> bool:
    """Nothing in the stem says where or whose: no named place, body or law, no framing
    phrase in front. In a treaty's own text (``treaty``), "a Party" or "each State Party"
    is the treaty's role noun, capitalised as the treaty writes it, not a name that says
    whose rule it is (``TREATY_PARTIES``)."""
    if not tokens or (tokens[0].lower_ in _FRAMED and not _condition(tokens[0])):
        return False
    shown = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    if _NAMED_ENACTMENT.search(shown) or _SHORT_ENACTMENT.search(shown):
        return False  # "Section 14 of the Sarvonne Registered Offenders (Notification) Act
        # 2012 requires ...": the law named whole says whose rule it is; "of the 2012 Act"
        # is named so from earlier in the text (``referents.py``)
    return not any(((t.ent_type_ in _NAMED and not _provision(t) and not _form(t)) or (
        t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "poss")))
        and not (treaty and t.lower_ in TREATY_PARTIES) for t in tokens)


TREATY_PARTIES = frozenset({"party", "parties", "state", "states"})
"""The role nouns by which a treaty names those bound by it ("a Party", "States Parties")."""


_CONDITION_DETS = frozenset({"a", "an", "any", "every", "each", "all", "such"})


_LAW_KINDS = "Act|Law|Code|Ordinance|Decree|Statute|Regulations"
"""The kinds of enactment whose name ends in its kind and year ("... Act 2012")."""
_NAMED_ENACTMENT = re.compile(
    r"\b[A-Z][\w'-]*(?:\s+(?:\(?[A-Z][\w'-]*\)?|of|and|for|on|the|against|\(|\)))*\s+"
    rf"(?:{_LAW_KINDS}|Order),?\s+(?:of\s+)?(?:1[89]|20)\d\d\b")
"""A law named whole by its short title and year ("Registered Offenders (Notification) Act
2012", "Criminal Code of 2019")."""
_SHORT_ENACTMENT = re.compile(r"\bthe\s+(?:1[89]|20)\d\d\s+(?:Act|Law|Code|Ordinance|Decree)\b")
"""A law by its year and kind ("the 2012 Act"), named whole from earlier in the text."""


def _condition(token: Any) -> bool:
    """An opening "In" that sets a case, not a place: "In an urgent case, authority may be
    given orally ...", "In any case where ..." (its object a common noun with "a", "any",
    "every" ..., nothing named in it): the rule still says nowhere whose it is."""
    if token.lower_ != "in":
        return False
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or any(t.ent_type_ for t in obj.subtree):
        return False
    return any(c.dep_ == "det" and c.lower_ in _CONDITION_DETS for c in obj.children)


_PROVISION = re.compile(r"(?:sub)?(?:section|part|schedule|paragraph|regulation|article)s?\s+"
                        r"[\w().]+"
                        r"(?:\s*(?:,|or|and|to)(?:\s*[\w().]+)?)*", re.I)


_FORM = re.compile(r"(?:Form|Annex|Appendix|Schedule|Template)\s+[A-Z]{0,4}\d[\w./-]*")


def _form(token: Any) -> bool:
    """A form's or an annex's code the parser tags as a name ("on Form VW2", tagged a place):
    it names a paper of the document's own procedure, never whose rule the stem states."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and bool(_FORM.fullmatch(entity.text.strip()))


def _provision(token: Any) -> bool:
    """A bare cross-reference tagged as a law ("section 10", "Part 3"): it names a part of
    some law, not which law (a statute's own sections; ``document_law`` names it)."""
    if token.ent_type_ != "LAW":
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and bool(_PROVISION.fullmatch(entity.text.strip()))


_LAW_IN_HEADING = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-Z][\w'-]*\s+)(?:(?:\(?[A-Z][\w'-]*\)?|of|and|for|on|the|against|"
    r"in|\w+\))\s+)*(?:Act|Law|Code|Convention|Regulations|Ordinance|Decree|Statute|Directive|"
    r"Protocol)(?:,?\s+(?:of\s+)?(?:1[89]|20)\d\d)?\b(?!\s+[A-Z])")
_NOT_NAMES = frozenset({"what", "how", "why", "when", "which", "who", "your", "our", "this",
                        "that", "a", "an", "new", "key"})
"""A heading's own words before "Law" ("What The Law Says", "A New Law"), not a name."""


def law_lead(heading: str) -> str:
    """ "Under the Sex Offenders Act 2019, " when the heading names a law; else "". """
    found = _LAW_IN_HEADING.search(heading)
    if found is None:
        return ""
    if _SHORT_REFERENCE.search(found.group(0)):
        return ""
    name = _HEAD_WORDS.split(found.group(0))[-1]  # "Duties Under The Sex Offenders Act",
    name = re.sub(r"^[Tt]he\s+", "", name)  # "Review of the Travel Notification Act 2021"
    words = name.split()
    if len(words) < 2 or words[0].lower() in _NOT_NAMES:
        return ""
    return f"Under the {name}, "


_HEAD_WORDS = re.compile(r"\b(?:Under|Of|In|For|On|About|From|To|And)\s+(?:[Tt]he\s+)?|"
                         r"\b(?:of|on|under)\s+the\s+")
"""The heading's own words before a law's name ("Duties Under The", "Guidance on the",
"Review of the"): a law's own name keeps a bare "of" ("Protection of Children Act")."""
_SHORT_REFERENCE = re.compile(
    r"\bthe\s+(?:Act|Law|Code|Convention|Regulations|Ordinance|Decree|Statute|Directive|"
    r"Protocol)\b")
"""A heading about a law named by its kind alone ("Table 2: Operation of the Act, 2022-2025",
"Review of the Code"): what the heading is about, never a law's name to put in front of a
rule ("Under the Operation of the Act, 2022, ..."; blind review 30, b1). A heading about a
named law ("Review of the Travel Notification Act 2021") gives the law's name, after "of the"."""


_INSTRUMENT_LEAD = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'-]*\s+){1,8}?"
    r"(?:Procedure|Policy|Protocol|Code\s+of\s+Practice|Guidance|Guidelines|Standards?|"
    r"Manual|Handbook|Framework|Instructions?))\b(?:\s*\([^()]*\))?,?\s+"
    r"(?:states|says|provides|requires|sets\s+out)(?:\s+that)?\s*:\s*$")
"""A list's lead-in that quotes a named local instrument ("3.1 Westmarch Police Service
Missing Persons Procedure (version 6, in force from 1 September 2023) states:"): its
items are that instrument's rules."""


def instrument_lead(lead: str) -> str:
    """ "Under the Westmarch Police Service Missing Persons Procedure, " for an item of a
    list whose lead-in says what a named procedure, policy or code states; else "". A
    local rule lifted out of its list must say whose it is: read alone, "A child must not
    be graded low risk ..." is every force's rule."""
    found = _INSTRUMENT_LEAD.match(" ".join(lead.split()))
    if found is None:
        return ""
    name = found.group("name").strip()
    if len(name.split()) < 2 or name.split()[0].lower() in _NOT_NAMES:
        return ""
    return f"Under the {name}, "


def document_law(title: str) -> str:
    """ "Under the Child Protection Act 2030, " when the document is that law itself: its
    title opens with the law's name ("Child Protection Act 2030 (Act No. 4) - Laws
    Online"); "" for a text about a law ("Guidance on the ... Act")."""
    found = law_lead(title)
    name = found[len("Under the ") : -2] if found else ""
    if not name or not re.match(rf"(?:[Tt]he\s+)?{re.escape(name)}\b", title.strip()):
        return ""
    if _ABOUT.search(name) or not _ENACTED.search(name):
        return ""  # "Guidance on the ... Act": a text about the law, read as its name;
        # "Model Law", "Joint Protocol", "Criminal Law ...": no enacted law's name
    return found


_TREATY_KINDS = ("Protocol", "Convention", "Treaty", "Charter")
"""Kinds of a treaty open to many states. Not an agreement between two governments:
``agreement.py`` names it by its parties ("Under the Varnholt-Selmira agreement, ")."""
_TREATY_WORDS = 14
"""A treaty's name longer than this is no name a stem can carry."""
_TREATY_TITLE = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<name>(?:(?:Optional|Additional|Second|Third)\s+)?"
    r"(?P<kind>" + "|".join(_TREATY_KINDS) + r")\s+(?:to|on|of|for|between|against)\s+"
    r"[^,;:()\u2013\u2014|]+?)"
    r"(?=\s+(?:concerning|regarding|done\s+at|signed\s+at|adopted\s+(?:at|by|on))\b|"
    r"\s*[,;:()\u2013\u2014|]|\s+-\s|\s*$)")
"""A treaty's name at the head of its title, up to what only describes it ("Optional
Protocol to the Tessaline Convention on Mutual Assistance in Criminal Matters" of "...
concerning the Protection of Children ...", "Convention on Cybercrime" of "..., done at
Budapest")."""


def document_treaty(title: str, text: str) -> str:
    """ "Under the Optional Protocol to the Tessaline Convention on ..., " when the document
    is that treaty itself: its title opens with a treaty's name (``_TREATY_TITLE``) and its
    text speaks of itself by the treaty's kind ("the purposes of this Protocol", "the present
    Convention"). Read
    alone, '"child" means any person below the age of 18 years' or "A Party may renew a
    preservation order ..." is no one's rule, and the page's publisher (a secretariat) is
    not the one who makes it. "" for any other text: a guide about a protocol opens with
    its own title, and does not call the protocol "this Protocol"."""
    found = _TREATY_TITLE.match(" ".join(title.split()))
    if found is None or not 3 <= len(found.group("name").split()) <= _TREATY_WORDS:
        return ""
    if not re.search(rf"\b(?:[Tt]his|the\s+present)\s+{found.group('kind')}\b", text):
        return ""
    return f"Under the {found.group('name')}, "


_ACT_KINDS = ("Directive", "Regulation", "Framework Decision", "Decision")
"""Kinds of a union's or a legislature's act whose title reads "<Kind> of <its makers> on
<its subject>" (``document_act``)."""
_ACT_LINE = re.compile(r"^(?:(?P<proposal>Proposal\s+for\s+an?|Draft|Proposed)\s+)?"
                       r"(?P<kind>" + "|".join(k.replace(" ", r"\s+") for k in _ACT_KINDS)
                       + r")\b(?P<rest>.*)$", re.I)
_PROPOSAL_LINE = re.compile(r"^(?:Proposal\s+for\s+an?|Draft)$", re.I)
_SUBJECT = re.compile(r"(?:^|\s)on\s+(?P<subject>.+)$", re.I)
_SUBJECT_END = re.compile(r"\s*[,;:(\[]|\s+and\s+(?:on|amending|repealing|replacing)\b")
_ACT_HEAD_LINES = 12
"""Lines of the document's opening read as its title block."""
_ACT_WORDS = 10
"""A subject longer than this makes no name a stem can carry."""


_ENACTING = re.compile(r"(?im)^[\s#*_]*Article\s+1\b|\bhave\s+adopted\s+this\s+")
"""Where an act's enacting terms begin: its first article, or its enacting formula ("HAVE
ADOPTED THIS DIRECTIVE:"). Before it stand the memorandum and the recitals, which say what
the law is now or why the act is needed, not what the act provides."""


def document_act(text: str, at: int) -> str:
    """ "Under the proposed Directive on combating the online sexual exploitation of
    children, " when the document is that act itself, or its proposal: a line of its
    title block opens with the act's kind ("DIRECTIVE OF THE ASSEMBLY AND OF THE COUNCIL",
    after "Proposal for a" on that line or the one before), the title gives its subject
    ("on combating ...", on that line or the next), and the text speaks of itself by the
    kind ("this Directive"). Read alone, "Member States shall ..." or "'child' means ..."
    is no one's rule; a proposal's rule is not yet in force, and the lead says so. Only a
    sentence at ``at`` in the act's enacting terms (``_ENACTING``) is the act's rule. ""
    for any other text (a guide about a directive calls it "the Directive")."""
    lead, enacting = _act_of(text)
    return lead if enacting is not None and at >= enacting else ""


@lru_cache(maxsize=4)
def _act_of(text: str) -> tuple[str, int | None]:
    """The act's lead and where its enacting terms begin (``document_act``), read once per
    document: every candidate of it asks, and both scan the whole text."""
    enacting = _ENACTING.search(text)
    if enacting is None:
        return "", None
    return _act_lead(text), enacting.start()


def _act_lead(text: str) -> str:
    """ "Under the proposed Directive on ..., " from the title block (``document_act``)."""
    lines = [line.strip(" \t#*_|") for line in text[:3000].split("\n")]
    lines = [line for line in lines if line][:_ACT_HEAD_LINES]
    for i, line in enumerate(lines):
        found = _ACT_LINE.match(line)
        if found is None:
            continue
        kind = " ".join(w.capitalize() for w in found.group("kind").split())
        spaced = r"\s+".join(kind.split())
        if not re.search(rf"\b(?:[Tt]his|the\s+present)\s+{spaced}\b", text):
            return ""
        proposed = found.group("proposal") is not None or (
            i > 0 and _PROPOSAL_LINE.match(lines[i - 1]) is not None)
        rest = found.group("rest")
        if _SUBJECT.search(rest) is None and i + 1 < len(lines):
            rest = f"{rest} {lines[i + 1]}"
        subject = _SUBJECT.search(rest)
        if subject is None:
            return ""
        shown = _SUBJECT_END.split(subject.group("subject"), maxsplit=1)[0].strip()
        if shown.isupper():
            shown = shown.lower()
        if not 1 <= len(shown.split()) <= _ACT_WORDS:
            return ""
        return f"Under the {'proposed ' if proposed else ''}{kind} on {shown}, "
    return ""


_NUMBERED_LAW = re.compile(r"^\s*(?:[Tt]he\s+)?(?P<name>(?:Law|Act|Decree|Ordinance|Statute)\s+"
                           r"No\.?\s*\d+(?:/(?:1[89]|20)?\d\d)?)(?![\w/])")
_STATE = re.compile(r"\b(?:[Tt]he\s+)?((?:Republic|State|Kingdom|Principality|Grand\s+Duchy|"
                    r"Commonwealth|Federation)\s+of\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def numbered_law(title: str, head: str) -> str:
    """ "Under Law No. 47/2026 of the Republic of Lirenia, " when the document is a law
    known by its number ("Law No. 47/2026 of 3 March 2026 amending the Criminal Code"),
    with the state its head names ("Republic of Lirenia"), when it names one: read alone,
    a penalty of one state's code reads as everyone's. "" for any other title."""
    found = _NUMBERED_LAW.match(title)
    if found is None:
        return ""
    name = " ".join(found.group("name").split())
    state = _STATE.search(head)
    return f"Under {name} of the {state.group(1)}, " if state else f"Under {name}, "


_ENACTED = re.compile(rf"\b(?:{_LAW_KINDS}),?\s+(?:of\s+)?(?:1[89]|20)\d\d$")
"""A law's name as enacted: its kind, then its year ("Child Sexual Offences Act 2024")."""


_ABOUT = re.compile(r"\s(?:on|to|about|under|from|into|with)\s+the\s")


_ABOUT_KEYS = frozenset({"description", "abstract", "summary", "subject"})
"""Metadata fields that say what a document is about ("description: Client alert on the
... Act 2026"), by the key's last part ("dc.description", "og:description")."""
_ABOUT_NAME = re.compile(r"^.*\b(?:on|of|to|about|under|into|for)\s+the\s+")
"""What a title says before the law it is about ("Guidance on the ", "Review of the ")."""


def about_fields(fields: list[Any]) -> list[str]:
    """The values of the metadata fields that say what the document is about."""
    return [f.value for f in fields
            if re.split(r"[.:]", norm_key(f.key))[-1] in _ABOUT_KEYS]


def subject_law(titles: list[str], text: str) -> str:
    """ "Under the Online Services (Reporting) Act 2026, " when the document is about one
    enacted law: its title, first heading or description names it whole with its year
    ("Client alert on the Online Services (Reporting) Act 2026", "Guidance on the Sex
    Offenders Act 2019"), no other law is named there, and its text speaks of it by its
    kind ("the Act", "the new Act") at least twice. A duty the text states with no law or
    place of its own ("Reported data must be preserved for 90 days") is that law's, and
    "'Child' means a person under 18" is its definition: read alone, a law firm's or a
    charity's restatement would be credited to the firm ("According to <the firm>, ...";
    blind review 30, b3: E twice). "" for any other document."""
    names = {_law_name(found.group(0)) for line in titles
             for found in _NAMED_ENACTMENT.finditer(line)}
    names.discard("")
    if len(names) != 1:
        return ""
    name = names.pop()
    kind = re.search(rf"\b({_LAW_KINDS}|Order),?\s+(?:of\s+)?\d{{4}}$", name)
    if kind is None or len(re.findall(
            rf"\b[Tt]he\s+(?:new\s+)?{kind.group(1)}\b(?!\s+(?:[A-Z(]|\d))", text)) < 2:
        return ""
    return f"Under the {name}, "


def _law_name(found: str) -> str:
    """The law's own name in a title's match ("Travel Notification Act 2021" of "Review of
    the Travel Notification Act 2021"); "" when fewer than two words name it."""
    name = _ABOUT_NAME.sub("", " ".join(found.split()))
    name = re.sub(r"^[Tt]he\s+", "", name)
    return name if len(name.split()) >= 3 else ""


def defines(tokens: list[Any]) -> bool:
    """A statute's interpretation line: a quoted term, then "means" or "includes"
    ('"child" means a person under 18 years', "'child' means ...")."""
    return bool(tokens) and tokens[0].text in ('"', "\u201c", "'", "\u2018") and any(
        t.dep_ == "ROOT" and t.lemma_.lower() in ("mean", "include") for t in tokens)


def lead(meta: Metadata) -> str:
    """ "In the Republic of Marlow, " or "According to Kestrel Valley Police, " from the
    document's metadata; "" when it names neither as a proper name."""
    issuer = meta.publisher or next((f.value for f in meta.fields
                                     if norm_key(f.key) in _ISSUER_KEYS), "")
    parts = [p.strip() for p in speaking_for(issuer).split(",") if p.strip()]
    for part in parts:
        place = _PLACE.match(part)
        if place is not None:
            return f"In the {place.group(1)}, "
    if parts and proper_name(parts[0]):
        name = re.sub(r"^[Tt]he\s+", "", parts[0])
        article = "" if no_article(name) else "the "
        return f"According to {article}{name}, "
    return ""


def proper_name(text: str) -> bool:
    """Every word capitalised but the small ones, and no more than eight words."""
    words = text.split()
    return 0 < len(words) <= 8 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _SMALL for w in words)
