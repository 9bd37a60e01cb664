"""Whether a table's heading or caption names what the table is about.

A row question's stem is built from the row and its column header ("Where the type of
report is suspected CSAM, the target time to first action is ____."). The heading over
the table used to be added as a bracketed tail, "(how we handle reports)", "(relevant
policy)": a section's title fused into the sentence, which a trainer deletes (blind
review 14, class 3). The heading belongs in the stem only when it says what the table's
values are about, and then in words, in front: "For travel notification by registered
offenders, in Caldera Islands, the notice before foreign travel is ____.".

It says so when it is a noun phrase (no clause: "How we handle reports" is the section's
question, not the table's subject) that shares a content word with the column headers
(the subject the values measure: "travel notification ..." over "Notice before foreign
travel") and adds one the headers do not have other than its head noun (else it repeats
them: "Priority levels" over "Priority | Target response time" says only that the rows
are levels). Read from the parse: lemmas and parts of speech, no word list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from curriculum.draft import nlp
from curriculum.draft.tables import Cell

_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_CLAUSE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD", "WDT", "WP", "WP$", "WRB"})
MAX_WORDS = 10
"""A heading longer than this is a sentence or a title, not a subject a lead can carry."""


def names_table(about: str, cells: Sequence[Cell]) -> bool:
    """``about`` (a heading or caption) is a noun phrase that shares a content word with
    the row's column headers and adds one of its own (see the module docstring)."""
    read = _noun_phrase(about, cells)
    if read is None:
        return False
    mine, theirs, root = read
    return bool(mine & theirs) and bool(mine - theirs - {root})


def introduces(lead: str, cells: Sequence[Cell]) -> bool:
    """``lead`` (the lead-in right above the table, "Reporting times (from receipt of
    all required samples):", without its colon and brackets) is a noun phrase that adds
    a content word to the column headers: it names what the values are ("Case category |
    Target | Maximum" says not what is targeted). A lead-in that ends on a colon over its
    table is said of that table alone, never a section's title, so it need not share a
    word with the headers as a heading must (``names_table``)."""
    read = _noun_phrase(lead, cells)
    return read is not None and bool(read[0] - read[1])


_RULE_DOCUMENTS = frozenset({"policy", "procedure", "protocol", "standard", "scheme",
                             "guideline", "regulation", "code", "framework", "workflow"})
"""Head nouns of a heading that names the rules a table sets out ("Revised triage
policy"), not a topic ("Reporting times")."""


def rule_document(about: str) -> str:
    """ "Under the revised triage policy, " when ``about`` (a caption or the heading over a
    table, without its number and notes) is a noun phrase headed by a kind of rule document:
    the table's rows are that document's rules, and a row's stem says whose ("Where the
    priority is P2 ..., the time limit is ____." is no one's: blind review 23). A heading in
    title case ("Triage Policy") is the document's name and keeps its capitals; "" for any
    other heading."""
    words = about.split()
    if not words or len(words) > MAX_WORDS or any(c in about for c in "-\u2013\u2014:;/"):
        return ""
    heading = nlp.parse([about])[0]
    root = next((t for t in heading if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN" or root.lemma_.lower() not in _RULE_DOCUMENTS:
        return ""
    if root.i != len(heading) - 1 or any(t.tag_ in _CLAUSE_TAGS for t in heading):
        return ""  # "Policy on ...": the head says not whose; a clause is no name
    shown = _THE.sub("", about)
    if not all(w[:1].isupper() for w in shown.split()) and not (
            words[0].isupper() and len(words[0]) > 1):
        shown = shown[:1].lower() + shown[1:]  # "Revised triage policy": no name
    return f"Under the {shown}, "


_THE = re.compile(r"^[Tt]he\s+")


def _noun_phrase(about: str, cells: Sequence[Cell]) -> tuple[set[str], set[str], str] | None:
    """``about``'s content lemmas, the headers' and ``about``'s head noun, when ``about``
    is a noun phrase of at most ``MAX_WORDS`` words (no clause, no two labels); else None."""
    words = about.split()
    if not words or len(words) > MAX_WORDS or any(c in about for c in "-\u2013\u2014:;"):
        return None  # "Changed - retention rules": two labels, not one subject
    headers = " ".join(dict.fromkeys(c.header for c in cells if c.header))
    if not headers:
        return None
    heading, columns = nlp.parse([about, headers])
    root = next((t for t in heading if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.tag_ in _CLAUSE_TAGS for t in heading):
        return None
    return _lemmas(heading), _lemmas(columns), root.lemma_.lower()


def _lemmas(parsed: object) -> set[str]:
    return {t.lemma_.lower() for t in parsed  # type: ignore[attr-defined]
            if t.pos_ in _CONTENT and not t.is_stop and len(t.text) > 2}
