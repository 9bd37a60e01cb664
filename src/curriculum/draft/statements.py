"""Which sentences are worth a true/false item, and which figures a false twin may change.

A true/false item asks the whole sentence, so what matters is what the sentence *does*,
read from the tense, mood and arguments of its main verb (the spaCy parse), never from
the words of particular texts:

- worth asking: a rule or a duty (a modal: must, shall, should, may, can; "is required";
  a policy's "will" with a time limit on its verb: "will refer the concern within 24 hours"),
  a definition or any standing statement in the present tense (a threshold, a practice,
  a legal outcome: "Every report is assessed within 24 hours"), a finding reported by
  its source ("Research shows that ...", "INTERPOL reported that ..."), a law's date, and
  a past figure that says both *when* (a date in the stem) and *who* (an actor or source
  named as subject or agent: "In 2023 specialist officers identified 212 children");
- not worth asking: one body's or one case's history (a past event with no date or no
  actor: "The review was commissioned in July 2024", "The appellant was sentenced to ..."),
  a year as the point of a past event, a plan or a future ("will"), a trend ("rose to",
  "have risen every year").

A false twin changes one figure, and only one whose change an officer would get wrong in
practice: a time limit or a penalty in a rule, an age, or a dated count of people
(victims, children, offenders, suspects). Never a year (a study's publication year or an
event's date tests memory of dates), never a count of anything else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft import object_leads
from curriculum.draft.stemcheck import Score, StemView
from curriculum.draft.value import counted_noun, counted_token, governing_verb, year_role

NOT_WORTH = -0.45
"""Enough to keep any statement of no use below the threshold (it stays in the audit)."""

_RULE_MODALS = frozenset({"must", "shall", "should", "may", "can", "cannot", "ca", "need",
                          "ought", "mustn't", "shan't"})
"""Modals that state a rule, a duty or a permission ("will"/"would" state a future)."""
_RULE_VERBS = frozenset({"require", "oblige", "prohibit", "forbid", "permit", "entitle"})
"""Passive participles that state a duty ("is required to", "are prohibited from")."""
_REPORTING = frozenset({"report", "find", "show", "estimate", "conclude", "indicate",
                        "suggest", "state", "note", "record", "confirm", "say", "hold",
                        "rule", "agree", "propose", "recommend", "decide", "establish",
                        "observe", "reiterate", "recall", "consider", "emphasise",
                        "emphasize", "stress", "argue", "submit", "maintain", "claim"})
"""Verbs whose clause complement carries what is asserted, with the verb's subject as
its source ("Research shows that ...", "The court held that ..."). A court's or a
committee's "observes that" a thing was done is one case's history, its "reiterates that"
a State must is the rule (blind review 21: a judgment's "The Court further observes that
no preservation request was made at any point over fourteen months", X 4, 7)."""
_TREND = frozenset({"rise", "fall", "increase", "decrease", "grow", "decline", "drop",
                    "double", "triple", "halve", "climb", "soar", "jump"})
_PLAN = frozenset({"plan", "intend", "aim", "hope", "expect", "envisage", "want"})
_AGENTS = frozenset({
    "police", "officer", "investigator", "analyst", "specialist", "inspector", "court",
    "judge", "prosecutor", "researcher", "authority", "government", "ministry", "agency",
    "unit", "team", "force", "service", "department", "centre", "center", "office",
    "study", "research", "review", "survey", "analysis", "meta-analysis", "evaluation",
    "inquiry", "inspection", "report", "statistic", "figure", "data", "registry", "database",
    "hotline", "organisation", "organization", "body", "commission", "committee", "group",
    "network", "partnership", "board", "council", "panel", "inspectorate", "bureau",
})
"""Subjects that name who acted or who reports ("officers", "the court", "a study")."""
_ACTOR_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC"})
AGENTS, ACTOR_ENTS = _AGENTS, _ACTOR_ENTS
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_PENALTY = re.compile(r"\b(?:imprisonment|prison|custody|detention|jail|fine|sentence)",
                      re.I)
_AGE = re.compile(r"\b(?:aged|age of|ages of)\s*$", re.I)
_PEOPLE = frozenset({"child", "victim", "offender", "suspect", "person", "people", "boy",
                     "girl", "minor", "perpetrator", "abuser", "adult", "arrest",
                     "conviction", "registrant", "defendant"})
"""Counted, these say something about offending or victims (never a body's workload)."""
_PEOPLE_VERBS = frozenset({"identify", "rescue", "arrest", "convict", "safeguard", "locate",
                           "charge", "prosecute", "sentence", "refuse", "trace", "find"})
"""A bare count ("97 were arrested") counts people when its verb is one of these."""
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
                   r"August|September|October|November|December)\b")


