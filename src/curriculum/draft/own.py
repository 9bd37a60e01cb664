"""The document's own business: what a report proposes to whoever runs what it reports on.

An evaluation of a course ends with what the course's provider should change ("Add a
level 3 follow-up at six months as well as three", "Keep cohorts at 16 or fewer"); a
review of an exercise, a pilot or a project ends with what its next edition should do.
Written in the imperative under a "Recommendations" or "Next steps" heading, with no one
named who is to act, such a sentence speaks to the document's own provider about the
document's own thing: nothing in it is a rule an officer follows, and its figures (six
months, 16 participants) are its design, not limits of the work. Read from the heading
and the parse (``guidance.imperative``), it is held back with that reason.

It stays a sentence worth asking when it names who is to act (a heading "Recommendations
for officers", a list's lead-in by which a named body recommends, a text that speaks to
its reader as "you": then it is guidance for the reader, ``guidance.py``), when its own
words name a theme of the work (the practice it proposes is an officer's: "Search the
home of every missing child within 2 hours of the report"), or when it states a rule of
law or practice inside it ("Remind officers that a registered offender must notify travel
seven days ahead": a clause with its own subject and a modal of duty, or a law it names).

The same holds for a sentence whose subject is the document's own thing, the course,
evaluation, exercise, team or tool its title names, with only "the", "this", "our" or "its"
to say which ("The course was first run in 2019", "The evaluation followed the first three
levels of the Kirkpatrick model", "The team is set up for 18 months"): how that thing was
designed, run or evaluated is the document's business (of a team or a tool, only its own
life: set up, funded, run; what it does in the work is practice). A rule about it ("The
tool must not be used with anyone under 18"), what it found ("The review found that
..."), or a thing with a name of its own ("the Harbour Light operation") is judged like
any other sentence.

A recommendation in "should" under such a heading is the document's own too ("Providers
should act on a user report within 24 hours", in a position paper's "Recommendations": a
duty proposed, not one in force). (Thanks are ``value.py``'s trivia.)

Last, the document's own machinery (blind review 22, a5: an exercise's "Exercise
Evaluation Guide (EEG)" and "The After Action Report (AAR) and improvement plan will be
issued by 11 December 2026", both dropped): an acronym that names the document's own
paper (its words carry the kind of event the title names, or are only a process's
paperwork ending in a paper), and a sentence saying by what calendar date a paper of the
process will be issued or is due. A term of the work ("Suspicious Activity Report") and a
time limit of the work ("within 24 hours") are judged like any other sentence. (A part of
the document's own plan under its own number is ``discourse.py``'s.) So is a time limit
counted from the document itself ("within 56 days of this decision", blind review 23: an
ombudsman's deadline for the force's reply): it governs this decision's, letter's or
order's own proceedings.

Blind review 23 brought two more families of the document's own process. A case's own
timetable (b1, a Crown Court's directions order: "The defence statement shall be served
by 1 October 2026", "Any change of view shall be notified to the Court within 2 working
days", both dropped; "The prosecution shall arrange a familiarisation visit for each
witness ... not less than 7 days before the pre-recorded hearing", a standing practice for
child witnesses, kept): a duty due on one calendar day, and, in a document whose title
names one case, a party's serving, notifying or filing within a time (``own_timetable``).
A product's own settings and performance (a6, a forensic tool's user guide: "Sets older
than 30 days trigger an amber banner", "Large sets ... can take up to 20 minutes", both
dropped; what a robust match means is the field's): in a product's own documentation, a
sentence about its interface, its defaults or how long it takes (``own_product``). And a
service's handling of what is outside its remit (b2, a hotline's "P4 - Not illegal / out
of remit: 5 working days", dropped; ``out_of_remit``).

Blind review 24 showed what these families have in common (b2, an application to authorise
an online undercover officer: "The activity is confined to two group channels for a
maximum of 12 weeks", "the offences under investigation carry up to 10 years"; b5, an
app's store listing: "reports are now routed to an analyst in under 5 minutes", all
dropped): the sentence's subject, or its time frame, is the one instance the document
itself sets up, named with "the" as a thing already known (the activity its title names,
the offences tied to the case at hand by "under investigation"), or one release of its
product (a sentence under "What's new" or a changelog's "Fixed"). What holds beyond the
document is a rule, and says so in the parse: a modal of duty, a law, a permission, a
condition, a person's role as the doer (``instance_subject``, ``release_change``).

Blind review 25 brought the document's own conventions (b4, a court's daily list: "Where a
case is marked [SM], special measures have been granted ..."; a4, a statistics office's
note: "An episode that spans two reference years is counted in the year it began") and
one organisation's rule found wanting (b5, a post-incident review: "The runbook said to
telephone the desk for live-streaming indications but not for every P1"), all dropped: a
sentence that explains a mark the document prints (``own_notation``), how the document's
own figures are counted (``own_counting``), and what an organisation's own procedure said
in the past tense (``superseded``). Each is told by its verb and what hangs on it, never
by a word of one document. So is a direction to the cast of one case (a2, an experts'
joint statement: "The experts shall not discuss the categorisation of any material"): in
a document that records one case, a modal whose subject is the people its title names
(``own_cast``). And a venue's own arrangements (b4's notice to court users: "The building
opens at 08:30 and visitors must pass through security"; venues are trivia by the
rubric): a place of the venue that opens or closes, its visitors told what to do
(``own_venue``), and what a course's own participants must do (``own_enrolled``).

Blind review 27 brought the figures of the body a document is from, and of the one event
it sets up (a2 and b1, two taskforces' joining instructions: "the Academy needs ten working
days to complete vetting checks", "Your agency's focal point may nominate up to four
unresolved series", "RVIT-26 brings officers and analysts together for ten days"; a3, a
hotline's notebook: "The Brisewood Reporting Centre forwarded 7,222 referrals in 2025"; all
dropped as the frame's own administration or volume, while the nominees' eligibility and
the cap on viewing time were kept). Whose figure it is, is read from the document's
metadata, its head and its title, never from a word of one text: the event the title names
by its own name (``own_subject``), the publisher's own processing time
(``own_office_time``) and its count of what it handled in a year (``own_volume``), and how
many the reader's side may put forward to the document's own event (``own_allowance``).
What the same body must do in the work, what another body (INTERPOL, a national agency)
counted, and people safeguarded are judged as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft import actors, doc_kind
from curriculum.draft.guidance import sets_rule

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

_PROPOSING = re.compile(
    r"\b(?:recommendations?|recommended\s+actions?|next\s+steps?|areas?\s+for\s+"
    r"(?:improvement|development)|proposals?|proposed\s+changes?|actions?\s+(?:points?|plan)|"
    r"the\s+way\s+forward|follow-up\s+actions?)\b",
    re.I,
)
"""Headings under which a report says what should be done next."""
_RECRUITING = re.compile(
    r"\b(?:how\s+to\s+apply|application\s+(?:process|procedure|form)|applying\s+for\s+"
    r"(?:this|the)\s+(?:post|role|job|vacancy)|pay\s+and\s+(?:conditions|benefits|grading)|"
    r"salary(?:\s+and\s+benefits)?|terms\s+and\s+conditions\s+of\s+(?:employment|service)|"
    r"equal(?:ity\s+and\s+diversity|\s+opportunit(?:y|ies))|recruitment\s+process|"
    r"closing\s+date)\b",
    re.I,
)
"""Headings of a job advert's own administration ("How to apply", "Pay and conditions",
"Equal opportunities"): how to apply for the post and what it pays is business between
the employer and the applicant, not a fact of the work (blind review 11a, R8)."""


_RESPONDING = re.compile(
    r"\b(?:privacy\s+notice|data\s+protection\s+notice|how\s+to\s+(?:respond|reply|comment)|"
    r"responding\s+to\s+this\s+(?:consultation|call|survey)|how\s+we\s+(?:use|handle|process|"
    r"store|keep)\s+your|confidentiality\s+of\s+responses)\b",
    re.I,
)
"""Headings of the document's own business with its reader ("How to respond", "Privacy
notice"): how a consultation takes and keeps responses is between its publisher and the
respondent, not a fact of the work (blind review 23, a3: "We keep responses for two
years ..." dropped as trivia)."""


def recruiting(heading: str) -> bool:
    """The sentence stands under a heading of the document's own recruitment, or of its
    own business with its reader (how to respond, its privacy notice): no fact, no
    question (``_RECRUITING``, ``_RESPONDING``)."""
    return bool(heading) and (_RECRUITING.search(heading) is not None
                              or _RESPONDING.search(heading) is not None)


_ADDRESSEE = re.compile(
    r"\b(?:for|to)\s+(?:all\s+|the\s+|every\s+|each\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?P<who>\w*(?:er|or|ist|ant|ian|ent)s?|police|forces?|staff|practice|agenc(?:y|ies)|"
    r"services?|partners?|professionals?|commissioners?|governments?|states?|ministr(?:y|ies))\b",
    re.I,
)
"""A heading that names who is to act ("Recommendations for investigating officers",
"Next steps for partner agencies"): its items are addressed, not the provider's own."""
_NOT_WHO = frozenset({"improvement", "development", "consent", "content", "treatment",
                      "assessment", "management", "enforcement", "government"})
"""Words the addressee pattern's endings catch that name no one ("for improvement")."""
_DUTY_MODALS = frozenset({"must", "shall", "may", "should", "cannot"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

PROPOSAL = ("a recommendation the document makes to whoever runs its own course, project "
            "or event (an instruction under \"{heading}\" with no one named who is to act): "
            "its design, not a rule an officer follows")


def proposing_heading(heading: str) -> bool:
    """A heading under which a report says what should be done next, and names no one who
    is to do it ("7. Recommendations", "Next steps"; not "Recommendations for officers")."""
    if not _PROPOSING.search(heading):
        return False
    return not any(m.group("who").lower() not in _NOT_WHO for m in _ADDRESSEE.finditer(heading))


def states_rule(parsed: Any) -> bool:
    """The instruction carries a rule of law or practice of its own: a clause with its own
    subject and a modal of duty ("... that a registered offender must notify ..."), a
    person's role as the doer of a clause it sets ("Ensure that officers record ...",
    "Require officers to check ..."), or a law it names."""
    if any(t.ent_type_ == "LAW" for t in parsed):
        return True
    for token in parsed:
        if token.head.dep_ == "ROOT":
            continue  # only a clause the instruction sets says what someone else does
        if token.dep_ in _SUBJECTS and any(
                c.tag_ == "MD" and c.lower_ in _DUTY_MODALS for c in token.head.children):
            return True
        if token.dep_ in _SUBJECTS and _ROLE.search(token.lemma_.lower()):
            return True
    return any(t.dep_ == "dobj" and _ROLE.search(t.lemma_.lower()) and any(
        c.dep_ == "xcomp" for c in t.head.children) for t in parsed)


_ROLE = re.compile(r"(?:officer|police|staff|worker|investigator|practitioner|manager|"
                   r"[^m]ent|er|or|ist|ant|ian)s?$")
"""Nouns of persons by their ending, as ``stemcheck`` reads a role (officer, offender,
applicant, guardian), and the staff nouns that do not end so (police, staff)."""


def proposal(parsed: Any, heading: str, speaks_to_reader: bool, about_work: bool = False) -> str:
    """The hold reason for an instruction that is the document's own proposal, else "".
    ``about_work``: the sentence's own words name a theme of the work ("Search the home of
    every missing child within 2 hours"): practice an officer follows, whoever proposes it;
    the provider's own design names none ("Repeat the exercise every nine months")."""
    if speaks_to_reader or about_work or not proposing_heading(heading) or states_rule(parsed):
        return ""
    return PROPOSAL.format(heading=_shown_heading(heading))


def _shown_heading(heading: str) -> str:
    """The heading as a reason quotes it, without its number ("7. Recommendations")."""
    shown = " ".join(heading.split()).strip(" #")
    return re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", shown)


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Hold a candidate built on the document's own proposal, a recommendation in
    "should", or a sentence whose subject is the document's own thing (module docstring)."""
    if q.sentence.proposal:
        result.hold(q.sentence.proposal)
        return
    if q.sentence.proposed:  # a consultation's item: a rule put forward (``proposed.py``)
        result.hold(q.sentence.proposed)
        return
    if q.sentence.unnamed and q.carried is None:  # "Consider notifying ..." in a log
        result.hold(actors.HOLD)
        return
    remit = out_of_remit(q.prompt)
    if remit:
        result.hold(remit)
        return
    parsed = q.sentence.parsed
    if parsed is None:
        return
    channel = own_channel(q.sentence.heading, parsed)
    if channel:
        result.hold(channel)
        return
    nouns = own_nouns(q.analysis.cleaned.title or "")
    found = (recommended(parsed, view.inside, q.sentence.heading,
                            q.sentence.lead.parsed if q.sentence.lead is not None else None)
             or own_subject(parsed, view.inside, nouns, q.analysis.cleaned.title or "")
             or own_schedule(parsed, view.span_tokens(q.key))
             or own_reckoning(parsed)
             or own_timetable(parsed, one_case(q.analysis.cleaned.title or ""))
             or own_product(parsed, product_guide(q.analysis.cleaned.title or ""))
             or own_notation(parsed) or own_counting(parsed) or superseded(parsed)
             or own_venue(parsed) or own_enrolled(parsed)
             or own_office_time(parsed, _author_name(q))
             or own_volume(parsed, _author_name(q) + _head_names(q), view.inside)
             or own_allowance(parsed, nouns)
             or own_cast(parsed, q.analysis.cleaned.title or "", doc_kind.document_sign(q.analysis))
             or (q.rule not in _NAMES_BEYOND and instance_one(parsed, view, q)))
    if not found and q.rule == "acronym":
        found = own_instrument(view.span_tokens(q.key), nouns)
    if found:
        result.hold(found)


# -- the document's own thing as subject -----------------------------------------------------

OWN_KINDS = frozenset({
    "course", "training", "module", "session", "evaluation", "survey", "exercise", "event",
    "meeting", "conference", "workshop", "webinar", "seminar", "edition", "programme",
    "program", "project", "pilot", "team", "tool", "taskforce", "summit", "symposium",
    "masterclass", "hackathon", "bootcamp"})
"""Kinds of undertaking a document may be the record of ("Evaluation Report: ... (Course
MRSO-2)", "Review of the ... tabletop exercise", "Terms of Reference: Joint Investigation
Team"). A review, an inspection or a study is left out: what it found is about the
practice it looked at; so are a plan, a strategy, a scheme or a campaign, whose content
is what bodies must do or did."""
_ACTORS = frozenset({"team", "tool", "taskforce"})
"""Own things that act or are used in the work: what they do in the present is practice
("The team reviews every referral within 24 hours", "The tool is scored from official
records"); only their own life (set up, funded, designed, run, evaluated) is the
document's business ("The team is set up for 18 months")."""
_LIFECYCLE = frozenset({"set", "establish", "create", "form", "fund", "finance", "run",
                        "design", "develop", "evaluate", "pilot", "launch", "extend", "end",
                        "close", "cost", "meet", "last", "start", "begin", "finish",
                        "introduce", "rewrite", "revise", "deliver", "attend", "hold",
                        "bring", "convene", "gather", "host"})
_RULE_VERBS = frozenset({"require", "oblige", "prohibit", "forbid", "mandate", "allow",
                         "permit", "define", "apply"})
"""Verbs by which the thing states a rule ("The course requires every officer to ...")."""
_RULE_MODALS = frozenset({"must", "shall", "may", "cannot"})
_OWN_DETERMINERS = frozenset({"the", "this", "our", "its"})

OWN_SUBJECT = ("about the document's own {noun} (the {noun} its title names: how it was "
               "designed, run or evaluated), not a fact an officer uses")


def own_nouns(title: str) -> frozenset[str]:
    """The kinds of undertaking the document's title names: its own thing ("course" and
    "evaluation" in "Evaluation Report: Managing ... (Course MRSO-2)"; "taskforce" in
    "... Task Force, 8-12 June 2026", written as one word or two)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    words |= {w[:-1] for w in words if w.endswith("s")}
    if _TASK_FORCE.search(title):
        words.add("taskforce")
    return frozenset(words & OWN_KINDS)


_TASK_FORCE = re.compile(r"\btask[\s-]+forces?\b", re.I)
_TITLE_PARTS = re.compile(r"\s*(?:[:;,|()\u2013\u2014]|\s-\s|\b(?:by|for|of|from|with|to)\b)\s*",
                          re.I)
"""Where a title joins its parts: a name and a kind in one part name one thing ("Regional
Victim Identification Taskforce RVIT-26"); "Evaluation of the ... course by Fernhill
Police" names the course and, apart, who evaluated it."""


def _kind(subject: Any) -> str:
    """The kind of undertaking a subject noun is: its lemma, or "taskforce" for "task
    force" (a "force" alone is a police force)."""
    lemma = str(subject.lemma_.lower())
    if lemma == "force" and any(c.dep_ == "compound" and c.lower_ == "task"
                                for c in subject.children):
        return "taskforce"
    return lemma


def _named_in_title(subject: Any, title: str, nouns: frozenset[str]) -> str:
    """The kind of undertaking whose name the subject is, when the subject's proper name
    stands in the title in one part with that kind ("RVIT-26" of "Regional Victim
    Identification Taskforce RVIT-26", "the Selvic Coast task force" of "4th Selvic Coast
    Victim Identification Task Force"): the document's own event called by its name, else
    "". A name the title does not give, or gives apart from the kind ("the Harbour Light
    operation" in an evaluation of a course), is a thing of its own, and so is a subject
    whose head is neither the name nor that kind ("Selvic Coast police services")."""
    phrase = list(subject.subtree)
    names = [t.text for t in phrase if t.pos_ == "PROPN"]
    if not names or any(t.pos_ not in ("PROPN", "DET", "PUNCT", "NOUN", "ADJ", "NUM")
                        for t in phrase):
        return ""
    name = re.compile(r"(?<![\w-])" + r"\W+".join(re.escape(n) for n in names) + r"(?![\w-])",
                      re.I)
    for part in _TITLE_PARTS.split(title):
        if name.search(part):
            kinds = own_nouns(part) & nouns
            if subject.pos_ != "PROPN":
                kinds &= {_kind(subject)}
            if kinds:
                return sorted(kinds)[0]
    return ""


def own_subject(parsed: Any, shown: Any, nouns: frozenset[str], title: str = "") -> str:
    """The hold reason when the main clause the stem shows has the document's own thing as
    its subject ("The course was first run in 2019", "The exercise tested the first hour of
    the response", "The team is set up for 18 months"), unless it states a rule ("The tool
    must not be used with anyone under 18") or reports what the thing found ("The review
    found that ...": a finding with its own clause), else ""."""
    if not nouns:
        return ""
    root = parsed[:].root
    if not shown(root) or root.pos_ not in ("VERB", "AUX"):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not shown(subject):
        return ""
    phrase = list(subject.subtree)
    kind = _named_in_title(subject, title, nouns) if title else ""
    if not kind:
        kind = _kind(subject)
        if kind not in nouns:
            return ""
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "LAW", "EVENT")
               for t in phrase):
            return ""  # "the Harbour Light operation": a named thing, its own fact
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETERMINERS
                   for c in subject.children):
            return ""
    if any(c.tag_ == "MD" and c.lower_ in _RULE_MODALS for c in root.children) or any(
            c.dep_ == "ccomp" for c in root.children) or root.lemma_.lower() in _RULE_VERBS:
        return ""
    if kind in _ACTORS and root.lemma_.lower() not in _LIFECYCLE:
        return ""  # "The team reviews every referral ...": practice, not the team's life
    return OWN_SUBJECT.format(noun=kind)


# -- recommendations in "should" ---------------------------------------------------

_PROPOSING_MODALS = frozenset({"should", "ought", "could", "would"})
_POLICE = frozenset({"officer", "police", "investigator", "detective", "constable",
                     "inspector", "sergeant", "responder", "force", "handler", "analyst"})
"""Who does the police work the learners do: their "should" is practice."""

RECOMMENDED = ('a recommendation under "{heading}" ("{modal}"): what the document proposes, '
               "not a rule in force")


def recommended(parsed: Any, shown: Any, heading: str, lead: Any = None) -> str:
    """The hold reason for a sentence whose main clause proposes ("should", "ought to")
    under a heading that proposes and names no one to act ("3. Recommendations": "Providers
    should act on a user report within 24 hours"), else "": a position paper's proposal,
    not a duty in force that an officer applies. A list whose lead-in names the body that
    recommends ("The review makes six recommendations:") says whose it is, and what police
    officers should do is practice an officer follows ("Police officers who find a possible
    child victim should contact child-protection services within 24 hours")."""
    if not proposing_heading(heading) or (lead is not None and sets_rule(lead)):
        return ""
    root = parsed[:].root
    if not shown(root) or any(c.dep_ in _SUBJECTS and c.lemma_.lower() in _POLICE
                              for c in root.children):
        return ""
    modal = next((c for c in root.children if c.tag_ == "MD"
                  and c.lower_ in _PROPOSING_MODALS), None)
    if modal is None:
        return ""
    return RECOMMENDED.format(heading=_shown_heading(heading), modal=modal.lower_)


# -- the document's own instruments and the dates of its own outputs --------------------

_EVENT_KINDS = frozenset({"course", "training", "evaluation", "survey", "exercise",
                          "workshop", "webinar", "pilot"})
"""Of the own things a title names (``OWN_KINDS``), the events whose own instruments carry
the event's kind in their names ("Exercise Evaluation Guide" in an exercise's events
list). A team, a tool, a programme or a project is left out, and so are a meeting, a
conference and a session: "Joint Investigation Team" and "Multi-Agency Risk Assessment
Conference" are terms of the work, whatever the document is."""
_PROCESS = frozenset({
    "after", "action", "actions", "report", "plan", "improvement", "evaluation", "guide",
    "form", "log", "list", "matrix", "sheet", "template", "summary", "event", "events",
    "scenario", "master", "lesson", "lessons", "learned", "learnt", "progress", "terms",
    "reference", "note", "notes", "exercise", "debrief", "control", "tracker", "checklist",
    "minutes", "agenda", "timeline", "schedule", "feedback", "monitoring", "data",
    "collection"})
"""Words of a process's own paperwork: its plans, reports, guides, forms and logs, and
what they are of (an action, an improvement, an event list). A name made of these words
alone ("After Action Report", "Improvement Plan") names a step of the document's own
process; a term of the work carries a word of the work ("Suspicious Activity Report",
"Serious Case Review", "National Action Plan")."""
_PAPERS = frozenset({"report", "plan", "guide", "form", "log", "list", "matrix", "sheet",
                     "template", "summary", "note", "notes", "tracker", "checklist",
                     "minutes", "agenda", "timeline", "schedule"})
"""The paper a process name must end in to be paperwork, not a bare activity."""
_FUNCTION = frozenset({"of", "and", "the", "for", "&", "to", "on", "a"})

OWN_INSTRUMENT = ('the document\'s own instrument ("{name}": {why}): about this '
                  "document's own process, not the field")


def own_instrument(expansion: list[Any], nouns: frozenset[str]) -> str:
    """The hold reason when an acronym's spelled-out name is the document's own
    paperwork, else "": a name whose words carry the kind of event the title names
    ("Exercise Evaluation Guide" in an exercise's events list), or one made only of words
    of a process's paperwork that ends in a paper ("After Action Report")."""
    words = [t.lower_ for t in expansion if t.is_alpha]
    if not words:
        return ""
    name = " ".join(t.text for t in expansion)
    kind = next((w for w in words if w in nouns & _EVENT_KINDS), None)
    if kind is not None:
        return OWN_INSTRUMENT.format(name=name, why=f"named for the document's own {kind}")
    content = [w for w in words if w not in _FUNCTION]
    if content and all(w in _PROCESS for w in content) and content[-1] in _PAPERS:
        return OWN_INSTRUMENT.format(name=name, why="a paper of a process, named by no "
                                     "word of the work")
    return ""


_ISSUING = frozenset({"issue", "publish", "circulate", "distribute", "send", "share",
                      "present", "submit", "produce", "complete", "finalise", "finalize",
                      "deliver", "release", "return"})
"""Verbs by which a process hands out its own papers."""
_OUTPUT_NOUNS = frozenset({"report", "plan", "finding", "result", "minute", "minutes",
                           "guide", "form", "evaluation", "summary", "feedback", "review",
                           "recommendation", "response", "draft", "version", "note",
                           "record", "update", "log"})
"""A process's own papers, as the subject of the verb that issues them or is due."""
_CALENDAR = re.compile(
    r"\b(?:(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|jan(?:uary)?|feb(?:ruary)?|"
    r"mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b", re.I)
"""A day, month or year of the calendar: one occasion's date, not a span ("within 24
hours")."""

OWN_SCHEDULE = ('the document\'s own output and its date ("{subject} ... {verb} ... '
                '{date}"): about this document\'s own process, not the field')


def own_schedule(parsed: Any, key: Any = ()) -> str:
    """The hold reason when the main clause says by what calendar date a paper of the
    process will be issued or is due ("The After Action Report and improvement plan will be
    issued by 11 December 2026", "Evaluator forms are due by 12/11/2026"), else "". A
    span is no date ("Reports will be submitted to NCMEC within 24 hours" is a rule of the
    work), and a law is no paper of the process. A candidate that asks the date itself
    (``key``, its tokens) is left to ``evidence.py``, which holds when a step is due."""
    root = parsed[:].root
    lemma = root.lemma_.lower()
    future = any(c.tag_ == "MD" and c.lower_ in ("will", "shall") for c in root.children)
    due = lemma == "be" and any(c.lower_ == "due" for c in root.children)
    if not due and not (future and lemma in _ISSUING):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lemma_.lower() not in _OUTPUT_NOUNS or any(
            t.ent_type_ == "LAW" for t in parsed):
        return ""
    dates = [t for t in root.subtree if t.ent_type_ == "DATE" and _CALENDAR.search(t.text)]
    asked = {t.i for t in key}
    if not dates or any(t.i in asked for t in dates):
        return ""
    when = next((e.text for e in parsed.ents if e.start <= dates[-1].i < e.end), dates[-1].text)
    named = parsed[subject.left_edge.i: subject.i + 1].text
    return OWN_SCHEDULE.format(subject=named, verb="due" if due else root.text, date=when)


# -- a time counted from the document itself -------------------------------------------------

_SELF_NOUNS = frozenset({
    "decision", "order", "letter", "notice", "report", "direction", "directions", "judgment",
    "judgement", "determination", "request", "memorandum", "paper", "notification",
    "response", "reply", "submission", "statement", "review", "consultation"})
"""What a document calls itself with "this": "within 56 days of this decision"."""
_COUNTED_FROM = frozenset({"of", "from", "after", "following"})
_SPAN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   r"twelve|fourteen|twenty|twenty-one|twenty-eight|thirty|sixty|ninety)"
                   r"\s+(?:working\s+|calendar\s+|clear\s+)?(?:hours?|days?|weeks?|months?)\b",
                   re.I)

