"""Frames of a meeting or an address around a fact: the fact is what the frame holds.

An agenda, a set of minutes, an official letter or a judge's directions give a fact
inside a frame that ties it to the meeting or to the reader: "Members will recall that
INTERPOL reported ...", "Participants are reminded that ...", "I direct you that the law
does not require ...", "As I told you, special measures are ...". The frame is no part of
the fact: left in the stem, it makes the stem long, tied to one meeting, and it says "I"
or "you" (whom the stem cannot name), so the candidate is held or needs an edit (blind
review 13, classes C3 and C6). The fact is the frame's clausal complement, or the main
clause after a fronted "As I told you,"; the question asks it alone.

A frame that invites comment on a document ("Delegations are invited to comment on the
draft recommendation in paragraph 21 of IWG-VID/14/3, which proposes a target of ...")
holds its fact in a relative clause of the document's noun: what the document proposes
is no fact in force, so it is asked as the document's own ("The draft recommendation in
paragraph 21 of IWG-VID/14/3 proposes a target of ..."), the noun phrase followed by the
relative clause's verb.

Read from the parse only: the main verb (or the verb an invitation governs: "are invited
to note that ...") is one of recalling, reminding, noting or directing, or it is "be aware"
("You should be aware that ..."); its subject is the author ("I", "we"), the reader
("you") or the people of a meeting ("Members", "Delegations", "the Committee"), or it has
none and speaks to the reader ("Please note that ...", "Remember that ..."), or it is an
empty "it" ("It should be noted that ...", "It is important to note that ..."); it is not
negated; and its clausal complement runs to the end of the sentence. A reporting verb
with a speaker of its own ("INTERPOL reported that ...") is a source, not a frame, and is
left to ``reported.py`` and ``author.py``. What the frame holds is judged as any stem is:
a case fact left in it ("that R.T. was recruited ...") still points back and is held.
"""

from __future__ import annotations

from typing import Any

from curriculum.draft.clauses import Stem

_FRAMING = frozenset({"recall", "remember", "remind", "note", "direct"})
"""Verbs whose clausal complement is the fact the frame ties to a meeting or a reader."""
_TELLING = frozenset({"remind", "direct"})
"""Framing verbs that tell someone else: with no subject ("Remind the group that ...") they
instruct a presenter, whose notes are held as such, never a frame the reader is in."""
_INVITING = frozenset({"invite", "ask", "request", "encourage", "urge"})
"""Verbs of inviting a meeting's people to act on a fact or a document ("are invited to
note that ...", "are invited to comment on the draft ...")."""
_AS_FRAMING = _FRAMING | frozenset({"tell", "explain", "say", "mention", "know", "see"})
"""Verbs of a fronted "As I told you," / "As you know," / "As noted above,"."""
_PEOPLE = frozenset({"member", "delegation", "delegate", "participant", "representative",
                     "attendee", "reader", "juror", "jury", "party", "committee", "group",
                     "meeting", "council", "board", "panel", "conference", "assembly",
                     "commission"})
"""The people or the body a meeting's document speaks to or of ("Members will recall")."""
_PERSONS = frozenset({"i", "we", "you"})
_WORTH = frozenset({"important", "worth", "necessary", "essential", "useful", "vital"})
"""What "It is ... to note that" calls the noting: an impersonal frame of the author's."""
_DOCUMENTS = frozenset({"recommendation", "proposal", "draft", "paper", "note", "report",
                        "standard", "document", "text", "resolution", "decision", "amendment",
                        "guideline", "guidelines", "glossary", "checklist", "annex",
                        "paragraph", "option", "questionnaire", "survey", "study", "review",
                        "plan", "strategy", "policy", "code", "protocol", "summary"})
"""Kinds of document a meeting is invited to comment on: the head of the noun phrase a
relative clause of the fact hangs from."""
_SUBJECTS = ("nsubj", "nsubjpass")

RULE = "frame dropped"
"""The ``Stem.rule`` of a stem cut to what a frame holds."""
DOCUMENT_RULE = "relative clause promoted, frame dropped: asked as the document's"
"""The ``Stem.rule`` of a stem asked as what the document a frame names says."""


def unframe(parsed: Any, start: int, end: int, core: tuple[int, int]) -> Stem | None:
    """The stem cut to what the frame holds (module docstring), when the sentence (file
    offsets ``start``-``end``, parse ``parsed``) has a frame and ``core`` (the answer)
    lies in what it holds; else None."""
    if parsed is None:
        return None
    held = held_from(parsed)
    if held is not None:
        if start + held > core[0]:
            return None
        return Stem(((start + held, end),), RULE)
    document = document_clause(parsed)
    if document is None:
        return None
    (np_from, np_to), verb_from = document
    if start + verb_from > core[0]:
        return None
    return Stem(((start + np_from, start + np_to), (start + verb_from, end)), DOCUMENT_RULE)


