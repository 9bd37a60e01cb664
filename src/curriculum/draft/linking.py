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


def unlinked(stem: Stem, parsed: Any, start: int, core: tuple[int, int]) -> Stem:
    """``stem`` without the connective that opens it (module docstring), when its first
    piece starts the sentence (file offset ``start``, parse ``parsed``) and the answer
    (``core``) lies after the connective; else ``stem`` as it was."""
    if parsed is None or not stem.pieces or stem.pieces[0][0] != start or stem.prefix:
        return stem
    after = connective_end(parsed)
    if after is None:
        after = pointing_lead_end(parsed)
    if after is None or start + after > core[0]:
        return stem
    first = (start + after, stem.pieces[0][1])
    if first[0] >= first[1]:
        return stem
    rule = f"{stem.rule}, {RULE}" if stem.rule else RULE
    return Stem((first, *stem.pieces[1:]), rule, joints=stem.joints)


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
            not OWN_PART.match(parsed.text[: comma.idx])):
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
    two limits: ...") is no pointer, and stays."""
    mark = next((t for t in parsed if t.text in (":", ";")), None)
    if mark is None or mark.i < 2 or mark.i + 2 >= len(parsed):
        return None
    lead = parsed[: mark.i]
    if parsed[mark.i - 1].pos_ in ("VERB", "AUX", "ADP", "DET", "SCONJ", "CCONJ"):
        return None  # "Some argue: ...", "These include: ...": what follows is the
        # lead-in's own object, said or listed by whoever it points to
    subjects = [t for t in lead if t.dep_ in _SUBJECTS and t.head.i < mark.i]
    if len(subjects) != 1 or subjects[0].lower_ not in POINTING or list(subjects[0].children):
        return None
    rest = parsed[mark.i + 1 :]
    if not any(t.dep_ in _SUBJECTS and t.head.i > mark.i and t.head.pos_ in ("VERB", "AUX")
               for t in rest):
        return None
    return int(parsed[mark.i + 1].idx)


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