OWN_RECKONING = ('a time counted from this document itself ("{phrase}"): about this '
                 "document's own process, not the field")


def own_reckoning(parsed: Any) -> str:
    """The hold reason when the sentence's time limit runs from the document itself ("The
    force must tell the Ombudsman within 56 days of this decision whether it accepts each
    recommendation", "Any reply to this consultation must reach us within 12 weeks of this
    paper"), else "". Such a limit governs this decision, letter or order's own
    proceedings; a limit of the work runs from an event of the work ("within 24 hours of
    the report", "of seizure")."""
    if not _SPAN.search(parsed.text):
        return ""
    for token in parsed:
        if token.dep_ != "pobj" or token.lemma_.lower() not in _SELF_NOUNS:
            continue
        if token.head.lower_ not in _COUNTED_FROM or not any(
                c.dep_ == "det" and c.lower_ == "this" for c in token.children):
            continue
        phrase = parsed[token.head.i : token.i + 1].text
        return OWN_RECKONING.format(phrase=phrase)
    return ""


# -- one proceeding's own timetable --------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d\d\b|"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b", re.I)
"""One day of the calendar with its year ("1 October 2026", "October 1, 2026",
"16.10.2026"): an occasion, not a span a rule counts ("within 28 days") nor a day that
comes back every year ("by 31 January")."""
_DEADLINE_PREPS = frozenset({"by", "before", "on", "until"})
_BINDING = frozenset({"shall", "must", "will"})
_LAWS = frozenset({"law", "act", "regulation", "directive", "convention", "code", "rule",
                   "rules", "protocol", "treaty", "amendment", "bill", "statute", "provision"})