if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.sentences import Sentence


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Lower a true/false candidate whose sentence is not worth asking (see ``worth``)."""
    if not q.rule.endswith("-statement") or q.sentence.instruction or q.sentence.proposal or (
            q.sentence.entitled or q.sentence.proposed):
        return  # an instruction to the reader is a rule, worth asking like "must", and so
        # is a listed right; the document's own proposal is held for what it is
        # (``own.py``), no past event, and so is an item of a proposal (``proposed.py``)
    if stem_rule(q.sentence):
        return  # "... may keep the child there for a maximum of" + "72 hours": the verb
        # that makes the item a rule is in its stem
    why = worth(view, q.prompt, view.span_tokens(q.key), bool(q.speaker), studied(q))
    if why:
        result.add(NOT_WORTH, f"not worth a true/false item: {why}")


def stem_rule(sentence: Sentence) -> bool:
    """The keyed option of an exam item (``exams.py``) is read with a stem that states a
    rule or a standing fact: its main verb has a modal of rule ("must be held within:"),
    is a standing policy, or is in the present tense ("Under Article 1, a child is:"). The
    option's own parse holds only its words ("72 hours"), never that verb, so it is
    judged by its stem's; so is a list item that is its lead-in's object ("requires:")."""
    lead = sentence.lead
    if object_leads.ruling_lead(sentence) is None and (
            sentence.stem is None or not sentence.joined or lead is None or lead.parsed is None):
        return False  # an item that is the object of its lead-in's verb ("requires:" + "an
        # initial risk grade recorded ...") is judged by that verb too (``object_leads``)
    assert lead is not None and lead.parsed is not None
    main = asserted(stem_verb(StemView(lead.parsed, lead.start, ((lead.start, lead.end),))))
    return modal_rule(main) or standing_policy(main) or present_tense(main)


def studied(q: DraftQuestion) -> bool:
    """The stem is a paper's own result, its authors and year carried in front
    (``study.py``)."""
    from curriculum.draft.study import NOTE  # study -> statements: imported when used

    return q.carried is not None and q.carried.note == NOTE


def worth(view: StemView, prompt: str, key_tokens: list[Any], speaker: bool = False,
          cited: bool = False) -> str:
    """"" when the stem shown of the parsed sentence is worth a true/false item, else why
    not. ``prompt`` is what the learner reads (a carried date lead dates the statement);
    ``speaker``: the stem names the author for its "we" (``author.py``), who then acts;
    ``cited``: a paper's own result, its authors and year in front (``study.py``)."""
    doc = view.doc
    root = stem_verb(view)
    main = asserted(root)
    dated = bool(_DATE.search(prompt))
    if _document_part(root):
        return "it describes the document itself (a table, a chapter), not the world"
    if cited and dated and main is root:
        return ""  # what the paper found, as when another paper cites it
    if main is not root:  # "Research shows that ...", "INTERPOL reported that ..."
        if not actor(root, speaker):
            return "a reported finding with no source named"
        if present_tense(main) or modal_rule(main) or dated or _research(root):
            return ""
        return "a past finding about one case, with no date"
    if modal_rule(main) or (_future(main) and _time_limit(main)) or standing_policy(main) or (
            future_offence(main)):
        return ""  # "The welfare officer will refer the concern within 24 hours": a duty
    if _future(main) or main.lemma_.lower() in _PLAN:
        return "a plan or a future event, not yet a fact to act on"
    if present_tense(main):
        return ""
    if main.lemma_.lower() in _TREND:
        return f'a trend ("{main.text}"): one body\'s figures over time, not a fact to act on'
    if _is_year(key_tokens) and not _study_year(key_tokens):
        if year_role(key_tokens, doc) == "law" and actor(main, speaker):
            return ""  # "Australia passed a law in 2017 that ..."
        return "the year of a past event: tests memory of a date, not practice"
    if not dated:
        return ("a past event with no date: one body's or one case's history, not a "
                "standing fact")
    if share_of(main):
        return ""  # a dated official statistic: its source is the report's publisher
    if not actor(main, speaker):
        return "a past figure with no actor or source named: whose figure is it?"
    if not _in_main_clause(governing_verb(key_tokens), main):
        return "one body's past event; its figure is only a detail of it"
    return ""