def held_from(parsed: Any) -> int | None:
    """The offset (in the sentence) where the fact a frame holds starts: after "that" of
    the complement of a framing verb, or after the comma of a fronted "As I told you,";
    None when the sentence has no such frame."""
    root = parsed[:].root
    verb = _framing_verb(root)
    if verb is not None:
        held = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if held and _runs_to_end(parsed, held[0]) and not _second_that(held[0]):
            first = min(t.i for t in held[0].subtree)
            while first < len(parsed) - 1 and parsed[first].lower_ == "that" and (
                    parsed[first].dep_ in ("mark", "det")):
                first += 1
            return int(parsed[first].idx)
    return _after_as_frame(parsed, root)


def _framing_verb(root: Any) -> Any:
    """The word whose clausal complement is the fact: a verb of recalling, reminding,
    noting or directing whose subject is the author, the reader or a meeting's people
    ("Members will recall that", "I direct you that"), or that speaks to the reader with no
    subject ("Please note that", "Remember that"), or an impersonal one ("It should be
    noted that"); the verb an invitation of theirs governs ("Members are invited to note
    that"); "aware" of "You should be aware that", "Please be aware that"; or the verb of
    "It is important to note that", "It is worth noting that"."""
    if root.pos_ not in ("VERB", "AUX") or _negated(root):
        return None
    lemma = root.lemma_.lower()
    if _impersonal(root):
        if lemma in _FRAMING and root.tag_ == "VBN":  # "It should be noted that"
            return root
        if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in _WORTH for c in root.children):
            return next((t for t in root.subtree if t.dep_ == "xcomp"
                         and t.lemma_.lower() in _FRAMING and t.head.i in (
                             root.i, *[c.i for c in root.children])), None)
        return None
    if not _framer(root) and not (_bidding(root) and lemma not in _TELLING):
        return None  # "Remind the group that ...": a presenter told what to tell (guidance.py)
    if lemma in _FRAMING:
        return root
    if lemma == "be":
        return next((c for c in root.children if c.dep_ == "acomp" and c.lower_ == "aware"),
                    None)
    if lemma in _INVITING:
        return next((c for c in root.children if c.dep_ == "xcomp"
                     and c.lemma_.lower() in _FRAMING and not _negated(c)), None)
    return None


def _impersonal(root: Any) -> bool:
    """The main verb's subject is an empty "it" ("It should be noted that", "It is
    important to note that")."""
    return any(c.dep_ in _SUBJECTS and c.lower_ == "it" for c in root.children)


def _bidding(root: Any) -> bool:
    """The main verb speaks to the reader with no subject, first in its sentence or after
    "Please": "Please note that ...", "Remember that ...", "Please be aware that ..."."""
    if root.tag_ != "VB" or any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in root.children):
        return False
    before = [t for t in root.doc[: root.i] if not t.is_space]
    return not before or (len(before) == 1 and before[0].lower_ == "please")


