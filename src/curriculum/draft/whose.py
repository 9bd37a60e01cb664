"""Whose rule: the document's own policy, or the system it is the guide to, named.

A force's policy or a system's user guide states its rules over a generic subject: "Staff
spend no more than 3 years in a role that involves regular viewing", "Accounts are
reviewed every six months", "The user must have ...". Lifted out of the document, such a
stem reads as everyone's rule; a trainer adds whose it is ("Under Fenwick Shire
Constabulary's Wellbeing Policy, staff spend ...", "In VERITAS, accounts are reviewed
..."). The document says whose, in two ways:

- **its own instrument**: a part of the title (between colons, bars or dashes) is a
  proper name ending in a kind of rule document ("Wellbeing Policy", "Missing Persons
  Procedure", "Code of Practice"), and the text calls itself by that kind ("this
  policy"), so it *is* that instrument, not a text about one. The lead is "Under <the
  issuer's> <name>, " with the issuer from the metadata (a body's proper name) when the
  name does not already hold it, else "Under the <name>, ";
- **the agreement it is**: "Under the Varnholt-Selmira agreement, " for an
  agreement between two parties, over a generic subject or a role the agreement defines
  ("the receiving Party": ``agreement.py``), or "Under the Information Sharing Agreement, "
  for one known by its own name, over a subject that is no person it does not bind;
- **the system it documents**: the title opens with a proper name ending in a kind of
  system ("VERITAS Victim Identification Database"), and the text uses that name (or its
  leading acronym) at least three times: the lead is "In VERITAS, ".

The lead goes in front of a present-tense or modal sentence whose subject is a common noun
that names nothing ("staff", "an account", "the user", "a member of staff", "passwords"),
in a stem that names no place, body or law and opens with no frame of its own. Nothing
else is guessed: without such a title, or with a subject that names its own body, the
stem is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.agreement import agreement_lead, role, roles, titled
from curriculum.draft.author import author_of
from curriculum.draft.facts import person_word
from curriculum.draft.jurisdiction import proper_name, unplaced
from curriculum.draft.stemcheck import StemView

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion

NOTE = "whose rule: the document's own policy or system, from its title"
_INSTRUMENTS = ("policy", "procedure", "procedures", "protocol", "standard", "standards",
                "code of practice", "guidelines")
"""Kinds of rule document whose text is its issuer's rules ("this policy")."""
_SYSTEMS = frozenset({"database", "system", "platform", "portal", "application", "app",
                      "register", "registry", "tool"})
"""Kinds of system a user guide documents."""
_PARTS = re.compile(r"\s*(?::|\||\s[-\u2013\u2014]\s)\s*")
_DETS = frozenset({"a", "an", "the", "every", "each", "all", "any", "no"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAMED = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LAW", "LOC", "PRODUCT"})


def owner(analysis: Analysis) -> tuple[str, tuple[str, ...]]:
    """ "Under Fenwick Shire Constabulary's Wellbeing Policy, ", "In VERITAS, " or "" (see
    the module docstring), and the names the lead gives (the policy's, the issuer's, the
    system's); read once per document."""
    found: tuple[str, tuple[str, ...]] | None = getattr(analysis, "_whose_rule", None)
    if found is None:
        found = (_instrument(analysis) or agreement_lead(analysis) or _system(analysis)
                 or ("", ()))
        analysis._whose_rule = found  # type: ignore[attr-defined]
    return found


def _title_parts(analysis: Analysis) -> list[str]:
    title = (analysis.doc.meta.title or analysis.cleaned.title or "").lstrip("# ").strip()
    parts = [re.sub(r"\s*\([^()]*\)$", "", p.strip()) for p in _PARTS.split(title)]
    return [re.sub(r"^[Tt]he\s+", "", p) for p in parts if p]


def _instrument(analysis: Analysis) -> tuple[str, tuple[str, ...]] | None:
    """ "Under Fenwick Shire Constabulary's Wellbeing Policy, " for the policy the
    document is; "" when no title part names one or the text never says "this <kind>"."""
    body = analysis.doc.text.lower()
    for part in _title_parts(analysis):
        kind = next((k for k in _INSTRUMENTS if part.lower().endswith(" " + k)), "")
        if not kind or not proper_name(part) or re.search(r"\d", part):
            continue
        if f"this {kind}" not in body and f"these {kind}" not in body:
            continue  # "Guidance on the X Policy" is about a policy, not the policy itself
        author = author_of(analysis)
        if author is None or author.name.lower() in part.lower() or author.plural or (
                author.where == "the interview's standfirst"):
            return f"Under the {part}, ", (part,)
        return f"Under {author.subject(False)}'s {part}, ", (part, author.name)
    return None


def _system(analysis: Analysis) -> tuple[str, tuple[str, ...]] | None:
    """ "In VERITAS, " for the system the document's title opens with; "" otherwise."""
    parts = _title_parts(analysis)
    if not parts:
        return None
    name = parts[0]
    words = name.split()
    if len(words) < 2 or not proper_name(name) or words[-1].lower() not in _SYSTEMS:
        return None
    text = analysis.doc.text
    if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= 3:
        return f"In the {name}, ", (name,)
    first = words[0]
    if first.isupper() and len(first) >= 3 and len(
            re.findall(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)) >= 3:
        return f"In {first}, ", (first,)  # the system's own acronym-like name ("VERITAS")
    return None


def lead(q: DraftQuestion) -> str:
    """The document's owner lead (``owner``) for a rule over a subject that names
    nothing; "" otherwise."""
    from curriculum.draft.statements import modal_rule, present_tense  # statements ->
    # value -> questions -> context -> here

    parsed = q.sentence.parsed
    if parsed is None or q.speaker or q.named or q.sentence.kind not in ("para", "bullet"):
        return ""
    root = parsed[:].root
    if not (present_tense(root) or modal_rule(root) or _undertaken(root, q.analysis)):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return ""
    defined = role(subject, q.analysis)  # "The receiving Party" an agreement defines
    if not (defined or generic(subject)):
        return ""
    if subject.dep_ == "nsubj" and person_word(subject.lower_) and titled(q.analysis):
        return ""  # "a registered offender must notify ...": the law the agreement restates,
        # while "a missing child is reported ..." is the parties' to do
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    own = {t.i for t in roles(parsed, q.analysis)}  # "the sending Party" names no body
    if not unplaced([t for t in view.tokens() if t.i not in own]):
        return ""
    shown, names = owner(q.analysis)
    if not shown:
        return ""
    if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", q.prompt, re.I) for n in names):
        return ""  # the stem names the policy, the system or the issuer already
    if any(a and a.lower() in shown.lower() for a in q.answers):
        return ""  # the lead would give the answer away
    return shown


def _undertaken(verb: Any, analysis: Analysis) -> bool:
    """ "will be notified": a memorandum's or an agreement's "will" is its parties'
    undertaking, the rule the document sets (``agreement.agreement_lead``)."""
    return any(c.tag_ == "MD" and c.lower_ == "will" for c in verb.children) and (
        agreement_lead(analysis) is not None)


def generic(subject: Any) -> bool:
    """ "staff", "an account", "the user", "a member of staff whose screening is overdue":
    a common noun with at most an article or a quantifier, no possessive or number of its
    own, and no name anywhere in it."""
    if subject.pos_ != "NOUN":
        return False
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" for t in subject.subtree):
        return False
    if any(c.dep_ in ("poss", "nummod") for c in subject.children):
        return False
    dets = [c for c in subject.children if c.dep_ in ("det", "predet")]
    return all(d.lower_ in _DETS for d in dets)
