"""Whose rule: an agreement between two parties, named as a trainer names it.

A bilateral agreement or memorandum states its rules over the roles it defines ("the
receiving Party shall acknowledge receipt ... within two working days", "Notification
shall be made no later than seven days before departure"). Lifted out of the text, such a
stem reads as everyone's rule; a trainer writes "Under the Varnholt-Selmira agreement,
...". Pasting the formal title in front ("Under the Agreement between the Government of
the Republic of Varnholt and the Government of the Kingdom of Selmira on ...") would be
no stem at all.

The document is such an agreement when its title opens with the kind ("Agreement",
"Memorandum of Understanding", "Treaty", "Arrangement") followed by "between <party> and
<party>", and its text calls itself by that kind ("this Agreement"). Each party is
shortened to the place or body its name ends on: the proper name after its last "of"
("the Government of the Republic of Varnholt" -> "Varnholt"), or the party itself when it
is a short proper name ("Europol"). A party that cannot be shortened so gives no lead:
the stem is left as it is.

An agreement may also be titled by its own name ("Information Sharing Agreement: Child
Sexual Exploitation and Online Harm"), with its parties listed in the text. A part of the
title (between colons, bars or dashes) that is a proper name ending in the kind
("Information Sharing Agreement", "Joint Working Memorandum of Understanding"), in a text
that calls itself by that kind, gives "Under the Information Sharing Agreement, ": the
rules are the agreement's, not one party's. The issuer of such a text is one of its
parties, and "According to the Ulverin Police Service, concerns about data protection
..." gave the parties' joint rule to one of them (blind review 23). Such a text also restates
the law its parties work under ("A registered offender must notify a change of name ...
within 3 days"): a rule whose subject acts and is a person the agreement does not bind (an
offender, a child, a victim: ``facts.person_word``) keeps its lead as before
(``whose.lead``); a passive one ("A missing child is reported to ...") is the parties' to
do.

A defined role ("receiving Party", "requesting State": a quoted term the text defines
with "means") is no name of a body, although it is capitalised: ``role`` lets a rule over
it take the lead as a rule over "staff" does (``whose.lead``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.jurisdiction import proper_name

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis

_BETWEEN = re.compile(
    r"^(?:the\s+)?(?:(?:Implementing|Administrative|Bilateral|Framework|Supplementary"
    r"|Technical|Working|Cooperation|Co-operation)\s+)?"
    r"(?P<kind>Memorandum\s+of\s+Understanding|Agreement|Treaty|Arrangement)"
    r"\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
    r"(?:\s+(?:on|concerning|regarding|relating\s+to|in\s+respect\s+of|for|about)\s+.*)?$",
    re.I)
_LAST_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})$")
MAX_SHORT = 3
"""Words of a party's short name ("Kestrel Valley Police"); a longer one is no short name."""
_DEFINED = re.compile(
    r"[\"\u201c](?P<term>[^\"\u201d\n]{2,40})[\"\u201d]\s+(?:means|refers\s+to)\b")


def agreement_lead(analysis: Analysis) -> tuple[str, tuple[str, ...]] | None:
    """ "Under the Varnholt-Selmira agreement, " and the two short names, for the
    agreement the document is (module docstring); None otherwise."""
    title = (analysis.doc.meta.title or analysis.cleaned.title or "").lstrip("# ").strip()
    found = _BETWEEN.match(title) or _opening_between(analysis.doc.text)
    if found is None:
        return _titled(title, analysis.doc.text.lower())
    kind = " ".join(found.group("kind").lower().split())
    body = analysis.doc.text.lower()
    if f"this {kind.split()[0]}" not in body:
        return None  # a guide about an agreement, not the agreement itself
    names = [_short(found.group(side)) for side in ("a", "b")]
    if all(names) and names[0] != names[1]:
        return f"Under the {names[0]}\u2013{names[1]} {kind}, ", (names[0], names[1])
    parties = [_named(found.group(side)) for side in ("a", "b")]
    if not all(parties) or parties[0] == parties[1]:
        return None
    shown = [found.group(side).strip() for side in ("a", "b")]
    return f"Under the {kind} between {shown[0]} and {shown[1]}, ", (parties[0], parties[1])


_OPENING_PARAGRAPHS = 8
"""Paragraphs at the head of a text where its formal title may stand under a short one."""