def _framer(verb: Any) -> bool:
    """The verb's subject is "I", "we", "you" or a meeting's people named by their kind
    ("Members", "Delegations", "the Committee"), never a name or a source."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if subject.lower_ in _PERSONS and subject.tag_ == "PRP":
        return True
    return (subject.tag_ in ("NN", "NNS") or subject.lower_ in ("committee", "group")) and (
        subject.lemma_.lower() in _PEOPLE and not subject.ent_type_
        and all(c.dep_ == "det" and c.lower_ in ("the", "all") for c in subject.children))


def _second_that(clause: Any) -> bool:
    """The frame holds two clauses, each with its own "that" ("are reminded that
    registration closes at 09:15 and that photo identification is required"): cut at the
    first, the second would open with "and that"."""
    return any(c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that"
                                        for m in c.children) for c in clause.children)


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _runs_to_end(parsed: Any, clause: Any) -> bool:
    """Nothing but punctuation follows the clause: the frame does not go on after it."""
    last = max(t.i for t in clause.subtree)
    return all(t.is_punct or t.is_space for t in parsed[last + 1 :])


def _after_as_frame(parsed: Any, root: Any) -> int | None:
    """After a fronted "As I told you ...," / "As you know," / "As noted above,": a clause
    marked "as" whose verb is one of telling or knowing, with the author or the reader as
    its subject (or none, a participle), then a comma, then the main clause with its own
    subject."""
    for clause in root.children:
        if clause.dep_ != "advcl" or clause.i > root.i or clause.lemma_.lower() not in _AS_FRAMING:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is None and clause.tag_ != "VBN":
            continue
        if subject is not None and not _framer(clause):
            continue
        if parsed[0].lower_ != "as":
            continue  # the frame opens the sentence, or it is no frame of the whole
        last = max(t.i for t in clause.subtree)
        if last + 2 >= len(parsed) or parsed[last + 1].text != ",":
            continue
        if not any(c.dep_ in _SUBJECTS and c.i > last for c in root.children):
            continue
        return int(parsed[last + 2].idx)
    return None


def document_clause(parsed: Any) -> tuple[tuple[int, int], int] | None:
    """((start, end) of the document's noun phrase, start of its relative clause's verb)
    (offsets in the sentence) when a meeting's people are invited to act on a document
    ("are invited to comment on the draft recommendation ..., which proposes ...") and a
    relative clause after a comma, with "which" or "that" as its subject, runs to the end;
    else None."""
    root = parsed[:].root
    if root.lemma_.lower() not in _INVITING or _negated(root) or not _framer(root):
        return None
    action = next((c for c in root.children if c.dep_ == "xcomp"), None)
    if action is None:
        return None
    for noun in _objects(action):
        if noun.lemma_.lower() not in _DOCUMENTS:
            continue
        relative = next((t for t in noun.subtree if t.dep_ == "relcl"), None)
        if relative is None or not _runs_to_end(parsed, relative):
            continue
        pronoun = next((c for c in relative.children if c.dep_ in _SUBJECTS), None)
        if pronoun is None or pronoun.lower_ not in ("which", "that"):
            continue
        comma = parsed[pronoun.i - 1] if pronoun.i > 0 else None
        if comma is None or comma.text != "," or pronoun.i + 1 != relative.i:
            continue  # "which" right before its verb, after a comma: no aside between
        first = min(t.i for t in noun.subtree)
        np_end = comma.idx
        return (int(parsed[first].idx), int(np_end)), int(relative.idx)
    return None


def _objects(action: Any) -> list[Any]:
    """The nouns the invited act is done on: its object, or the object of its preposition
    ("comment on the draft", "consider the proposal")."""
    out = [c for c in action.children if c.dep_ == "dobj"]
    for prep in (c for c in action.children if c.dep_ == "prep"):
        out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


FURTHER_RULE = "comparison dropped: asked under its subject"
"""The ``Stem.rule`` of a stem asked as what a law or a country does ("Under X, ...")."""
_BEYOND = frozenset({"further", "beyond"})
_LAW_KINDS = frozenset({"act", "law", "convention", "directive", "regulation", "regulations",
                        "code", "statute", "ordinance", "decree", "bill", "protocol", "treaty"})
"""Heads of a law's name: what a rule is "under"."""
_PLACES = frozenset({"GPE"})


def unfurther(parsed: Any, start: int, end: int, core: tuple[int, int]) -> Stem | None:
    """ "X Act 2017 went further: offenders can be refused a passport": "went further"
    compares X with a law the sentence before named, so the stem points back; the rule is
    the clause after the colon, and X is whose rule it is. Asked "Under X Act 2017,
    offenders can be refused a passport" (a country: "In Norway, ..."): the same fact,
    with nothing compared. Only when the sentence is the subject, "go further", a colon
    and a clause that runs to the end with its own subject and holds ``core``; else None."""
    found = _further_parts(parsed)
    if found is None:
        return None
    subject, prefix, clause = found
    if start + parsed[clause].idx > core[0]:
        return None
    first = parsed[0].idx
    return Stem(((start + first, start + subject.idx + len(subject.text)),
                 (start + parsed[clause].idx, end)), FURTHER_RULE, prefix=prefix, joints=(", ",))


def _further_parts(parsed: Any) -> tuple[Any, str, int] | None:
    """The subject's last word, the prefix ("Under ", "In ") and the index of the first
    word after the colon of "<subject> go(es|went) further: <clause>"; None otherwise."""
    if parsed is None:
        return None
    for verb in parsed:
        if verb.lemma_ != "go" or verb.pos_ not in ("VERB", "AUX"):
            continue
        beyond = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _BEYOND]
        colon = verb.i + 2
        if not beyond or beyond[0].i != verb.i + 1 or colon >= len(parsed) - 2 or (
                parsed[colon].text != ":"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or min(t.i for t in subjects[0].subtree) != 0 or (
                max(t.i for t in subjects[0].subtree) != verb.i - 1):
            return None
        prefix = _under(subjects[0])
        after = parsed[colon + 1]
        if not prefix or not (after.is_lower or after.pos_ == "PROPN") or not _own_clause(
                parsed, colon + 1):
            return None
        return parsed[verb.i - 1], prefix, colon + 1
    return None


def _under(subject: Any) -> str:
    """ "Under " for a law's name (its head, or the word before a year, is a kind of law),
    "In " for a country's; "" for anything else (a body "went further" is no rule)."""
    words = [t for t in subject.subtree if t.pos_ != "NUM"]
    if subject.lower_ in _LAW_KINDS or (words and words[-1].lower_ in _LAW_KINDS):
        return "Under "
    if subject.ent_type_ in _PLACES and all(t.ent_type_ in _PLACES for t in subject.subtree):
        return "In "
    return ""


def _own_clause(parsed: Any, first: int) -> bool:
    """The words from ``first`` to the end hold a subject and its finite verb."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "csubj") and t.i >= first
               and t.head.i >= first and t.head.pos_ in ("VERB", "AUX")
               for t in parsed)


COLON_RULE = "the claim after its colon"
"""The ``Stem.rule`` of a true/false stem cut to the claim after a colon."""
LONG_WORDS = 30
"""A true/false stem longer than this asks two claims at once when a colon joins them."""
_CONTENT_VERBS = frozenset({"agree", "commit", "decide", "recommend", "propose", "set",
                            "include", "list", "say", "state", "provide", "establish",
                            "adopt", "follow", "mean", "involve", "find", "conclude",
                            "note", "report", "show", "suggest", "warn", "add"})
"""Verbs whose object the words after a colon spell out ("agreed a common approach: every
country would ..."): the words after it are what was agreed, no fact on their own."""
_BACK = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "its",
                   "their", "such"})