"""What comes into force on a day: a law's commencement is a fact of the field."""

OWN_DEADLINE = ('a deadline on one day of the calendar ("{phrase}"): this proceeding\'s or '
                "process's own timetable, not a rule that holds in every case")

_CASE_TITLE = re.compile(
    r"\b(?:R|Regina|Rex|The\s+(?:King|Queen|State|People)|[A-Z][\w.'-]+)\s+v\.?\s+[A-Z]|"
    r"\b(?:case|complaint|claim|appeal|application|file|matter)\s+(?:no\.?\s*|number\s+)?"
    r"[A-Z]{0,4}[/-]?\d[\w/-]*", re.I)
"""A title naming one case: its parties ("R v Pelham Strade") or its number ("Decision on
Complaint PO/2026/0582", "Case No. T20267731")."""
_PARTIES = frozenset({"court", "tribunal", "judge", "prosecution", "prosecutor", "defence",
                      "defense", "crown", "party", "parties", "counsel", "advocate",
                      "advocates", "registry", "ombudsman", "panel"})
"""The actors of a proceeding: the court that directs and the parties before it."""
_SERVING = frozenset({"notify", "serve", "file", "lodge", "submit", "send", "reply",
                      "respond", "inform", "tell", "confirm", "report", "apply", "provide",
                      "copy", "disclose", "return"})
