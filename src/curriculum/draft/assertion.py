"""Does a sentence assert something a module can show as a fact?

A module's facts are the text's statements, each quoted. Two kinds of line pass the
statement test (a full sentence of five words or more, ``Analysis.is_statement``) and
assert nothing:

- **a question the text asks**: a questionnaire's items ("Is there a specialised unit
  ...?"), a FAQ's questions. The quiz already holds them as fatal (``claims.py``); a fact
  made of one teaches nothing and the author must delete it;
- **a list of topics** (``lists_topics``): three or more noun phrases between commas
  whose only verb is a word the small parser misread ("Referral triage, online coercion
  and extortion, live online abuse and platform duties.", "Database governance, hashing
  tools, joint task forces, and the number of victims still unidentified."): a conference
  track's or a course's description names what it covers and says nothing of it, so no
  statement and no question can be made of it;
- **an e-mail's subject line** (``subject_line``): a line opening with a reply's or a
  forward's mark ("Re: Missing children reported within 2 hours", "Fwd: ..."), quoted
  in a message's body or standing as its first line, is the title of a message, never a
  statement of the text, whatever verb it holds;
- **a line with no clause and no final stop**: page furniture and labels, which the
  parse shows have no finite verb anywhere and which do not end as a sentence does: a
  report's running header ("Office of the Auditor General · Performance audit · Tabled in
  the Assembly on ..."), a list of bodies ("Ministry of Public Safety; Department for
  Children and Families; regional police services"), a site's tagline ("Promoting and
  protecting the rights of every child"), an unmarked heading, a share line ("Share:
  Email | Print | Download this letter (PDF, 184 KB)"). A statement has a finite verb (a
  present or past tense, a modal), or is an instruction (a bare verb opening its clause
  with no subject: "Call the duty officer at once."), or is a past tense the tagger read
  as a participle (``finite.py``), or is a note that ends with a stop.

The test reads the sentence's own parse, made once for the document (``analysis._parse``);
a sentence with no parse is left as it was.
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.finite import named_past

QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019)\]*_]*$")
"""A sentence that ends with a question mark (before any closing quote or bracket)."""
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def asks(text: str) -> bool:
    """The sentence is a question the text asks."""
    return QUESTION_END.search(text.strip()) is not None


_REPLY = re.compile(r"^[\W_]*(?:re|fwd?)\s*:", re.I)
"""A reply's or a forward's mark opening a subject line ("Re:", "RE:", "Fwd:", "FW:")."""


def subject_line(text: str) -> bool:
    """The line is an e-mail's subject: it opens with "Re:" or "Fwd:"."""
    return _REPLY.match(text) is not None


def has_clause(doc: Any) -> bool:
    """The parse has a finite verb (a bare verb with a subject is a present tense the
    tagger missed), an instruction's bare verb, or a past tense read as a participle: the
    sentence says something, it does not only name things. A finite verb anywhere counts,
    even inside a relative clause: the small model's parse of a long statement can hang
    its main verb there, and a statement lost is worse than a label kept."""
    return any(_makes_clause(token, doc) for token in doc) or named_past(doc)


def _makes_clause(token: Any, doc: Any) -> bool:
    """The token is a sign of a clause: a finite verb, an instruction's bare verb ("Call the
    duty officer at once.", "Children ... deserve care."), or a past tense misread as a
    participle ("The unit opened in 2019 and moved in 2021")."""
    if token.tag_ in _FINITE:
        return True
    if token.tag_ == "VB" and token.dep_ in ("ROOT", "conj") and not any(
            c.dep_ == "aux" for c in token.children):
        return True
    return token.dep_ == "ROOT" and token.tag_ == "VBN" and token.i > 0 and not doc[
        token.i - 1].is_punct


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_BARE = frozenset({"nsubj", "nsubjpass", "advmod", "neg", "punct"})
"""What a participle used as an adjective carries: "(victims) still unidentified"."""


