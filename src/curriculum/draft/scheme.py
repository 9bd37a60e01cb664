"""Whose scheme: a public scheme's rule, named from the page's title.

A public scheme's page states its rules over a set it never names in the sentence:
"Every tip is read by a member of the Victim Identification Unit within 5 working days",
"Each object stays on the page for up to 12 months". Lifted out of the page, the stem no
longer says whose tips or which objects; a trainer adds the scheme ("In the Trace an
Object appeal, every tip ..."). The page's title names the scheme ("Trace an Object: help
us identify children at risk") and its text calls it by its kind ("the appeal", "How the
appeal works"). So when:

- the title opens with a short proper name (two to six words in title case, letters only,
  before a colon, a bar or a dash) that the text uses again, and
- the text calls one kind of scheme "the <kind>" at least twice ("the appeal", "the
  scheme", "the helpline"),

a present-tense or modal sentence whose subject is a quantified or bare plural noun
("every tip", "each object", "all reports", "reports") and names no body is asked after
"In the Trace an Object appeal, " (a name that opens with its kind, "Project Harbour", is
not named twice: "In Project Harbour, "). Nothing else is guessed: no name in the title, no
kind in the text, a subject that names its own set, or a main verb that only runs in to a
colon ("Regional task forces work: at INTERPOL's 2021 meeting, officers ..."), whose
content after the colon may be anyone's work, and the stem is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion

NOTE = "whose scheme: the title's name"
_KINDS = ("appeal", "scheme", "programme", "program", "campaign", "initiative", "helpline",
          "hotline", "project", "pilot", "portal")
"""Kinds of public scheme; not "service" or "network" (a police service, a body)."""
_KIND = re.compile(r"\bthe (" + "|".join(_KINDS) + r")\b", re.I)
_TITLE_PART = re.compile(r"^\s*(?P<name>[^:|\u2013\u2014]+?)\s*(?::|\||\s[-\u2013\u2014]\s)")
_SMALL = frozenset({"a", "an", "the", "of", "for", "and", "on", "in", "to", "at", "by"})
_QUANTIFIERS = frozenset({"every", "each", "all", "any", "no"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAMED = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC"})


def scheme(analysis: Analysis) -> str:
    """ "the Trace an Object appeal", or "" (see the module docstring)."""
    title = (analysis.doc.meta.title or analysis.cleaned.title or "").lstrip("# ")
    match = _TITLE_PART.match(title)
    if match is None:
        return ""
    name = match.group("name")
    words = name.split()
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper() or any(
            (not w[:1].isupper() and w.lower() not in _SMALL) or not w.isalpha()
            for w in words):
        return ""  # a code ("Procedure BOP-27") names a document, not a scheme
    text = analysis.doc.text
    if text.count(name) < 2:
        return ""
    kinds = Counter(m.group(1).lower() for m in _KIND.finditer(text))
    if not kinds:
        return ""
    kind, seen = kinds.most_common(1)[0]
    if seen < 2:
        return ""
    if words[-1].lower() == kind:
        return f"the {name}"
    if words[0].lower() == kind:
        return name  # "Project Harbour" is named by its kind already: never "the Project
        # Harbour project"
    return f"the {name} {kind}"


def lead(q: DraftQuestion) -> str:
    """ "In the Trace an Object appeal, " for a rule of the scheme over an unnamed set; ""
    otherwise."""
    from curriculum.draft.statements import modal_rule, present_tense  # statements ->
    # value -> questions -> context -> here

    parsed = q.sentence.parsed
    if parsed is None or q.speaker or q.sentence.kind not in ("para", "bullet"):
        return ""
    root = parsed[:].root
    if not (present_tense(root) or modal_rule(root)):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not _unnamed_set(subject) or _run_in(parsed):
        return ""
    name = scheme(q.analysis)
    if not name or name.lower() in q.prompt.lower():
        return ""
    if any(a.lower() in name.lower() for a in q.answers if a):
        return ""  # the lead would give the answer away
    return f"In {name}, "


def _unnamed_set(subject: Any) -> bool:
    """ "every tip", "each object", "all reports", "reports": a set the sentence does not
    name (no name, no possessive, no "the")."""
    words = list(subject.subtree)
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" for t in words):
        return False
    dets = [c for c in subject.children if c.dep_ in ("det", "poss", "predet")]
    if any(d.lower_ in _QUANTIFIERS for d in dets):
        return bool(subject.pos_ == "NOUN")
    return not dets and subject.tag_ == "NNS"


def _run_in(parsed: Any) -> bool:
    """ "Regional networks work: at the 2021 meeting, officers from ... identified ...": a
    finite verb with its subject ends the words before a colon, with nothing after it, so
    the two only introduce what follows (a run-in phrase); the sentence's content is the
    clause after the colon, whoever's it is (the parser may make either verb the main
    one). "Every tip is read by two analysts: ..." lists the verb's own phrase."""
    colon = next((t for t in parsed if t.text == ":"), None)
    if colon is None or colon.i == 0:
        return False
    verb = parsed[colon.i - 1]
    return bool(verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBP", "VBZ", "VBD")
                and any(c.dep_ in _SUBJECTS for c in verb.children))
