"""Whose staff: "All staff who view ... have an assessment" of a unit's own text.

A unit's own arrangements speak of its people generically: "All staff who view child
sexual abuse material have a mandatory psychological assessment every 6 months", "Officers
may view material for no more than 4 hours in a shift". Lifted out of the document, the
stem reads as every force's rule; a trainer writes whose staff ("All NCCA staff who view
..."). When the document says who wrote it (``author.author_of``: a self-naming sentence,
its maker, the metadata's publisher, the body its title leads with), the workforce noun
that is the subject of a present-tense or modal sentence carries that body's name, by
the acronym the document gives it ("National Child Crime Agency (NCCA)") or else its
name: "All NCCA staff who ...", "Halsted Constabulary officers may ...".

Only a workforce noun ("staff", "officers", "employees", "personnel") that is generic
(``whose.generic``: no name, possessive or number of its own) and not pointed at ("the
officer", "these staff": someone the text has in view, such as the officer who makes a
request to a platform), in a stem that names no
place, body or law and whose key is not in the subject, and only in a text that is the
author's own: it says it wrote it, or speaks as the author somewhere ("we", "our"). A
body's guidance to others ("All staff who view ... should be assessed") is about their
staff. Nothing else is guessed: no author, several authors, or an interview's
standfirst, and the stem stays as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curriculum.draft.author import Author, author_of
from curriculum.draft.clauses import md_escape
from curriculum.draft.jurisdiction import unplaced
from curriculum.draft.stemcheck import StemView
from curriculum.draft.whose import generic

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion

WORKFORCE = frozenset({"staff", "officer", "employee", "personnel", "workforce"})
"""Nouns for a body's own people: whose they are is the body's."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_POINTING = frozenset({"the", "this", "that", "these", "those"})
"""Determiners of one person or group the text has in view, not a body's workforce."""


def name_staff(q: DraftQuestion) -> None:
    """ "All staff who ..." -> "All NCCA staff who ..." (the module docstring); the stem
    is left as it is when the rule does not hold."""
    from curriculum.draft.statements import modal_rule, present_tense  # statements ->
    # value -> questions -> here

    parsed = q.sentence.parsed
    if parsed is None or q.speaker or q.named or q.sentence.kind not in ("para", "bullet"):
        return
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lemma_.lower() not in WORKFORCE or not generic(subject):
        return
    if any(c.dep_ == "det" and c.lower_ in _POINTING for c in subject.children):
        return  # "The officer must send ...": the one the text is about (who makes the
        # request, who is on duty), not the author's staff as a body
    if not (present_tense(root) or modal_rule(root)):
        return
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    tokens = view.tokens()
    if not view.inside(subject) or not unplaced(tokens):
        return
    if {t.i for t in view.span_tokens(q.key)} & {t.i for t in subject.subtree}:
        return  # the key is the subject: naming its body changes what is asked
    author = author_of(q.analysis)
    if author is None or author.plural or author.where == "the interview's standfirst":
        return
    if not author.stated and not speaks_as_itself(q.analysis):
        return  # a body's guidance to others ("All staff who view ... should"): their
        # staff, not its own
    shown = short_name(q.analysis.doc.text, author)
    if re.search(rf"(?<![\w-]){re.escape(shown)}(?![\w-])", q.prompt):
        return
    word = re.compile(rf"(?<![\w'-]){re.escape(subject.text)}(?![\w'-])", re.I)
    found = list(word.finditer(q.prompt))
    if len(found) != 1:
        return  # the noun twice: which one is the subject is not sure
    at = found[0]
    text = at.group(0)
    named = f"{md_escape(shown)} {text.lower() if at.start() == 0 else text}"
    q.prompt = q.prompt[: at.start()] + named + q.prompt[at.end():]
    q.speaker = author.name
    q.stem_rule += f', "{text}" named as the author\'s ({author.where})'


def speaks_as_itself(analysis: Analysis) -> bool:
    """The document speaks as its author somewhere ("we", "our staff"): its rules are the
    author's own arrangements, not guidance for other bodies' staff."""
    found: bool | None = getattr(analysis, "_speaks_as_itself", None)
    if found is None:
        found = any(t.tag_ in ("PRP", "PRP$") and t.lower_ in ("we", "our", "us")
                    for s in analysis.kept() if s.parsed is not None for t in s.parsed)
        analysis._speaks_as_itself = found  # type: ignore[attr-defined]
    return found


def short_name(text: str, author: Author) -> str:
    """The acronym the document gives the author's name ("NCCA" of "National Child Crime
    Agency (NCCA)"), else the name as the text uses it."""
    found = re.search(rf"{re.escape(author.name)}\s*\((?:the\s+)?([A-Z][A-Z&]{{1,9}})\)", text)
    return found.group(1) if found else author.name