"""The acts by which a proceeding's parties keep its timetable: papers served, filed or
sent, notice given to the court or to each other."""

OWN_STEP = ('a step of this case\'s own proceedings ("{verb}" ... "{party}" ... "{limit}"): '
            "the directions of one case, not a practice that holds in every case")


def one_case(title: str) -> bool:
    """The document's title names one case: its parties or its number (``_CASE_TITLE``)."""
    return _CASE_TITLE.search(title) is not None


def own_timetable(parsed: Any, case: bool = False) -> str:
    """The hold reason for a step of one proceeding's own timetable, else "":

    - a duty or a future ("shall", "must", "will") due by, before or on one calendar day
      ("The defence statement shall be served by 1 October 2026"): a date is one
      occasion's, whatever the document; a law's commencement is left ("The Act will come
      into force on 1 July 2026");
    - in a document whose title names one case (``one_case``), a duty to serve, notify,
      file or reply within a time, when the court or a party of the proceeding serves or
      is served ("Any change of view shall be notified to the Court within 2 working
      days"). What a party must do for a witness ("arrange a familiarisation visit ... 7
      days before the hearing"), or notice to the police, is practice and is left."""
    root = parsed[:].root
    if any(t.ent_type_ == "LAW" for t in parsed):
        return ""
    binding = any(c.tag_ == "MD" and c.lower_ in _BINDING for c in root.children)
    if not binding:
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lemma_.lower() in _LAWS:
        return ""
    for prep in root.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _DEADLINE_PREPS:
            continue
        phrase = parsed[prep.i: prep.right_edge.i + 1].text
        if _DAY.search(phrase):
            return OWN_DEADLINE.format(phrase=phrase)
    if not case or root.lemma_.lower() not in _SERVING or not _SPAN.search(parsed.text):
        return ""
    party = next((t for t in root.subtree if t.lemma_.lower() in _PARTIES and (
        t.head.i == root.i or t.head.head.i == root.i) and t.dep_ in (
        "nsubj", "nsubjpass", "dobj", "dative", "pobj", "compound")), None)
    if party is None:
        return ""
    limit = _SPAN.search(parsed.text)
    assert limit is not None
    return OWN_STEP.format(verb=root.text, party=party.text, limit=limit.group(0))


# -- a product's own settings and performance ------------------------------------------------

_GUIDE_TITLE = re.compile(
    r"\b(?:user(?:'s)?\s+(?:guide|manual|handbook)|release\s+notes|read\s?me|quick[- ]start|"
    r"admin(?:istrator)?(?:'s)?\s+guide|help\s+(?:guide|centre|center|pages?))\b", re.I)
"""A title of a product's own documentation: its user guide, release notes or readme."""
_INTERFACE = frozenset({"banner", "button", "menu", "window", "screen", "tab", "icon",
                        "dialog", "dialogue", "panel", "toolbar", "checkbox", "dropdown",
                        "drop-down", "pop-up", "popup", "tooltip", "sidebar", "wizard"})
"""Nouns of a program's interface: what it shows, not what the work is."""
_DURATION = re.compile(r"\b(?:seconds?|minutes?|hours?)\b", re.I)

OWN_PRODUCT = ("the product's own {what} (\"{word}\" in its {guide}): how this one program "
               "behaves, not what it teaches about the work")


def product_guide(title: str) -> str:
    """The kind of product documentation the title names ("user guide"), else ""."""
    found = _GUIDE_TITLE.search(title)
    return " ".join(found.group(0).lower().split()) if found else ""


def own_product(parsed: Any, guide: str) -> str:
    """The hold reason, in a product's own documentation (``product_guide``), for a
    sentence about the product itself, else "": its interface ("Sets older than 30 days
    trigger an amber banner"), a default of its settings ("By default, thumbnails are
    shown at 64 px"), or how long it takes ("Large sets can take up to 20 minutes").
    What the guide teaches about the work ("A robust match is an investigative lead, not
    an identification", "must only be run against a verified forensic image") names none
    of these and is judged like any other sentence."""
    if not guide:
        return ""
    word = next((t for t in parsed if t.pos_ == "NOUN" and t.lemma_.lower() in _INTERFACE),
                None)
    if word is not None:
        return OWN_PRODUCT.format(what="interface", word=word.text, guide=guide)
    word = next((t for t in parsed if t.lemma_.lower() == "default"), None)
    if word is not None:
        return OWN_PRODUCT.format(what="settings", word=word.text, guide=guide)
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if root.lemma_.lower() == "take" and subject is not None and subject.ent_type_ != "PERSON" \
            and not _ROLE.search(subject.lemma_.lower()) and any(
            c.dep_ in ("dobj", "npadvmod") and _DURATION.search(c.text)
            for c in root.children):
        return OWN_PRODUCT.format(what="processing time", word=root.text, guide=guide)
    return ""


# -- what a service does with what is not its business ----------------------------------------

_REMIT = re.compile(
    r"\b(?:out(?:side)?\s+(?:of\s+)?(?:(?:our|the|its|their)\s+)?(?:remit|scope)|"
    r"not\s+(?:with)?in\s+(?:our\s+|the\s+|its\s+)?(?:remit|scope))\b", re.I)
"""What a service says is not its business ("P4 - Not illegal / out of remit")."""

OUT_OF_REMIT = ('about what this service does with matters outside its remit ("{phrase}"): '
                "its own handling of what is not its business, not a fact of the work")


def out_of_remit(stem: str) -> str:
    """The hold reason for a stem about how the document's own service deals with what is
    out of its remit or scope ("Where the priority is P4 - Not illegal / out of remit, the
    time limit is ____": a hotline's standard for signposting reports it does not act on),
    else ""."""
    found = _REMIT.search(stem)
    return OUT_OF_REMIT.format(phrase=" ".join(found.group(0).split())) if found else ""


# -- how the document's own channel works for its users ----------------------------------------

_CHANNEL_HEADING = re.compile(
    r"^[\W\d.]*how\s+(?:(?:the|this|our|these)\s+)?(?P<what>[a-z]+)\s+works?\W*$", re.I)
"""A heading that says the section explains how a thing works ("How petitions work", "How
the appeal works", "3. How this site works")."""
_CHANNELS = frozenset({"petition", "appeal", "site", "website", "page", "portal",
                       "consultation", "competition", "award", "nomination"})
"""Channels a public page runs for its users to take part in: a petition they sign, an
appeal they answer, the site they use. How such a channel works (when it closes, how many
signatures trigger what, how fast its staff answer) is the page's own procedure. A scheme,
a service, a notice or a register is left out: how those work is often the practice an
officer uses ("How the disclosure scheme works")."""
_LAW_TYPES = frozenset({"LAW"})

OWN_CHANNEL = ('how the document\'s own {what} works for its users (under "{heading}"): its '
               "own procedure, when it closes, what a count of signatures or answers triggers, "
               "how fast it answers, not a rule or a fact of the work")


