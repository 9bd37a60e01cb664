"""Prohibitions: rules with no figure, asked as true/false by their negation.

Nearly every question the rules drafted was a number of days or hours, because a
true/false item needed a figure to change. A prohibition ("Analysts must never download
material to a personal device", "Support for the child must not depend on whether the
family cooperates") is a rule an officer gets wrong in practice, and it has a false twin
that needs no figure: the same sentence without its negation ("Analysts must download
material to a personal device") says the opposite of the rule, so it is certainly false.

Read from the parse: the main verb of the sentence takes "must" or "shall" and one
negation ("not", "never", "n't") of its own, its subject is a noun (not a pronoun), and
the sentence holds no other negation (a second "not", or a negative quantifier as in
"must not be left with neither force", would make the twin's meaning unclear), no
figure (a sentence with one is asked by its figure; a reference to a section or article,
"(s. 35)", "Article 12", is no figure), no question, no second
clause after a semicolon (the twin would mix a true instruction with a false rule) and no
condition that points elsewhere ("unless", "except").

Two more modals forbid when the parse says so. "should not" is a recommendation's
prohibition ("Frontline officers should not view suspected material": a guideline an
officer follows, whose twin without "not" is as clearly wrong), unless a hedge makes it
a habit ("should not normally exceed"). "may not" forbids only when a person may not
*do* something ("A defendant in person may not cross-examine a child witness"): with a
verb of state or knowledge ("the child may not know that images exist", "results may
not generalise") or a passive ("offences may not be reported") it says what is
possible, and its twin would be true as well. "cannot" is left alone ("the study cannot
show that ...").

The statement is drafted true or false by turn with the other true/false items, scored
and gated as any candidate; the false one's key is the negation it takes out. The false
twin turns the prohibition into a permission ("Analysts may download material to a
personal device"), not into a duty: a duty to do the forbidden thing ("Staff must view the
image") is a statement no learner believes, so it tests nothing (blind review 10, twice),
while "may" is the mistake an officer makes (thinking it is left to judgement).
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.actors import person_ending
from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape, render
from curriculum.draft.sentences import Sentence

NEGATIONS = frozenset({"not", "never", "n't"})
NEGATIVE_WORDS = frozenset({"neither", "nor", "no", "none", "nobody", "nothing", "nowhere",
                            "noone"})
"""Negative quantifiers: beside the rule's own "not" they make a double negative."""
_MODALS = frozenset({"must", "shall"})
_HEDGES = frozenset({"normally", "usually", "generally", "ordinarily", "ideally", "always",
                     "necessarily", "routinely", "typically", "often", "automatically"})
"""Adverbs that make "should not" a habit or a default rather than a prohibition."""
_PEOPLE = frozenset({
    "person", "people", "defendant", "accused", "child", "officer", "witness", "offender",
    "suspect", "victim", "judge", "advocate", "counsel", "parent", "carer", "professional",
    "investigator", "analyst", "interviewer", "prosecutor", "lawyer", "staff", "member",
    "applicant", "employee", "volunteer", "practitioner", "worker", "intermediary",
    "anyone", "nobody", "court", "jury", "police", "agency", "provider", "platform"})
"""Those who act: "may not" of one of them forbids an act ("A defendant in person may
not cross-examine ..."); of a thing it says what may happen ("results may not ...")."""
_STATES = frozenset({
    "be", "have", "know", "understand", "realise", "realize", "remember", "recognise",
    "recognize", "feel", "want", "wish", "need", "exist", "seem", "appear", "see", "notice",
    "generalise", "generalize", "reflect", "apply", "include", "show", "mean", "happen",
    "occur", "get", "become", "tell", "disclose", "report", "like", "agree",
    "believe", "think", "expect", "say", "mention", "receive", "hear", "find", "meet"})
"""Verbs of state, knowledge or chance: "the child may not know", "victims may not tell
anyone" (what is possible, not what is forbidden)."""
_REFERENCE = frozenset({"s", "s.", "ss", "ss.", "section", "sections", "article", "articles",
                        "art", "art.", "paragraph", "para", "para.", "rule", "clause",
                        "regulation", "guideline", "schedule", "part", "chapter", "§"})
