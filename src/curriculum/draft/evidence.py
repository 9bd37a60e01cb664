"""Learning value by positive evidence: a question reaches a module only when the parse
shows that what it asks is something an officer uses.

``value.py`` lowers candidates for trivia it recognises (a venue, a founding year, the
size of an event). Every new kind of document brings trivia no list has seen (a
platform's monthly users, a workshop's first edition, a plan's evaluation date, the
staff of a study), so that alone lets them through. Here the judgement is turned
around: a blank, a choice or a true/false item must show one of these kinds of
evidence, read from the roles in the parse (dependencies, tense, modality, entities):

================================  =====================================================
evidence (kind)                   example
================================  =====================================================
``rule``: a figure a rule sets    "must notify within ____ days", "is punishable by up
(time limit, age, penalty) in a   to ____ years' imprisonment", "aged under ____"; the
modal duty, "is required", a      ``time-limit`` rule always; not "The Plan runs for
definition or a present-tense     five years" (a plan, a course, a study)
practice
``definition``, ``term``          acronyms, definitions, glossary entries, the theme's
                                  own keywords, a procedure's order
``outcome``: a count of people    "In 2023 specialist officers identified ____
or outcomes of the work, with a   children", "led to ____ arrests in 2024"; never a
date and an actor                 workload taken in ("received ____ referrals",
                                  "opened ____ investigations")
``finding``: a count a named      "the FBI reported ____ reports of ...", "Research
source reports                    shows that ..."; never the study's design
``outcome``: the reach of a       "In 2022 INTERPOL reported that ____ countries were
shared system, with a date        connected to the ICSE database" (``value.reach``)
``finding``: an official          "Police in X recorded ____ sexual offences against
statistic: offences counted in a  children in the year ending 31 March 2025"
stated period, with who recorded
``body``: the area a body covers  "the Task Force for ____" (a place blank), "In ____,
or where a rule applies           offenders must ..."
``law``: the year of a law, a     "passed a law in ____", "the Convention of ____"
convention or a treaty
================================  =====================================================

Evidence adds no weight to the score (``value.py``'s bonuses reward these already); it
is a gate, and a rank: ``choosing._rank`` puts a ``rule`` figure before every other kind.

Anything else is **not worth asking**: the candidate is held at or below
``stemcheck.HELD`` (under ``scoring.FLOOR``, well under the threshold), with the reason
in the audit ("not worth asking: a count of "users" is a figure about Threadline, not
about the work"). A candidate ``value.py`` already found
to be trivia is held too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from curriculum.draft.origins import origin_place
from curriculum.draft.questions import DraftQuestion, in_token
from curriculum.draft.statements import (
    actor,
    asserted,
    cited_finding,
    future_offence,
    modal_rule,
    present_tense,
    share_of,
    standing_policy,
    stem_rule,
    stem_verb,
    studied,
    worth,
)
from curriculum.draft.stemcheck import Score, StemView, word_set
from curriculum.draft.value import (
    counted_noun,
    deadline_of_event,
    describes_source,
    governing_verb,
    party_year,
    reach,
    year_role,
)

TIME_DUTY = "rule"
"""The evidence of a figure a rule sets (a time limit, an age, a penalty)."""
FIRST = frozenset({TIME_DUTY, "definition"})
"""Kinds ``choosing._rank`` puts first: what a rule sets and what a term means, before a
body's facts (which body, what it stands for, what it achieved)."""


@dataclass(frozen=True)
class Evidence:
    """What makes a candidate worth asking (``kind``), or why nothing does (``kind`` "")."""

    kind: str
    reason: str



_FREE = {
    "acronym": "term", "definition": "definition", "glossary": "definition",
    "key-term": "term", "ordering": "definition",
}
"""Rules whose answer is itself a term, a definition or a procedure's order."""
_FREE_REASONS = {
    "acronym": "what an acronym stands for", "definition": "a definition",
    "glossary": "a definition", "key-term": "a term of the theme's own vocabulary",
    "ordering": "the order of a procedure",
}
_TIME = word_set("minute hour day week month year")
_PEOPLE = word_set(
    "child victim offender suspect perpetrator person people boy girl minor adult "
    "defendant registrant abuser survivor individual teenager")
