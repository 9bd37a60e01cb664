"""A text that speaks to one person: "you" is that person, not every reader.

Sentencing remarks speak to the defendant ("you pleaded guilty", "you will be subject to
the notification requirements ..."), a decision letter to its applicant. A rule such a
text addresses to "you" ("You must notify the police ... within 3 days of your release")
is a rule for whoever is in that person's position, and a stem that keeps "you" asks it
of the learner. A leaflet or a guide that says "you" to any reader ("If you find a
child ...") is different: there "you" is the reader, and the stem may keep it.

Read from the parse: the text speaks to one person when at least ``PERSONAL`` of its
sentences have "you" as the subject of a past tense or a present perfect ("you used",
"you have been sentenced"): things that happened to one person. In such a text a stem
with "you" takes a penalty (``context.stem_pointers``) unless the sentence before (or the
one before that) says what makes the rule apply to "you" ("you will be subject to the
notification requirements of Part 2 of the Act"): the stem then asks it of "A person
subject to the notification requirements of Part 2 of the Act", and "your" becomes
"their" (``referents.apply``).

A page written for one kind of reader says so in its title ("Online grooming: advice for
parents and carers", "Information for victims of crime"): there "you" is that reader,
and a stem that lifts "A police officer will usually contact you within 24 hours" out of
it asks it of "a parent or carer" (``reader_of``, ``as_reader``), "your" becoming "their".
Only a "you" that needs no change of its verb is rewritten: an object ("contact you"),
or the subject of a modal ("you must", "you can").
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.pointer import Pointer

PERSONAL = 2
"""Sentences about one person's past ("you pleaded guilty") that make a text personal."""
_SECOND = frozenset({"you", "your", "yours", "yourself"})


def speaks_to_one(analysis: Any) -> bool:
    """At least ``PERSONAL`` sentences say what "you" did or what happened to "you" (read
    once per source and kept on the analysis: every candidate's stem asks)."""
    if analysis.personal is None:
        analysis.personal = _personal(analysis)
    return bool(analysis.personal)


def _personal(analysis: Any) -> bool:
    count = 0
    for sentence in analysis.kept():
        parsed = sentence.parsed
        if parsed is not None and any(_past_of_you(t) for t in parsed):
            count += 1
            if count >= PERSONAL:
                return True
    return False


def _past_of_you(token: Any) -> bool:
    if token.lower_ != "you" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have"
                                      for c in verb.children)


def second_person(tokens: list[Any], base: int, named: frozenset[int]) -> list[Pointer]:
    """The first "you"/"your" of the stem that no name resolves (see the module
    docstring); call only for a text that speaks to one person."""
    for token in tokens:
        if token.lower_ in _SECOND and token.tag_ in ("PRP", "PRP$") and (
                base + token.idx + len(token.text) not in named):
            return [Pointer(token.i, -0.5, f'points back: "{token.text}" is the one person the '
                            "text speaks to; the stem must say whom the rule is for", "you")]
    return []


def subject_to(parsed: Any) -> str:
    """ "the notification requirements of Part 2 of the Sexual Offences Act 2003" from a
    sentence whose "you" will be (or is) "subject to" it; "" when it says no such thing."""
    for token in parsed:
        if token.lower_ != "subject" or token.pos_ != "ADJ":
            continue
        verb = token.head
        if not any(c.lower_ == "you" and c.dep_ == "nsubj" for c in verb.children):
            continue
        to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if noun is None:
            continue
        cut = next((t.i for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "for"
                    and t.head.i == noun.i), None)
        words = [t for t in noun.subtree if cut is None or t.i < cut]
        shown: str = parsed[words[0].i : words[-1].i + 1].text
        return shown
    return ""


_MODALS = frozenset({"must", "shall", "will", "may", "should"})


def rewritten(tokens: list[Any], what: str) -> list[tuple[Any, str]] | None:
    """Each "you" and "your" of the stem with what it becomes ("A person subject to
    <what>", "their"); None when a "you" is not the subject of a modal verb (its verb
    would not agree: "you are required")."""
    out = []
    for token in tokens:
        if token.lower_ == "your" and token.tag_ == "PRP$":
            out.append((token, "their"))
        elif token.lower_ in ("you", "yourself"):
            if token.dep_ != "nsubj" or not any(c.tag_ == "MD" and c.lower_ in _MODALS
                                                for c in token.head.children):
                return None
            person = "A person" if token.text[:1].isupper() else "a person"
            out.append((token, f"{person} subject to {what}"))
    return out


_FOR_READER = re.compile(
    r"\b(?:advice|information|guidance|guide|help|support|notes?|leaflet|factsheet|faqs?)"
    r"\s+for\s+(?P<who>[a-z]+(?:[ \t]+[a-z]+){0,5})(?=[ \t]*(?:$|[|:;,()\u2013\u2014-]))",
    re.I | re.M,
)
"""A title that names the page's reader: "... advice for parents and carers | ..."."""
_SINGULAR = {"people": "person", "children": "child", "staff": "member of staff",
             "police": "police officer", "families": "family", "parties": "party",
             "women": "woman", "men": "man"}
_PERSON = re.compile(r"(?:er|or|ist|ant|ian|ent|ess|person|child|victim|survivor|family|"
                     r"staff|pupil|youth|adult|teen|witness|public|woman|man|officer)$")