def _study_year(key_tokens: list[Any]) -> bool:
    """The year dates a study ("the 1997 study", "the study of 1997"): the statement asks
    what the dated study found, judged as a dated finding, not the year of an event."""
    head = key_tokens[0].head
    if head.lower_ == "of" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in _RESEARCH


_RESEARCH = frozenset({"study", "research", "review", "meta-analysis", "analysis", "survey",
                       "evaluation", "trial", "researcher", "evidence"})


_SHARE_WORDS = frozenset({"%", "percent", "per", "cent", "proportion", "share", "half",
                          "third", "quarter", "majority", "minority"})
_COUNTED = frozenset({"offence", "offense", "crime", "incident", "child", "victim", "offender",
                      "suspect", "report", "referral", "case", "girl", "boy"})
"""What an official statistic's share is a share of: offences, victims, reports."""


def share_of(verb: Any) -> bool:
    """The subject is a share of offences or of people ("31% of offences were reported more
    than 12 months after ...", "a third of victims were boys"): an official statistic, whose
    source is the report's publisher, not a subject in the sentence. Dated by the stem (a
    date of its own, or the report's period carried in front: ``context.py``)."""
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        if subject.lemma_.lower() not in _SHARE_WORDS:
            continue
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _COUNTED for g in prep.children):
                return True
    return False


def _research(verb: Any) -> bool:
    """The finding's source is research ("Large reviews of research have found that ..."):
    a finding about people in general, whatever its tense."""
    return any(c.dep_ in _SUBJECTS and any(t.lemma_.lower() in _RESEARCH for t in c.subtree)
               for c in verb.children)


_FINDING_VERBS = frozenset({"find", "report", "estimate", "show", "reveal", "observe"})
_CITATION_YEAR = re.compile(r"\((?:[^()]*,\s*)?(?:1[89]|20)\d\d[a-z]?\)")


def cited_finding(verb: Any) -> bool:
    """ "Hanson and Bussiere (1998) found an average rate of 13.4%", "Seto et al. (2011)
    reported ...", "A meta-analysis (Hanson, 2004) found ...": a verb of finding whose
    subject is a study, or authors cited with their year (the year in brackets after the
    names, "et al."): what the literature found, dated by its publication, whether the
    finding is a clause or an object."""
    if verb.lemma_.lower() not in _FINDING_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if _research(verb):
        return True
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        words = list(subject.subtree)
        text = verb.doc[words[0].i : words[-1].i + 1].text
        names = any(t.pos_ == "PROPN" or t.ent_type_ in _ACTOR_ENTS for t in words)
        if names and (_CITATION_YEAR.search(text) or re.search(r"\bet al\b", text)):
            return True
    return False


def _is_year(tokens: list[Any]) -> bool:
    return len(tokens) == 1 and re.fullmatch(r"(?:1[89]|20)\d\d", tokens[0].text) is not None


_DOC_PARTS = frozenset({"table", "figure", "chart", "chapter", "section", "annex",
                        "appendix", "page", "box", "graph", "paragraph"})


_PROVISIONS = frozenset({"section", "article", "paragraph", "part", "clause", "schedule",
                        "regulation", "rule"})
