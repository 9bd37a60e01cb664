"""Reporting frames: a rule said by someone the stem cannot name.

Minutes, evidence sessions and news stories give a rule as what a person said: "Asked by
a member of the committee, she said that a confirmed report must be passed to the police
within 48 hours." The fact is the clause after "said that"; the frame around it ("Asked by
..., she said") only makes the stem a fragment: who is "she"? (blind review 12, rubric 4).

Read from the parse: the sentence's main verb is a verb of saying (``_SAYING``) whose
subject is a personal pronoun ("she", "he", "they") or a witness named only by that role
("the witness", "the interviewee"), and its clause complement runs to the end of the
sentence. Then:

- when the person was introduced a few sentences before, in the same section, as the
  subject of a sentence that places them in a body ("Ms Jane Okafor, Director of
  Operations at the National Centre for Missing Children, gave evidence ..."), or a body
  named whole appeared to give evidence ("The National Centre for Missing Children gave
  evidence on 3 March 2025"), a fact
  asked from the complement is asked as that body's: "According to the National Centre for
  Missing Children, a confirmed report must be passed to the police within ____ hours."
  (``reframe``);
- otherwise the candidate is held (``judge``): the stem says what someone said and
  cannot say who.

"We" is the author's (``author.py``), a named speaker ("Ms Okafor said that ...") or a
body ("The court held that ...") names its source, and none of them is judged here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.clauses import Stem
from curriculum.draft.jurisdiction import proper_name
from curriculum.draft.standalone import BODIES
from curriculum.draft.stemcheck import Score, StemView

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.sentences import Sentence

_SAYING = frozenset({"say", "add", "tell", "explain", "state", "confirm", "note", "stress",
                     "emphasise", "emphasize", "reply", "answer", "acknowledge", "insist",
                     "argue", "claim", "indicate", "assure", "reassure", "remind", "point",
                     "report", "describe", "warn", "accept", "agree", "respond"})
"""Verbs whose clause complement is what a person said."""
_PRONOUNS = frozenset({"he", "she", "they"})
_WITNESSES = frozenset({"witness", "interviewee", "speaker", "respondent", "spokesperson",
                        "spokesman", "spokeswoman", "panellist", "panelist", "deponent",
                        "presenter"})
"""Roles that stand for a person speaking, not a body: "the witness said that ..."."""
_MORE_KINDS = frozenset({"trust", "police", "constabulary", "hotline", "inspectorate",
                         "partnership", "charity", "association", "society", "federation",
                         "college", "university", "court", "commissioner", "helpline",
                         "ministry", "unit"})
LOOKBACK = 5
"""Sentences of the same section searched back for the speaker's introduction."""
RULE = "reported clause"
"""The ``Stem.rule`` of a stem cut to what was said."""


def frame(parsed: Any) -> tuple[Any, Any] | None:
    """(the verb of saying, the head of what was said) when the sentence is a pronoun's or a
    witness's report of a clause that runs to its end; else None."""
    if parsed is None:
        return None
    root = parsed[:].root
    if root.lemma_.lower() not in _SAYING or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not _unplaced(subject):
        return None
    said = [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i]
    if not said:
        return None  # (a clause the parser splits in two hangs both on the verb)
    last = max(t.i for c in said for t in c.subtree)
    if any(not t.is_punct and not t.is_space for t in parsed[last + 1 :]):
        return None  # "..., she said, as the committee heard": the frame goes on after it
    return root, said[0]


def _unplaced(subject: Any) -> bool:
    """ "she", "they", "the witness": a speaker the stem cannot name."""
    if subject.lower_ in _PRONOUNS and subject.tag_ == "PRP":
        return True
    return subject.lemma_.lower() in _WITNESSES and all(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def said_from(verb: Any) -> int:
    """The offset (in the sentence) where what was said starts: the first word after the
    verb of saying and its object ("told the committee") that is not "that"."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    first = min(t.i for c in said for t in c.subtree)
    doc = verb.doc
    while first < len(doc) - 1 and (doc[first].lower_ == "that" and doc[first].dep_ == "mark"):
        first += 1
    return int(doc[first].idx)


def reframe(analysis: Analysis, sentence: Sentence, core: tuple[int, int]) -> Stem | None:
    """The stem cut to what was said, after "According to <body>, ", when the answer is in
    it and the speaker's body is known (module docstring); else None."""
    found = frame(sentence.parsed)
    if found is None:
        return None
    start = sentence.start + said_from(found[0])
    if core[0] < start:
        return None
    if _plural(found[0]):
        return None  # "they": a group or a body, never one person placed in a body
    body = speaker_body(analysis, sentence)
    if not body:
        return None
    return Stem(((start, sentence.end),), RULE, prefix=f"According to {body}, ")


def _plural(verb: Any) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children)


