"""Learning value: is the asked fact something an officer can use, or only a detail?

A trainer drops questions that are true and checkable but of no use on the job (the
rubric's "trivia"): a body's founding year, the town where a board meets, the size of
an event, a unit's yearly workload, how many objects a task force published, how long a
study followed people, how many months until a review reports. It keeps figures an
officer acts on: children identified, offenders arrested, referrals, notices, time
limits, ages, penalties.

The judgement reads the *role* of the answer in the parsed sentence, not the words of
particular texts. Each feature adds a documented weight and writes its reason (shown in
the audit beside the candidate). These features lower or raise a score; they are not
the gate: a deny list never ends, so ``evidence.py`` then holds every candidate below
the floor that shows no positive evidence of use (a rule's figure, a definition, a dated
outcome with its actor, a finding, which body, a law's year), and any candidate marked
"trivia" here:

=========================================  ======  =====================================
feature (from the parse)                   weight  example
=========================================  ======  =====================================
counted noun: the size of an event/body    -0.35   "216 participants", "nine officers"
counted noun: the text's own make-up       -0.40   "three ways", "four principles"
counted noun: a product, budget or sum     -0.35   "20 objects", "EUR 2 million"
count: what a review itself looked at      -0.40   "interviews with 64 practitioners"
count: a workload taken in                 -0.35   "received 1,486 notifications" (never
                                                   a time: "receives ... within 28 days")
count: a study's design (follow-up, pool)  -0.35   "Smith (2004) pooled 61 studies",
                                                   "over a follow-up of five years"
count: how long a course or session lasts  -0.35   "limits sessions to 45 minutes"
count: the sentence passed in one case     -0.35   "the court sentenced him to 3 years",
                                                   "the court made an order for ten years"
count: a trend in one body's figures       -0.35   "referrals rose to 88"
count: one person's past case              -0.35   "In March 2024 examiners found 2,140
                                                   images on his laptop" (not "In 2023
                                                   the unit identified 212 children")
count: a study's sample size               -0.35   "the study followed 1,200 offenders"
count: the sample in a finding's source    -0.35   "An analysis of 2,300 reports showed
                                                   that ..." (its true/false asks the
                                                   finding: no penalty)
count: a sample's size or part of it       -0.35   "19 of the 52 files", "in the sample"
count: a body's months to act              -0.35   "Within 12 months, the police should"
statement: a staff or event count in it    -0.35   "when it had four analysts"
count: a study's length or a wait          -0.35   "followed for ten years", "report
                                                   within six months" (no duty)
count of an operational noun               +0.10   "27 children", "within 24 hours"
count: a shared system's reach             +0.00   "68 countries were connected to the
                                                   database" (not "officers from 12
                                                   countries joined the operation")
year: founding, launch, meeting, career    -0.35   "was set up in 2015", "joined in 1998"
year: when a review returns or reports     -0.35   "the inspectorate will return in 2026"
  (a future or a duty; a past report with           (not "Europol reported in 2017 that
  its finding is a sourced finding)                 ...": ``evidence.py`` holds the year)
year: when a trend began                   -0.35   "have risen every year since 2022"
year: the date of a law or an outcome      +0.05   "the law passed in 2017"
year: one state's ratification, signature  -0.35   "Caldera ratified the Convention in
                                                   1991" (not its entry into force)
year or place in an invented scenario      -0.35   a case study that says its names and
                                                   places are invented: "both parties to
                                                   a treaty signed in 2016"
place: a venue (meets, based, held in)     -0.35   "the board meets in Exeter"
verb: an event itself (met, took place)    -0.35   "brought together", "took place",
                                                   "participated in"
a definition or legal threshold            +0.10   "under the age of", "punishable"
an outcome or procedure                    +0.05   identify, arrest, refer, remove
a duty (must, shall, required)             +0.05   "must notify"
main verb a plan (plans, intends, aims)    -0.30   "the unit plans to connect ..."
main verb a body's founding or publishing  -0.35   "was formed in 2016 by four forces",
                                                   "the review was commissioned in 2024"
main verb thanks or welcomes a person      -0.35   "We thank DS Holbrook for building ...",
                                                   "Our thanks go to the volunteers ..."
count: a step in someone's career          -0.35   "who retires after 30 years of service"
acronym: its sentence a body's staffing    -0.35   "The ____ (PPU) has 19 offender managers
                                                   across three hubs" (as its count is)
=========================================  ======  =====================================
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.deadlines import duty_deadline
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.standing import service_target, standing_cap, standing_term
from curriculum.draft.stemcheck import Score, StemView, names_something, word_set

_TRIVIA_COUNT = word_set(
    "participant attendee delegate delegation speaker panellist panelist edition session "
    "workshop meeting conference seminar guest visitor representative member staff "
    "country nation organisation organization agency officer analyst staff employee "
    "investigator personnel trainer page floor room seat post position"
)
_OPERATIONAL = word_set(
    "child victim offender suspect perpetrator case referral report arrest image video file "
    "hour day week month notice investigation conviction account platform device record "
    "match lead warrant search identification rescue prosecution sentence age notification "
    "order restriction warning alert removal takedown request"
)
_STRUCTURE = word_set(
    "way trend point principle element theme topic area issue recommendation lesson step "
    "stage category pillar priority part section chapter question factor finding reason "
    "aspect type form kind objective goal component strand workstream item language "
    "student school interpreter volunteer office branch state"
)
"""Counted, these describe the text or the event ("in three ways", "four principles",
"30 students"), not something an officer acts on."""
_PRODUCT = word_set(
    "object publication guide guideline toolkit leaflet poster booklet brochure handbook "
    "edition newsletter podcast budget fund funding grant cost contract licence license"
)
"""Things a body made, published or spent: "20 objects", "three guides", "a budget"."""
_FUNDING = word_set("allocate fund invest spend cost award grant budget finance receive")
"""A sum with one of these verbs is a budget ("allocated EUR 2 million"); a sum paid for
abuse ("payments of less than 50 euros") is not."""
_CURRENCY = word_set("euro dollar pound franc")
_METHOD = word_set("examine review interview speak survey consult visit sample study read")
"""A count of what a review itself looked at ("64 practitioners interviewed")."""
_WORKLOAD = word_set("receive handle process log answer field register manage")
"""Verbs of work taken in: "the unit received 1,486 notifications" measures the unit."""
_HARM = word_set("child victim offender suspect perpetrator referral report arrest abuser "
               "image video")
"""Nouns whose count says something about offending or victims even when received."""
_TIME_UNITS = word_set("minute hour day week month year")
"""A count of these measures time: a limit, a term, a wait; never a workload taken in
("receives a risk assessment within 28 days" is a deadline, whatever the verb)."""
_CHANGE = word_set("rise increase grow fall decline drop decrease double triple climb soar")
"""Verbs of a trend: "reports rose to 88", "have risen every year since 2022"."""
_COURSE = word_set("session course module lesson class practical exercise workshop seminar "
                 "training lecture break curriculum tutorial learning e-learning elearning "
                 "webinar")
"""What a course is made of: their minutes and days describe the course, not the job
("Mandatory e-learning (45 minutes, module X-1) opens on 3 March": the length of the
document's own training, logistics for its readers)."""
_SHARED_PARTS = word_set("session break class exercise practical")
"""Parts of a course that are also parts of the work: a questioning session with a child,
a break in a child's evidence. Their length is trivia only when the sentence names no
person the work is done with (``_SUBJECTS_OF_WORK``)."""
_SUBJECTS_OF_WORK = word_set("child victim witness complainant suspect offender defendant "
                           "survivor interviewee detainee")
"""People an officer or a court deals with: "sessions of questioning should not exceed 45
minutes for a child under 11" limits the work with the child, not a course."""
_EVERY = word_set("every each per")
_PENALTY_VERBS = word_set("sentence jail imprison fine order detain")
_PENALTY_NOUNS = word_set("sentence term")
_COURTS = word_set("court judge jury magistrate tribunal bench")
_LAW_MARKS = word_set("maximum minimum mandatory possible")
_FOLLOW_UP = word_set("follow-up period duration span window length")
_SAMPLE_VERBS = word_set("pool include recruit enrol enroll combine analyse analyze")
_AUTHORS = (r"[A-Z][\w'\u00c0-\u017f-]+(?:\s+(?:and|&)\s+[A-Z][\w'\u00c0-\u017f-]+"
            r"|\s+et\s+al\.?)?,?\s+")
"""A citation's authors: "Hanson and Bussiere", "Perez et al.", with the comma or space
before its year."""
_CITATION = re.compile(_AUTHORS + r"\((?:19|20)\d\d[a-z]?\)")
"""An author-year citation, "Hanson and Bussiere (1998)": the sentence reports a study."""
_STUDY = word_set("follow track monitor observe study last run")
_FINDS = word_set("find show conclude estimate report reveal indicate suggest confirm")
"""Verbs of a finding: past, with a clause or a study, their year is when it came out."""
_WAIT = word_set("report review publish evaluate present complete conclude deliver reconvene")
"""Planning verbs: "the board will report within six months" (a wait, not a duty)."""
_BODIES = word_set(
    "unit team force taskforce partnership board group centre center office agency "
    "organisation organization network service department body committee programme "
    "program project desk hub council forum association police ministry institute "
    "foundation campaign initiative coalition alliance inspectorate commission authority "
    "secretariat panel"
)
"""Nouns naming a body whose own history (founding, moves, growth) is trivia."""
_SAMPLE = word_set("sample cohort respondent")
"""A count in a sentence about a sample ("Twelve offenders in the sample") describes the
review's material."""
_DEADLINE_UNITS = word_set("month year")
_STUDIES = word_set("study research survey evaluation review analysis trial researcher "
                  "cohort project assessment inquiry")
_PLAN = word_set("plan intend aim hope expect envisage want")
"""A sentence whose main verb is a plan says what a body means to do, not what is so."""
_SPAN_UNITS = word_set("day week month hour")
_LONG_UNITS = word_set("week month year")
_SPENDING = word_set("spend last run take")
_FOUNDING = word_set(
    "found founding foundation establish establishment create creation launch inaugurate "
    "introduce form formation inception start open expand merge rename relocate move "
    "restructure reorganise reorganize"
)
"""A body's history: its founding, and how it grew or moved since."""
_CAREER = word_set("join appoint elect retire bear promote")
_CAREER_STEPS = word_set("retire resign")
"""A person's career ending ("who retires in June after 30 years of service"); not a duty
to appoint someone ("will appoint a named social worker within 2 working days")."""
_COURTESY = word_set("thank welcome congratulate farewell commend")
"""Staff news: "We thank DS Holbrook for ...", "We welcome DC Reyes to the unit"."""
_THANKS = word_set("thank congratulate commend")
"""Courtesy whatever its object: "The Partnership thanks the practitioners who ..."."""
_GRATITUDE = word_set("thanks thank gratitude appreciation congratulation")
"""A subject that is thanks: "Our thanks go to the volunteers, who gave 3,000 hours"."""
_EVENT = word_set("host meet gather convene attend visit welcome participate")
_VENUE = _EVENT | word_set("hold base locate headquarter sit")
_VENUE_NOUNS = word_set("meeting conference workshop seminar summit session office "
                      "headquarters base seat venue hotel room")
_LAW_NOUNS = word_set("law act convention protocol directive regulation code statute "
                    "amendment treaty bill order judgment ruling decision legislation "
                    "offence offense power duty requirement rule register")
_LAW_VERBS = word_set("pass adopt enact ratify amend criminalise criminalize enter sign "
                    "convict sentence rule")
_OUTCOME = word_set(
    "identify rescue arrest convict safeguard locate remove refer charge prosecute "
    "sentence seize detect block report notify refuse deny"
)
_DUTY = re.compile(r"\b(?:must|shall|required|obliged|obligation)\b", re.I)
_LEGAL = re.compile(
    r"\b(?:under the age of|aged? (?:under|below|over)|years? old|within \d+|up to \d+ years|"
    r"minimum|maximum|offence|offense|criminali[sz]|punishable|defined as|means)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_KNOWLEDGE = frozenset({"acronym", "definition", "glossary", "time-limit", "ordering"})
"""Rules that ask for a definition, a duty's time limit or a procedure's order."""
_MONEY = re.compile(r"(?:[€$£]|\b(?:EUR|USD|GBP|CHF)\s?)$")


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Add the learning-value features of ``q`` to ``result`` (see the module docstring)."""
    answer = view.span_tokens(q.key)
    _count_value(view, q, answer, result)
    _year_value(view, q, answer, result)
    _place_value(view, q, answer, result)
    if q.rule.endswith("-statement") and not any("trivia" in r for r in result.reasons):
        _statement_counts(view, q, result)
    if q.rule != "person-role" and not any("trivia" in r for r in result.reasons):
        _main_verb_value(view, result)
    if q.rule == "acronym" and not any("trivia" in r for r in result.reasons):
        _acronym_content(view, result)
    _sentence_value(view, q, result)


_STAFFING = word_set(
    "manager sergeant inspector supervisor detective constable hub site team desk branch "
    "office unit base station worker caseworker coordinator")
"""Posts and places a body is made of ("19 offender managers across three hubs"), when the
parse shows them as its make-up (``_spread``); "took down 200 sites" is an outcome."""
_SPREAD = word_set("across over between at in by")


def _acronym_content(view: StemView, result: Score) -> None:
    """An acronym question blanks a name and asks nothing else of its sentence, so the
    sentence must be worth reading: one whose content is a body's staffing or structure
    ("The ____ (PPU) has 19 offender managers across three hubs, supervised by two
    sergeants") is the same trivia as the count asked of it. Read from the figures in the
    stem: a number counting staff, posts or sites, or the object of a verb of having."""
    for token in view.tokens():
        if not (token.like_num or token.pos_ == "NUM") or _YEAR.fullmatch(token.text) or (
                names_something([token])):
            continue
        noun = counted_noun([token])
        if noun is None or noun in _TIME_UNITS or reach(view, [token]):
            continue
        if noun in _TRIVIA_COUNT or _make_up([token]) or _has(token) or (
                noun in _STAFFING and _spread(token)):
            result.add(-0.35, f'trivia: the acronym\'s sentence gives a body\'s staffing or '
                       f'structure (a count of "{noun}"), and the blank asks only its name')
            return


def _spread(number: Any) -> bool:
    """The counted post or place is where a body sits or who runs it ("across three hubs",
    "supervised by two detective sergeants"), not what the work acted on."""
    noun = _noun_of(number)
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _SPREAD


def _has(number: Any) -> bool:
    """The number counts the object of a verb of having ("has 19 offender managers")."""
    noun = _noun_of(number)
    return noun is not None and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in _HAVE)


def _main_verb_value(view: StemView, result: Score) -> None:
    """Whatever is asked, a sentence whose main verb reports a body's founding, growth or
    publication ("The partnership was formed in 2016 by four forces") is about the body."""
    root = view.doc[:].root
    lemma = root.lemma_.lower()
    if root.pos_ not in ("VERB", "AUX"):
        return  # a noun ("Submission form to the laboratory", a table row): no act of a body
    if lemma == "commission" or (lemma in _FOUNDING | {"publish"} and _body_subject(root)):
        result.add(-0.35, f'trivia: the sentence reports what a body did as a body ("{lemma}")')
    elif lemma in _COURTESY and root.pos_ == "VERB" and (lemma in _THANKS or any(
            t.ent_type_ == "PERSON" for c in root.children if c.dep_ == "dobj"
            for t in c.subtree)):
        result.add(-0.35, f'trivia: staff news ("{lemma}" a person: thanks, a welcome, a '
                   "farewell), not content")
    elif any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _GRATITUDE
             for c in root.children):
        result.add(-0.35, "trivia: thanks (\"our thanks go to ...\"), not content")


def _denominator(answer: list[Any]) -> bool:
    """ "19 of the 52 files": the whole a part is taken from (a sample's size)."""
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            noun = token.head
            while noun.dep_ == "compound" and noun.head.i != noun.i:
                noun = noun.head  # "60 case files": the files are counted
            prep = noun.head
            if noun.dep_ == "pobj" and prep.lower_ == "of" and (
                    prep.head.like_num or prep.head.pos_ == "NUM" or any(
                        c.dep_ in ("nsubj", "nsubjpass") and (c.like_num or c.pos_ == "NUM")
                        for c in prep.head.children)):
                return True  # "19 of the 52 files", "Of the 88 referrals, 17 led to"
    return False


def _deadline(view: StemView, answer: list[Any], verb: Any) -> bool:
    """ "Within 12 months, the police should check ...": a body given months to act (an
    inspection's recommendation), not a person's duty counted in hours or days."""
    before = view.doc.text[: answer[0].idx].lower()
    return bool(re.search(r"\b(?:within|by|in)\s+$", before)) and _body_subject(verb, True)


def _legal_term(verb: Any) -> bool:
    """How long an order may last ("A Sexual Harm Prevention Order may last for at least 5
    years"): a legal limit, not how long a study ran. Read from a modal on the verb (a
    study "ran" or "lasted"; a law says what "may" or "must" last), or from an instrument's
    term stated in the present ("An authorisation ... lasts 4 months", ``standing_term``)."""
    return any(c.tag_ == "MD" for c in verb.children) or standing_term(verb)


def _study(verb: Any) -> bool:
    """The verb's subject is a study ("The study followed 1,200 offenders")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _STUDIES
               for c in verb.children)


def _body_subject(verb: Any, strict: bool = False) -> bool:
    """The verb's subject is an organisation (or missing, unless ``strict``), not a law
    or a person's act."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return not strict
    head = subjects[0]
    return head.lemma_.lower() in _BODIES or (
        head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "")) or any(
        c.lemma_.lower() in _BODIES for c in head.subtree)


def _research(view: StemView) -> bool:
    """The sentence reports a study: its subject is a study or an author-year citation."""
    if _CITATION.search(view.doc.text):
        return True
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _STUDIES | {
        "meta-analysis"} for t in view.doc)


def _design(view: StemView, answer: list[Any], noun: str, verb: Any | None) -> bool:
    """A figure that describes how a study was done, not what it found: how long it
    followed people ("over a follow-up of about five years") or how many studies or
    people it pooled ("pooled 61 studies")."""
    if not _research(view):
        return False
    if verb is not None and verb.lemma_.lower() in _SAMPLE_VERBS | _STUDY:
        return True
    if noun not in _TIME_UNITS:
        return False
    return any(_names(t) & _FOLLOW_UP for t in _heads(answer, 5))


def _names(token: Any) -> set[str]:
    """A noun's lemma, and with a compound before it ("follow-up" parses as "up" with the
    compound "follow")."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{c.lower_}-{lemma}" for c in token.children if c.dep_ == "compound"}


def describes_source(answer: list[Any]) -> bool:
    """The figure sits in the subject of a verb that reports a finding, so it describes
    the source, not what was found: "An analysis of 2,300 reports showed that one in four
    ...", "A 2019 survey of 3,000 pupils found that 9 per cent ..." (the study's sample),
    or in a phrase fronted to that verb ("In a meta-analysis of nine samples, Seto and
    Hanson (2011) reported that ..."). The finding is the clause the verb reports, or its
    object when that holds a figure of its own ("A meta-analysis of 61 studies found an
    average rate of 13.4%": the rate is what was found, the 61 studies what was read)."""
    node = answer[0] if answer else None
    while node is not None and node.head.i != node.i:
        verb = node.head
        source = node.dep_ == "nsubj" or (node.dep_ == "prep" and node.i < verb.i)
        if source and verb.lemma_.lower() in _FINDS and any(
                c.dep_ == "ccomp" or _figure_found(c) for c in verb.children):
            return True
        node = verb
    return False


def _figure_found(child: Any) -> bool:
    """A finding verb's object that holds a figure ("an average rate of 13.4%", "a fall
    of 40 per cent"): the finding itself, stated as a noun phrase, not a clause."""
    return child.dep_ == "dobj" and any(
        t.like_num or t.pos_ == "NUM" for t in child.subtree)


def _heads(answer: list[Any], hops: int) -> list[Any]:
    """The tokens above the answer in the parse, nearest first, up to ``hops`` steps."""
    out: list[Any] = []
    if not answer:
        return out
    head = answer[0].head
    for _ in range(hops):
        out.append(head)
        if head.head.i == head.i:
            break
        head = head.head
    return out


def _course(view: StemView, answer: list[Any]) -> bool:
    """A time measuring a course ("limits review sessions to 45 minutes", "a course of
    three days"): the noun it hangs on, or the subject or object of a verb above it, is a
    part of a course. Not a frequency or an interval ("welfare sessions every six weeks",
    "then at intervals of six months" say how often, not how long), not a deadline timed
    from an event ("within three months of release"), and not a part shared with the work
    when the sentence names a person the work is done with ("sessions of questioning ...
    for a child under 11": an operational limit)."""
    if _interval(answer) or deadline_of_event(answer):
        return False
    people = any(t.lemma_.lower() in _SUBJECTS_OF_WORK for t in view.doc)
    parts = _COURSE - _SHARED_PARTS if people else _COURSE
    for token in _heads(answer, 4):
        if token.pos_ == "NOUN" and token.lemma_.lower() in parts:
            return True
        if token.pos_ in ("VERB", "AUX"):
            break
    verbs = [t for t in _heads(answer, 8) if t.pos_ in ("VERB", "AUX")]
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        c.lemma_.lower() in parts or any(g.dep_ == "compound" and g.lemma_.lower() in parts
                                         for g in c.children))
        for v in verbs for c in v.children)


def deadline_of_event(answer: list[Any]) -> bool:
    """ "held within three months of release": the time hangs on "within" or "by" and runs
    from an event ("of release", "of the referral"), so it is a deadline for a step of the
    work, not how long a course or a session lasts."""
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            unit = token.head
            return unit.dep_ == "pobj" and unit.head.lower_ in _WITHIN and any(
                c.dep_ == "prep" and c.lower_ in ("of", "after", "from") for c in unit.children)
    return False


def _interval(answer: list[Any]) -> bool:
    """ "every 12 months", "at intervals of six months", "reviewed annually at 12-month
    intervals": a repeated step of the work (a test, a review of a risk, a visit), which
    is a rule an officer keeps, not the wait until one review (a body's reporting cycle,
    "targets are reported to the board every six months", stays trivia)."""
    if _frequency(answer):
        return True
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            unit = token.head
            return (unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lemma_
                    .lower() in ("interval", "period", "cycle")) or any(
                c.lemma_.lower() in ("interval", "cycle") for c in unit.ancestors
                if c.i - unit.i in (1, 2))
    return False


def _frequency(answer: list[Any]) -> bool:
    """ "every six weeks", "once per month": the time unit the figure counts is marked as
    a repeat, so the figure is an interval, not a length."""
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            unit = token.head
            return any(c.lemma_.lower() in _EVERY for c in unit.children) or (
                unit.dep_ == "pobj" and unit.head.lemma_.lower() in _EVERY)
    return False


def _one_case(answer: list[Any], verb: Any | None) -> bool:
    """ "The court sentenced him to three years", "against the sentence of three years": a
    term passed on one person (a pronoun, a named person, "the appellant"), not the penalty
    a law sets for everyone ("a maximum sentence of", "may be sentenced to")."""
    if any(_court_ruled(v) for v in _heads(answer, 8) if v.pos_ in ("VERB", "AUX")):
        return True
    for token in _heads(answer, 5):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.lemma_.lower() in _PENALTY_NOUNS:
            marks = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "amod")}
            return bool(marks & {"the", "his", "her", "their"}) and not marks & _LAW_MARKS
    if verb is None or verb.lemma_.lower() not in _PENALTY_VERBS:
        return False
    if any(c.tag_ == "MD" for c in verb.children):
        return False  # "may be sentenced to": the law's range
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any((p.pos_ == "PRON" and p.lower_ not in ("they", "them", "you", "who"))
               or p.ent_type_ == "PERSON"
               or (p.tag_ in ("NN", "NNP") and any(d.lower_ == "the" for d in p.children))
               for p in people)


