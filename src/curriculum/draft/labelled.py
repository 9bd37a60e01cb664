"""Glossary entries worth asking: what a description says, and what kind its term is.

A glossary says what its terms *are*: each description is a phrase naming a kind and how
it differs ("Hash value: a short code computed from a file, which changes if ..."). A list
of "Label: text" lines has the same shape when its labels head the parts of one thing (a
proposal's elements, a plan's provisions: "Trigger: the provider detects ... content",
"No tipping off: providers must not inform the user ...", "Time limit: report to the
agency within 24 hours"). There the text is a clause about the label (a subject with a
finite verb) or an instruction (a bare verb), not a definition, and "Which term is
defined as 'providers must not inform the user ...'?" only asks the learner to match a
paragraph to its heading: blind review 17a dropped such entries of a regulatory impact
assessment ("Preservation", "Sanctions") as labels that paraphrase their text.

Read from the parse of each description, whatever the document's kind:

- an entry whose description is a clause, an instruction or a name ("The Board: the
  Northern District Safeguarding Board", the document's own short name for one body) is
  held, with that reason;
- when at least half the entries of a list are, the list is a labelled list, not a
  glossary, and every entry of it is held (the few phrases among them, "Preservation:
  data relating to the report retained for 12 months", are labels of the same list).

The options of an entry are terms of the same kind as its own (``kinds``: a person, a
state, a thing): a person's description ("the person who ...", "someone who ...") among
descriptions of things would tell the answer by its "who", whatever the terms (blind
reviews dropped glossary questions whose options were of another kind than the key). An
entry with fewer than two other terms of its kind is held (as a definition is: three
options at least).
"""

from __future__ import annotations

from typing import Any

from curriculum.draft import nlp

HOLD_PREFIX = "labelled list: "
"""A glossary question's warning that holds it (``scoring``), the reason after it."""
CLAUSE = ("its text is a clause about the label (a subject with a finite verb: "
          '"{text}"), not what the term is')
INSTRUCTION = 'its text is an instruction ("{text}"), not what the term is'
NAME = ('its text is a name ("{text}"): the term is a short name the document gives one '
        "body or thing, not a term of the trade defined")
LIST = ("{n} of the {total} entries of its list are clauses, instructions or names, not "
        "definitions: the labels head the parts of one thing (a plan's or a proposal's "
        "provisions) or shorten names, not terms a glossary defines")
FEW = "fewer than two other terms of its glossary are of its kind ({kind}) to offer as options"

_FINITE = frozenset({"VBZ", "VBP", "MD"})
"""A present or modal verb: a provision's ("must not inform", "reaches"). A past form
alone is left out: in a fragment the tagger reads many a participle as one ("copies of
the data kept for six months")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_PERSON_WORDS = frozenset({"person", "people", "someone", "somebody", "anyone", "anybody",
                           "individual", "adult", "child", "man", "woman"})
_WHO = frozenset({"who", "whom", "whose"})
_SHOWN = 8
"""Words of a description quoted in a reason."""


def not_defining(descriptions: list[str]) -> list[str]:
    """For each description, why it is no definition ("" when it may be one)."""
    return [_why(doc) for doc in nlp.parse(descriptions)]


def list_reasons(descriptions: list[str], coded: bool = False) -> list[str]:
    """The reason each entry of one list is held ("" for none): its own, or the list's
    when at least half its entries are clauses, instructions or names. A scheme's codes
    ("A: material that ...") are never held here."""
    if coded:
        return ["" for _ in descriptions]
    own = not_defining(descriptions)
    failing = sum(1 for r in own if r)
    if failing and 2 * failing >= len(own):
        whole = LIST.format(n=failing, total=len(own))
        return [f"{r}; {whole}" if r else whole for r in own]
    return own


def _why(doc: Any) -> str:
    words = [t for t in doc if not t.is_punct]
    if not words:
        return ""
    last = words[min(len(words), _SHOWN) - 1]
    shown = doc[words[0].i : last.i + 1].text + (" ..." if len(words) > _SHOWN else "")
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    if root.tag_ == "VB" and root.i == words[0].i:
        return INSTRUCTION.format(text=shown)  # "report to the agency within 24 hours"
    if any(t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT" and _finite(t) for t in doc):
        return CLAUSE.format(text=shown)
    genus = _genus(doc)
    if root.tag_ in ("NNP", "NNPS") and genus is not None and genus.i == root.i and not any(
            c.dep_ == "det" and c.lower_ != "the" for c in root.children):
        return NAME.format(text=shown)  # "the National Child Exploitation Unit of ..."
    return ""


def _finite(subject: Any) -> bool:
    """The subject's verb is finite, follows it at once ("providers must not inform",
    "the provider detects, or is made aware") and is no subordinate clause's: the parser
    may hang a defining phrase on a verb further on ("a tool placed between a disk and a
    computer so that nothing on it can be altered")."""
    verb = subject.head
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "so that nothing ... can be altered": a subordinate clause
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE]
    if verb.tag_ not in _FINITE and not finite:
        return False
    first = min([verb, *finite], key=lambda t: t.i)
    between = subject.doc[subject.right_edge.i + 1 : first.i]
    return first.i > subject.i and all(t.is_punct or t.dep_ in _BETWEEN for t in between)


_BETWEEN = frozenset({"cc", "advmod", "neg", "aux", "auxpass"})


def kinds(terms: list[str], descriptions: list[str]) -> list[str]:
    """The kind of each entry: "person" when its description names one ("the person who
    ...", "someone who ...", "a lawyer who ...") or its term does ("Person who has
    sexually abused a child"); "state" when its description is a participle or adjective
    with no noun before it ("Located alive, and confirmed by the police": what "Found"
    means, a status among things); else "thing" (a thing or an act: "Threatening a
    child ..." is about threatening, not about the child)."""
    parsed = nlp.parse([*terms, *descriptions])
    out = []
    for term, text in zip(parsed[: len(terms)], parsed[len(terms) :], strict=True):
        found = (_kind(term), _kind(text))
        out.append("person" if "person" in found else found[1])
    return out


def _genus(doc: Any) -> Any | None:
    """The noun the description's phrase is about: its root, or else (a fragment the
    parser hung on a verb, "a short code computed from ...") its first noun that heads
    a phrase ("code")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    return next((t for t in doc if t.i < root.i and t.pos_ in ("NOUN", "PROPN", "PRON")
                 and t.dep_ not in ("compound", "poss", "amod", "nmod")), None)


def _kind(doc: Any) -> str:
    genus = _genus(doc)
    if genus is None:
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        return "state" if root is not None and root.tag_ in ("VBN", "JJ") else "thing"
    if genus.lemma_.lower() in _PERSON_WORDS or genus.lower_ in _PERSON_WORDS:
        return "person"
    relatives = [c for c in genus.children if c.dep_ in ("relcl", "acl")]
    if any(t.lower_ in _WHO for r in relatives for t in r.subtree if t.i < r.i):
        return "person"
    return "thing"