def speaker_body(analysis: Analysis, sentence: Sentence) -> str:
    """The body of the person a sentence before introduced (same section, at most
    ``LOOKBACK`` back): the first sentence whose subject is a person, and the body named
    inside that subject ("Ms Jane Okafor, Director of Operations at the National Centre
    for Missing Children,"); "" when that person is placed in no body, or none is
    introduced."""
    kept = [s for s in analysis.kept() if s.start < sentence.start
            and s.heading == sentence.heading and not (s.block is not None and s.block.cells)]
    for other in reversed(kept[-LOOKBACK:]):
        parsed = other.parsed
        if parsed is None:
            continue
        person = _person_subject(parsed)
        if person is not None:
            return _placed_in(person) or _listed_in(analysis, person)
        body = _giving_evidence(parsed)
        if body:
            return body
    return ""


_TESTIFY = frozenset({"give", "appear", "testify", "attend", "submit", "present", "speak"})
"""Verbs by which a body appears before those asking ("The National Centre gave evidence
on 3 March"): the "she" who then answers speaks for it."""


def _giving_evidence(parsed: Any) -> str:
    """The body that is the subject of a verb of appearing or giving evidence, named whole
    (a proper name with a kind of body among its words); "" otherwise."""
    root = parsed[:].root
    if root.lemma_.lower() not in _TESTIFY:
        return ""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "ORG":
        return ""
    return _body_in(parsed, {t.i for t in subject.subtree})


def _person_subject(parsed: Any) -> Any:
    """The subject of the sentence's main verb, when a person's name heads it."""
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    return subject


def _placed_in(person: Any) -> str:
    """The body named in the person's own phrase (an apposition, "of"/"at"/"from")."""
    return _body_in(person.doc, {w.i for w in person.subtree})


_LISTED = (r"(?m)^[-*\u2022\s]*[^\n]{{0,40}}\b{name}\b,[^\n]{{0,60}}?\b(?:of|at|from)\s+"
           r"(?P<org>[^\n,;(]+)")
"""A line of a list of witnesses or speakers: "- Ms P. Ndlovu, director of the Averland
Internet Hotline"."""


def _listed_in(analysis: Analysis, person: Any) -> str:
    """The body a line of the document's list of witnesses places the person in ("Ms P.
    Ndlovu, director of the Averland Internet Hotline"), found by the person's surname:
    the first such line, when its body is a proper name with a kind of body in it."""
    name = re.escape(person.text)
    found = re.search(_LISTED.format(name=name), analysis.doc.text)
    if found is None:
        return ""
    org = found.group("org").strip().rstrip(".")
    the = org.lower().startswith("the ")
    org = org[4:] if the else org
    words = [w.lower().rstrip("s") for w in org.split()]
    if not proper_name(org) or not any(w in BODIES | _MORE_KINDS for w in words):
        return ""
    return f"the {org}" if the else org


def _body_in(doc: Any, within: set[int]) -> str:
    """The first organisation named inside the tokens ``within``: a proper name with a kind
    of body among its words, with "the" when the text has it; "" when none."""
    for ent in doc.ents:
        if ent.label_ != "ORG" or not all(t.i in within for t in ent):
            continue
        name = ent.text
        the = name.lower().startswith("the ") or (ent.start > 0 and doc[ent.start - 1].lower_
                                                   == "the")
        name = name[4:] if name.lower().startswith("the ") else name
        words = [w.lower().rstrip("s") for w in name.split()]
        if not proper_name(name) or not any(w in BODIES | _MORE_KINDS for w in words):
            continue
        return f"the {name}" if the else name
    return ""


_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.I)


def _named_before(q: DraftQuestion) -> bool:
    """The sentence before, carried in front (``context.py``), names the speaker: it is a
    whole sentence and no pronoun of its own stands for them."""
    lead = q.carried.lead if q.carried is not None else ""
    return lead.endswith(". ") and _PRONOUN.search(lead) is None


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Hold a candidate whose stem still shows a frame of saying by a speaker it cannot
    name (``reframe`` found no body)."""
    if q.items or _named_before(q):
        return
    found = frame(q.sentence.parsed)
    if found is None or not view.inside(found[0]):
        return
    verb, _ = found
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    result.kill(f'what someone said ("{subject.text} {verb.text} that ..."): the stem '
                "cannot say who says it, and the text names no body for them")