_SAYS = word_set("say write argue note state observe describe")
_PRONOUNS = word_set("he she him her his hers himself herself")
"""Pronouns of one person: "on his laptop", "she had sent"."""
_ONE_PERSON = word_set("defendant accused offender suspect perpetrator appellant applicant "
                       "man woman prisoner convict")
"""Nouns that, singular and definite ("the man", "the defendant's phone"), name the one
person a case is about."""


def one_persons_case(view: StemView, answer: list[Any], verb: Any | None) -> str:
    """The count is a detail of one person's case: the clause it hangs on tells a past
    event ("found", "was seized", "had contacted"; no modal) in a sentence whose main verb
    is past too, and names one specific person in it: a pronoun of one person ("on his
    laptop", "she sent"), a singular definite noun of the case's person ("the defendant's
    phone", "the man"), or a person's name. "In March 2024 examiners found 2,140 images on
    his laptop" is true of that laptop only; "In 2023 the unit identified 212 children" names
    no one and is the unit's dated outcome; "he or she must notify within 3 days" is a rule
    (generic pronouns, a modal). Not a study's finding (a citation or a study as subject),
    whose people are its sample. Returns the word that names the person, or ""."""
    root = view.doc[:].root
    if verb is None or not _episode(verb) or not _episode(root) or _research(view):
        return ""
    skip = {t.i for t in answer}
    for child in verb.children:  # whose team acted is not whose case it was ("his unit
        if child.dep_ in ("nsubj", "nsubjpass"):  # identified 36 children")
            skip |= {t.i for t in child.subtree if t.i != child.i}
    for token in verb.subtree:  # a relative clause tells of someone else ("a boy whose
        if token.dep_ == "relcl":  # father had filmed him")
            skip |= {t.i for t in token.subtree}
    for token in view.doc:  # who reports a finding is its source, not a case's person
        if token.lemma_.lower() in _FINDS | _SAYS:  # ("Hanson and Bussiere reported ...")
            skip |= {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                     for t in c.subtree}
    for token in verb.subtree:
        if not view.inside(token) or token.i in skip:
            continue
        if token.lower_ in _PRONOUNS and not _paired(token):
            return str(token.text)
        if token.lemma_.lower() in _ONE_PERSON and token.tag_ == "NN" and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that")
                for c in token.children):
            return f"the {token.lower_}"
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            return str(token.text)
    return ""


