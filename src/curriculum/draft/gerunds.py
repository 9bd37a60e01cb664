"""A gerund clause that opens a sentence as its subject, which the parser read as an adverbial.

Statutes and orders name an offence by what is done: "Acquiring or possessing such
material, or knowingly obtaining access to it, shall be punished by ...". The small
English pipeline often hangs such a long gerund clause, set off by a comma, on the main
verb as an adverbial clause (``advcl``), so the sentence seemed to have no subject: "no
subject with a finite verb", and its penalty was never asked. The clause is the
subject when it opens the sentence (after at most a paragraph number), nothing
introduces it (no "When", "By", "After": those make it an adverbial), and the verb it
hangs on has no subject of its own and is finite by an auxiliary or its own tense, never
an imperative ("Using the form, record ..." stays an instruction).
"""

from __future__ import annotations

from typing import Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def gerund_subject(doc: Any) -> Any:
    """``doc`` with an opening gerund clause relabelled as the clausal subject of its verb
    (``csubjpass`` for a passive verb, else ``csubj``); the same doc, changed in place."""
    first = next((t for t in doc if not (t.is_punct or t.is_space or t.dep_ == "meta")), None)
    if first is None or first.tag_ != "VBG" or first.dep_ != "advcl":
        return doc
    verb = first.head
    if verb.i <= first.i or any(c.dep_ in _SUBJECTS for c in verb.children):
        return doc
    if any(c.dep_ in ("mark", "prep", "advmod") and c.i < first.i for c in first.children):
        return doc
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.tag_ not in _FINITE and not any(a.tag_ in _FINITE for a in auxiliaries):
        return doc
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    first.dep_ = "csubjpass" if passive else "csubj"
    return doc
