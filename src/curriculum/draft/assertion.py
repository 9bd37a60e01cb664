"""Does a sentence assert something a module can show as a fact?

A module's facts are the text's statements, each quoted. Two kinds of line pass the
statement test (a full sentence of five words or more, ``Analysis.is_statement``) and
assert nothing:

- **a question the text asks**: a questionnaire's items ("Is there a specialised unit
  ...?"), a FAQ's questions. The quiz already holds them as fatal (``claims.py``); a fact
  made of one teaches nothing and the author must delete it;
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


def has_clause(doc: Any) -> bool:
    """The parse has a finite verb (a bare verb with a subject is a present tense the
    tagger missed), an instruction's bare verb, or a past tense read as a participle: the
    sentence says something, it does not only name things. A finite verb anywhere counts,
    even inside a relative clause: the small model's parse of a long statement can hang
    its main verb there, and a statement lost is worse than a label kept."""
    for token in doc:
        if token.tag_ in _FINITE:
            return True
        if token.tag_ == "VB" and token.dep_ in ("ROOT", "conj") and not any(
                c.dep_ == "aux" for c in token.children):
            return True  # "Call the duty officer at once.", "Children ... deserve care."
        if token.dep_ == "ROOT" and token.tag_ == "VBN" and token.i > 0 and not doc[
                token.i - 1].is_punct:
            return True  # "The unit opened in 2019 and moved in 2021": a past tense misread
    return named_past(doc)


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
    stripped = re.sub(r"(?:\[\^[^\]]+\])+\s*$", "", text.strip())  # a note's marker
    return parsed is None or has_clause(parsed) or _STOP.search(stripped) is not None