def _episode(verb: Any) -> bool:
    """A past event told as such: the simple past ("found"), a past passive or perfect
    ("was seized", "had sent", "has contacted"); never with a modal ("may be seized") or
    in the present ("is prohibited")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
        for c in verb.children)


def _paired(pronoun: Any) -> bool:
    """ "he or she", "his or her": a pronoun for anyone, as a rule speaks."""
    doc = pronoun.doc
    before = doc[pronoun.i - 1].lower_ if pronoun.i > 0 else ""
    after = doc[pronoun.i + 1].lower_ if pronoun.i + 1 < len(doc) else ""
    return "or" in (before, after) or "/" in (before, after)


def _trend(verb: Any) -> bool:
    """A reported change in a body's figures ("reports rose to 88", "have doubled since
    2019"), not a rule that changes a figure ("the periods are doubled for ...", "may be
    increased"): an active change verb with no modal."""
    if verb.lemma_.lower() not in _CHANGE:
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") or c.tag_ == "MD" for c in verb.children)


def _court_ruled(verb: Any) -> bool:
    """ "The court made an order for ten years": a past act of one court (its subject is
    "the court", "the judge"), not what courts may do."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.tag_ == "MD" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lemma_.lower() in _COURTS and any(d.lower_ == "the" for d in c.children)
               for c in subjects)


def _ordinal(token: Any) -> bool:
    """ "The first session": a place in an order, which counts nothing."""
    return token.ent_type_ == "ORDINAL" or token.tag_ in ("JJ", "RB")


_IN_BRACKET = re.compile(r"\b" + _AUTHORS + r"(?:19|20)\d\d[a-z]?\b")
"""An author-year citation inside a bracket: "(Hanson and Bussiere, 1998; ...)", "(Perez
et al. 2010)" (``_CITATION`` is the form with the year in brackets after the names)."""