"""Counted, these are people the work is about."""
_RESULTS = word_set(
    "arrest conviction charge rescue identification seizure removal takedown safeguarding "
    "prosecution disruption")
"""Nouns that are an outcome of the work in themselves ("led to 40 arrests")."""
_SENT_ON = word_set(
    "referral report notice notification alert warning warrant request lead disclosure "
    "match diffusion")
"""Nouns that are an outcome only when sent on or issued, not when taken in."""
_MATERIAL = word_set("image video file photograph photo recording place location site")
"""What the work finds or holds ("the database holds 440,000 images", "located 83
places")."""
_OUT_VERBS = word_set(
    "send refer issue make forward pass disseminate submit file share generate produce request "
    "lead result publish circulate execute serve block remove identify rescue safeguard "
    "arrest convict charge prosecute locate trace detect seize hold contain find refuse deny "
    "protect help disrupt detain extradite deport save target abuse exploit groom coerce "
    "extort traffic")
"""Verbs under which a count is an outcome of the work ("issued 27 notices", "identified 212
children") or counts victims ("targeted 300 children"); under any other verb a count of
people is a sample or a population ("chosen from the 1,030 offenders living in ...")."""
_TAKEN_IN = word_set("receive handle process log open field take register manage answer "
                   "record get")
"""A workload taken in: "received 1,146 referrals", "opened 143 investigations"."""
_PENALTY = re.compile(r"^\W*(?:['\u2019]s?\s+)?(?:imprisonment|in prison|in custody|"
                      r"custody|detention|jail|of imprisonment)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|age of|ages of|under|below|over|(?:children|child|"
                         r"persons?|people|minors?|girls?|boys?) of(?: \d+ and)?)\s+$", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:years?[ -]old|years? of age)", re.I)
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
                   r"August|September|October|November|December)\b")
_LAWS = word_set("law act convention protocol directive regulation treaty statute amendment "
               "legislation code bill charter covenant rule resolution")
"""Instruments whose year an officer may need ("the 1980 Hague Convention")."""
_ENACT = word_set("pass adopt enact ratify amend sign criminalise criminalize introduce insert")
_INTO = word_set("into under by")
_BODIES = word_set(
    "unit team force taskforce partnership board group centre center office agency "
    "network service department body committee programme program desk hub council "
    "police ministry institute commission authority secretariat panel bureau")
_THIRD = word_set("it they he she we")
_AREA_PREPS = word_set("for of in across")
_UNDERTAKINGS = word_set(
    "plan strategy programme program project campaign initiative workshop conference "
    "meeting course session event study evaluation review survey")
_REPORTING = word_set("report find show estimate conclude indicate suggest state note "
                    "record confirm say warn reveal")
"""Verbs by which a named source reports a figure ("the FBI warned that ... agencies
received more than 13,000 reports": a sourced figure, not the agencies' workload; blind
review 22, b3)."""


def evidence(view: StemView, q: DraftQuestion, result: Score) -> Evidence:
    """The evidence that ``q`` asks something an officer uses, or why there is none. A
    candidate ``value.py`` marked as trivia is held without a second reason, unless the
    parse shows a rule (its trivia weight still counts): a word list's guess ("Plan the
    first visit ... within 24 hours" read as a plan) never outweighs a rule's figure."""
    if result.fatal:
        return Evidence("", "")
    found = _evidence(view, q)
    if found.kind not in _RULES and any("trivia" in r for r in result.reasons):
        return Evidence("", "")  # already said why: a venue, a founding year ...
    return found


_RULES = frozenset({TIME_DUTY, "duty"})


def _evidence(view: StemView, q: DraftQuestion) -> Evidence:
    if q.rule in _FREE:
        return Evidence(_FREE[q.rule], _FREE_REASONS[q.rule])
    if q.rule == "time-limit":
        return Evidence(TIME_DUTY, "a time limit a duty sets")
    answer = view.span_tokens(q.key)
    if q.rule.endswith("-statement"):
        return _statement(view, q, answer)
    if q.rule == "count":
        ruled = q.carried is not None and q.carried.rule  # an order's prohibition
        return figure(view, q.prompt, answer, q.sentence.instruction or bool(
            q.sentence.entitled) or stem_rule(q.sentence) or ruled, _dated(q))  # a right's limit,
        # and an exam item's keyed figure under a stem that sets a rule, as a rule's
    if q.rule == "year":
        return _year(view, answer)
    if q.rule == "place":
        return _place(view, answer)
    if q.rule == "person-role":
        return Evidence("", "who a person is or what post they hold; an officer uses what "
                        "was found or required, not the name")
    return Evidence("other", "")  # list questions ask a whole list: judged by their stem


