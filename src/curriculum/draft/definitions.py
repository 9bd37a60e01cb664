"""Definitions: "X is a Y that ...", "X means Y", "X is defined as Y", "X refers to Y".

What an officer needs most often is the name of a thing given what it is. A sentence
that *defines* a term becomes a single-choice question: the stem is the sentence with the
term blanked ("____ is abuse of a child that is transmitted in real time ..."), and the
options are the term and three other terms of the same kind.

A sentence defines a term, read from its parse, when:

- its main verb is "be" with a noun complement (``attr``) that has a restrictive modifier
  (a relative clause, a participle, a prepositional phrase): a genus and a difference,
  "a warning about a person's criminal activities", not just "a serious offence"; or its
  main verb is "mean", "refer to" or a passive "define as";
- its subject is a term: a noun phrase with no demonstrative, pronoun, possessive or
  "the" (a definite subject names one thing: "The forum was ..."), of one to six words,
  not a number; and the complement is not definite either ("X is the largest ...");
- there is no negation.

Distractors must be terms of the same kind, or there is no question (the candidate is
kept for the audit with that reason; two are enough): first the terms other sentences
of the same document define (same capitalisation: a proper term among proper terms), the
document's other names of a two-word proper term's shape ("Red Notice" for "Yellow
Notice"), then the
field's preferred terms (``data/terminology.yaml``, the content brief's vocabulary) when
the answer is one of that vocabulary's kind (its head noun, or the definition's genus, is
the head noun of one of them). A distractor with the answer's head noun, one that holds
or is held in the answer, or one the sentence itself names, is never offered: it could
be true as well. Nor is one of another kind than the answer: a person among acts or
things, an offender among children or victims (``_role``: "____ are children who ..."
with offender labels as options rules them out from the stem's own noun), or a singular
term for a plural one ("____ are ..." with "Green Notice" among them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import Stem, md_escape, render
from curriculum.draft.questions import MAX_STEM_WORDS, DraftQuestion, seed_of
from curriculum.draft.sentences import Sentence

RULE = "definition"
DISTRACTORS = 3
MIN_DISTRACTORS = 2
"""Three options are enough when a document names no more terms of the kind (Haladyna,
Downing and Rodriguez 2002: three options are usually adequate)."""
MAX_TERM_WORDS = 6
MAX_VOCABULARY_WORDS = 8
_DEFINING_VERBS = frozenset({"mean", "refer", "define"})
_MODIFIERS = frozenset({"relcl", "acl", "prep"})
_FUNCTION_CAPITALS = frozenset({"A", "An", "The", "This", "That", "Each", "Every", "No", "Any"})
_BAD_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "such", "its", "their"})

Span = tuple[int, int]


@dataclass(frozen=True)
class Definition:
    """A term defined by a sentence: the term's file offsets and words, and the genus."""

    sentence: Sentence
    span: Span
    blank: Span
    """The term with its article ("A Green Notice"): an "a" or "an" left in the stem
    would rule out the options that need the other one."""
    term: str
    head: str
    genus: str
    proper: bool
    plural: bool = False
    """The term is a plural noun ("Unaccompanied minors are ..."): its options must be too,
    or the stem's "are" rules the singular ones out."""


def definition_rules(analysis: Analysis) -> list[DraftQuestion]:
    """A question per sentence that defines a term (see the module docstring)."""
    found = [d for s in analysis.kept() if (d := find_definition(analysis, s)) is not None]
    out = []
    for definition in found:
        question = _question(analysis, definition, found)
        if question is not None:
            out.append(question.finish())
    return out


def find_definition(analysis: Analysis, sentence: Sentence) -> Definition | None:
    """The term a sentence defines, by its parse, or None."""
    parsed = sentence.parsed
    if parsed is None or not analysis.is_statement(sentence) or sentence.in_quote:
        return None
    found = _defining_verb(parsed)
    if found is None:
        return None
    root, subject = found
    if any(t.dep_ == "neg" for t in root.children):
        return None
    genus = _genus(root)
    if genus is None:
        return None
    words = _term_tokens(subject)
    if words is None:
        return None
    first, last = words[0], words[-1]
    span = (sentence.start + first.idx, sentence.start + last.idx + len(last.text))
    article = subject.left_edge
    blank = (sentence.start + article.idx, span[1])
    term = analysis.doc.display(*span)
    proper = all(w.text[:1].isupper() for w in words if w.is_alpha and len(w.text) > 3)
    if first.i == 0 and not proper:
        proper = False
    return Definition(sentence, span, blank, term, subject.lemma_.lower(), genus, proper,
                      _plural(root, subject))