def _cited_sample(view: StemView, answer: list[Any]) -> bool:
    """The figure stands in a bracket with an author-year citation ("(Hanson and Bussiere,
    1998; 23,393 offenders)"): the cited study's sample, given beside its finding, not the
    finding."""
    text = view.doc.text
    at = answer[0].idx
    opening = text.rfind("(", 0, at)
    if opening < 0 or ")" in text[opening:at]:
        return False
    closing = text.find(")", at)
    return closing > 0 and _IN_BRACKET.search(text[opening + 1 : closing]) is not None


def _fronted_frame(view: StemView, answer: list[Any]) -> bool:
    """The figure stands in a phrase fronted to the main verb ("In the 1997 study of more
    than 600 cases, 74% of ... were ..."), and the main clause has a figure of its own:
    the phrase frames the finding the statement asks, as a bracket would."""
    if not answer:
        return False
    root = view.doc[:].root
    node = answer[0]
    while node.head.i != node.i and node.head.i != root.i:
        node = node.head
    if node.head.i != root.i or node.dep_ != "prep" or node.i > root.i:
        return False
    inside = {t.i for t in node.subtree}
    return any((t.like_num or t.pos_ == "NUM") and t.i not in inside and not _YEAR.fullmatch(
        t.text) for t in view.doc)