def _opening_between(text: str) -> re.Match[str] | None:
    """The formal title "IMPLEMENTING ARRANGEMENT between <party> and <party> on ..." in one
    of the text's first paragraphs (its lines joined), when the title the metadata gives
    is a short one ("Implementing Arrangement on child victim identification")."""
    paragraphs = re.split(r"\n[ \t]*\n", text.lstrip(), maxsplit=_OPENING_PARAGRAPHS)
    for paragraph in paragraphs[:_OPENING_PARAGRAPHS]:
        line = re.sub(r"[*_#>]+", "", " ".join(paragraph.split())).strip()
        found = _BETWEEN.match(line)
        if found is not None:
            return found
    return None


_TITLE_PARTS = re.compile(r"\s*(?::|\||\s[-\u2013\u2014]\s)\s*")
_JOINT_KINDS = ("memorandum of understanding", "agreement", "concordat")
"""Kinds of document whose rules are its parties' jointly."""


def titled(analysis: Analysis) -> bool:
    """The document is an agreement known by its own name (``_titled``), not one titled
    "Agreement between <party> and <party>"."""
    title = (analysis.doc.meta.title or analysis.cleaned.title or "").lstrip("# ").strip()
    return _BETWEEN.match(title) is None and agreement_lead(analysis) is not None


def _titled(title: str, body: str) -> tuple[str, tuple[str, ...]] | None:
    """ "Under the Information Sharing Agreement, " for a title part that names the
    agreement the text is (module docstring); None otherwise."""
    for part in _TITLE_PARTS.split(title):
        part = re.sub(r"^[Tt]he\s+", "", part.strip())
        kind = next((k for k in _JOINT_KINDS if part.lower().endswith(" " + k)), "")
        if not kind or not proper_name(part) or re.search(r"\d", part):
            continue
        if f"this {kind.split()[0]}" in body:
            return f"Under the {part}, ", (part,)
    return None


MAX_NAMED = 6
"""Words of a party's full name that a lead may show whole ("the Sarnland National Police
Service"), when it has no short name."""


def _named(party: str) -> str:
    """ "Sarnland National Police Service" of "the Sarnland National Police Service": a
    party with no short name (``_short``) shown whole, when it is a proper name of at most
    ``MAX_NAMED`` words; "" otherwise."""
    name = re.sub(r"^the\s+", "", party.strip(), flags=re.I)
    if len(name.split()) > MAX_NAMED or not proper_name(name) or re.search(r"\d", name):
        return ""
    return name


def _short(party: str) -> str:
    """ "Varnholt" of "the Government of the Republic of Varnholt"; "Europol" of
    "Europol"; "" when the party has no short proper name."""
    party = re.sub(r"^the\s+", "", party.strip(), flags=re.I)
    found = _LAST_OF.search(party)
    name = found.group("name") if found is not None else party
    if len(name.split()) > MAX_SHORT or not proper_name(name) or re.search(r"\d", name):
        return ""
    return name


def defined_roles(analysis: Analysis) -> frozenset[str]:
    """The terms the text defines in quotes ('"receiving Party" means ...'), lowercased;
    read once per document."""
    found: frozenset[str] | None = getattr(analysis, "_defined_roles", None)
    if found is None:
        found = frozenset(" ".join(m.group("term").lower().split())
                          for m in _DEFINED.finditer(str(analysis.doc.text)))
        analysis._defined_roles = found  # type: ignore[attr-defined]
    return found


def role(subject: Any, analysis: Analysis) -> bool:
    """ "The receiving Party": a subject whose words, past its article, are a term the
    text defines (``defined_roles``), with nothing else of its own."""
    words = [t for t in subject.subtree if not (t.dep_ == "det" and t.lower_ in ("the", "a",
                                                                                   "an", "each"))]
    if not words or any(t.i > subject.i for t in words):
        return False
    return " ".join(t.lower_ for t in words) in defined_roles(analysis)


_PARTIES = frozenset({"Party", "Parties"})


def roles(parsed: Any, analysis: Analysis) -> list[Any]:
    """The tokens of every defined role in a parse ("the sending Party"), and, in the
    agreement the document is (``agreement_lead``), of every phrase naming its parties by
    the word "Party" ("the other Party", "the Parties"): the lead names the two, so the
    stem says whose the rule is and who the other party is."""
    found = [t for head in parsed if head.pos_ in ("NOUN", "PROPN") and role(head, analysis)
             for t in head.subtree] if defined_roles(analysis) else []
    if any(t.text in _PARTIES for t in parsed) and agreement_lead(analysis) is not None:
        found += [t for head in parsed if head.text in _PARTIES for t in head.subtree]
    return found