def _defining_verb(parsed: Any) -> tuple[Any, Any] | None:
    """The first "be"/"mean"/"refer"/"define" whose subject opens the sentence (the parser
    may hang "A is B; it is not C" on its second clause), and that subject."""
    for token in parsed:
        if token.lemma_.lower() not in _DEFINING_VERBS | {"be"} or token.pos_ not in (
            "AUX", "VERB"
        ):
            continue
        if token.lemma_.lower() == "be" and token.tag_ not in ("VBZ", "VBP"):
            continue  # "X was a Y": a past fact about one thing, not a definition
        if token.lemma_.lower() == "refer" and not _refers_to(token):
            continue  # "X must be referred to the Service": a duty, not what X means
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.left_edge.i == 0:
            if subject.pos_ in ("NOUN", "PROPN"):
                return token, subject
            return None
    return None


def _plural(verb: Any, subject: Any) -> bool:
    """The term is plural as the stem shows it: its verb agrees ("are", "refer"), else its
    noun's form ("Figures may mean ..."); a term in capitals ("CSAM means") is singular."""
    if verb.tag_ in ("VBP", "VBZ"):
        return bool(verb.tag_ == "VBP")
    return bool(subject.tag_ in ("NNS", "NNPS"))


def _refers_to(verb: Any) -> bool:
    """ "X refers to Y" (a term's meaning), never "X must be referred to Y" (where X goes)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _genus(root: Any) -> str | None:
    """The head noun of what the term is said to be ("warning"), or "" for "means"."""
    lemma = root.lemma_.lower()
    if lemma == "be":
        attr = next((t for t in root.children if t.dep_ == "attr"), None)
        if attr is None or attr.pos_ != "NOUN":
            return None
        if any(c.dep_ == "det" and c.lower_ in _BAD_DETERMINERS for c in attr.children):
            return None  # "X is the largest ...": identifies, does not define
        if not any(c.dep_ in _MODIFIERS for c in attr.children):
            return None  # "X is a serious offence": no difference, no definition
        return _kind_of(attr)
    if lemma not in _DEFINING_VERBS:
        return None
    if lemma == "refer" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
        return None
    if lemma == "define" and not (
        any(c.dep_ == "nsubjpass" for c in root.children)
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.children)
    ):
        return None
    return ""


_KIND_NOUNS = frozenset({"form", "type", "kind", "category", "sort", "variety"})


def _kind_of(attr: Any) -> str:
    """The genus: "a warning" -> "warning"; "a form of child sexual abuse" -> "abuse"."""
    if attr.lemma_.lower() in _KIND_NOUNS:
        for prep in attr.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None:
                    return str(noun.lemma_.lower())
    return str(attr.lemma_.lower())


def _term_tokens(subject: Any) -> list[Any] | None:
    """The subject's words without a leading "a"/"an"; None when it is not a term."""
    words = list(subject.subtree)
    if any(t.pos_ in ("PRON", "NUM") or t.dep_ in ("poss", "relcl", "acl") for t in words):
        return None
    if any(t.dep_ == "det" and t.lower_ not in ("a", "an") for t in words):
        return None  # "the", "this", "some", "every": one thing or some, not a kind
    while words and words[0].dep_ == "det":
        words = words[1:]
    if not words or len(words) > MAX_TERM_WORDS or any(t.is_punct for t in words):
        return None
    if words[0].ent_type_ in ("PERSON", "GPE", "DATE", "CARDINAL"):
        return None
    return words


def _question(
    analysis: Analysis, definition: Definition, found: list[Definition]
) -> DraftQuestion | None:
    doc = analysis.doc
    sentence = definition.sentence
    stem = Stem(((sentence.start, _clause_end(analysis, definition)),), "definition")
    prompt = render(doc, stem, blank=definition.blank, escape=md_escape)
    if len(prompt.split()) > MAX_STEM_WORDS:
        return None
    question = DraftQuestion(
        RULE, "single_choice", prompt, analysis, sentence,
        doc.quote_span(sentence.start, sentence.end, definition.span), definition.span,
        stem_rule=stem.rule,
    )
    question.pieces = stem.pieces
    question.theme_text = doc.display(sentence.start, sentence.end)
    wrong = distractors(definition, found, doc.display(sentence.start, sentence.end),
                        same_head_names(analysis, definition))
    answer = _capital(definition.term)
    seed = seed_of(RULE, prompt, answer)
    if len(wrong) < MIN_DISTRACTORS:
        # kept for the audit: a definition worth asking, but no options of its kind
        question.options = [(answer, True), *((w, False) for w in wrong)]
    else:
        picked = sorted(wrong, key=lambda w: seed_of(str(seed), w))[:DISTRACTORS]
        options = sorted([answer, *picked], key=lambda w: seed_of(str(seed), "order", w))
        question.options = [(o, o == answer) for o in options]
    question.explanation = (
        f'The source says: "{md_escape(doc.display(sentence.start, sentence.end))}"'
    )
    return question


def _clause_end(analysis: Analysis, definition: Definition) -> int:
    """The sentence, or its first clause when a ";" follows the definition."""
    sentence = definition.sentence
    cut = analysis.doc.text.find(";", definition.span[1], sentence.end)
    return sentence.end if cut < 0 else cut