def _aside(view: StemView, answer: list[Any]) -> bool:
    """The figure stands in brackets: an aside on the source ("(1997; over 600 cases)"),
    which a true/false item reads past to the finding it asks."""
    before = str(view.doc.text[: answer[0].idx])
    return before.count("(") > before.count(")")


def _statement_counts(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A true/false item asks its whole sentence: a staff or event count anywhere in it
    ("when it had four analysts; it has eleven") makes it trivia."""
    for token in view.doc:
        if (token.like_num or token.pos_ == "NUM") and not _YEAR.fullmatch(token.text) and (
                not names_something([token])) and not _ordinal(token):
            noun = counted_noun([token])
            if noun in _TRIVIA_COUNT and not reach(view, [token]) and not quorum(
                    _noun_of(token)):
                result.add(-0.35, f'trivia: the statement counts "{noun}" (the size of a '
                           "body or event)")
                return


def _count_value(view: StemView, q: DraftQuestion, answer: list[Any], result: Score) -> None:
    noun = counted_noun(answer)
    if q.rule not in ("count", "false-statement", "true-statement") or noun is None:
        return
    if q.rule == "true-statement" and (describes_source(answer) or _aside(view, answer)
                                       or _fronted_frame(view, answer) or _is_year(answer)):
        return  # "A 2021 review of 340 files found that ...", "In the study (1997; over 600
        # cases), 74% of ...", "In the 1997 study of over 600 cases, 74% of ...": the item
        # asks what it found; a year is no count
    verb = governing_verb(answer)
    lemma = verb.lemma_.lower() if verb is not None else ""
    money = (noun in _CURRENCY or bool(_MONEY.search(view.doc.text[: answer[0].idx]))) and (
        lemma in _FUNDING)
    if reach(view, answer):  # no bonus: what a rule sets or a term means ranks first
        result.add(0.0, f'operational reach: a count of "{noun}" connected to a shared system')
    elif noun in _TRIVIA_COUNT and quorum(counted_token(answer)):
        result.add(0.0, f'how many "{noun}s" a rule needs to act (a check by more than one)')
    elif noun in _TRIVIA_COUNT:
        result.add(-0.35, f'trivia: a count of "{noun}" (the size of an event or body)')
    elif noun in _STRUCTURE:
        result.add(-0.4, f'trivia: a count of "{noun}" (the text\'s or an event\'s own '
                   "make-up, not a fact to act on)")
    elif noun in _PRODUCT or money:
        result.add(-0.35, f'trivia: a count of "{noun}" (what a body made, published or '
                   "spent)")
    elif _make_up(answer):
        result.add(-0.35, f'trivia: a count of "{noun}" in a body\'s make-up (what its staff '
                   "number): the size of a body")
    elif noun not in _TIME_UNITS and _method(answer):  # "visit within 10 days": a limit
        result.add(-0.4, f'trivia: a count of what the review itself looked at ("{noun}")')
    elif describes_source(answer) or _cited_sample(view, answer):
        result.add(-0.35, f'trivia: the size of what a study looked at ("{noun}"), not what '
                   "it found")
    elif lemma in _WORKLOAD and noun not in _HARM | _TIME_UNITS:
        result.add(-0.35, f'trivia: a workload ("{lemma}" {noun}s): it measures the body, '
                   "not what an officer does")
    elif noun in _LONG_UNITS and lemma in _STUDY and not _legal_term(verb):
        result.add(-0.35, f'trivia: how long a study or an event ran ("{lemma}", {noun}s)')
    elif verb is not None and lemma in _STUDY | _METHOD and _study(verb):
        result.add(-0.35, f'trivia: a study\'s design (its sample, "{lemma}" {noun}s)')
    elif _denominator(answer) or _SAMPLE & {t.lemma_.lower() for t in view.doc}:
        result.add(-0.35, f'trivia: the size of a sample or a share of it ("{noun}")')
    elif noun in _LONG_UNITS and lemma in _WAIT and not _DUTY.search(view.doc.text) and (
            not (lemma == "review" and _interval(answer))):
        result.add(-0.35, f'trivia: how long until a review or report ("{lemma}", {noun}s)')
    elif noun in _DEADLINE_UNITS and verb is not None and _deadline(view, answer, verb):
        result.add(-0.35, f'trivia: a body\'s own deadline ("within ... {noun}s"), not a '
                   "duty an officer meets")
    elif _design(view, answer, noun, verb):
        result.add(-0.35, f'trivia: a study\'s design (its sample or follow-up, {noun}s), not '
                   "its finding")
    elif noun in _TIME_UNITS and _course(view, answer):
        result.add(-0.35, f'trivia: how long a course or its sessions last ({noun}s)')
    elif noun in _TIME_UNITS and lemma in _CAREER_STEPS:
        result.add(-0.35, f'trivia: a step in someone\'s career ("{lemma}", {noun}s)')
    elif noun in _TIME_UNITS and _one_case(answer, verb):
        result.add(-0.35, "trivia: the sentence passed in one case, not the law's penalty")
    elif verb is not None and _trend(verb):
        result.add(-0.35, f'trivia: a trend in one body\'s figures ("{lemma}")')
    elif (person := one_persons_case(view, answer, verb)):
        result.add(-0.35, f'trivia: one case\'s detail (a past event of one person: '
                   f'"{person}"), true of that case, not a fact that holds beyond it')
    elif noun in _OPERATIONAL:
        result.add(0.1, f"operational figure ({noun})")
    root = view.doc[:].root
    if (noun in _SPAN_UNITS and root.lemma_.lower() in _SPENDING and not timed(root)
            and not standing_cap(root) and not standing_term(root)
            and not _set_length(root, answer)):
        result.add(-0.35, f'trivia: how long an event lasted ("{noun}")')


_LENGTH_BOUND = re.compile(
    r"\b(?:at\s+least|at\s+most|up\s+to|(?:no|not)\s+(?:less|more|fewer|longer|shorter)\s+than"
    r"|a\s+(?:maximum|minimum)\s+of)\s*$",
    re.I,
)


def _set_length(root: Any, answer: list[Any]) -> bool:
    """ "a preservation must last at least 60 days": a duty with a bound on the length is a
    rule's minimum or maximum, not how long an event lasted (blind review 22, a2: Budapest
    Article 29(7) held back as trivia)."""
    if not answer or not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("must", "shall") for c in root.children):
        return False
    before = root.doc.text[: answer[0].idx]
    return _LENGTH_BOUND.search(before) is not None


def _year_value(view: StemView, q: DraftQuestion, answer: list[Any], result: Score) -> None:
    if not (q.rule == "year" or _is_year(answer)):
        return
    role = year_role(answer, view.doc)
    if q.rule.endswith("-statement") and role in ("", "law"):
        role = _founding_words(view.doc) or role  # a statement asks the whole sentence
    if role == "law":
        result.add(0.05, "the date of a law or an outcome")
    elif role == "founding":
        result.add(-0.35, "trivia: a founding or launch date")  # or the body's growth
    elif role == "party":
        result.add(-0.35, "trivia: the year one state ratified or signed a treaty")
    elif role == "career":
        result.add(-0.35, "trivia: a date in someone's career")
    elif role == "review":
        result.add(-0.35, "trivia: when a review or report is due")
    elif role == "trend":
        result.add(-0.35, "trivia: when a trend in one body's figures began")
    elif role == "event" and not _event(view.doc[:].root):  # else counted once, below
        result.add(-0.35, "trivia: the date of a meeting or event")


_INVENTED = re.compile(
    r"\b(?:fictional|invented|imaginary|hypothetical)\s+(?:scenario|case\s+study|exercise)\b"
    r"|\b(?:people|persons|names|places|countries|events)\b[^.\n]{0,60}\bare\s+"
    r"(?:all\s+)?(?:invented|fictional|imaginary)\b",
    re.I,
)
"""A document that declares its scenario invented ("A fictional scenario ...", "All
names, places and events are invented for training")."""
HEAD_CHARS = 2500
"""How far into the text that declaration is looked for: it heads the scenario, and a
"fictional scenario" named further on is one exercise of a course, not the document."""


def scenario(q: DraftQuestion) -> bool:
    """The document is an invented scenario (a case study, a tabletop exercise): the year
    its invented countries signed a treaty, the town a search took place in, are the
    scenario's background, which no officer uses; its lessons (a time limit, a count of
    children safeguarded) are still asked."""
    return _INVENTED.search(q.analysis.doc.text[:HEAD_CHARS]) is not None


def _place_value(view: StemView, q: DraftQuestion, answer: list[Any], result: Score) -> None:
    if (q.rule in ("year", "place") or _is_year(answer)) and scenario(q):
        result.add(-0.35, "trivia: the background of an invented scenario (its dates and "
                   "places), not a fact an officer uses")
        return
    if q.rule == "table-value":
        return  # a table row parsed as one string has no sentence root: "Meeting a
        # child ... | Sexual Offences Act 2003 | 10 years" is an offence, not a meeting
    root = view.doc[:].root
    venue = q.rule == "place" and (root.lemma_.lower() in _EVENT | {"hold", "be"}
                                   or _venue(answer))
    if venue or (_event(root) and not timed(root)):
        result.add(-0.35, "trivia: where, when or how an event took place")


def _sentence_value(view: StemView, q: DraftQuestion, result: Score) -> None:
    lemmas = {t.lemma_.lower() for t in view.doc}
    if view.doc[:].root.lemma_.lower() in _PLAN and not service_target(view.doc[:].root):
        result.add(-0.3, f'trivia: a plan ("{view.doc[:].root.lemma_.lower()}"), not yet a '
                   "fact an officer can use")
    if q.rule == "person-role":
        result.add(-0.35, "trivia: who holds a job or spoke")
    if q.rule in _KNOWLEDGE or _LEGAL.search(q.analysis.doc.display(q.sentence.start,
                                                                   q.sentence.end)):
        result.add(0.1, "a definition or legal threshold")
    elif lemmas & _OUTCOME:
        result.add(0.05, "an outcome or procedure")
    elif _DUTY.search(view.doc.text):
        result.add(0.05, "a duty (must, shall, required)")
    if q.warnings and any("relative date" in w for w in q.warnings):
        result.add(-0.15, "a relative date in the stem")


def governing_verb(answer: list[Any], hops: int = 5) -> Any | None:
    """The first verb above the answer in the parse ("received ... 1,486 notifications"),
    at most ``hops`` steps up."""
    if not answer:
        return None
    head = answer[0].head
    for _ in range(hops):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return head if head.pos_ in ("VERB", "AUX") else None
        head = head.head
    return None


def year_role(answer: list[Any], doc: Any) -> str:
    """What the year dates: "law" (a law passed, an offender convicted), "founding",
    "career", "event" (a meeting), "review" (when a body will report or return), "study"
    (when a past report or study came out: "Europol reported in 2017 that ..."), "trend",
    or "" (anything else). Read from the first noun or verb
    the year hangs on, and for a verb from its subject and object."""
    if not answer:
        return ""
    head = answer[0].head
    for _ in range(4):
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and head.i != answer[0].i:
            if lemma in _LAW_NOUNS:
                return "law"
            if lemma in _FOUNDING:
                return "founding"
            if lemma in _VENUE_NOUNS:
                return "event"
        if head.pos_ in ("VERB", "AUX"):
            return _verb_role(head, doc)
        if head.head.i == head.i:
            break
        head = head.head
    return _set_up(doc) or _founding_words(doc)


def _founding_words(doc: Any) -> str:
    """No role from the parse: a sentence with a founding word and no law in it."""
    lemmas = {t.lemma_.lower() for t in doc}
    founding = any(t.lemma_.lower() in _FOUNDING and (t.pos_ != "VERB" or _body_subject(t))
                   for t in doc)
    return "founding" if founding and not lemmas & _LAW_NOUNS else ""


_PARTY_VERBS = word_set("ratify accede sign")
_TREATIES = word_set("convention treaty protocol agreement charter covenant")


def party_year(verb: Any) -> bool:
    """One party's ratification or signature of a treaty ("Caldera ratified the Convention
    in 1991", "Tessaly signed the Convention in 2019"): a date in one state's treaty
    history, not the instrument's adoption or entry into force, nor a rule."""
    if verb.lemma_.lower() not in _PARTY_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("NNS", "NNPS") or not subject.text[:1].isupper():
        return False
    treaty = any(c.dep_ in ("dobj", "pobj", "prep") and (
        c.lemma_.lower() in _TREATIES or any(g.lemma_.lower() in _TREATIES for g in c.children))
        for c in verb.children)
    return treaty or (verb.lemma_.lower() != "sign" and not any(
        c.dep_ == "dobj" for c in verb.children))


def _verb_role(verb: Any, doc: Any) -> str:
    lemma = verb.lemma_.lower()
    if party_year(verb):
        return "party"
    args = {c.lemma_.lower() for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")}
    if args & _LAW_NOUNS or lemma in _LAW_VERBS:
        return "law"
    set_up = _set_up(doc) and any(c.lower_ == "up" for c in verb.children)
    if ((lemma in _FOUNDING or set_up) and _body_subject(verb)) or lemma == "commission":
        return "founding"  # a review's commissioning is its founding
    if lemma in _CAREER:
        return "career"
    if _trend(verb):
        return "trend"
    main = verb
    while main.dep_ in ("advcl", "xcomp") and main.head.i != main.i:
        main = main.head  # "will return to check progress in 2026": the body returns
    if lemma in _WAIT | _FINDS and _done(verb) and _came_out(verb):
        return "study"  # "Europol reported in 2017 that ...": a sourced finding's year
    if {lemma, main.lemma_.lower()} & (_WAIT | {"return", "revisit"}) and _body_subject(
            main, True) and not (_done(verb) and _done(main)):
        return "review"  # "will return in 2026", "must report by 2026"; not a past report
    if _event(verb):
        return "event"
    return ""


def _done(verb: Any) -> bool:
    """A finished act, in the past or the perfect ("reported", "was published", "has
    reviewed"), not a future, an obligation or a standing practice ("will report", "must
    review", "reports every year")."""
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.tag_ == "VBD" or c.lemma_ == "have" for c in aux)


def _came_out(verb: Any) -> bool:
    """A past report: the verb reports a finding ("reported in 2017 that ...") or its
    subject or object is a report or a study ("The review was published in 2019"); not
    an outcome ("INTERPOL published 2,687 notices in 2023")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(a.lemma_.lower() in _STUDIES | {"report"} for a in args)


def _set_up(doc: Any) -> str:
    found = any(t.lemma_ == "set" and any(c.lower_ == "up" for c in t.children) for t in doc)
    return "founding" if found else ""


def _venue(answer: list[Any]) -> bool:
    """The place hangs on a verb or noun of meeting or sitting ("meets in", "based in",
    "a conference in"): a venue, not the jurisdiction whose law applies."""
    if not answer:
        return False
    head = answer[0].head
    for _ in range(3):
        lemma = head.lemma_.lower()
        if (head.pos_ in ("VERB", "AUX") and lemma in _VENUE) or (
                head.pos_ == "NOUN" and lemma in _VENUE_NOUNS):
            return True
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _method(answer: list[Any]) -> bool:
    """ "interviews with 64 practitioners", "examined 212 case files": the review's method."""
    for token in answer:
        head = token.head
        for _ in range(4):
            if head.lemma_.lower() in _METHOD:
                return True
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break  # only the first verb up says what was done with the count
            head = head.head
    return False


_HAVE = word_set("have employ comprise include number")


def _make_up(answer: list[Any]) -> bool:
    """ "The team has 210 staff, including a response team of 24 people working in three
    time zones": every figure under a clause whose verb gives a body's staff (an object
    counted in staff or members) describes the body, not the work. Read up to the first
    finite verb above the answer (a participle on the way belongs to that clause)."""
    for verb in (answer[0].ancestors if answer else ()):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in _HAVE and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _TRIVIA_COUNT and any(
                    n.dep_ == "nummod" for n in c.children) for c in verb.children):
            return True
        if verb.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
    return False