def own_channel(heading: str, parsed: Any) -> str:
    """The hold reason for a sentence under a heading that explains how the page's own
    channel works for its users ("How petitions work": "Petitions close after 6 months",
    "At 15,000 signatures the Government responds, normally within 6 weeks"), else "".
    A sentence that names a law, or states a duty ("must", "shall"), is a rule someone
    must meet even there, and is judged as before."""
    found = _CHANNEL_HEADING.match(" ".join(heading.split())) if heading else None
    if found is None:
        return ""
    what = found.group("what").lower()
    singular = what[:-1] if what.endswith("s") else what
    if singular not in _CHANNELS:
        return ""
    if any(t.ent_type_ in _LAW_TYPES for t in parsed) or any(
            t.tag_ == "MD" and t.lower_ in ("must", "shall") for t in parsed):
        return ""
    return OWN_CHANNEL.format(what=singular, heading=_shown_heading(heading))


# -- the instance the document sets up, as a sentence's subject -------------------------------

_DEICTIC = re.compile(r"^(?:under\s+(?:investigation|consideration|review|discussion|way)|"
                      r"in\s+question|at\s+(?:issue|hand|stake)|concerned|"
                      r"in\s+this\s+\w+)$", re.I)
"""What ties a definite noun to the one instance at hand, after it: "the offences under
investigation", "the child concerned", "the account in question", "the devices in this
case". English marks the instance so; no rule about a kind of thing needs these words."""
_THRESHOLDS = frozenset({"minimum", "maximum", "standard", "statutory", "default", "legal",
                         "usual", "normal", "general"})
"""A subject that names a rule's measure ("the minimum retention", "the statutory period")
is a threshold, not the instance: a table of periods names its own kind in its title."""
_PERMISSIONS = frozenset({"allow", "permit", "require", "prohibit", "forbid", "oblige",
                          "entitle", "authorise", "authorize", "expect"})
"""A predicate that states what is allowed or required ("the notification is allowed to
contain ..."): a rule, whoever's it is."""
_CONDITIONS = frozenset({"where", "if", "when", "whenever", "unless", "once"})
_DEFINITE = frozenset({"the", "this", "these", "our", "its"})
_PEOPLE = frozenset({"child", "person", "people", "victim", "family", "adult", "girl", "boy",
                     "man", "woman", "youth", "minor", "suspect", "individual", "public",
                     "pupil", "student", "patient", "staff", "survivor", "complainant"})
"""Nouns of persons that ``_ROLE``'s endings miss: "the child" in a rule is whichever child
the rule meets ("the child is, or is believed to be, under 18"), never the instance."""
_BODIES = frozenset({"team", "unit", "service", "force", "agency", "office", "department",
                     "centre", "center", "command", "squad", "hub", "desk", "board", "panel",
                     "committee", "partnership", "network", "organisation", "organization",
                     "authority", "ministry", "court", "police", "hotline", "helpline",
                     "charity", "body", "tool", "system", "database", "platform"})
"""Bodies and tools that act in the work: what they do and achieve ("the team received
1,146 referrals and safeguarded 389 children") is the work's figure, whoever's document
names it (a team's or a tool's own life is ``own_subject``'s)."""

INSTANCE = ('about this document\'s own {noun} ("{phrase}": {why}): true of the one case, '
            "plan or product the document sets up, not a rule or practice that holds beyond it")


def title_words(title: str) -> frozenset[str]:
    """The words of the document's title, lowercased, with a plural's "s" also taken off:
    what the document is the record of ("activity" in "Application for Authorisation:
    Online Covert Activity")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def instance_subject(parsed: Any, shown: Any, title: str, lead: Any = None) -> str:
    """The hold reason when the main clause's subject is the one instance the document
    itself sets up, else "". An application, an order, a case file or a plan is written
    about one thing, and names it with "the" as a thing already known: "The activity is
    confined to two group channels for 12 weeks" (the activity its title names), "the
    offences under investigation carry up to 10 years" (a noun tied to the case at hand by
    "under investigation", "concerned", "in question"). Its figures are that instance's,
    not a limit of the work. Left to be judged as before: a subject with a name of its own
    or a person's role ("the case officer refers ..."), a body or a tool that acts in the
    work ("the team safeguarded 389 children", ``_BODIES``), a threshold ("the minimum
    retention"), and any clause that states a rule (a modal of duty or permission, a law,
    "is allowed to", a condition "where ..."), or reports a finding ("... found that"),
    or an item whose lead-in sets a rule or a condition ("An alert is issued only when
    all four criteria are met:"); a lead-in that only cites a code ("The applicant has
    considered the matters set out in the Code of Practice:") leaves its items the case's."""
    if lead is not None and (sets_rule(lead) or _conditioned(lead[:].root)):
        return ""
    root = parsed[:].root
    if not shown(root) or root.pos_ not in ("VERB", "AUX"):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or not shown(subject):
        return ""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in subject.children):
        return ""
    lemma = subject.lemma_.lower()
    if _ROLE.search(lemma) or lemma in _PEOPLE | _BODIES or any(
            c.dep_ in ("amod", "compound") and c.lower_ in _THRESHOLDS for c in subject.children):
        return ""
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "LAW", "EVENT")
           for t in subject.subtree):
        return ""
    if _states_rule(parsed, root):
        return ""
    tied = next((c for c in subject.children if c.i > subject.i
                 and _DEICTIC.match(" ".join(t.text for t in c.subtree))), None)
    phrase = parsed[subject.left_edge.i: subject.right_edge.i + 1].text
    if tied is not None:
        return INSTANCE.format(noun=lemma, phrase=phrase,
                               why=f'"{" ".join(t.text for t in tied.subtree)}" ties it to '
                               "the case at hand")
    if lemma in title_words(title):
        return INSTANCE.format(noun=lemma, phrase=phrase, why="the one its title names")
    return ""


def _states_rule(parsed: Any, root: Any) -> bool:
    """The clause states a rule: a modal of duty or permission on its verb, a law it
    names, a predicate of permission or requirement, a condition that generalises it
    ("where ..."), or a finding's own clause."""
    if any(t.ent_type_ == "LAW" for t in parsed):
        return True
    if any(c.tag_ == "MD" and c.lower_ in _DUTY_MODALS | {"can"} for c in root.children):
        return True
    if root.lemma_.lower() in _PERMISSIONS | _RULE_VERBS or any(
            c.lemma_.lower() in _PERMISSIONS for c in root.children
            if c.dep_ in ("acomp", "xcomp")):
        return True
    return any(c.dep_ == "ccomp" for c in root.children) or _conditioned(root)


def _conditioned(root: Any) -> bool:
    """A condition hangs on the verb ("where ...", "only when ..."): what follows holds in
    every case that meets it, a rule."""
    return any(c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in _CONDITIONS
                                         for m in c.children) for c in root.children)


# -- one release's changes --------------------------------------------------------------------

_RELEASE = re.compile(
    r"\b(?:what'?s\s+new|release\s+notes?|change\s?log|version\s+history|release\s+history|"
    r"new\s+in\s+(?:this\s+)?(?:version|release)|(?:version|release)\s+v?\d+(?:\.\d+)+|"
    r"v\d+\.\d+(?:\.\d+)?)\b", re.I)
"""Headings of a product's release history: "What's new", "Release notes", "Changelog",
"Version 4.3.0"."""
_CHANGES = re.compile(
    r"^\W*(?:added|changed|fixed|removed|deprecated|security|known\s+issues|breaking"
    r"(?:\s+changes)?|improvements?|improved|new\s+features?|bug\s+fixes|enhancements?)\b",
    re.I)
"""A changelog's own section headings ("Added", "Changed", "Fixed", "Known issues"): read
so only in a document that keeps a release history (``release_document``)."""
_RULE_ONLY = frozenset({"must", "shall", "should"})

RELEASE = ('a change in one release of the product (under "{heading}"): how this program '
           "changed in one version, not a fact or rule of the work")


_NAMES_BEYOND = frozenset({"acronym", "key-term"})
"""Rules whose blank is a name of the field ("aligned with the WeProtect Global Alliance
____ (MNR)"): it names something beyond the instance, and is asked from its sentence."""


def instance_one(parsed: Any, view: StemView, q: DraftQuestion) -> str:
    """The hold reason when the sentence is about the one instance the document sets up
    (``instance_subject``) or one release of its product (``release_change``), else ""."""
    title = q.analysis.cleaned.title or ""
    lead = q.sentence.lead.parsed if q.sentence.lead is not None else None
    return (instance_subject(parsed, view.inside, title, lead)
            or release_change(parsed, q.sentence.heading, _release_history(q.analysis)))


def _release_history(analysis: Any) -> bool:
    """``release_document`` of the analysis's title and headings, read once per document
    (every question of it asks; the headings are all its sentences')."""
    found: bool | None = getattr(analysis, "_release_history", None)
    if found is None:
        found = release_document(analysis.cleaned.title or "",
                                 (s.heading for s in analysis.sentences))
        analysis._release_history = found
    return found


def release_document(title: str, headings: Any) -> bool:
    """The document keeps a product's release history: its title or a heading of it names
    one (``_RELEASE``)."""
    return _RELEASE.search(title) is not None or any(
        _RELEASE.search(h) is not None for h in headings if h)