def same_head_names(analysis: Analysis, definition: Definition) -> list[str]:
    """For a two-word proper term ("Yellow Notice"), the document's other names of that
    shape with the same last word ("Red Notice", "Green Notices" as "Green Notice")."""
    words = definition.term.split()
    if not definition.proper or len(words) != 2:
        return []
    cached = analysis.head_names.get(words[1])
    if cached is None:
        pattern = re.compile(r"\b([A-Z][a-z]+) (" + re.escape(words[1]) + r")s?\b")
        names = [f"{m.group(1)} {m.group(2)}" for m in pattern.finditer(analysis.doc.text)
                 if m.group(1) not in _FUNCTION_CAPITALS]
        cached = analysis.head_names[words[1]] = list(dict.fromkeys(names))
    return list(cached)


def distractors(
    definition: Definition, found: list[Definition], sentence: str, names: Sequence[str] = ()
) -> list[str]:
    """Other terms of the same kind (see the module docstring), in a stable order."""
    pool = [(d.term, d.head, False, _role(d.head, d.genus)) for d in found
            if d is not definition and d.proper == definition.proper
            and d.plural == definition.plural]
    role = _role(definition.head, definition.genus)
    pool += [(n, definition.head, False, role) for n in names]
    if not definition.proper and not definition.plural and _vocabulary_kind(definition):
        pool += [(t, h, True, _role(h)) for t, h in vocabulary()]  # singular wordings
    answer = definition.term.casefold()
    out: list[str] = []
    seen = {answer}
    for term, head, general, kind in pool:
        folded = term.casefold()
        if folded in seen or folded in answer or answer in folded:
            continue
        if folded in sentence.casefold() or kind != role:
            continue  # named by the sentence, or of another kind (``_role``)
        if general and head in (definition.head, definition.genus):
            continue  # "sexual abuse of a child" for a kind of abuse: may be true as well
        seen.add(folded)
        out.append(_capital(term))
    return out


_PERSONS = frozenset({"person", "child", "adult", "minor", "victim", "people"})
_YOUNG = frozenset({"child", "minor", "victim", "survivor", "girl", "boy", "juvenile", "youth",
                    "adolescent", "infant", "baby", "teenager", "pupil"})
"""Nouns of the people harmed or protected: a child, a minor, a victim."""
_AGENTS = frozenset({"offender", "perpetrator", "abuser", "individual", "suspect", "persons"})
"""A genus that names a person (an agent suffix alone would take "an order that ..." for
one)."""


def _person(head: str) -> bool:
    """A noun naming a person: an agent noun ("offender", "abuser") or a person word."""
    return head in _PERSONS or head.endswith(("er", "or", "ist", "ant"))


def _role(head: str, genus: str = "") -> str:
    """The kind of a term for its options: "young" for a child or a victim (by its head
    noun, or by the genus of its definition: "minors are children who ..."), "person" for
    any other person (an offender, a guardian), "" for an act or a thing. A learner rules
    out an offender label for a blank that "are children who ..." defines, and a child
    for one that "are people convicted of ..." does (blind review 26)."""
    if head in _YOUNG or genus in _YOUNG:
        return "young"
    if _person(head) or genus in _PERSONS or genus in _AGENTS:
        return "person"
    return ""


def _vocabulary_kind(definition: Definition) -> bool:
    heads = {h for _, h in vocabulary()}
    return definition.head in heads or definition.genus in heads


@lru_cache(maxsize=1)
def vocabulary() -> tuple[tuple[str, str], ...]:
    """The field's preferred terms (content brief section 5), with their head nouns.

    From ``use`` of each terminology rule: each ";"-separated wording, without a bracketed
    abbreviation, quotation marks or a wording that is a clause ("most abusers are ...").
    The head is the last noun before "of"/"in" ("sexual exploitation of children ..." ->
    "exploitation"), lowercased and without a plural "s".
    """
    data = yaml.safe_load(
        resources.files("curriculum").joinpath("data/terminology.yaml").read_text("utf-8")
    )
    out: list[tuple[str, str]] = []
    for rule in data.get("rules", []):
        for wording in str(rule.get("use", "")).split(";"):
            wording = re.sub(r"\s*\([^)]*\)", "", wording).strip()
            if not wording or any(c in wording for c in "\"',") or re.search(
                r"\b(?:is|are|was|were|has|have|who|which)\b", wording
            ):
                continue
            words = wording.split()
            if len(words) > MAX_VOCABULARY_WORDS or len(words) < 2:
                continue
            out.append((wording, _head_of(words)))
    return tuple(dict.fromkeys(out))


def _head_of(words: list[str]) -> str:
    before: list[str] = []
    for word in words:
        if word.lower() in ("of", "in", "for", "and", "or", "to", "with") or (
            before and word.endswith("ed")
        ):
            break  # a preposition, a conjunction or a participle ends the head noun phrase
        before.append(word)
    head = (before or words)[-1].lower()
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


__all__ = ["Definition", "definition_rules", "distractors", "find_definition", "vocabulary"]