_DESCRIBES = frozenset({"show", "describe", "present", "summarise", "summarize", "list",
                        "explain", "cover", "set", "give", "outline", "illustrate", "report"})


def _document_part(root: Any) -> bool:
    """ "Table 4.1 shows ...": the subject is a part of the document; not a numbered
    provision of a law that acts ("Section 42 makes it an offence to ...", "Article 23
    requires ..."): a law, whatever its word for its parts."""
    for c in root.children:
        if c.dep_ not in _SUBJECTS or c.lemma_.lower() not in _DOC_PARTS:
            continue
        numbered = any(g.like_num or g.pos_ == "NUM" for g in c.children) or any(
            t.like_num for t in c.doc[c.i + 1 : c.i + 2])
        if (c.lemma_.lower() in _PROVISIONS and numbered
                and root.lemma_.lower() not in _DESCRIBES):
            continue  # "Section 42 makes it an offence ...": the law speaks
        return True
    return False


def _in_main_clause(verb: Any, main: Any) -> bool:
    """``verb`` is the main verb or joined to it (an infinitive it governs, a verb in
    coordination), not a verb of a subordinate clause ("after a child was admitted")."""
    while verb is not None:
        if verb.i == main.i:
            return True
        if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def stem_verb(view: StemView) -> Any:
    """The main verb of what the stem shows: of its verbs, the one nearest the sentence's
    root (a stem trimmed to a relative clause asserts that clause, "the database ...
    contains ..."), else the sentence's root."""
    verbs = [t for t in view.tokens() if t.pos_ in ("VERB", "AUX")
             and t.dep_ not in ("aux", "auxpass") and _clause(t)]
    if not verbs:
        return view.doc[:].root
    return min(verbs, key=lambda t: (sum(1 for _ in t.ancestors), t.i))


def _clause(verb: Any) -> bool:
    """A verb that heads a clause (finite, or with its own subject or auxiliary), not a
    participle used as an adjective ("Registered offenders")."""
    return verb.tag_ in ("VBZ", "VBP", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def asserted(root: Any) -> Any:
    """The verb of what is asserted: the complement of a reporting verb, else the root."""
    if root.lemma_.lower() in _REPORTING:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                return child
    return root


def modal_rule(verb: Any) -> bool:
    """A modal of rule on the verb ("must notify"), or a passive duty ("is required")."""
    for child in verb.children:
        if child.tag_ == "MD" and child.lower_ in _RULE_MODALS:
            return True
    if verb.lemma_.lower() in _RULE_VERBS and verb.tag_ == "VBN":
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in ("liable", "punishable")
               for c in verb.children)


def _time_limit(verb: Any) -> bool:
    """The verb carries a time limit: "within N hours" hangs on it, or on a noun of its
    clause (the parser may hang it on "the police" before it)."""
    for token in verb.subtree:
        if token.lower_ != "within" or token.dep_ != "prep":
            continue
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i and any(g.dep_ == "pobj" and g.lemma_.lower() in _TIME_UNITS
                                    for g in token.children):
            return True
    return False


def _future(verb: Any) -> bool:
    return any(c.tag_ == "MD" and c.lower_ in ("will", "'ll") for c in verb.children)


_OFFENCES = frozenset({"offence", "offense", "crime"})


def future_offence(verb: Any) -> bool:
    """ "Breach of the order will be an offence carrying a maximum of five years": what a
    law (a bill being debated) will make an offence, and its penalty, is a rule stated in
    the future, not a plan or one past case."""
    return _future(verb) and any(c.dep_ in ("attr", "dobj") and c.lemma_.lower() in _OFFENCES
                                 for c in verb.children)


_CONDITIONS = frozenset({"if", "when", "whenever", "once", "where"})
_TRIGGERS = frozenset({"receipt", "request", "notification", "application", "referral",
                       "report", "demand"})


