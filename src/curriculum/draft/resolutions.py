"""Resolutions: a body's chapeau, then clauses that open with the body's verb.

A resolution (of an assembly, a council, a conference) names its body once, in a chapeau
that ends with a comma ("The IPCO General Assembly, meeting in Port Alder ... at its 52nd
session,"), and every clause after it goes on from that body: preambular clauses open with
a participle ("NOTING that ...", "RECALLING ...", "HAVING CONSIDERED ..."), operative ones
with a verb in the third person ("URGES member countries to ...", "CALLS UPON ...",
"Decides that ..."), often in capitals. Read as they stood, the operative clauses were list
items with no subject, and the capitals misled the tagger ("URGES" read as a name,
"Requests member countries" as a noun phrase), so a resolution's time limits gave nothing.

From the chapeau on (``chapeau``):

- a clause's opening verb is parsed as the body's verb (``parse_text``): "It urges
  connected member countries to ..." is parsed, and the "It " cut off the parse again, so
  the parser sees a verb with a subject while every offset stays the file's; a participle
  in capitals is parsed as a word ("Noting also that ...");
- a preambular clause is parsed again as the body's verb in the third person ("It notes
  also that ...", ``preamble_text``), and read as the operative ones: "The IPCO General
  Assembly notes also that, according to the Secretariat's figures, ..." keeps the figure's
  source, and says who notes it;
- an operative clause (``guidance.continues_subject``) is a whole sentence of the body
  (``Sentence.body``): it is shown after the body's name ("The IPCO General Assembly urges
  connected member countries to contribute ... within ____ days ..."; ``context.py``), and
  a time limit it sets is the limit asked, as in a rule (``scoring.py``): the body's call
  names that limit and no other.

Only a document with a chapeau is read so: a capitalised verb opening a paragraph elsewhere
("Requests for data go to ...") is left to the parser.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.jurisdiction import proper_name

if TYPE_CHECKING:
    from curriculum.draft.reading import SourceDoc
    from curriculum.draft.sentences import Sentence

_CHAPEAU = re.compile(r"^(?P<body>The\s+[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,7}?)\s*,")
_OPENING = re.compile(
    r"^(?P<run>[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*|[A-Z][a-z]+)(?=[ \t]+[a-z(\"'])")
_VERB_FORM = re.compile(r"(?:[^s]s|ing|ed)$", re.I)
SUBJECT = "It "
"""What the parse of an operative clause is given as its subject, then cut off again."""


def chapeau(doc: SourceDoc, sentences: list[Sentence]) -> tuple[int, str] | None:
    """The index of the chapeau sentence and the body it names ("The IPCO General
    Assembly"): a paragraph that ends with a comma (no sentence does) and opens with the
    body's proper name, followed by a clause of the body (``opening``); else None."""
    for number, sentence in enumerate(sentences):
        text = " ".join(doc.text[sentence.start : sentence.end].split())
        found = _CHAPEAU.match(text)
        if sentence.kind != "para" or not text.endswith(",") or found is None:
            continue
        body = found.group("body")
        if not proper_name(body[4:]):
            continue
        following = [s for s in sentences[number + 1 : number + 4] if s.kind in ("para", "bullet")]
        if any(opening(doc.text[s.start : s.end]) for s in following):
            return sentence.index, body
    return None


def opening(text: str) -> str:
    """The clause's opening verb run ("CALLS UPON", "NOTING WITH CONCERN", "Urges"): words
    in capitals, or one capitalised word, in a verb's form (-s, -ing, -ed), before the
    clause's lower-case words; else ""."""
    found = _OPENING.match(text)
    if found is None:
        return ""
    run = found.group("run")
    return run if _VERB_FORM.search(run.split()[0]) else ""


def verb_form(word: str) -> bool:
    """``word`` has a verb's form a clause of a resolution opens with (-s, -ing, -ed:
    "URGES", "Noting", "RECALLED")."""
    return _VERB_FORM.search(word) is not None


def operative(run: str) -> bool:
    """A verb in the third person ("URGES", "Calls upon"), not a participle ("NOTING")."""
    first = run.split()[0].lower()
    return not first.endswith(("ing", "ed"))


def parse_text(text: str) -> str:
    """The text to parse for a clause of a resolution: an operative verb lowered after
    ``SUBJECT`` ("It urges ..."), a participle in capitals lowered but its first letter
    ("Noting also that ..."); the text unchanged otherwise."""
    run = opening(text)
    if not run:
        return text
    if operative(run):
        return SUBJECT + run.lower() + text[len(run) :]
    return run[:1] + run[1:].lower() + text[len(run) :]


def preamble_text(text: str, parsed: Any) -> str:
    """For a preambular clause ("NOTING ALSO that ...", "HAVING CONSIDERED ..."), parsed
    once as a participle: the text to parse as the body's verb, its third person padded to
    the participle's length ("It notes  also that ...", "It has    considered ..."), so
    offsets do not move; "" for any other clause."""
    from curriculum.draft.author import third_person

    run = opening(text)
    if not run or operative(run) or parsed is None or len(parsed) == 0:
        return ""
    first = run.split()[0]
    third = "has" if first.lower() == "having" else third_person(parsed[0].lemma_.lower())
    if third is None or not first.lower().endswith("ing") or len(third) > len(first):
        return ""
    return SUBJECT + third + " " * (len(first) - len(third)) + text[len(first) :]


def shown_verb(run: str, parsed: Any) -> str:
    """How the clause's opening run reads after the body's name: its first word as parsed
    ("urges", "notes", "has"), the rest in lower case ("CALLS UPON" -> "calls upon",
    "NOTING WITH CONCERN" -> "notes with concern")."""
    words = run.split()
    first = parsed[0].text if parsed is not None and len(parsed) else words[0].lower()
    return " ".join([first, *(w.lower() for w in words[1:])])


def strip_subject(parsed: Any) -> Any:
    """The parse of an operative clause without the ``SUBJECT`` it was given."""
    return parsed[1:].as_doc()