def judge(view: StemView, q: DraftQuestion, result: Score) -> str:
    """Hold ``q`` below the floor when nothing shows it is worth asking; return the kind
    of its evidence. Evidence adds no weight: ``value.py``'s bonuses already reward a
    rule's figure, and more would lift stems that point back over the threshold."""
    found = evidence(view, q, result)
    if not found.kind:  # a proposal's penalty is no past case's: ``own.judge`` said why
        result.hold("" if q.sentence.proposed else found.reason)
    return found.kind


def _statement(view: StemView, q: DraftQuestion, answer: list[Any]) -> Evidence:
    """A true/false item asks its whole sentence: ``statements.worth`` judges it (its own
    reason is already in the score). A rule (a modal) is worth asking whatever its
    figure; a finding too; any other sentence must hang on a figure worth asking (not
    "Threadline is a platform with 38 million users", "An evaluation is due in 2027")."""
    if q.sentence.instruction:  # a rule like "must", but no statement: "Log it within
        return Evidence("duty", "an instruction to the reader")  # 2 hours." is no claim
    if q.sentence.entitled:
        return Evidence("duty", "a right its list names")
    if stem_rule(q.sentence):
        return Evidence("duty", "the keyed answer of an exam item whose stem states a rule")
    if worth(view, q.prompt, answer, bool(q.speaker), studied(q)):
        return Evidence("", "")
    root = stem_verb(view)
    main = asserted(root)
    if studied(q):  # a paper's own result: a share, or a count of people or outcomes
        return _study_result(view, answer, main)
    if share_of(main) and _DATE.search(q.prompt):
        return Evidence("finding", "an official statistic: a share of offences or people in "
                        "a stated period")
    if main is not root and describes_source(answer):
        return Evidence("finding", "a finding its source reports (its figure is the "
                        "study's sample: the item asks what was found)")
    if main is root and cited_finding(root):  # "Hanson and Bussiere (1998) found an
        return Evidence("finding", "a finding its cited source reports")  # average rate"
    if in_token(q.analysis.doc.text, q.key):
        if modal_rule(main):
            return Evidence("duty", "a rule or a duty")
        return Evidence("", 'its only number is half of a token ("24/7", a name\'s "K-9/5"), '
                        "not a figure: nothing here is worth a true/false item")
    if main is not root:  # a finding: its figure may be a time or a date, not a body's size
        noun = counted_noun(answer) or ""
        measure = _measure(view, answer, noun, governing_verb(answer, hops=8))
        if _is_year(answer) or measure in _WORTH_MEASURES:
            return Evidence("finding", "a finding its source reports")
        return figure(view, q.prompt, answer, dated=_dated(q))
    found = (_year(view, answer) if _is_year(answer)
             else figure(view, q.prompt, answer, dated=_dated(q)))
    if found.kind or not modal_rule(main):
        return found
    return Evidence("duty", "a rule or a duty")


def _dated(q: DraftQuestion) -> bool:
    return q.analysis.cleaned.doc_date is not None


_SHARE = re.compile(r"%|\bper ?cent\b|\bin (?:every|each) \d|\bone in \w+", re.I)


def _study_result(view: StemView, answer: list[Any], main: Any) -> Evidence:
    """What a paper found is worth a true/false item when it is a share ("3.9% were
    reconvicted", "... occurred in 11.4%") or a count of people or outcomes; not its design
    (a length of time, its sample's size), which ``value.py`` holds as trivia too."""
    args = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "prep")]
    if any(t.ent_type_ == "PERCENT" or _SHARE.search(t.text) for a in args for t in a.subtree
           if t.i < len(view.doc) and view.inside(t)):
        return Evidence("finding", "a share the paper found, its authors and year in front")
    noun = _singular(counted_noun(answer) or "")
    measure = _measure(view, answer, noun, governing_verb(answer, hops=8))
    if measure in ("people", "outcome", "statistic"):
        return Evidence("finding", "a count the paper found, its authors and year in front")
    return Evidence("", "a figure of the paper's own design or of one event, not a share or "
                    "a count of people it found")


