"""A simple past the parser read as a name with a participle after it.

"Lusovia connected to INTERPOL's database in 2021." is a sentence: a subject and a past
tense. The small English model tags "connected" as a participle (VBN) and hangs it on
the name as a modifier (``acl``), as it would in a caption ("Samples collected at the
scene"), so the stem was held back as "no subject with a finite verb" (blind review 14b,
R5). A caption names things, and a past tense tells what one named party did; the parse
tells them apart: the sentence's root is a singular proper name (one state, one body,
one person) with no determiner, and the participle follows it at once, with no agent
("by ...") of a passive and no comma before it (", adopted in 2019" is a participle
phrase). A root VBN with its own subject and no auxiliary is read as a past tense where
the finite-verb test is (``stemcheck._finite``).

``finite_verb`` is the plain test the rules share: the verb, or an auxiliary of it, is
finite.
"""

from __future__ import annotations

from typing import Any


def named_past(doc: Any) -> bool:
    """The sentence is "<Name> <past tense> ..." with the verb misread as a participle."""
    root = doc[:].root
    if root.tag_ != "NNP" or any(c.dep_ == "det" for c in root.children):
        return False
    verb = next((c for c in root.children if c.dep_ == "acl"), None)
    if verb is None or verb.tag_ != "VBN" or verb.i != root.i + 1:
        return False
    return not any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_verb(verb: Any) -> bool:
    """The verb, or an auxiliary of it, is finite ("persists", "must report", "was kept"):
    a clause that can stand as a sentence, not a participle's or a gerund's phrase."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)