def release_change(parsed: Any, heading: str, release: bool) -> str:
    """The hold reason for a sentence under a release's heading ("What's new", "Version
    4.3.0", or in a release history "Added", "Fixed"), else "": what one version changed
    ("Reports are now routed to an analyst in under 5 minutes", "Sessions now expire after
    15 minutes") is the product's history, true of one release. A rule stated there ("Grading
    officers must hold the accreditation", a law it names) is the work's, and is judged like
    any other sentence."""
    if not heading or not (_RELEASE.search(heading) or (release and _CHANGES.match(heading))):
        return ""
    if any(t.ent_type_ == "LAW" for t in parsed) or any(
            t.tag_ == "MD" and t.lower_ in _RULE_ONLY for t in parsed):
        return ""
    return RELEASE.format(heading=_shown_heading(heading))


# -- the document's own conventions: its marks and its counting -------------------------------

_MARKING = frozenset({"mark", "flag", "denote", "indicate", "signify", "show", "highlight",
                      "label", "shade", "star", "tag", "print", "colour", "color"})
"""Verbs by which a document explains a mark of its own ("Where a case is marked [SM]",
"An asterisk denotes ...")."""
_SIGNS = frozenset({"asterisk", "dagger", "bold", "italic", "italics", "bracket", "brackets",
                    "superscript", "subscript", "symbol", "shading", "underline", "underlining",
                    "obelus", "typeface", "font"})
"""Nouns of a document's own typography: what it prints, not what the work is."""
_SIGN_MARKS = frozenset("*†‡#^~")
_TINTING = frozenset({"shade", "highlight", "colour", "color", "print"})
"""Verbs that print a colour: with one of ``_COLOURS`` they are a mark of the document
("Rows shaded red are overdue", "highlighted in yellow"); a colour with any other verb is
left ("red flags indicate a risk": a term of the work)."""
_COLOURS = frozenset({"red", "amber", "green", "yellow", "orange", "blue", "grey", "gray",
                      "pink", "purple", "black"})
_CODE = re.compile(r"^[\[(]\s*[A-Z0-9*†‡#/+-]{1,6}\s*[\])]$")
"""A short code in brackets printed after a marking verb ("[SM]", "(R)", "[*]")."""

OWN_NOTATION = ('the document\'s own notation ("{phrase}"): what a mark printed in this '
                "document means, not a fact of the work")


def own_notation(parsed: Any) -> str:
    """The hold reason for a sentence that explains the document's own marks, else "": a
    verb of marking ("marked", "denotes", "shown in") with a sign as its argument, a short
    code in brackets right after it ("Where a case is marked [SM], special measures have
    been granted": a court list's convention), a word of typography ("marked with an
    asterisk", "shown in bold", "A dagger denotes ...") or a printed symbol, or a verb
    that prints a colour with the colour ("Rows shaded red are overdue"). Such a
    sentence is true only of this document's layout; the fact behind the mark (special
    measures for a child witness) is asked from where the document states it as a fact.
    A marking verb with no sign ("Exhibits are marked with the seizing officer's
    initials", "Research indicates ...") is judged like any other sentence."""
    text = parsed.text
    for verb in parsed:
        if verb.lemma_.lower() not in _MARKING or verb.pos_ not in ("VERB", "AUX"):
            continue
        after = text[verb.idx + len(verb.text):].lstrip()
        code = re.match(r"[\[(][^\])]{1,12}[\])]", after)
        if code and _CODE.match(code.group(0)):
            return OWN_NOTATION.format(phrase=f"{verb.text} {code.group(0)}")
        for token in verb.subtree:
            near = token.head.i == verb.i or token.head.head.i == verb.i
            sign = token.lemma_.lower() in _SIGNS or token.text in _SIGN_MARKS or (
                verb.lemma_.lower() in _TINTING and _printed_colour(token, verb))
            if near and sign:
                lo, hi = sorted((verb.i, token.i))
                return OWN_NOTATION.format(phrase=parsed[lo: hi + 1].text)
    return ""


def _printed_colour(token: Any, verb: Any) -> bool:
    """The colour is what the verb prints, its own argument ("shaded red", "highlighted in
    yellow"), not a word of a noun it names ("highlighted three red flags")."""
    if token.lower_ not in _COLOURS or token.dep_ == "amod":
        return False
    return bool(token.head.i == verb.i or (token.head.head.i == verb.i
                                           and token.head.lower_ == "in"))


_COUNTING = frozenset({"count", "include", "exclude", "attribute", "allocate", "assign",
                       "round", "aggregate", "tally"})
"""Verbs of a statistic's own counting convention, in the passive."""
_FRAMES = frozenset({"year", "quarter", "month", "week", "day", "period", "figure", "statistic",
                     "statistics", "total", "totals", "count", "table", "data", "series",
                     "release", "estimate", "tally", "return", "returns", "bulletin",
                     "publication", "numbers", "number"})
"""What the figures are counted into: a time frame of the series ("in the year it began")
or the figures themselves ("excluded from the totals")."""

OWN_COUNTING = ('a counting convention of the document\'s own figures ("{phrase}"): how '
                "this document counts, not a fact an officer uses")


def own_counting(parsed: Any) -> str:
    """The hold reason for a statistic's own counting convention, else "": a main verb of
    counting in the passive with what it is counted in or out of, a time frame of the
    series or the figures themselves ("An episode that spans two reference years is
    counted in the year it began", "Reports received after midnight are counted in the
    following month", "Duplicate reports are excluded from the totals"). How a
    statistics office counts its own series is its method, not a rule an officer
    follows; a law that counts ("... counted towards the sentence under section 240") is
    the work's, and so is a counting with no frame ("Each victim is counted as a
    separate crime" keeps a recording rule)."""
    if any(t.ent_type_ == "LAW" for t in parsed):
        return ""
    root = parsed[:].root
    measure = own_measure(root)
    if measure:
        return measure
    if root.lemma_.lower() not in _COUNTING or not any(c.dep_ == "auxpass"
                                                       for c in root.children):
        return ""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "into", "from", "to", "within"):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in _FRAMES:
            return OWN_COUNTING.format(phrase=parsed[root.i: obj.i + 1].text)
    return ""


_SERIES = frozenset({"statistic", "statistics", "figure", "figures", "data", "table", "tables",
                     "total", "totals", "estimate", "estimates", "series", "count", "counts",
                     "dataset", "numbers"})
"""The document's own figures, as a subject."""
_METHOD = frozenset({"count", "use", "exclude", "cover", "measure", "omit", "combine",
                     "round", "weight", "adjust", "treat"})
"""What figures do by their method ("The statistics count reports to police", "These
figures exclude ..."); not what they show, find or suggest, which is a finding."""


def own_measure(root: Any) -> str:
    """The hold reason when the main clause says how the document's own figures are made,
    with the figures as subject ("The statistics count reports to police", "These
    statistics use the grade at first assessment", "The figures exclude children reported
    from abroad"), else "". What the figures show is a finding and is judged as before
    ("The figures show that referrals rose ..."), and so is a named body's series ("The
    Home Office figures use ...")."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.lemma_.lower() not in _METHOD:
        return ""
    if subject.lemma_.lower() not in _SERIES and subject.lower_ not in _SERIES:
        return ""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children) or any(
            t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "LAW") for t in subject.subtree):
        return ""  # "The Home Office figures use ...": a named body's series, a fact of it
    if any(c.dep_ in ("ccomp", "aux") and c.tag_ == "MD" for c in root.children):
        return ""
    return OWN_COUNTING.format(phrase=" ".join(t.text for t in subject.subtree) + " " + root.text)


# -- what the document's own procedure said, in the past -------------------------------------

_PROCEDURES = frozenset({"runbook", "procedure", "policy", "guidance", "manual", "protocol",
                         "playbook", "sop", "checklist", "instruction", "instructions",
                         "script", "flowchart", "workflow", "process", "guide", "template",
                         "handbook", "rota", "escalation"})
"""Papers in which an organisation writes down its own way of working."""
_SAYING = frozenset({"say", "state", "require", "tell", "instruct", "direct", "specify",
                     "make", "allow", "permit", "oblige", "ask", "mandate", "set", "list",
                     "limit", "restrict", "expect", "have", "contain", "include", "cover"})
"""Verbs by which such a paper lays a rule down, or holds one ("had no step to ...")."""
_EDITIONS = frozenset({"version", "edition", "draft", "revision", "issue"})
"""A version of a paper: "the previous version of the playbook required ..."."""
_FORMER = frozenset({"old", "older", "previous", "former", "earlier", "original", "superseded",
                     "outdated", "withdrawn", "replaced", "first", "initial", "interim"})
"""Words that make a paper one no longer in force: "under the old runbook"."""

SUPERSEDED = ('what the organisation\'s own {noun} said at the time ("{phrase}"): a rule of '
              "one organisation in the past tense, no longer what is done")


def superseded(parsed: Any) -> str:
    """The hold reason for a rule told in the past tense as what an organisation's own
    procedure said, else "": "The runbook said to telephone the desk for live-streaming
    indications but not for every P1", "At the time, the runbook did not require a call",
    "The procedure was to email every referral", "The previous version of the playbook
    required ...", "Under the old rota, analysts paged ...". A post-incident review or a
    case review tells the rule it found wanting; what replaced it, or the practice of the
    work, is stated in the present. A named body's or a law's paper ("The INTERPOL report
    said ...", "The 2003 Act required ...") is a fact with a source and is judged like
    any other sentence, and so is a procedure that says in the present what is done."""
    root = parsed[:].root
    if not _past(root) or any(t.ent_type_ == "LAW" for t in parsed):
        return ""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    paper = _paper(subject)
    if paper is not None and root.lemma_.lower() in _SAYING | {"be"}:
        if root.lemma_.lower() == "be" and not any(c.dep_ == "xcomp" for c in root.children):
            return ""
        if not any(c.dep_ in ("xcomp", "ccomp", "dobj", "oprd") or (
                c.dep_ == "prep" and c.lower_ == "for") for c in root.children):
            return ""
        assert subject is not None
        return SUPERSEDED.format(noun=paper.lemma_.lower(),
                                 phrase=parsed[subject.left_edge.i: root.i + 1].text)
    former = next((t for t in parsed if t.dep_ == "pobj" and t.head.head.i == root.i
                   and t.head.lower_ in ("under", "in", "by") and _paper(t) is not None
                   and any(c.dep_ == "amod" and c.lower_ in _FORMER for c in t.children)), None)
    if former is not None:
        return SUPERSEDED.format(noun=former.lemma_.lower(),
                                 phrase=parsed[former.head.i: former.i + 1].text)
    return ""


def _past(root: Any) -> bool:
    """The main clause is told in the past: its verb, or an auxiliary of it ("did not
    require"), in the past tense."""
    return bool(root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                            for c in root.children))


def _paper(noun: Any) -> Any:
    """The organisation's own procedure the noun names ("the runbook", "the previous
    version of the playbook"), not a named body's or a dated paper; else None."""
    if noun is None:
        return None
    if noun.lemma_.lower() in _EDITIONS:
        noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), noun)
    if noun.lemma_.lower() not in _PROCEDURES:
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "LAW", "DATE")
           for t in noun.subtree):
        return None
    return noun