def figure(view: StemView, prompt: str, answer: list[Any], rule: bool = False,
           dated: bool = False) -> Evidence:
    """A counted figure: set by a rule, an outcome of the work with its date and actor,
    or reported by a named source; else a figure about a body, an event or a plan.
    ``rule``: the sentence is an instruction to the reader (``sentences.Sentence``);
    ``dated``: the document has a date, which bounds a past outcome it reports."""
    noun = _singular(counted_noun(answer) or "")
    verb = _acted_on(answer, governing_verb(answer, hops=8))
    measure = _measure(view, answer, noun, verb)
    if measure == "time" and _commencement(view.doc[:].root):
        return Evidence("", "when a law will come into force: a step of its timetable, not a "
                        "limit an officer meets")
    if measure == "time" and for_audience(verb):
        return Evidence("", "a promise to the event's own audience (what its participants "
                        "receive and when), not a limit of the work")
    if measure in ("time", "age", "penalty"):
        if rule or _in_rule(verb) or _in_rule(view.doc[:].root) or _will_within(
                view, answer, verb) or (verb is not None and standing_policy(verb)) or (
                future_offence(view.doc[:].root)):
            return Evidence(TIME_DUTY, f"a {_MEASURES[measure]} a rule sets")
        if measure in ("time", "age") and _found(view, verb):
            return Evidence("finding", f"{_LOOSE[measure]} in what a named source reports "
                            "or a study found")
        if any(_undertaking(v) for v in (verb, view.doc[:].root) if v is not None):
            return Evidence("", "the length of a plan, a course or a study, not a limit a "
                            "rule sets")
        return Evidence("", f"{_LOOSE[measure]} in one past event or case, not one a rule "
                        "sets")
    counted = _counted_word(answer) or noun
    if measure == "reach":  # a system's reach changes: only a dated one is worth asking
        if not (_DATE.search(prompt) or (dated and _past(verb))):
            return Evidence("", f'a count of "{counted}" connected to a system, with no '
                            "date: as of when?")
        if _source_reports(view, verb):
            return Evidence("finding", "a figure a named source reports")
        return Evidence("outcome", "the reach of a shared system (who is connected to it), "
                        "with its date")
    if measure == "statistic":
        return _statistic(view, prompt, counted, verb, dated)
    if measure in ("people", "outcome", "material"):
        if _source_reports(view, verb):
            return Evidence("finding", "a figure a named source reports")
        return _outcome(view, prompt, counted, noun, verb, dated)
    if not noun and verb is not None and _bare_subject(answer, verb):
        return Evidence("", f'a count of those who "{verb.text}" (a bare number as subject), '
                        "not of people or outcomes the work reached")
    what = f'a count of "{counted}"' if counted else "a figure"
    return Evidence("", f"{what} is a figure about {_owner(verb)}, not about people, "
                    "outcomes or limits of the work")


_MEASURES = {"time": "time limit", "age": "age", "penalty": "penalty"}
_LOOSE = {"time": "a length of time", "age": "an age", "penalty": "a penalty"}
_WORTH_MEASURES = frozenset({"time", "age", "penalty", "people", "outcome", "material",
                             "reach", "statistic"})


def _measure(view: StemView, answer: list[Any], noun: str, verb: Any | None) -> str:
    if reach(view, answer):
        return "reach"
    text = view.doc.text
    before = text[max(0, answer[0].idx - 24):answer[0].idx] if answer else ""
    after = text[answer[-1].idx + len(answer[-1].text):][:30] if answer else ""
    if noun == "age" or _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return "age"
    if noun in _TIME:
        unit_end = re.match(r"^\s*(?:working\s+)?\w+", after)
        rest = after[unit_end.end():] if unit_end else after
        return "penalty" if _PENALTY.match(rest) else "time"
    if noun in _PEOPLE or (not noun and verb is not None and not _bare_subject(answer, verb)
                           and verb.lemma_.lower() in _OUT_VERBS - word_set("hold contain")):
        return "people"
    if noun in _RESULTS or noun in _SENT_ON:
        return "outcome"
    if noun in _OFFENCES:
        return "statistic"
    if noun in _MATERIAL:
        return "material"
    if _fine(answer):
        return "penalty"
    return noun