"""Words before a number that make it a reference ("s. 35", "Article 12"), not a figure."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EXCEPTIONS = re.compile(r"\b(?:unless|except|otherwise)\b", re.I)
MAX_WORDS = 30


def negation(analysis: Analysis, sentence: Sentence) -> tuple[int, int] | None:
    """The file offsets of the one negation of a prohibition in ``sentence`` (with the
    space before it), or None when the sentence states no such rule (see above)."""
    parsed = sentence.parsed
    text = analysis.doc.text[sentence.start : sentence.end]
    if parsed is None or "?" in text or ";" in text.rstrip().rstrip(";") or _EXCEPTIONS.search(
            text):  # a list item's closing ";" joins no second clause
        return None
    if len(text.split()) > MAX_WORDS or any(_figure(t) for t in parsed):
        return None
    negs = [t for t in parsed if t.dep_ == "neg" or t.lower_ in NEGATIONS]
    if len(negs) != 1:
        return None
    neg = negs[0]
    verb = neg.head
    if any(t.lower_ in NEGATIVE_WORDS and _in_clause_of(t, verb) for t in parsed):
        return None  # "must not be left with neither force": a double negative, whose
        # twin ("may be left with neither force") says nothing clear
    if verb.dep_ != "ROOT" or not _noun_subject(verb):
        return None
    if not (_modal(verb) or _recommends(verb) or _forbids(verb)):
        return None
    start = sentence.start + neg.idx
    end = start + len(neg.text)
    if neg.lower_ != "n't":  # "must not": the space before goes with the word
        while start > sentence.start and analysis.doc.text[start - 1] == " ":
            start -= 1
    return start, end


def permission(analysis: Analysis, sentence: Sentence,
               span: tuple[int, int]) -> tuple[int, int] | None:
    """The file offsets from the prohibition's modal to its negation ("must never",
    "shall not", "mustn't"), which the false twin replaces by "may"; None when the modal
    does not come straight before the negation (a word between them would be lost)."""
    parsed = sentence.parsed
    if parsed is None:
        return None
    neg = next((t for t in parsed if sentence.start + t.idx + len(t.text) == span[1]), None)
    if neg is None or neg.i == 0:
        return None
    modal = parsed[neg.i - 1]
    if modal.dep_ != "aux" or modal.lower_ not in _MODALS | {"should", "may"}:
        return None
    return sentence.start + modal.idx, span[1]


def allowing(sentence: Sentence, span: tuple[int, int]) -> str:
    """The words the false twin puts for the modal and its negation: "may", or "is / are
    allowed to" when the subject is a thing, not someone who acts, and the verb is
    active. "Concerns about data protection may delay action ..." reads as something that
    can happen, so a trainee who knows the rule may key it True (blind review 23);
    "Concerns ... are allowed to delay action ..." can only be read as the permission the
    rule denies. A person, a body, a pronoun or a passive verb ("Images may be shared")
    keeps "may", which reads as permission there."""
    parsed = sentence.parsed
    neg = next((t for t in parsed or [] if sentence.start + t.idx + len(t.text) == span[1]),
               None)
    if neg is None:
        return "may"
    verb = neg.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                   None)
    if subject is None or subject.dep_ != "nsubj" or _agent(subject):
        return "may"
    return "are allowed to" if subject.tag_ in ("NNS", "NNPS") else "is allowed to"


_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_AGENT_NOUNS = re.compile(
    r"(?:people|child|children|parent|carer|victim|witness|court|judge|state|party|"
    r"authority|agency|service|unit|team|force|body|member|yst|ee|coach|nurse|chair|head|"
    r"guard|family|youth|adult|minor|suspect|accused|pupil|colleague|friend|peer|client|"
    r"guest|host|crew|clergy|public|man|woman|men|women|boy|girl|user|parents?)(?:e?s)?$")
"""Besides the nouns of persons ``actors.person_ending`` knows (officer, analyst,
provider): subjects that can act by their word or ending (coach, trainee, court,
authority). With one, "may" is read as permission."""


def _agent(subject: Any) -> bool:
    if subject.pos_ == "PRON" or subject.ent_type_ in _AGENT_ENTITIES:
        return True
    if subject.pos_ == "PROPN":
        return True
    return person_ending(subject.lower_) or _AGENT_NOUNS.search(subject.lower_) is not None


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "xcomp"})


def _in_clause_of(token: Any, verb: Any) -> bool:
    """``token`` belongs to ``verb``'s own clause, not to a clause inside it ("A defendant
    who has no lawyer may not ...": "no" is the relative clause's)."""
    while token.i != verb.i:
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return True


def _modal(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _figure(token: Any) -> bool:
    """A number the sentence would be asked by, not a reference to a provision ("s. 35",
    "Article 12", "(2)")."""
    if not (token.like_num or token.pos_ == "NUM"):
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.lower_ in _REFERENCE:
        return False
    return not (before is not None and before.text == "(" and after is not None
                and after.text == ")")


def _recommends(verb: Any) -> bool:
    """ "should not" on the verb, with no hedge that makes it a habit ("should not
    normally exceed")."""
    return any(c.dep_ == "aux" and c.lower_ == "should" for c in verb.children) and not any(
        t.lower_ in _HEDGES for t in verb.subtree)


def _forbids(verb: Any) -> bool:
    """ "may not" on an active verb of action whose subject is someone who acts."""
    if not any(c.dep_ == "aux" and c.lower_ == "may" for c in verb.children):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "offences may not be reported": what may happen
    if verb.lemma_.lower() in _STATES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in _PEOPLE
                                    or subject.ent_type_ in ("PERSON", "ORG"))


def _noun_subject(verb: Any) -> bool:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def without(analysis: Analysis, pieces: Any, span: tuple[int, int]) -> str:
    """The stem with the negation left out (``render`` with an empty replacement)."""
    prompt = render(analysis.doc, pieces, replace=(span, ""), escape=md_escape)
    return re.sub(r" {2,}", " ", prompt)