_WITHIN = frozenset({"within", "by"})


def within_limit(verb: Any) -> bool:
    """The verb is timed by a deadline ("takes place within 48 hours of the referral",
    "takes ownership within one working day"): a step of a procedure, neither how long
    an event lasted nor when one took place. The "within" may hang on a noun of the
    clause ("should take place as soon as possible, and in many jurisdictions within one
    working day": the parser hangs it on "jurisdictions"); the first verb above it is
    this one."""
    for token in verb.subtree:
        if token.dep_ != "prep" or token.lower_ not in _WITHIN or not any(
                g.dep_ == "pobj" and g.lemma_.lower() in _TIME_UNITS for g in token.children):
            continue
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return True
    return False


def timed(verb: Any) -> bool:
    """A step of a procedure timed by a limit: "within" a period, or a duty's limit
    counted from an event ("must take place not later than 10 days before the trial")."""
    return within_limit(verb) or duty_deadline(verb)


def _event(root: Any) -> bool:
    """A sentence about a meeting itself: "met", "took place", "brought together"."""
    lemma = root.lemma_.lower()
    particles = {c.lower_ for c in root.children}
    return (
        lemma in _EVENT
        or (lemma == "take" and "place" in particles)
        or (lemma == "bring" and "together" in particles)
    )