_FINES = word_set("fine penalty")


def _fine(answer: list[Any]) -> bool:
    """The sum is a fine the law sets ("punishable by a fine of up to 50,000 crowns"): a
    penalty, as a term of imprisonment is, not a figure about the body that levies it."""
    for token in answer[0].ancestors if answer else ():
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in _FINES:
            return True
    return False


def _bare_subject(answer: list[Any], verb: Any) -> bool:
    """A bare number is the subject of an active verb ("58 officers took the course, and
    54 passed"): it counts who did something, not people the work reached ("212 were
    identified", "identified 212")."""
    return any(t.dep_ == "nsubj" and t.head.i == verb.i for t in answer)


def _singular(noun: str) -> str:
    """A counted name's lemma keeps its plural ("Yellow Notices" -> "notices")."""
    known = _PEOPLE | _RESULTS | _SENT_ON | _MATERIAL | _TIME
    return noun[:-1] if noun not in known and noun.endswith("s") and noun[:-1] in known else noun


def _counted_token(answer: list[Any]) -> Any | None:
    """The counted noun, as ``value.counted_noun`` finds it."""
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            head = token.head
            for _ in range(3):
                if head.pos_ in ("NOUN", "PROPN") or head.head.i == head.i:
                    break
                head = head.head
            if head.pos_ in ("NOUN", "PROPN"):
                return head
    return None


def _counted_word(answer: list[Any]) -> str:
    """The counted noun as written ("children")."""
    token = _counted_token(answer)
    return str(token.lower_) if token is not None else ""


def _acted_on(answer: list[Any], verb: Any | None) -> Any | None:
    """The verb that acts on what is counted: a participle or relative clause on the
    counted noun ("discussed the 36 victims identified by the task force") before the
    verb the count hangs on."""
    noun = _counted_token(answer)
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _OUT_VERBS:
                return child
    return verb


def _outcome(view: StemView, prompt: str, counted: str, noun: str,
             verb: Any | None, dated: bool = False) -> Evidence:
    """People or outcomes of the work count only as a result: not taken in, dated, with
    who did it. A past outcome with no date of its own in a dated document (a news
    release: "Their work led to 36 referrals") is dated by the document: it happened by
    then, and the author adds "In 2021" (a light edit)."""
    lemma = verb.lemma_.lower() if verb is not None else ""
    said = verb.text if verb is not None else "is"
    if lemma not in _OUT_VERBS | _TAKEN_IN and noun not in _RESULTS:
        return Evidence("", f'a count of "{counted or "people"}" no one acted on ("{said}"): '
                        "a sample, a population or a caseload, not an outcome of the work")
    if lemma in _TAKEN_IN or (noun in _SENT_ON | _MATERIAL and lemma not in _OUT_VERBS):
        return Evidence("", f'a workload ("{said} ... {counted}"): it measures what a body '
                        "took in, not what the work achieved")
    what = f'a count of "{counted}"' if counted else "a count of people"
    if not _DATE.search(prompt) and not (dated and _past(verb)):
        return Evidence("", f"{what} with no date: when was it so?")
    verbs = [v for v in (verb, view.doc[:].root) if v is not None]
    if verb is not None and verb.dep_ == "conj":
        verbs.append(verb.head)  # "were identified and safeguarded by ..."
    if not any(_doer(v) for v in verbs):
        return Evidence("", f"{what} with no actor: who achieved it?")
    return Evidence("outcome", "a dated outcome of the work, with who achieved it")


_OFFENCES = word_set("offence offense crime incident")
"""Counted, these measure offending itself: recorded crime, an official statistic."""