# -- a direction to the cast of one case -------------------------------------------------------

_DIRECTING = frozenset({"shall", "must", "will", "may", "cannot"})
_CAST_DETERMINERS = frozenset({"the", "each", "both", "neither", "either", "this", "these"})
_WORK_PEOPLE = frozenset({"witness", "witnesses"})
"""A witness is a person of the work: what a direction gives a child witness (a live link,
a familiarisation visit) is practice, whoever the title names."""

OWN_CAST = ('a direction to this case\'s own {noun} ("{phrase}", the {noun} its title names, '
            "in a document that records one case: {sign}): how this one proceeding is run, not "
            "a rule of the work")


def own_cast(parsed: Any, title: str, sign: str) -> str:
    """The hold reason for a direction given to the cast of one case, else "": in a
    document that records one instance (``doc_kind.instance_sign``: a case number in its
    header, a statement of truth), a modal of duty or permission whose subject is the
    people or the thing its title names, with "the", "each" or "both" ("The experts shall
    not discuss the grading of any image", "Each expert shall file a report within 28 days
    of the meeting", in a "Joint Report of Experts" in one case). What the court directs for a
    witness, a child or the police is practice and is judged as before ("The prosecution
    shall arrange a familiarisation visit for each witness"), and so is a finding of the
    cast ("The experts agree that a write-blocker must be used")."""
    if not sign or any(t.ent_type_ == "LAW" for t in parsed):
        return ""
    root = parsed[:].root
    if not any(c.tag_ == "MD" and c.lower_ in _DIRECTING for c in root.children):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN":
        return ""
    lemma = subject.lemma_.lower()
    if lemma not in title_words(title) or lemma in _PEOPLE | _POLICE | _WORK_PEOPLE:
        return ""
    if not any(c.dep_ in ("det", "predet") and c.lower_ in _CAST_DETERMINERS
               for c in subject.children):
        return ""
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE")
           for t in subject.subtree):
        return ""
    phrase = parsed[subject.left_edge.i: root.i + 1].text
    return OWN_CAST.format(noun=subject.lower_, phrase=phrase, sign=sign)


# -- the venue's own arrangements -----------------------------------------------------------

_VENUE = frozenset({"building", "venue", "room", "courtroom", "reception", "canteen", "cafe",
                    "café", "lobby", "foyer", "entrance", "car park", "suite", "auditorium",
                    "hall", "lift", "library"})
"""Places of a venue: where a meeting, a course or a court sits, not a place of the work."""
_OPENING = frozenset({"open", "close", "shut", "lock", "unlock", "reopen"})
_VISITORS = frozenset({"visitor", "attendee", "delegate", "guest", "spectator"})
"""The people a venue receives, as visitors: what they must do there is its housekeeping."""

OWN_VENUE = ('the venue\'s own arrangements ("{phrase}"): when its building opens or what its '
             "visitors do there, not a fact of the work")


def own_venue(parsed: Any) -> str:
    """The hold reason for a venue's own arrangements, else "": a place of the venue that
    opens or closes ("The building opens at 08:30 and visitors must pass through
    security", "The venue closes at 17:00"), or its visitors, attendees or delegates told
    what they must, should or may do ("Delegates should arrive by 09:15 to collect their
    badges"; with a clock time or a place of the venue, as "visitors to a child's home must
    ..." is safeguarding). Rubric 7 names venues as trivia; a rule for a witness, a child,
    an officer or a suspect names none of these and is judged as before."""
    for verb in parsed:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or any(t.pos_ == "PROPN" for t in subject.subtree):
            continue
        name = subject.lemma_.lower()
        if verb.lemma_.lower() in _OPENING and (name in _VENUE or " ".join(
                t.lower_ for t in subject.subtree if t.dep_ != "det") in _VENUE):
            return OWN_VENUE.format(phrase=parsed[subject.left_edge.i: verb.i + 1].text)
        if name in _VISITORS and any(c.tag_ == "MD" for c in verb.children) and _at_venue(parsed):
            return OWN_VENUE.format(phrase=parsed[subject.left_edge.i: verb.i + 1].text)
    return ""


_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _at_venue(parsed: Any) -> bool:
    """The sentence names a clock time ("by 09:15") or a place of the venue ("the suite")."""
    return _CLOCK.search(parsed.text) is not None or any(
        t.lemma_.lower() in _VENUE for t in parsed if t.pos_ == "NOUN")


# -- what the document's own participants must do ---------------------------------------------

_ENROLLED = frozenset({"participant", "trainee", "delegate", "attendee"})
"""The people a course or an exercise enrols: what they must do is its own running. A
learner or a pupil is left out (in a school's guidance they are children), and so is a
candidate (an examination's are ``assessment.py``'s; a post's must pass the screening that
staff who view abuse material undergo, a fact of the work)."""
_ALL = frozenset({"all", "each", "every", "the"})

OWN_ENROLLED = ('what the document\'s own {noun} must do ("{phrase}"): how its course or '
                "exercise is run, not a rule of the work")


def own_enrolled(parsed: Any) -> str:
    """The hold reason for a duty of the people a course or an exercise enrols, else "": a
    modal on the main verb whose subject is its participants, trainees, delegates or
    attendees, in the plural or with "each" ("Participants
    must complete the 3 e-learning modules before the first classroom day", "Each trainee
    must attend 4 of the 5 sessions"). A party to an arrangement ("The Participant that
    identifies a child shall inform the other"), singular with "the", is no such person and
    is judged as before."""
    if any(t.ent_type_ == "LAW" for t in parsed):
        return ""
    root = parsed[:].root
    if not any(c.tag_ == "MD" and c.lower_ in _DUTY_MODALS for c in root.children):
        return ""
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lemma_.lower() not in _ENROLLED:
        return ""
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "predet")}
    if subject.tag_ != "NNS" and not dets & (_ALL - {"the"}):
        return ""
    if dets - _ALL or any(c.dep_ in ("poss", "compound") for c in subject.children):
        return ""  # "their candidates", "exercise participants": judged as before
    phrase = parsed[subject.left_edge.i: root.i + 1].text
    return OWN_ENROLLED.format(noun=subject.lower_, phrase=phrase)


# -- the publisher's own office and what its event allows the reader ------------------------

_NEEDING = frozenset({"need", "take", "require"})
_SPANS = frozenset({"minute", "hour", "day", "week", "month"})

OFFICE_TIME = ("how long the document's own publisher needs for its own business (\"{phrase} "
               "{verb} {span}\": {name} is the body the document is from), not a time limit of "
               "the work")


def _author_name(q: DraftQuestion) -> tuple[str, ...]:
    """The names of the body the document is from: as ``author.author_of`` reads it, and
    the metadata's author or publisher in full ("Northmere Police College" of "Northmere
    Police College, Learning Services", which the author may shorten to "Northmere")."""
    from curriculum.draft.author import author_of  # author -> stemcheck -> ...: read late

    found = author_of(q.analysis)
    meta = re.sub(r"^the\s+", "", (q.analysis.doc.meta.publisher or "").split(",")[0].strip(),
                  flags=re.I)
    meta = re.sub(r"\s*\([^)]*\)$", "", meta)
    return tuple(n for n in (found.name if found is not None else "", meta) if n)


_REGISTERED = re.compile(
    r"\b(?:FBI|NCMEC|HSI|ECPAT|WeProtect|UNICEF|UNODC|INHOPE|SAMHSA|Federal\s+Bureau|"
    r"Homeland\s+Security|National\s+Center\s+for\s+Missing|Public\s+Safety\s+Canada|"
    r"Australian\s+Federal\s+Police|Singapore\s+Police\s+Force|College\s+of\s+Policing|"
    r"Marshals?\s+Service|Lanzarote\s+Committee)\b", re.I)
"""National bodies and organisations the content brief's source register names (besides
the international ones, ``asides.WIDE``): a public source stands behind their figures,
even on their own pages ("NCMEC's CyberTipline received 36.2 million reports in 2023")."""


