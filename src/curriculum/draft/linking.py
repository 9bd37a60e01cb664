"""A discourse connective opening a stem is the text's link, not part of the claim.

"Separately, the guidance requires ...", "However, the unit must ...", "In addition,
officers should ...": the opening word or phrase links the sentence to the one before it
in the source. In a question it points back at a sentence the learner never sees (the
stem check marks it: "points back: starts ..."), and a trainer's first edit is to strike
it (blind review 15a, class C2). The claim after it is whole: the connective adds no
condition, time or place to it.

So the stem starts after the connective when the parse shows it is one: the sentence
opens with a phrase of the closed class of discourse connectives (``CONNECTIVES``:
adverbs of addition, contrast, sequence, result and emphasis, and their prepositional
forms "in addition", "by contrast", "for example"); the phrase is one whole subtree that
hangs on the main verb (``advmod``, ``prep``, ``npadvmod``, ``cc``); a comma follows it;
and the main verb's subject comes after that comma (so what remains is a clause with its
subject, never an instruction cut from its context), and is no pronoun ("First, it places
...": ``referents.py`` names "First, it" whole as the thing the text counts). A fronted
phrase of time or place ("Since 2019,", "In 2023,", "In Westmarch,") or a condition
("Otherwise,", "Then,") changes the claim and is not in the class: it stays; a phrase
counting from a time the sentence before gives ("Since then,", "From then on,") goes only
in front of a standing rule ("Since then, every force must refer ..."), whose claim holds
now whenever it began (``SINCE_THEN``); so does an opening that only points into a part
of the document ("As set out in paragraph 4.3,", ``OWN_PART``).

So does a lead-in clause before a colon whose subject points back ("Many originate from
online platforms: platforms based in the United States are required ...": many of the
referrals of the sentence before), when a clause of its own follows the colon
(``pointing_lead_end``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from curriculum.draft.clauses import Stem
from curriculum.draft.finite import finite_verb

CONNECTIVES = frozenset({
    "however", "separately", "additionally", "moreover", "furthermore", "further", "also",
    "finally", "lastly", "first", "firstly", "second", "secondly", "third", "thirdly",
    "similarly", "likewise", "conversely", "nevertheless", "nonetheless", "notably",
    "importantly", "crucially", "indeed", "thus", "therefore", "hence", "consequently",
    "accordingly", "besides", "in addition", "in particular", "by contrast", "in contrast",
    "on the other hand", "for example", "for instance", "as a result", "in other words",
    "in any event", "in any case", "above all", "first of all", "most importantly",
    "more importantly", "equally", "by the same token", "in short", "in summary",
    "for comparison", "by comparison", "in comparison", "for context", "by way of context",
    "for reference", "for background", "as background", "again", "once again", "as before",
    "as above", "as noted above", "as noted earlier", "as mentioned above",
    "as mentioned earlier", "as stated above", "as stated earlier",
})
"""Connectives of addition, contrast, sequence, result and emphasis: a closed grammatical
class. Not "then", "otherwise", "alternatively", "meanwhile", "instead" or "overall": they
carry a condition, a time, a choice or a scope that the claim depends on."""
_HANGING = frozenset({"advmod", "prep", "npadvmod", "cc", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
RULE = "connective dropped"


def unlinked(stem: Stem, parsed: Any, start: int, core: tuple[int, int], text: str = "") -> Stem:
    """``stem`` without the connective that opens it (module docstring), when its first
    piece starts the sentence (file offset ``start``, parse ``parsed``) and the answer
    (``core``) lies after the connective; else ``stem`` as it was. ``text`` is the
    document's, where a country label must be named as a place (``country_label``)."""
    if parsed is None or not stem.pieces or stem.pieces[0][0] != start or stem.prefix:
        return stem
    after, prefix, name = connective_end(parsed), "", RULE
    if after is None:
        after = pointing_lead_end(parsed)
    if after is None:
        after, prefix = country_label(parsed, text) or (None, "")
        name = LABEL_RULE
    if after is None:
        after, prefix = under_which(parsed) or (None, "")
        name = UNDER_RULE
    if after is None or start + after > core[0]:
        return stem
    first = (start + after, stem.pieces[0][1])
    if first[0] >= first[1]:
        return stem
    rule = f"{stem.rule}, {name}" if stem.rule else name
    return Stem((first, *stem.pieces[1:]), rule, prefix=prefix, joints=stem.joints)


LABEL_RULE = "country label read as the law's place"