def _statistic(view: StemView, prompt: str, counted: str, verb: Any | None,
               dated: bool) -> Evidence:
    """A count of offences is an official statistic ("Police in Northmere recorded ____
    sexual offences against children in the year ending 31 March 2025"): a dated finding
    about offending when the stem says over what period or as of when, and who recorded or
    reports it (the police of an area, a statistics service, a named source); recording
    crime is how offending is measured, not a body's workload."""
    what = f'a count of "{counted or "offences"}"'
    if _source_reports(view, verb) and not (verb is not None and verb.lemma_.lower() == "record"):
        # "the FBI reported ..."; but "recorded" is how the count was made, not a source
        return Evidence("finding", "a figure a named source reports")
    if not _DATE.search(prompt) and not (dated and _past(verb)):
        return Evidence("", f"{what} with no date or period: when was it so?")
    verbs = [v for v in (verb, view.doc[:].root) if v is not None]
    if not any(_doer(v) for v in verbs):
        return Evidence("", f"{what} with no one who recorded or reports it: whose figure?")
    return Evidence("finding", "an official statistic: offences in a stated period, with "
                    "who recorded them")


def _past(verb: Any | None) -> bool:
    """A finished event: the simple past ("led to") or the perfect ("have identified")."""
    if verb is None:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children))


def _doer(verb: Any) -> bool:
    """The verb says who did it: a named or acting subject or agent (``statements``), an
    agent phrase ("refused entry by the destination country"), or a noun subject of an
    active verb ("the unit sent 40 referrals"); not a bare passive ("were identified")."""
    if actor(verb) or any(t.lower_ == "by" and t.dep_ in ("agent", "prep") and any(
            c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
            for t in verb.subtree if _clause_of(t).i == verb.i):
        return True
    return any(c.dep_ == "nsubj" and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in _THIRD)
               for c in verb.children)  # a pronoun's own penalty is ``stemcheck``'s


def _clause_of(token: Any) -> Any:
    """The nearest verb above ``token`` (itself for a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _in_rule(verb: Any | None) -> bool:
    """The verb, or one it hangs on (an infinitive, a coordinated or relative clause),
    states a rule: a modal of duty, "is required", "punishable", or the present tense."""
    for _ in range(4):
        if verb is None:
            return False
        if modal_rule(verb) or _instruction(verb) or (
                present_tense(verb) and not _undertaking(verb)):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_LIMIT = re.compile(r"\b(?:within|no later than|not later than)\s+$", re.I)


def _will_within(view: StemView, answer: list[Any], verb: Any | None) -> bool:
    """A policy's "will" with a time limit states its duty ("The welfare officer will refer
    the concern within 24 hours"); a body's "will report in six months" is a plan."""
    before = view.doc.text[max(0, answer[0].idx - 20):answer[0].idx] if answer else ""
    return verb is not None and bool(_LIMIT.search(before)) and any(
        c.tag_ == "MD" and c.lower_ in ("will", "'ll") for c in verb.children) and not (
        _undertaking(verb) and not _step_after_event(answer, verb))


_STEPS = word_set("session meeting visit test check interview assessment review")
"""Steps of the work with a person (a polygraph session, a strategy meeting, a home
visit, a review of a risk) as well as parts of a course or a plan."""


def _step_after_event(answer: list[Any], verb: Any) -> bool:
    """ "The first polygraph session will be held within three months of release": a step
    of the work timed from an event of the case ("of release", "of the referral") is a
    limit the work keeps, not the length of a plan or a course."""
    return deadline_of_event(answer) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _STEPS for c in verb.children)


_AUDIENCE = word_set("participant attendee delegate registrant trainee")
"""The people an event or a course is for: what they are sent, and when, is the event's
housekeeping ("The slides will be sent to all participants within five working days")."""
_RECEIVE = word_set("receive get")


def for_audience(verb: Any | None) -> bool:
    """The figure times something done for the event's own audience: sent or given to
    them ("to participants", "participants will be sent"), received by them
    ("Attendees receive a certificate within ten days"), or their own attendance
    ("certificates go to attendees who stay for at least 75 minutes"; blind review 21)."""
    if verb is None:
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _AUDIENCE:
        return True  # "... to attendees who stay for at least 75 minutes": their own attendance
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _AUDIENCE for g in child.children):
            return True
        if child.dep_ in ("dative", "nsubjpass") and child.lemma_.lower() in _AUDIENCE:
            return True
        if (child.dep_ == "nsubj" and child.lemma_.lower() in _AUDIENCE
                and verb.lemma_.lower() in _RECEIVE):
            return True
    return False