def _is_author(subject: Any, names: tuple[str, ...]) -> bool:
    """The subject is the document's own publisher: "we", its name ("the Dunstanholme
    Police Academy"), or the kind of body its name ends in with "the" ("the Academy"); a
    body of the source register (``_REGISTERED``) is a public source, never the document's
    own apparatus, even as its publisher."""
    if subject.lower_ in ("we", "us", "our"):
        return not any(_REGISTERED.search(n) for n in names[:1])
    if _REGISTERED.search(" ".join(t.text for t in subject.subtree)):
        return False
    words = [t for t in subject.subtree if t.dep_ not in ("det", "case")]
    text = " ".join(t.text for t in words).lower()
    for name in names:
        last = name.split()[-1].lower()
        if text == name.lower() or (
                len(words) == 1 and subject.text[:1].isupper() and subject.lower_ == last
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)):
            return True
    return False


def own_office_time(parsed: Any, names: tuple[str, ...]) -> str:
    """The hold reason when the document's own publisher says how long it needs for its
    own business ("Late returns cannot be accepted: the Academy needs ten working days to
    complete vetting checks", "We need 5 days to issue certificates"), else "": a
    verb of needing or taking whose object is a span of time, with the publisher (its
    name, the kind of body it is with "the", or "we") as subject. That is the office's
    own administration with its reader; a limit the work sets ("must be referred within
    24 hours"), or another body's time, is judged as before."""
    root = parsed[:].root
    if root.lemma_.lower() not in _NEEDING:
        return ""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    span = next((c for c in root.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in _SPANS
                 and any(n.dep_ == "nummod" for n in c.children)), None)
    if subject is None or span is None or not _is_author(subject, names):
        return ""
    phrase = parsed[subject.left_edge.i: subject.i + 1].text
    return OFFICE_TIME.format(phrase=phrase, verb=root.text,
                              span=parsed[span.left_edge.i: span.i + 1].text,
                              name=names[-1] if names else "the author")


_READER = frozenset({"you", "your"})
_SENDERS = frozenset({"agency", "force", "country", "delegation", "organisation",
                      "organization", "unit", "service", "participant", "delegate",
                      "attendee", "nominee", "trainee"})
"""Who sends people or cases to an event, or comes to it: the reader's side, named in the
third person ("Each agency may nominate two analysts", "Participants may bring ...").
"Member States" are left out: what a conference's outcome lets its member States do is
a commitment of the region, not a quota of the meeting."""


def _readers_side(subject: Any) -> bool:
    """The subject is the reader or the reader's own ("you", "your agency's focal point"),
    or a sender to the event as a class ("each agency", "agencies from ...", "participating
    countries"): never one body by name."""
    if any(t.lower_ in _READER for t in subject.subtree if t.i <= subject.i):
        return True
    if subject.lemma_.lower() not in _SENDERS or any(
            t.pos_ == "PROPN" for t in subject.subtree):
        return False
    return subject.tag_ == "NNS" or any(c.lower_ in ("each", "every") for c in subject.children)
ALLOWANCE = ("what the document's own {kind} allows its reader's side (\"{phrase} may ... "
             "{count}\"): an allowance of that one event, not a rule of the work")


def _counted_object(root: Any) -> Any:
    """The verb's object with a number on it ("nominate up to four series"), also where
    the parser reads "up" as a particle and "to two analysts" as a phrase of its own."""
    for child in root.children:
        if child.dep_ == "dobj" and any(n.dep_ == "nummod" for n in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "to" and child.i > 0 and (
                root.doc[child.i - 1].lower_ == "up"):
            found = next((g for g in child.children if g.dep_ == "pobj"
                          and any(n.dep_ == "nummod" for n in g.children)), None)
            if found is not None:
                return found
    return None


def own_allowance(parsed: Any, nouns: frozenset[str]) -> str:
    """The hold reason when a document whose title names its own event (a taskforce, a
    course, a conference: ``own_nouns``) tells its reader's side how many of something it
    may bring, send or put forward ("Your agency's focal point may nominate up to four
    series", "You may bring up to two guests"), else "": a "may" whose subject is the
    reader or the reader's own ("you", "your ..."), with a counted object. A quota of one
    event is its administration; what the reader must do, or may do with no count, is
    judged as before."""
    if not nouns:
        return ""
    root = parsed[:].root
    if not any(c.tag_ == "MD" and c.lower_ == "may" for c in root.children):
        return ""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not _readers_side(subject):
        return ""
    counted = _counted_object(root)
    if counted is None:
        return ""
    return ALLOWANCE.format(kind=sorted(nouns)[0],
                            phrase=parsed[subject.left_edge.i: subject.i + 1].text,
                            count=parsed[counted.left_edge.i: counted.i + 1].text)


_HANDLING_NOT = frozenset({"say", "report", "find", "estimate", "state", "announce", "note",
                           "show", "publish", "tell", "warn", "suggest", "conclude"})
"""Verbs by which a body reports a finding: what it found is judged as before."""
_PEOPLE_COUNTED = frozenset({"child", "victim", "offender", "person", "people", "suspect",
                             "girl", "boy", "survivor", "adult", "perpetrator", "defendant",
                             "minor", "young", "individual"})
"""What a body's count is of when it is an outcome of the work (children safeguarded,
offenders charged), not the volume it handled."""

OWN_VOLUME = ("a count of what the document's own publisher handled in one period "
              "(\"{phrase} {verb} {count}\": the body the document is from): its own "
              "figures, not a fact an officer uses")


def _head_names(q: DraftQuestion) -> tuple[str, ...]:
    """Names of bodies the document's head gives, alone or between full stops and commas
    ("Brisewood Reporting Centre, Analysis and Standards Team." in a notebook's
    masthead line): the body the document is from, when no metadata names it."""
    from curriculum.draft.issuer import HEAD, body_name  # issuer -> author -> ...: read late

    cache: dict[str, tuple[str, ...]] = q.analysis.__dict__.setdefault("_own_heads", {})
    if "names" not in cache:
        doc = q.analysis.doc
        top = doc.meta.span[1] if doc.meta.span is not None else 0
        head = re.sub(r"[#*_`>]", " ", str(doc.text[top: top + HEAD]))
        names = []
        for part in re.split(r"[.;:|\n,()]", head):
            name = re.sub(r"^\s*(?:[Tt]he\s+)?", "", " ".join(part.split()))
            if body_name(name):
                names.append(name)
        cache["names"] = tuple(names)
    return cache["names"]


def _handler(root: Any, names: tuple[str, ...]) -> tuple[Any, Any]:
    """Who handled what, when the publisher did: the active subject that is the publisher
    or the publisher's own ("the Centre", "we", "our analysts", "the Centre's analysts")
    with the counted object, or the passive's agent that is ("4,812 referrals were
    forwarded by the Centre") with the counted subject; (None, None) otherwise."""
    def counted(token: Any) -> bool:
        return any(n.dep_ == "nummod" and n.like_num for n in token.children)

    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None and (_is_author(subject, names) or any(
            c.dep_ == "poss" and _is_author(c, names) for c in subject.children)):
        return subject, next((c for c in root.children if c.dep_ == "dobj" and counted(c)), None)
    agent = next((g for c in root.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"), None)
    passive = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if agent is not None and passive is not None and _is_author(agent, names):
        return agent, passive if counted(passive) else None
    return None, None


def own_volume(parsed: Any, names: tuple[str, ...], shown: Any = None) -> str:
    """The hold reason when the document's own publisher counts what it handled in a
    period ("The Reporting Centre forwarded 7,222 referrals in 2025", "In 2025 we
    answered 1,310 requests"), else "": a main verb in the past (or the present perfect)
    with no modal, the publisher as its subject ("we", its name from the metadata or the
    document's head), a counted object that is no people (children safeguarded, offenders
    charged are outcomes of the work) and a year the count is for. A reported finding
    ("... found that"), a body of international standing, or any other body's figures
    ("INTERPOL issued 2,687 Yellow Notices in 2023") are judged as before. The verb is
    the main clause's, or, where the stem shows one clause of a sentence joined by a
    semicolon ("The Centre forwarded 4,812 referrals in 2025; CyberTipline referrals were
    the largest source"), that clause's."""
    from curriculum.draft.asides import WIDE  # asides -> ...: read late

    root = parsed[:].root
    if shown is not None and not shown(root):
        root = next((c for c in root.children if c.dep_ in ("ccomp", "conj", "parataxis")
                     and c.pos_ in ("VERB", "AUX") and shown(c)), root)
    if root.lemma_.lower() in _HANDLING_NOT or root.tag_ not in ("VBD", "VBN"):
        return ""
    if root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return ""
    if any(c.tag_ == "MD" for c in root.children):
        return ""
    subject, counted = _handler(root, names)
    if subject is None or any(t.lower_.removesuffix("'s") in WIDE for t in subject.subtree):
        return ""
    if counted is None or counted.lemma_.lower() in _PEOPLE_COUNTED:
        return ""
    if not any(re.fullmatch(r"(?:19|20)\d\d", t.text) for t in parsed):
        return ""
    return " ".join(OWN_VOLUME.format(
        phrase=parsed[subject.left_edge.i: subject.i + 1].text, verb=root.text,
        count=parsed[counted.left_edge.i: counted.i + 1].text).split())