_REACH_NOUNS = word_set(
    "country nation state member agency force service jurisdiction partner territory "
    "organisation organization")
"""Who can be connected to a shared system: "68 countries are connected to ICSE"."""
_LINK_VERBS = word_set("connect link")
"""Verbs that join members to a system by their meaning ("countries were connected")."""
_ACCESS_VERBS = word_set("join access use contribute subscribe have gain share upload query "
                       "search feed")
"""Verbs that join members to a system when their object is one ("joined the network")."""
_SYSTEMS = word_set("database network system platform tool portal register registry channel "
                  "hub access")


def reach(view: StemView, answer: list[Any]) -> bool:
    """A count of the members a shared system reaches: countries or agencies connected to a
    database or network ("68 countries were connected to ICSE", "the network links the
    forces of 31 states", "64 member countries have access to the database"). What a
    system reaches is what an officer can use it for, unlike who came to a meeting or
    joined an operation ("officers from 12 countries joined the operation": the size of
    an event, trivia). The stem must say which system ("49 countries were connected",
    cut from the sentence that names the database, says connected to what?)."""
    noun = counted_token(answer)
    if noun is None or noun.lemma_.lower() not in _REACH_NOUNS:
        return False
    if not any(t.lemma_.lower() in _SYSTEMS - {"access"} or (
            t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in ("to", "through"))
            for t in view.tokens()):
        return False
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    verbs.append(governing_verb(answer))
    for verb in verbs:
        if verb is None:
            continue
        lemma = verb.lemma_.lower()
        if lemma in _LINK_VERBS:
            return True
        own = {t.i for t in noun.subtree}
        if lemma in _ACCESS_VERBS and any(t.lemma_.lower() in _SYSTEMS and t.i not in own
                                          for t in verb.subtree):
            return True
    return False