def one_claim(parsed: Any, start: int, end: int, core: tuple[int, int]) -> Stem | None:
    """ "The number of reports a hotline receives reflects detection effort as much as
    offending: United States providers are required to report ... under 18 U.S.C. §
    2258A." joins a claim and its ground in one statement of 38 words; a learner cannot
    tell which half makes it true or false (blind review 44, b1: E, keep one claim). A
    true/false stem longer than ``LONG_WORDS`` whose words before the one colon are a
    clause of their own, with no verb whose object the colon spells out, and whose words
    after it are a clause of their own that holds ``core`` and points back to nothing,
    is asked from after the colon; else None."""
    if parsed is None or len(parsed) <= LONG_WORDS:
        return None
    colons = [t.i for t in parsed if t.text == ":"]
    if len(colons) != 1 or colons[0] < 3 or colons[0] >= len(parsed) - 4:
        return None
    colon = colons[0]
    after = parsed[colon + 1]
    if start + after.idx > core[0] or len([t for t in parsed if not t.is_punct]) <= LONG_WORDS:
        return None
    before_verbs = [t for t in parsed[:colon] if _finite(t) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < colon for c in t.children)]
    if not before_verbs or any(v.lemma_ in _CONTENT_VERBS for v in before_verbs) or any(
            t.lower_ == "following" for t in parsed[:colon]):
        return None
    subjects = [t for t in parsed[colon + 1:] if t.dep_ in ("nsubj", "nsubjpass")
                and t.head.i > colon and _finite(t.head)]
    if not subjects or any(t.lower_ in _BACK for t in parsed[colon + 1:]) or _scoped(
            parsed, colon):
        return None
    return Stem(((start + after.idx, end),), COLON_RULE)


_SCOPES = frozenset({"GPE", "LOC", "NORP", "LAW", "DATE"})
"""Names that say where, under what or when a claim holds."""


def _scoped(parsed: Any, colon: int) -> bool:
    """The words before the colon name a place, a law or a date (with its figures) the
    words after it do not ("Sweden has had the strictest rule since 2019: registered
    offenders must ..."):
    cut there, the claim would lose where or when it holds."""
    after = parsed[colon + 1:].text.lower()
    return any(e.label_ in _SCOPES and e.end <= colon and e.text.lower() not in after
               and (e.label_ != "DATE" or any(c.isdigit() for c in e.text))
               for e in parsed.ents)  # "in a single year" dates nothing


def _finite(verb: Any) -> bool:
    """A verb that carries tense, or a verb with a modal or a finite auxiliary."""
    return verb.tag_ in ("VBZ", "VBP", "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD")
        for c in verb.children)