def country_label(parsed: Any, text: str) -> tuple[int, str] | None:
    """A handout's row or item that opens on a country's name and a colon, then a whole
    clause ("Australia: the Passports ... Act 2017 allows ..."): the label says whose law
    or rule the clause states, and left in front it is a label fused into the stem (blind
    review 30, a6: E). The clause is asked with the country in front: "Australia's
    Passports ... Act 2017 allows ..." when its subject is a law named with "the", else
    "In Australia, <clause>". The label is one place name (every word a proper noun the
    parse tags as a place, no "s" at its end nor "of" in it, which would need an article:
    "United States", "Republic of ...") that the parser reads as a place (``_place``) and
    the document's ``text`` names as one after a preposition ("leaving Australia", "in
    Ostmark": the parser alone calls any capitalised word after "In" a place, "Background:"
    or "Salary:" too); the offset (in the sentence) where the clause
    shown starts, and what goes in front of it, or None."""
    colon = next((t for t in parsed[:5] if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i + 3 >= len(parsed):
        return None
    label = parsed[: colon.i]
    if len(label) > 3 or not all(t.is_alpha and t.is_title for t in label):
        return None
    name = label.text
    if name.endswith("s") or label[0].lower_ == "united" or not _place(name):
        return None
    if not re.search(rf"\b(?:in|to|from|of|across|within|throughout|outside|leaving|leave|"
                     rf"left|entering|enter|into)\s+{re.escape(name)}\b", text):
        return None
    rest = parsed[colon.i + 1 :]
    if not any(finite_verb(t) for t in rest if t.pos_ in ("VERB", "AUX")):
        return None  # "Australia: the 2017 Act": a row with no clause
    law = _LAW_NAME.match(parsed.text[rest[0].idx :])
    if law is not None:  # the parse often hangs a long law's name on the label itself
        return int(rest[1].idx), f"{name}'s "
    if not any(t.dep_ in _SUBJECTS and t.head.i > colon.i and finite_verb(t.head)
               for t in rest):
        return None
    return int(rest[0].idx), f"In {name}, "


@lru_cache(maxsize=256)
def _place(name: str) -> bool:
    """The parser reads ``name`` as a place where a rule applies ("In Ostmark, the rule
    applies."): a label's own sentence often hides it ("Ireland:" is tagged as nothing)."""
    from curriculum.draft import nlp  # the model loads only when a label is seen

    doc = nlp.parse([f"In {name}, the rule applies."])[0]
    return any(e.text == name and e.label_ in ("GPE", "LOC") for e in doc.ents)


UNDER_RULE = "lead-in before 'under which' dropped"
_NAME_JOINS = frozenset({"of", "on", "the", "and", "for", "against", "to", "(", ")"})
_LEAD_NAMES = frozenset({"GPE", "LOC", "ORG", "LAW", "PERSON", "NORP", "DATE", "FAC"})


def under_which(parsed: Any) -> tuple[int, str] | None:
    """A clause that only relates the text's own subject to a named instrument, then the
    instrument's rule in a relative clause ("The level 3 criteria mirror Model National
    Response (MNR) Capability 7, under which a country needs a dedicated unit ..."): the
    lead-in points back (which criteria?) and the rule is the instrument's, so the stem is
    the rule with the instrument in front, "Under Model National Response (MNR) Capability
    7, a country needs ..." (blind review 30, a3: E). The instrument is the run of
    capitalised words (joined by "of", "on", "the", "and", brackets) right before ",
    under which"; it opens on no date ("signed on 8 February 2016, under which"). The
    lead-in before it (two words at least: the parser often tags its verb a noun, "The
    scheme copies") names nothing (no place, body, law, person or date: "Westmarch Police
    follows the Act, under which ..." says whose practice it is, and stays). What follows
    "which" has its own subject and finite verb. The offset where that clause starts, and
    the lead in front, or None."""
    under = next((t for t in parsed if t.lower_ == "under" and t.i + 2 < len(parsed)
                  and parsed[t.i + 1].lower_ == "which" and t.i >= 3
                  and parsed[t.i - 1].text == ","), None)
    if under is None:
        return None
    first = under.i - 1
    while first > 0 and (parsed[first - 1].text[:1].isupper() or parsed[first - 1].like_num
                         or parsed[first - 1].lower_ in _NAME_JOINS):
        first -= 1
    while first < under.i - 1 and not parsed[first].text[:1].isupper():
        first += 1  # the run starts on a capitalised word ("the" is put back below)
    named = parsed[first : under.i - 1]
    if len(named) < 2 or named[0].ent_type_ == "DATE" or not any(
            t.pos_ == "PROPN" for t in named):
        return None
    lead = parsed[:first]
    if first > 0 and parsed[first - 1].lower_ == "the":
        lead = parsed[: first - 1]
    if len(lead) < 2 or any(
            t.ent_type_ in _LEAD_NAMES or t.pos_ == "PROPN" for t in lead):
        return None
    rest = parsed[under.i + 2 :]
    if not any(t.dep_ in _SUBJECTS and t.head.i > under.i and finite_verb(t.head)
               for t in rest):
        return None
    article = "the " if first > 0 and parsed[first - 1].lower_ == "the" else ""
    return int(rest[0].idx), f"Under {article}{named.text}, "


_LAW_NAME = re.compile(r"the\s+[A-Z][\w'-]*(?:\s+(?:\(?[A-Z][\w'-]*\)?|of|and|for|on|by|"
                       r"the|against|\(|\)))*\s+(?:Act|Law|Code|Ordinance|Decree|Statute|"
                       r"Regulations)\b")
"""A law named with "the" ("the Passports ... (Overseas Travel by Child Sex Offenders) Act")."""


_BARE = frozenset({"yet", "but", "and", "also", "thus", "hence"})
"""Connectives a sentence opens with and no comma follows ("Yet the belief ... persists",
"But the unit must ..."): the same link to the sentence before."""


def connective_end(parsed: Any) -> int | None:
    """The offset (in the sentence) of the first word after an opening connective and its
    comma, or None when the sentence opens with none."""
    bare = _bare_end(parsed)
    if bare is not None:
        return bare
    comma = next((t for t in parsed if t.text == ","), None)
    if comma is None or comma.i == 0 or comma.i + 1 >= len(parsed):
        return None
    words = parsed[: comma.i]
    opening = " ".join(t.lower_ for t in words)
    if opening not in CONNECTIVES and not (opening in SINCE_THEN and _standing(parsed)) and (
            not (opening in RELATIVE_TIME and _dated(parsed, comma.i))) and (
            not OWN_PART.match(parsed.text[: comma.idx])) and (
            not (opening in SCOPES and _named_subject(parsed, comma.i))):
        return None
    heads = [t for t in words if t.head.i >= comma.i or t.head.i == t.i]
    if len(heads) != 1 or heads[0].dep_ not in _HANGING:
        return None
    root = heads[0].head
    if not any(c.dep_ in _SUBJECTS and c.i > comma.i for c in root.children):
        return None
    if parsed[comma.i + 1].tag_ == "PRP":
        return None  # "First, it places a duty ...": the pronoun points back whatever opens
        # it, and ``referents`` names "First, it" whole as what the text counts
    return int(parsed[comma.i + 1].idx)


OWN_PART = re.compile(
    r"(?i)(?:as\s+(?:set\s+out|described|explained|noted|shown|discussed|stated|provided|"
    r"defined|specified|outlined|detailed|required)\s+(?:in|by|at)|under|in\s+line\s+with|"
    r"in\s+accordance\s+with|pursuant\s+to|see|following)\s+(?:paragraphs?|paras?\.?|"
    r"part|chapter|annex|appendix|table|figure|box|page)\s+[\w.()-]{1,8}"
    r"(?:\s+(?:above|below))?$")
"""An opening that points into a part of the document by its number ("As set out in
paragraph 4.3,", "Under paragraph 12,", "See Annex B,"): where the text says it, no part
of the claim (blind review 40, a1: E, drop "as set out in Part F"). A provision of a law
("Under section 5,", "Article 7 requires") is not one: ``citations.py`` names its law."""
SINCE_THEN = frozenset({"since then", "from then on", "ever since", "since that time",
                        "from that time on", "from then onwards", "from that point on"})
"""Time phrases that count from a moment the sentence before gives: a standing rule after
one (``_standing``) holds now, whenever it began, and the phrase goes; a past or perfect
clause after one ("Since then, the unit has received 3,000 referrals") is bounded by it,
and keeps it (``stemcheck`` judges it as pointing back)."""


RELATIVE_TIME = frozenset({"more recently", "most recently", "later", "subsequently",
                           "afterwards", "since", "thereafter", "later on"})
"""Time phrases that place the sentence after the one before it ("More recently, the UN
Convention against Cybercrime, adopted on 24 December 2024, ..."): with a year of its own in
the clause, the sentence says when, and the phrase only points back (blind review 30, a4: E,
drop "More recently,"); with none, it is the sentence's only time and stays."""
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _dated(parsed: Any, comma: int) -> bool:
    """A year the parse reads as a date stands after the opening's comma."""
    return any(t.ent_type_ == "DATE" and _YEAR.match(t.text) for t in parsed[comma + 1 :])


def _standing(parsed: Any) -> bool:
    """The main clause states what holds now: its verb in the simple present or with a
    modal ("must", "shall"), never a past or perfect tense."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxes):
        return False
    return bool(root.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("MD", "VBZ", "VBP") for a in auxes))


SCOPES = frozenset({"nationally", "locally", "internationally", "globally", "regionally",
                    "domestically", "elsewhere"})
"""Adverbs that set the sentence's scope against the one before ("Nationally, the FBI
reported ...", after a force's own figures): in front of a named body as subject, the body
says whose figure or rule it is, and the adverb only contrasts it with the text before
(blind review 30, b2: E, drop "Nationally,"); in front of a common noun ("Globally, one
child in five ...") it is the claim's only scope, and stays."""
_BODIES = frozenset({"ORG", "GPE", "NORP"})


def _named_subject(parsed: Any, comma: int) -> bool:
    """The main verb's subject after ``comma`` is a named body: a proper noun, or a word
    of an organisation's or a place's name."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    return any(c.dep_ in _SUBJECTS and c.i > comma and (c.pos_ == "PROPN" or c.ent_type_ in _BODIES)
               for c in root.children)


POINTING = frozenset({"many", "most", "some", "none", "both", "all", "several", "few", "each",
                      "they", "it", "these", "those", "this", "such", "others"})
"""Subjects that stand for a noun of an earlier sentence ("Many originate from online
platforms:" - many referrals): a pronoun, or a quantifier or determiner with no noun."""


def pointing_lead_end(parsed: Any) -> int | None:
    """The offset (in the sentence) of the first word after a lead-in clause that points
    back, when the sentence goes on after its colon or semicolon with a clause of its own:
    "Many originate from online platforms: platforms based in the United States are
    required ..." -> "Platforms based in the United States are required ...". The lead-in's
    subject is one word of ``POINTING`` with nothing hanging on it; what follows has a
    verb and that verb's subject, and the lead-in is a whole clause (it does not end on
    its verb, as "Some argue:" does). A lead-in with a subject of its own ("The Act sets
    two limits: ...") is no pointer, and stays, unless it only links (``_linked_lead``:
    "Research also warns against overstating risk: ...")."""
    mark = next((t for t in parsed if t.text in (":", ";")), None)
    if mark is None or mark.i < 2 or mark.i + 2 >= len(parsed):
        return None
    lead = parsed[: mark.i]
    if parsed[mark.i - 1].pos_ in ("VERB", "AUX", "ADP", "DET", "SCONJ", "CCONJ"):
        return None  # "Some argue: ...", "These include: ...": what follows is the
        # lead-in's own object, said or listed by whoever it points to
    subjects = [t for t in lead if t.dep_ in _SUBJECTS and t.head.i < mark.i]
    if len(subjects) != 1 or not (
            (subjects[0].lower_ in POINTING and not list(subjects[0].children))
            or _linked_lead(lead, subjects[0])):
        return None
    rest = parsed[mark.i + 1 :]
    if not any(t.dep_ in _SUBJECTS and t.head.i > mark.i and t.head.pos_ in ("VERB", "AUX")
               for t in rest):
        return None
    return int(parsed[mark.i + 1].idx)


_ADDING = frozenset({"also", "too", "likewise", "similarly", "again"})
"""Adverbs by which a clause adds to what the sentence before said ("Research also warns
..."): the clause is a link, not a claim of its own."""
_POINTING_DETS = frozenset({"this", "these", "those", "such"})
_NAMING = frozenset({"GPE", "LOC", "ORG", "LAW", "NORP", "DATE", "PERSON", "FAC"})


def _linked_lead(lead: Any, subject: Any) -> bool:
    """A lead-in clause with a subject of its own that still only links to the text before:
    its verb carries "also" ("Research also warns against overstating risk: a meta-analysis
    ... found ...") or its subject a demonstrative ("These figures need care: ..."). It
    names nothing the claim after the colon leans on: no place, body, law, person or date
    (a lead "The Act also creates an offence:" says whose the offence is, and stays)."""
    if any(t.ent_type_ in _NAMING or t.pos_ == "PROPN" for t in lead):
        return False
    if any(t.dep_ in ("advcl", "mark") for t in lead):
        return False  # "Where a child may have been taken abroad, speed also matters
        # ...:": the lead sets the case the claim after the colon holds in
    verb = subject.head
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis") or not finite_verb(verb):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _ADDING for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ in _POINTING_DETS for c in subject.children)


def _bare_end(parsed: Any) -> int | None:
    """The offset of the word after a connective of ``_BARE`` that opens the sentence with
    no comma, hangs on the main verb (a finite one) and is followed by that verb's subject
    (no pronoun: "But it ..." points back whatever opens it); never a word in capitals, the
    formula of an order's recitals ("AND UPON the Court being informed ...")."""
    if len(parsed) < 3:
        return None
    first, after = parsed[0], parsed[1]
    if first.lower_ not in _BARE or first.dep_ not in ("cc", "advmod") or after.text == ",":
        return None
    if first.text.isupper():
        return None  # "AND UPON the Court being informed ...": an order's recital formula
    root = first.head
    if root.dep_ != "ROOT" or after.tag_ == "PRP" or not finite_verb(root):
        return None
    if not any(c.dep_ in _SUBJECTS and c.i > 0 for c in root.children):
        return None
    return int(after.idx)