def _segments(doc: Any) -> list[int]:
    """Each token's part of the sentence between commas: a comma closes the part before
    it; commas inside brackets, which hold an aside, do not count."""
    parts, depth, part = [], 0, 0
    for token in doc:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(token.text, 0)
        parts.append(part)
        if token.text == "," and depth <= 0:
            part += 1
    return parts


def _adjective(token: Any) -> bool:
    """A "verb" that opens a part of a list and that the parse itself hangs on a noun as
    its modifier (", live streamed abuse": "live" tagged a present tense; not "The search
    covered criminology, ...", a verb misattached after its subject), or a participle
    with a negating "un-" and nothing after it ("(victims) still unidentified",
    "unaccompanied", "unreported"): an adjective whatever its tag. One with an object or
    a complement is a verb ("the audit uncovered three failures")."""
    opens = token.i == 0 or token.doc[token.i - 1].text == ","
    if token.dep_ in _MODIFIERS and opens:
        return True
    text = token.lower_
    return (text.startswith("un") and text.endswith(("ed", "en", "wn")) and len(text) > 6
            and all(c.dep_ in _BARE for c in token.children))


def lists_topics(doc: Any) -> bool:
    """Three or more parts between commas, and no clause of the line's own: "Referral
    triage, coercion and extortion, live online abuse, platform duties and ...",
    "Database governance, hashing tools, joint task forces, and the number of victims
    still unidentified." The small parser reads a word of such a list as its verb ("live",
    "unidentified"), so the statement test finds a clause in it.

    A verb counts as the line's own unless a comma stands between it and the whole of its
    coordinated subject and the list runs on to a comma after it: a writer puts no comma
    between a subject and its verb but for an aside ("No child, and no person, appears in
    them"). A verb with no subject (an instruction), or one whose coordinated subject runs
    up to it ("Police, social workers and teachers work together", "The force, its units
    and its staff are fictional"), or whose subject is one noun before an aside ("The
    unit, a member of the network, assessed itself"), makes a clause, and the line stays.
    A line whose only "verb" is a negated participle is a list when each part names
    something. A line with no verb at all is judged as before (a note, a label)."""
    if doc is None:
        return False
    parts = _segments(doc)
    if len(set(parts)) < 3:
        return False
    found = [t for t in doc if _makes_clause(t, doc)]
    verbs = [t for t in found if not _adjective(t)]
    if not found:
        return False
    if not verbs:
        return all(any(t.pos_ in ("NOUN", "PROPN") and parts[t.i] == part for t in doc)
                   for part in set(parts))
    return all(_borrowed(verb, parts) for verb in verbs)


def _borrowed(verb: Any, parts: list[int]) -> bool:
    """The verb is a list's word misread: its subjects are coordinations that end a part
    before the verb's, and the list goes on past the verb's part."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return bool(subjects) and parts[verb.i] < parts[-1] and all(
        any(c.dep_ == "conj" for c in subject.children)
        and parts[max(t.i for t in subject.subtree)] < parts[verb.i]
        for subject in subjects)


_STOP = re.compile(r"[.!;][\s\"'\u201d\u2019)\]*_]*$")
"""A sentence's final stop, or a list item's semicolon (before any closing quote or bracket)."""


def asserts(text: str, parsed: Any) -> bool:
    """The sentence can stand in a module as a fact: it is no question, and (when parsed)
    it has a clause or ends with a stop. A question after a colon is what a statement
    introduces ("The reviewer considers the criteria: is there ...?"), and stays. Notes
    written without verbs end as sentences do ("Search area extended to the canal
    towpath.", "Return interview within 72 hours."), and the tagger misreads their verbs;
    a label or a line of page furniture does not."""
    if asks(text) and ":" not in text:
        return False
    if lists_topics(parsed) or subject_line(text):
        return False
    stripped = re.sub(r"(?:\[\^[^\]]+\])+\s*$", "", text.strip())  # a note's marker
    return parsed is None or has_clause(parsed) or _STOP.search(stripped) is not None