def _clause_verb(token: Any) -> Any:
    """The first verb above ``token`` (the parser may hang "on receipt of" on a noun)."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def standing_policy(verb: Any) -> bool:
    """ "We will preserve the records for 90 days on receipt of a preservation request",
    "will extend it once, for a further 90 days, if asked": a body's "will" under a
    condition that recurs (a clause of "if", "when", "whenever"; "on receipt of", "upon
    request") with a length of time in its clause is its standing policy, what it does
    each time, not a plan (a plan has a date, or no condition)."""
    if not _future(verb):
        return False
    condition = any(
        c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITIONS
                                  for m in c.children)
        for c in verb.children) or any(
        t.dep_ == "prep" and t.lower_ in ("on", "upon") and _clause_verb(t).i == verb.i and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _TRIGGERS for g in t.children)
        for t in verb.subtree)
    timed = any(t.lemma_.lower() in _TIME_UNITS and any(n.dep_ == "nummod" for n in t.children)
                for t in verb.subtree)
    return condition and timed


def present_tense(verb: Any) -> bool:
    """Present simple, active or passive ("assesses", "is assessed"); not the perfect."""
    if verb.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.tag_ == "VB":  # "offenders who fail to notify commit an offence", mis-tagged
        return (any(c.dep_ in _SUBJECTS for c in verb.children)
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if verb.tag_ == "VBN":
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return bool(aux) and all(c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in aux)
    return False


def actor(verb: Any, speaker: bool = False) -> bool:
    """The verb names who acted or who reports: its subject or agent holds a name or an
    acting body ("INTERPOL", "specialist officers", "a meta-analysis"), or the author named
    for "we" (``speaker``)."""
    args = [c for c in verb.children if c.dep_ in _SUBJECTS | {"agent"}]
    if speaker and any(a.lower_ in ("we", "us") for a in args):
        return True
    for arg in args:
        for token in arg.subtree:
            if token.ent_type_ in _ACTOR_ENTS or token.pos_ == "PROPN":
                return True
            if token.pos_ == "NOUN" and token.lemma_.lower() in _AGENTS:
                return True
    return False


def listed(doc: Any, noun: Any) -> bool:
    """The things a number counts are spelled out beside it: an apposition ("three things:
    their address, their car ...", "four tools (hashing, ...)") or a colon right after the
    noun's phrase ("two conditions for a country to connect: a unit and a law")."""
    if any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
           for c in noun.children):
        return True  # a list in apposition; not one aside ("45 minutes, module CX-12")
    end = max(t.i for t in noun.subtree)
    return bool(end + 1 < len(doc) and doc[end + 1].text == ":")


def twin_value(doc: Any, key_tokens: list[Any], any_count: bool = False) -> str:
    """"" when a false twin may change the figure ``key_tokens``, else why not.
    ``any_count``: a count of anything may change (a figure already judged worth asking:
    its worth is not in question, only whether a changed figure is certainly false)."""
    if not key_tokens:
        return "the figure is not in the parsed sentence"
    if _is_year(key_tokens):
        return "a year: a changed year tests memory of dates, not practice"
    noun = counted_noun(key_tokens) or ""
    verb = governing_verb(key_tokens)
    text = doc.text
    counted = counted_token(key_tokens)
    if counted is not None and listed(doc, counted):
        return (f'the "{noun}" counted are listed in the sentence ("two conditions: ... and '
                '..."): a changed count is false at sight')
    if noun in _TIME_UNITS:
        after = text[key_tokens[-1].idx:key_tokens[-1].idx + 40]
        if _PENALTY.search(after) or modal_rule(doc[:].root) or present_tense(doc[:].root):
            return ""  # a time limit or a penalty
        return "a length of time in a past event, not a time limit or a penalty"
    before = text[max(0, key_tokens[0].idx - 20):key_tokens[0].idx]
    after = text[key_tokens[-1].idx + len(key_tokens[-1].text):][:16]
    if noun == "age" or _AGE.search(before) or re.match(r"\s*years? (?:old|of age)", after):
        return ""
    if noun in _PEOPLE or (not noun and verb is not None
                           and verb.lemma_.lower() in _PEOPLE_VERBS) or (any_count and noun):
        return ""
    return (f'a count of "{noun or "something"}": only a time limit, a penalty, an age or a '
            "count of people may be changed")