"""A noun of persons by its ending or its word ("carer", "survivor", "young person")."""
_AFTER = re.compile(r"\s+(?:of|in|at|on|with|who|after|from|to)\s.*$", re.I)
"""What follows the reader's noun ("victims of crime"): not part of the noun."""


def reader_of(title: str) -> str:
    """ "a parent or carer" from a title "... advice for parents and carers"; "" when the
    title names no reader, or names one in a word that is no kind of person (a gerund,
    "advice for reporting")."""
    found = _FOR_READER.search(title)
    if found is None:
        return ""
    who = _AFTER.sub("", found.group("who").lower())
    groups = [w.split() for w in re.split(r"\s+(?:and|or)\s+", who) if w.strip()]
    if not groups or any(w.endswith("ing") for words in groups for w in words):
        return ""
    nouns = [" ".join([*words[:-1], _singular(words[-1])]) for words in groups]
    if not all(_PERSON.search(n) for n in nouns):
        return ""  # "a terminology guide for child sexual exploitation work": no reader
    first = "an" if nouns[0][:1] in "aeiou" else "a"
    return f"{first} {' or '.join(nouns)}"


def _singular(word: str) -> str:
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def as_reader(tokens: list[Any], reader: str) -> list[tuple[Any, str]] | None:
    """Each "you" and "your" of the stem with what it becomes when ``reader`` is whom the
    page speaks to ("a parent or carer", "their"); None when a "you" would need its verb
    changed (a subject of no modal: "you report" cannot become "a parent report")."""
    out: list[tuple[Any, str]] = []
    named = False
    for token in tokens:
        if token.lower_ == "your" and token.tag_ == "PRP$":
            out.append((token, "their"))
        elif token.lower_ == "you" and named and token.dep_ in _BACK:
            out.append((token, _capital(_BACK[token.dep_], token)))  # "if they were
            # away": the reader is named once, then a pronoun that agrees as "you" did
        elif token.lower_ == "you":
            if token.dep_ == "nsubj" and not any(
                    c.tag_ == "MD" and c.lower_ in _MODALS for c in token.head.children):
                return None
            if token.dep_ not in ("nsubj", "dobj", "dative", "pobj"):
                return None
            out.append((token, _capital(reader, token)))
            named = True
        elif token.lower_ == "yourself" and named:
            out.append((token, "themselves"))
        elif token.lower_ in ("yourself", "yourselves", "yours"):
            return None
    return out


_BACK = {"nsubj": "they", "nsubjpass": "they", "dobj": "them", "dative": "them",
         "pobj": "them"}
"""A later "you" of a stem that named the reader: "they" takes the verb forms "you"
took ("you were" -> "they were"), so nothing else changes."""


def _capital(text: str, token: Any) -> str:
    return text[:1].upper() + text[1:] if token.text[:1].isupper() else text


_BY_READER = re.compile(r"(?<![\w-])by[ \t]+(?P<who>an?[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2})"
                        r"(?=[ \t]*(?:$|[A-Z|:;,.()\u2013\u2014-]))", re.M)
"""A heading that names who does what the text is about: "Notification of personal
details by a relevant offender"."""
_HEAD_CHARS = 1500
"""How much of the text's head is read for a heading that names its reader."""


def named_reader(analysis: Any) -> str:
    """Whom the text speaks to, as its title or a heading of its head names them: "advice
    for parents and carers" (``reader_of``), or the doer of the act a heading names ("...
    by a relevant offender", the "by" phrase of a noun); "" when none does. Read once per
    document."""
    found: str | None = getattr(analysis, "_named_reader", None)
    if found is None:
        title = analysis.doc.meta.title or analysis.cleaned.title or ""
        head = str(analysis.doc.text[:_HEAD_CHARS])
        headings = [line.lstrip("#").strip() for line in head.split("\n")
                    if line.startswith("#")]
        found = next((r for h in [title, *headings] if (r := reader_of(h) or _doer(h))), "")
        analysis._named_reader = found
    return found


def _doer(heading: str) -> str:
    """ "a relevant offender" of "Notification of personal details by a relevant
    offender": a "by" phrase whose head the parse reads as a noun (the act), not as a
    verb ("Guidance issued by a senior officer" names its author), and whose noun is a
    kind of person."""
    from curriculum.draft import nlp

    found = _BY_READER.search(heading)
    if found is None or not _PERSON.search(found.group("who")):
        return ""
    parsed = nlp.parse([heading])[0]
    by = next((t for t in parsed if t.idx == found.start()), None)
    if by is None or by.dep_ != "prep" or by.head.pos_ != "NOUN":
        return ""
    if by.head.lemma_.lower() in _WRITINGS:
        return ""  # "Remarks by a district judge": who wrote the text, not its reader
    return found.group("who")


_WRITINGS = frozenset({
    "remark", "report", "statement", "speech", "address", "guidance", "note", "letter",
    "judgment", "judgement", "decision", "ruling", "opinion", "foreword", "message",
    "article", "post", "blog", "interview", "review", "summary", "briefing", "paper",
    "evidence", "submission", "presentation", "introduction", "comment", "commentary"})
"""Nouns of a text or a talk: a "by" phrase after them names its author."""