_QUORUM_MODALS = frozenset({"must", "shall", "should"})


def quorum(noun: Any | None) -> bool:
    """ "Two analysts must agree any change of category", "two officers shall attend":
    the counted people are the subject of a duty, so the figure is how many must act (a
    check by more than one person), a rule, not the size of a body (its staff, its
    members)."""
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return any(c.tag_ == "MD" and c.lower_ in _QUORUM_MODALS for c in verb.children)


def _noun_of(number: Any) -> Any | None:
    """The noun a number token counts: its head, climbing at most three steps past words
    that are not nouns ("216 trained participants" -> "participants")."""
    head = number.head
    hops = 0
    while head.pos_ not in ("NOUN", "PROPN") and head.head.i != head.i and hops < 3:
        head, hops = head.head, hops + 1
    return head if head.pos_ in ("NOUN", "PROPN") else None


def counted_token(answer: list[Any]) -> Any | None:
    """The noun token the answer's first number counts (as ``counted_noun`` finds it)."""
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            return _noun_of(token)
    return None


def counted_noun(answer: list[Any]) -> str | None:
    """The noun a number counts ("216 participants" -> "participant"): the first number
    of the answer that counts a noun."""
    for token in answer:
        if token.like_num or token.pos_ == "NUM":
            noun = _noun_of(token)
            if noun is not None:
                return str(noun.lemma_.lower())
    return None


def _is_year(answer: list[Any]) -> bool:
    return len(answer) == 1 and bool(_YEAR.fullmatch(answer[0].text))
