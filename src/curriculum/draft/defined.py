"""A figure that is a definition's boundary: "defines a child as any person below the age
of 18", '"child" means a person under 18 years of age', "A child is a person under 18".

A bound in a claim ("more than 40 countries joined") stays true with a smaller figure,
so a choice of figures cannot be keyed (``scoring._bounded``). In a definition the
figure is where the term stops: "defines a child as any person below the age of 16" is
another, wrong definition, not a weaker true one (blind review 13b: the Directive's age
of a child held back as a threshold).

Read from the parse: the figure lies in what a definition says its term is:

- the "as" phrase of "define" ("Article 2 defines a child as ...", "A child is defined
  as ...");
- the object of a present "means" or "refers to" whose subject is a noun, not a
  pronoun ("This means that ..." is no definition);
- the complement of a present "is"/"are" whose subject is a kind (a bare or indefinite
  noun, no "the", no number or quantifier: "Most victims are girls under 14" is a
  finding) and whose complement is indefinite ("a person", "any person", "anyone").

A negated verb defines nothing.

The parser often hangs the bound on the verb rather than on the phrase it limits ('"A
"child" is anyone under 18', '"minor" means a person under 18': "under" a child of "is"
or "means"), and reads a one-word term in quotation marks as an adjective ("minor"). A
bound hung on the defining verb right after its complement, with nothing between them,
is still the complement's (``_trailing_bound``), and a quoted word is a term whatever its
tag (``_quoted``): the sentence is the same definition either way.
"""

from __future__ import annotations

from typing import Any

_PRESENT = frozenset({"VBZ", "VBP"})
_INDEFINITE = frozenset({"a", "an", "any", "every"})
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
_QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "half", "all", "more",
                          "majority", "minority", "share", "proportion"})


def definition_bound(figure: Any) -> bool:
    """``figure`` (a token) lies in what a definition says its term is."""
    return _defining_verb(figure) is not None


def defined_term(figure: Any) -> Any | None:
    """The term whose boundary ``figure`` is ("child" in "defines a child as any person
    below 18", '"child" means a person under 18', "A child is anyone under 18"), or None
    when the figure bounds no definition: the object of "define", else the subject."""
    verb = _defining_verb(figure)
    if verb is None:
        return None
    deps = ("dobj",) if verb.lemma_.lower() == "define" else ()
    return next((c for dep in (*deps, "nsubj", "nsubjpass")
                 for c in verb.children if c.dep_ == dep), None)


def _defining_verb(figure: Any) -> Any | None:
    """The verb of the definition ``figure`` bounds, or None."""
    for verb in figure.ancestors:  # '"child" means a person who is under 18': the
        if verb.pos_ not in ("VERB", "AUX"):  # relative "is" first, then "means"
            continue
        body = _defining_part(verb)
        if body is not None and any(figure.i == t.i for t in body.subtree):
            return verb
        if body is not None and _trailing_bound(figure, verb, body):
            return verb
    return None


def _trailing_bound(figure: Any, verb: Any, body: Any) -> bool:
    """``figure`` lies in a preposition the parser hung on the defining ``verb`` right
    after its complement ("is anyone | under 18", "means a person | under 18"): the bound
    of the complement, not of the verb."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > body.i
                 and any(t.i == figure.i for t in c.subtree)), None)
    return prep is not None and prep.i == max(t.i for t in body.subtree) + 1


def _defining_part(verb: Any) -> Any | None:
    """The phrase that says what the term is, when ``verb`` defines one; else None."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "define":
        return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if verb.tag_ not in _PRESENT or not _term_subject(verb, lemma == "be"):
        return None
    if lemma == "mean":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "refer":
        return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if lemma == "be":
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        return attr if attr is not None and _indefinite(attr) else None
    return None


def _term_subject(verb: Any, kind_only: bool) -> bool:
    """The subject is a noun (a term); for "is", a kind: bare or indefinite, unquantified."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.pos_ not in ("NOUN", "PROPN") and not _quoted(subject)):
        return False
    if not kind_only:
        return True
    if subject.pos_ == "PROPN" or subject.ent_type_:
        return False
    words = list(subject.subtree)
    return not any(t.like_num or t.lower_ in _QUANTIFIERS for t in words) and all(
        t.lower_ in _INDEFINITE for t in words if t.dep_ in ("det", "poss"))


def _quoted(word: Any) -> bool:
    """A word written between quotation marks ('"minor" means ...'): a term the sentence
    names, though the parser tags it an adjective."""
    doc = word.doc
    return (0 < word.i < len(doc) - 1 and doc[word.i - 1].text in _OPEN_QUOTES
            and doc[word.i + 1].text in _CLOSE_QUOTES)


_OPEN_QUOTES = frozenset({'"', "'", "\u201c", "\u2018"})
_CLOSE_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})


def _indefinite(attr: Any) -> bool:
    """ "a person", "any person", "anyone": a class, not one thing."""
    if attr.lower_ in _ANYONE:
        return True
    if attr.pos_ != "NOUN":
        return False
    dets = [c for c in attr.children if c.dep_ in ("det", "poss")]
    return bool(dets) and all(d.lower_ in _INDEFINITE for d in dets)
