"""A fronted phrase that swallowed the subject: parse the rest again, and graft it back.

The small English pipeline reads a sentence that opens with a prepositional phrase
holding a noun list, a participle or a date ("In a meta-analysis of nine samples, Seto,
Hanson and Babchishin (2011) reported that ...", "In the year ending 31 March 2025 police
forces recorded ...", "For people convicted of sexual offences in general, Hanson and
Bussiere (1998) found ...") as if the subject belonged to the phrase: the names become
conjuncts of "samples", "police forces" the object of "ending", and the main verb is left
with no subject. Every rule after it then judges a whole sentence a fragment ("no subject
with a finite verb").

The same words without the fronted phrase parse as a sentence. So when a sentence's main
verb is finite and has no subject, and a phrase runs from its first word up to the verb,
the words after each comma (or after a date) inside that phrase are parsed on their own;
the first such rest whose main verb is the same word and has a subject that opens the
rest is taken: its dependencies replace the full parse's over the rest, and the fronted
phrase keeps its own, hanging on the main verb as before. A rest whose verb has no subject
("In an emergency, call 999": an instruction), or whose subject does not start where the
phrase ends, changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Doc = Any
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def repair(docs: list[Doc], parse: Callable[[Sequence[str]], list[Doc]]) -> list[Doc]:
    """``docs`` with every fronted phrase that swallowed its sentence's subject repaired (in
    place); ``parse`` parses the rests, all in one batch."""
    tries = [(n, cut) for n, doc in enumerate(docs) for cut in cuts(doc)]
    if not tries:
        return docs
    rests = parse([docs[n].text[docs[n][cut].idx :] for n, cut in tries])
    done: set[int] = set()
    for (n, cut), rest in zip(tries, rests, strict=True):
        if n not in done and graft(docs[n], cut, rest):
            done.add(n)
    return docs


def cuts(doc: Doc) -> list[int]:
    """Where the rest may start, left to right: after a comma or a date inside the phrase
    that runs from the first word to a main verb with no subject; [] when the sentence has
    its subject."""
    root = _subjectless_root(doc)
    if root is None:
        return []
    fronted = [c for c in root.lefts if c.left_edge.i == 0 and not c.is_punct]
    if not fronted:
        return []
    out = []
    for i in range(1, root.i):
        before, token = doc[i - 1], doc[i]
        if token.is_punct or token.is_space:
            continue
        date_end = before.ent_type_ == "DATE" and token.ent_type_ != "DATE"
        if before.text == "," or date_end:
            out.append(i)
    return out


def _subjectless_root(doc: Doc) -> Any:
    """The one main verb, when it is finite and has no subject; else None."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.pos_ not in ("VERB", "AUX") or root.i == 0:
        return None
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE, "MD") for c in root.children)
    if not finite or any(c.dep_ in _SUBJECTS for c in root.children):
        return None
    return root


def graft(doc: Doc, cut: int, rest: Doc) -> bool:
    """Put ``rest``'s dependencies on ``doc``'s tokens from ``cut`` on, when ``rest`` is the
    same words, its main verb is ``doc``'s and has a subject that opens ``rest``."""
    from spacy.attrs import DEP, HEAD

    words = [t.text for t in doc[cut:]]
    if [t.text for t in rest] != words:
        return False
    roots = [t for t in rest if t.dep_ == "ROOT"]
    old = _subjectless_root(doc)
    if len(roots) != 1 or old is None or roots[0].i + cut != old.i:
        return False
    subjects = [c for c in roots[0].children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].left_edge.i != 0:
        return False
    heads = [t.head.i for t in doc]
    deps = [t.dep for t in doc]
    for token in rest:
        heads[token.i + cut], deps[token.i + cut] = token.head.i + cut, token.dep
    for token in doc[:cut]:  # a word of the phrase that hung on a word of the rest
        if token.head.i >= cut and token.head.i != old.i:  # ("March" on "forces")
            heads[token.i], deps[token.i] = _phrase_head(token, old.i), doc.vocab.strings[
                "npadvmod" if token.pos_ in ("NOUN", "PROPN", "NUM") else "dep"]
    if not _tree(heads):
        return False
    array = doc.to_array([HEAD, DEP])
    for i, (head, dep) in enumerate(zip(heads, deps, strict=True)):
        array[i, 0], array[i, 1] = (head - i) & 0xFFFFFFFFFFFFFFFF, dep
    doc.from_array([HEAD, DEP], array)
    return True


def _phrase_head(token: Any, root: int) -> int:
    """The nearest word before ``token`` in the phrase that is not its own dependent
    ("ending" for "March" in "the year ending 31 March 2025"), else the main verb."""
    below = {t.i for t in token.subtree}
    for i in range(token.i - 1, -1, -1):
        if i not in below and not token.doc[i].is_punct:
            return i
    return root


def _tree(heads: list[int]) -> bool:
    """One root, and every word reaches it (no cycle)."""
    if sum(1 for i, h in enumerate(heads) if i == h) != 1:
        return False
    for i in range(len(heads)):
        seen = 0
        while heads[i] != i:
            i, seen = heads[i], seen + 1
            if seen > len(heads):
                return False
    return True