def _instruction(verb: Any) -> bool:
    """An instruction of a procedure: a bare verb with no subject and no "to" heading its
    sentence ("Check the series within 24 hours", "never tell a caller to wait ...")."""
    return (verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                        for c in verb.children)
            and (verb.dep_ == "ROOT" or _instruction(verb.head)))


_IN_FORCE = word_set("bill act law regulation regulations provision provisions amendment order "
                   "code convention protocol directive treaty statute section part")
_STARTS = word_set("come take commence enter begin start apply")


def _commencement(root: Any) -> bool:
    """ "The Bill will come into force three months after it receives assent": a law's
    own timetable, read from a future of starting whose subject is a law (the present tense
    of "after it receives" is no practice)."""
    return (root.lemma_.lower() in _STARTS
            and any(c.tag_ == "MD" and c.lower_ in ("will", "'ll", "shall") for c in root.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _IN_FORCE
                    for c in root.children))


def _undertaking(verb: Any) -> bool:
    """The present tense describes a plan, a course or a study ("The Plan runs for five
    years"), not a practice."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _UNDERTAKINGS
               for c in verb.children)


def _found(view: StemView, verb: Any | None) -> bool:
    """A time or an age in what a named source reports ("the FBI warned that ...") or in a
    share a study found ("the chair cited the 1997 study: in 74% of the cases the child
    was dead within three hours"): what is known about such cases, not one case's
    history."""
    if _named_reporter(view, verb):
        return True  # "The FBI warned that ... at least 20 young people had died"
    shared = any(t.ent_type_ == "PERCENT" or _SHARE.search(t.text)
                 for t in view.tokens())
    return shared and any(t.lemma_.lower() in ("study", "research", "survey")
                          for t in view.tokens())


def _named_reporter(view: StemView, verb: Any | None) -> bool:
    """The figure sits in what a body named by its proper name reports, a clause after its
    verb ("The FBI warned that ...", "The National Crime Agency of Velmor warned in March
    2025 that ..."): not "A skeletal survey found ..." (one case's examination), "the
    review found", nor "the UCO will record the information" (a duty, not a report)."""
    token = _reporting_verb(verb)
    if token is None:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and view.inside(subject) and (
        subject.pos_ == "PROPN" or subject.ent_type_ == "ORG") and any(
        c.dep_ == "ccomp" for c in token.children)  # reports that ...


def _source_reports(view: StemView, verb: Any | None) -> bool:
    """The figure sits in what a named source reports ("the FBI reported", "a 2004 review
    found that ..."): a finding about the phenomenon."""
    return _reporting_verb(verb) is not None


def _reporting_verb(verb: Any | None) -> Any | None:
    """The nearest verb of reporting with an actor at or above ``verb``, or None."""
    for token in [verb, *(verb.ancestors if verb is not None else ())]:
        if token is not None and token.pos_ in ("VERB", "AUX") and (
                token.lemma_.lower() in _REPORTING and actor(token)):
            return token
    return None


def _owner(verb: Any | None) -> str:
    """Whose figure it is: the subject of the verb, shortened ("Threadline", "the
    unit"); else "a body, an event or a plan"."""
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl") and child.pos_ != "PRON":
                words = [t.text for t in child.subtree]
                if len(words) <= 5:
                    if child.left_edge.pos_ == "DET":
                        words[0] = words[0].lower()  # "the selection"
                    return " ".join(words)
    return "a body, an event or a plan"


def _year(view: StemView, answer: list[Any]) -> Evidence:
    """Only the year of a law, a convention or a treaty; any other year dates a body, an
    event, a study or a plan."""
    if _law_year(answer):
        return Evidence("law", "the year of a law")
    role = year_role(answer, view.doc) or _year_of(answer)
    what = {
        "study": "the year a study or report came out",
        "due": "when a review, an evaluation or a step of a plan is due",
        "founding": "the year a body was set up or launched",
        "party": "the year one state ratified or signed a treaty",
        "career": "a year in someone's career",
        "review": "when a review or report is due",
        "trend": "when a trend began",
        "event": "the year of a meeting or event",
    }.get(role, "a year that dates an event, a study or a plan, not a law")
    return Evidence("", f"{what}: it tests memory of dates, not practice")


_STUDIES = word_set("study report review meta-analysis research survey evaluation analysis "
                  "paper article inquiry")
_DUE = word_set("due scheduled expected planned")
_EVENTS = word_set("edition meeting conference workshop seminar summit session course event "
                 "launch opening")


def _year_of(answer: list[Any]) -> str:
    """What else a year may date: a study ("A study published in 2019 found"), or a
    step that is due ("is due in 2027")."""
    for token in answer[0].ancestors if answer else ():
        lemma = token.lemma_.lower()
        if lemma in _DUE or any(c.dep_ == "acomp" and c.lemma_.lower() in _DUE
                                for c in token.children):
            return "due"  # "is due in 2027": the year hangs on "is", beside "due"
        if token.pos_ in ("NOUN", "PROPN") and lemma in _STUDIES:
            return "study"
        if token.pos_ in ("NOUN", "PROPN") and lemma in _EVENTS:
            return "event"
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl"):
            return ""
    return ""


def _law(token: Any) -> bool:
    """A law, a convention, rules ("INTERPOL's Rules on ...": a name's plural)."""
    return bool({token.lemma_.lower(), token.lower_.removesuffix("s")} & _LAWS)


def _law_year(answer: list[Any]) -> bool:
    """The year hangs on a law ("the Convention of 1980", "Act 2017"), or on a verb that
    makes one ("passed a law in 2017", "entered into force in 2004")."""
    if not answer:
        return False
    head = answer[0].head
    for _ in range(4):
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and _law(head):
            return True
        if head.pos_ in ("VERB", "AUX"):
            if party_year(head):
                return False  # one state's ratification, not the law's own date
            args = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            args += [g for c in head.children if c.dep_ == "prep" and c.lower_ in _INTO
                     for g in c.children if g.dep_ == "pobj"]  # "introduced into law"
            if head.dep_ in ("acl", "relcl"):  # "The law passed in 2017", "its Rules on
                args += [head.head, *list(head.head.ancestors)[:4]]  # ..., which were adopted"
            laws = any(_law(t) for a in args for t in (a.subtree if a.i >= head.i else [a]))
            force = lemma in ("enter", "come") and any(
                c.lower_ == "into" and any(g.lower_ == "force" for g in c.children)
                for c in head.children)
            return laws and (lemma in _ENACT or force)
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _place(view: StemView, answer: list[Any]) -> Evidence:
    """A place blank: the area a body covers ("the Task Force for Asia"), or where a rule
    applies ("In Estoria, offenders must ..."); never where something happened."""
    if answer:
        prep = answer[0].head
        body = prep.head
        if prep.lower_ in _AREA_PREPS and body.pos_ in ("NOUN", "PROPN") and (
                body.lemma_.lower() in _BODIES or body.ent_type_ == "ORG") and not (
                _sits_in(prep, body)):
            return Evidence("body", "the area a body covers")
        verb = governing_verb(answer, hops=4)
        verbs = [verb, *verb.ancestors] if verb is not None else []
        if any(v.pos_ in ("VERB", "AUX") and modal_rule(v) for v in verbs[:4]):
            return Evidence("body", "where a rule applies")  # "who live in X must ..."
        if origin_place(answer):
            return Evidence("origin", "where a field's named model originated")
    return Evidence("", "a place where something happened, not the area a body covers "
                    "or where a rule applies")


_PREMISES = word_set("centre center office hub desk headquarters base")
"""Bodies' nouns that also name a building: "the training centre in ____"."""


def _sits_in(prep: Any, body: Any) -> bool:
    """ "the training centre in Leeds": a building's common noun "in" a place says where
    it sits (a venue, trivia), not the area a body covers ("police forces in ____",
    "the Task Force for ____")."""
    return (prep.lower_ == "in" and body.pos_ == "NOUN" and body.ent_type_ != "ORG"
            and body.lemma_.lower() in _PREMISES)


def _is_year(tokens: list[Any]) -> bool:
    return len(tokens) == 1 and re.fullmatch(r"(?:1[89]|20)\d\d", tokens[0].text) is not None
