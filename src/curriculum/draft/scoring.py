"""Every candidate question gets a score and its reasons; only good ones reach a module.

Precision first: the rules over-generate, this module judges each candidate as a
trainer would, from the sentence's parse (``nlp.py``), and the pipeline keeps those at
or above ``THRESHOLD``. The rest go to the audit as "candidates below the threshold",
with their score and reasons, so an author can promote one by hand.

A *fatal* reason sets the score to 0: a stem that is not a sentence (no subject with a
finite verb, ending mid-clause, unbalanced brackets, a heading word fused in front), a
blank inside a proper name or only part of a term, a "place" that is not one, one item
of a list blanked while the others are equally true, a stem that gives the answer away.
A fatal reason drops only the form it is about: the blank's checks (``target``) are not
run on a true statement, which shows the sentence whole and blanks nothing, so a figure
inside a name ("I-24/7") kills the count blank but not the true/false of the sentence.
Other reasons lower the score: a stem that points back to something it does not show
("It", "this", "The selection"), trivia (venues, job titles, attendance, founding dates),
distractors all on one side of the answer. Operational facts, definitions, legal
thresholds and outcomes raise it. Last, ``evidence.py`` holds below ``FLOOR`` every
candidate with no positive evidence that it asks something an officer uses.
"""

from __future__ import annotations

import re

from curriculum.draft import periods
from curriculum.draft.administration import judge as judge_administration
from curriculum.draft.asides import judge as judge_asides
from curriculum.draft.assessment import judge as judge_assessment
from curriculum.draft.bounds import NOTICE, bound_kind, bound_word, range_partner, states_a_rule
from curriculum.draft.budget import judge as judge_budget
from curriculum.draft.citations import judge as judge_citations
from curriculum.draft.claims import judge as judge_claim
from curriculum.draft.complement import judge_complement
from curriculum.draft.compliance import judge_compliance
from curriculum.draft.conditioned import judge as judge_conditioned
from curriculum.draft.context import stem_pointers
from curriculum.draft.crossrefs import judge as judge_crossrefs
from curriculum.draft.cut_objects import judge as judge_cut_object
from curriculum.draft.defined import definition_bound
from curriculum.draft.designs import judge as judge_design
from curriculum.draft.discourse import judge as judge_discourse
from curriculum.draft.doc_kind import judge as judge_instance
from curriculum.draft.easy_read import judge as judge_easy_read
from curriculum.draft.evidence import judge as judge_evidence
from curriculum.draft.facts import QUALIFIERS
from curriculum.draft.figures_named import (
    judge_thin_definition,
    judge_uncounted,
    quoted_phrase,
    singular_unit,
)
from curriculum.draft.final_clauses import judge as judge_final_clause
from curriculum.draft.forms import judge as judge_form
from curriculum.draft.illustration import judge_illustration
from curriculum.draft.invented import judge as judge_invented
from curriculum.draft.labelled import HOLD_PREFIX
from curriculum.draft.levels import SCALE_STEM
from curriculum.draft.logistics import judge as judge_logistics
from curriculum.draft.meeting import judge as judge_meeting
from curriculum.draft.negation import other_clause, rule_trigger
from curriculum.draft.object_leads import ruling_lead
from curriculum.draft.own import judge as judge_own
from curriculum.draft.pointer import Pointer
from curriculum.draft.prohibitions import NEGATIONS
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.records import judge as judge_record
from curriculum.draft.reported import judge as judge_reported
from curriculum.draft.resolutions import opening, operative
from curriculum.draft.roles import judge as judge_roles
from curriculum.draft.service_users import judge as judge_service_users
from curriculum.draft.shares import given_by_share
from curriculum.draft.sourced import judge as judge_sourced
from curriculum.draft.stance import judge as judge_stance
from curriculum.draft.standalone import MEMBERS_WHAT, members_named
from curriculum.draft.standing import service_target, standing_cap
from curriculum.draft.statements import judge as judge_statement
from curriculum.draft.stemcheck import (
    Score,
    StemView,
    brackets,
    grammar,
    names_something,
    target,
)
from curriculum.draft.table_limits import ROW_LABEL, ROW_STEM
from curriculum.draft.table_values import BARE_COLUMN
from curriculum.draft.twins import judge as judge_twin
from curriculum.draft.usage_tables import STEM_RULE as USAGE_ROW
from curriculum.draft.value import counted_noun, governing_verb, judge
from curriculum.draft.variation import judge_variation

THRESHOLD = 0.6
"""Candidates scoring at least this reach a module."""
FLOOR = 0.5
"""Candidates held as not worth asking stay under this (``stemcheck.HELD``), well below the
threshold. (A thin theme once took up to three candidates from here; it takes none since
session 25: ``choosing.explain_empty``.)"""


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_QUOTED_STEMS = frozenset({"glossary"})
"""Rules whose stem asks in its own words about a quoted phrase (a glossary entry's
definition): the phrase is not a sentence, so only its references are judged."""


def score(q: DraftQuestion) -> Score:
    """Judge one candidate (see the module docstring)."""
    result = Score()
    parsed = q.sentence.parsed
    if parsed is None:
        result.kill("the sentence could not be parsed")
        return result
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    if q.rule not in _QUOTED_STEMS and q.stem_rule not in (
            ROW_STEM, ROW_LABEL, SCALE_STEM, BARE_COLUMN, USAGE_ROW):
        grammar(view, q, result)  # a table row's statement is built whole (table_limits,
        # usage_tables)
        judge_cut_object(view, q, result)
    judge_claim(view, q, result)
    judge_assessment(q, result)
    judge_meeting(q, result)
    judge_stance(view, q, result)
    if q.stem_rule == BARE_COLUMN:
        result.kill("a table row asked under a one-word column header, and no caption, "
                    "heading or lead-in over the table says what its values are")
    if q.stem_rule == ROW_LABEL:
        result.add(-0.4, "a table row read as a label and a limit, not a sentence: an author "
                   "writes who must do what")
    for warning in q.warnings:
        if warning.startswith("giveaway: "):
            result.kill(warning.removeprefix("giveaway: "))
        elif warning.startswith("record: "):  # a form's fields read as a glossary
            result.kill(warning.removeprefix("record: "))
        elif warning.startswith(HOLD_PREFIX):  # a glossary entry not worth asking
            result.hold(warning.removeprefix(HOLD_PREFIX))
        elif warning.startswith("referent: "):  # "the Committee": the issuer or another
            result.kill(warning.removeprefix("referent: "))  # body (``issuer.py``)
    _points_back(q, result)
    judge_uncounted(view, q, result)
    brackets(q.prompt, result)
    if not q.items and q.rule not in _QUOTED_STEMS:
        if q.rule not in ("true-statement", "exam-choice"):  # an exam item's answer is
            target(view, q, result)  # an option the text wrote, not a word of its stem
        _giveaway(view, q, result)
    _options(q, result)
    if not result.fatal:  # a more particular reason says it better ("only names the class")
        judge_thin_definition(view, q, result)
    judge(view, q, result)
    judge_statement(view, q, result)
    judge_conditioned(view, q, result)
    judge_twin(q, result)
    judge_reported(view, q, result)
    judge_discourse(view, q, result)
    judge_own(view, q, result)
    judge_instance(q, result)
    judge_asides(view, q, result)
    judge_roles(view, q, result)
    judge_easy_read(q, result)
    judge_budget(view, q, result)
    judge_service_users(q, result)
    judge_logistics(q, result)
    judge_illustration(q, result)
    judge_invented(q, result)
    judge_variation(view, q, result)
    judge_complement(view, q, result)
    judge_compliance(view, q, result)
    judge_administration(q, result)
    judge_final_clause(q, result)
    judge_record(q, result)
    judge_form(q, result)
    judge_design(q, result)
    judge_crossrefs(view, q, result)
    judge_citations(q, result)
    judge_sourced(q, result)
    result.evidence = judge_evidence(view, q, result)
    _length(q, result)
    return result


def _points_back(q: DraftQuestion, result: Score) -> None:
    """The penalty of the most serious way the stem points back (``stemcheck.pointers``,
    and a count with no date) that no earlier name and no carried context resolves."""
    resolved = q.carried.resolved if q.carried is not None else frozenset()
    if q.carried is not None and q.carried.lead.endswith(". "):
        result.add(-0.1, f"needs the sentence before it (line {q.carried.line}) in front: a "
                   "longer read")
    left = [p for p in stem_pointers(q) if p.i not in resolved and not _shown_list(q, p)
            and not (p.reason.endswith(MEMBERS_WHAT) and members_named(q.prompt))]
    if left:
        worst = min(left, key=lambda p: p.delta)  # the first of the most serious
        result.add(worst.delta, worst.reason)


_LIST_POINTER = re.compile(r'^points back: "(?:these|this|the following) \w+"$')


def _shown_list(q: DraftQuestion, pointer: Pointer) -> bool:
    """ "these phases" in the lead-in of an ordering question points to the list, and the
    question shows the whole list."""
    return q.qtype == "ordering" and _LIST_POINTER.match(pointer.reason) is not None


def _giveaway(view: StemView, q: DraftQuestion, result: Score) -> None:
    if q.rule == "year":
        others = [y for y in _YEAR.findall(q.prompt)]
        if others:
            result.kill(f"another year ({others[0]}) in the stem rules distractors out")
    if q.rule in ("count", "false-statement", "true-statement"):
        value = _answer_number(q)
        listed = _listed_after(q.prompt)
        if value is not None and listed and len(listed) == value:
            result.kill(f"the stem lists the {len(listed)} items it counts")
        elif value is not None and q.rule != "true-statement":
            _computed(view, q, value, result)
    if q.rule not in ("true-statement", "false-statement") and "____" in q.prompt:
        _period_cue(view, q, result)
    if q.rule in ("place", "key-term", "acronym", "person-role"):
        _named_in_stem(q, result)
    if q.rule == "key-term":
        _modifier_blank(view, q, result)


def _named_in_stem(q: DraftQuestion, result: Score) -> None:
    """A word of the stem opens with the whole answer: the place's people or adjective
    ("Valmoran prosecutors ... for trial in ____." -> Valmora; blind review 21) or the
    answer itself elsewhere in the stem. The learner copies it."""
    shown = q.prompt.replace("____", " ")
    for answer in [q.analysis.doc.display(*q.key), *q.answers]:
        answer = " ".join(answer.split())
        if len(answer) < 4:
            continue
        found = re.search(rf"(?<![\w-]){re.escape(answer)}\w*", shown, re.I)
        if found:
            result.kill(f'the stem names its own answer ("{found.group(0)}")')
            return
    if q.rule != "acronym":  # an acronym's question shows it after the blank by design,
        # as any question may ("obtained through ____ (MLA)"): asked as an expansion
        _initials_in_stem(q, _AFTER_BLANK.sub(" ", q.prompt).replace("____", " "), result)


_AFTER_BLANK = re.compile(r"_{4}\s*\([A-Z][A-Za-z0-9&]*\)")
"""The blank with an acronym in brackets right after it: "____ (MLA)"."""
_SMALL_IN_NAME = frozenset({"of", "and", "the", "for", "on", "in", "to", "a", "an", "&"})


_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _modifier_blank(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A term blanked where it only qualifies the noun after it ("following the unit's
    ____ procedure", "the general ____ treaties", "for '____' indications"): the noun
    after the blank says what kind of thing it is, and the blank asks only which kind,
    so other terms fit as well ("triage procedure", "extradition treaties"; rubric 2).
    A term that is the noun itself ("request ____ from the provider") is asked."""
    key = view.span_tokens(q.key)
    if not key:
        return
    inside = {t.i for t in key}
    last = max(inside)
    noun = next((t.head for t in key if t.head.i not in inside and t.dep_ in _MODIFIERS
                 and t.head.i > last and t.head.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None and view.inside(noun):
        result.kill(f'several terms fit the blank: it only qualifies "{noun.text}" after it '
                    f'("____ {noun.text}")')


def _initials_in_stem(q: DraftQuestion, shown: str, result: Score) -> None:
    """The stem holds the answer's initials as a word of their own ("Where a case is
    marked [SM], ____ have been granted" -> special measures): a learner reads the
    answer off them. An acronym in brackets right after the blank ("____ (MLA)") asks its
    expansion, as an acronym question does by design, and is not judged so."""
    for answer in [q.analysis.doc.display(*q.key), *q.answers]:
        words = [w for w in re.findall(r"[^\W\d_]+", answer) if w.lower() not in _SMALL_IN_NAME]
        if len(words) < 2:
            continue
        initials = "".join(w[0] for w in words).upper()
        if re.search(rf"(?<![\w-]){initials}s?(?![\w-])", shown):
            result.kill(f'the stem holds the answer\'s initials ("{initials}")')
            return


def _period_cue(view: StemView, q: DraftQuestion, result: Score) -> None:
    """A period word of the stem gives the asked period away ("a compulsory annual review
    ... in the previous ____ months": 12; ``periods.py``)."""
    from curriculum.draft.distractors import written_value

    answer = view.span_tokens(q.key)
    number = next((t for t in answer if t.like_num), None)
    if number is None:
        return
    try:
        days = periods.answer_days(written_value(number.text), counted_noun(answer))
    except ValueError:
        return
    found = periods.cue(q.prompt, days) if days is not None else ""
    if found:
        result.kill(f'the stem\'s "{found}" names a period as long as the one asked: it '
                    "gives the answer away")


_FULL_DATE = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}\b", re.I)
"""A day of the calendar ("18/08/2025", "16 November", "November 16"): an end of a period."""
_SPAN_UNITS = frozenset({"hour", "day", "week", "month", "year"})
_TODAY = re.compile(r"\btoday\b", re.I)
"""The day the document was made ("from today's date" in an order): an end of a period
as surely as a date, which the text gives."""


def _computed(view: StemView, q: DraftQuestion, value: float, result: Score) -> None:
    """The stem still holds what determines the answer, so it gives it away: both ends of a
    period whose length is asked ("for ____ days from 18 August, until 16 November"), or
    a total with all its parts ("Of 120 referrals, 80 were ... and ____ were ..."), or a
    figure and a share that give it ("412 requests, of which 157 (38%)", "up 11% from
    4,335": ``shares.py``). Other figures show the answer away as surely as the answer
    itself."""
    answer = view.span_tokens(q.key)
    ends = len(_FULL_DATE.findall(q.prompt)) + len(_TODAY.findall(q.prompt))
    if counted_noun(answer) in _SPAN_UNITS and ends >= 2:
        result.kill("both ends of the period are in the stem: its length can be computed")
        return
    others = [n for n in _counts(view, q) if n != value]
    if len(others) >= 2 and (sum(others) == value or max(others) == value + sum(others) - max(
            others)):
        result.kill("the stem holds a total and all its other parts: the answer is their "
                    "sum or difference")
        return
    shown = " ".join(q.analysis.doc.display(*q.key).split())
    shared = given_by_share(view, q.key, value, shown)
    if shared:  # "412 ..., of which 157 (38%)": a changed figure contradicts the others
        what = "the changed figure contradicts them" if q.rule == "false-statement" else (
            "the answer can be worked out")
        result.kill(f"the stem's other figures give the source's {shown} through a share "
                    f"({shared}): {what}")


def _counts(view: StemView, q: DraftQuestion) -> list[float]:
    """The other figures of the stem that count the same kind of thing as the answer (a
    number, not a year, a date, a label or a share), as numbers."""
    from curriculum.draft.distractors import written_value

    answer = view.span_tokens(q.key)
    noun = counted_noun(answer)
    out: list[float] = []
    for token in view.tokens():
        if token.i in {t.i for t in answer} or not token.like_num or _YEAR.fullmatch(
                token.text) or names_something([token]):
            continue
        if counted_noun([token]) in _SPAN_UNITS or noun in _SPAN_UNITS or token.ent_type_ in (
                "DATE", "PERCENT", "MONEY", "TIME", "ORDINAL"):
            return []  # a time or a share: no total of counted parts
        try:
            out.append(written_value(token.text))
        except ValueError:
            continue
    return out


_LIST_LEAD = re.compile(r":\s+|,?\s+(?:namely|such as|including|included)\s+")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_after(prompt: str) -> list[str]:
    """The items of a list the stem shows after ":" or "namely" ("a, b and c")."""
    lead = _LIST_LEAD.search(prompt)
    if lead is None:
        return []
    items = [i.strip(" .") for i in _LIST_SPLIT.split(prompt[lead.end():]) if i.strip(" .")]
    return items if len(items) >= 2 and all(len(i.split()) <= 12 for i in items) else []


def _answer_number(q: DraftQuestion) -> float | None:
    from curriculum.draft.distractors import written_value

    try:
        return written_value(q.analysis.doc.display(*q.key))
    except ValueError:
        return None


_COMPARISON = re.compile(
    r"\b(?P<word>more|fewer|less|greater|higher|lower|up to|at least|at most|nearly|almost|"
    r"exceed\w*)\b[^.;]{0,40}$",
    re.I,
)
_PERIOD = re.compile(r"\b(?:every|each|per)\s+$", re.I)
_COMPARISON_WORD = re.compile(_COMPARISON.pattern.split("[^.;]")[0], re.I)
_NUMBER = re.compile(r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve|once|twice)\b", re.I)
"""A figure of its own (digits or a small number word): what a comparison before it bounds."""


def _bounded(q: DraftQuestion, result: Score) -> bool:
    """A bounded figure ("within five years") changed may still be true (``bounds.py``)."""
    if not q.numeric and q.rule != "false-statement":
        return False
    word = bound_word(q.analysis.doc.text, q.sentence.start, q.key)
    if not word:
        return False
    if q.rule == "false-statement":
        result.kill(f'"{word}" makes the figure a bound: a changed one may still be true')
        return True
    kind = bound_kind(word)
    if kind == "threshold" and _defines(q):
        return False  # "defines a child as any person below the age of ____": the
        # definition's boundary, which no other figure meets (``defined.py``)
    if kind == "threshold":
        result.kill(f'"{word}" makes the figure a threshold: a ' + (
            "smaller" if QUALIFIERS.get(word, _LOWER_BOUND.get(word, ">")) == "<" else "larger")
            + " option makes the sentence true as well, and options all on the other side "
            "would give the answer away")
        return True
    ruled = (states_a_rule(q.sentence.parsed) or (word == NOTICE and q.sentence.instruction)
             or (kind == "limit" and (_operative(q) or bool(q.sentence.entitled)))
             or (q.carried is not None and q.carried.rule)  # an order's prohibition
             or (kind == "limit" and _procedure_limit(q))
             or _lead_rule(q))
    if not ruled:
        # an instruction judged as guidance is a rule for the reader ("Submit the request
        # at least 20 working days before ..."): its notice period is the rule's minimum, as
        # for "must"; its "within" is asked by the time-limit rule (``procedures.py``); a
        # resolution's operative clause names its limit, as a rule does (``resolutions.py``)
        result.kill(f'"{word}" makes the figure a bound, and the sentence sets no rule '
                    "whose limit it is: other options may be true as well")
        return True
    return False


def _lead_rule(q: DraftQuestion) -> bool:
    """An item read as the object of its lead-in's verb ("The Code requires:" + "a safe
    and well check within 24 hours"): the rule whose limit the figure is, is the lead-in's
    (``object_leads``)."""
    lead = ruling_lead(q.sentence)
    return lead is not None and states_a_rule(lead)


def _procedure_limit(q: DraftQuestion) -> bool:
    """A limit a procedure sets without a modal of its own (``standing.py``): a service
    target, a standing cap, or an instruction under a lead-in that states the duty
    ("Partners must:" + "withdraw the alert ... within 10 minutes")."""
    root = q.sentence.parsed[:].root if q.sentence.parsed is not None else None
    if root is not None and (service_target(root) or standing_cap(root)):
        return True
    if q.carried is None or not q.sentence.instruction:
        return False
    lead = q.analysis.sentence_at(q.carried.start)
    return lead is not None and lead.parsed is not None and states_a_rule(lead.parsed)


def _defines(q: DraftQuestion) -> bool:
    """The asked figure is the boundary of a definition the sentence gives."""
    parsed = q.sentence.parsed
    if parsed is None:
        return False
    start, end = q.key[0] - q.sentence.start, q.key[1] - q.sentence.start
    figure = next((t for t in parsed if start <= t.idx < end and t.like_num), None)
    return figure is not None and definition_bound(figure)


def _operative(q: DraftQuestion) -> bool:
    """An operative clause of a resolution ("URGES member countries to ... within 30
    days"): the body's call names its limit. Not a preambular one: what the body notes
    ("NOTING that most children are found within two days") is a finding."""
    run = opening(q.analysis.doc.text[q.sentence.start : q.sentence.end])
    return bool(q.sentence.body and run and operative(run))


_LOWER_BOUND = {"below": "<", "fewer than": "<", "less than": "<", "younger than": "<",
                "shorter than": "<", "as few as": "<", "at most": "<"}
"""Bounds not in the facts' ``QUALIFIERS`` whose true side is below the figure."""


def _options(q: DraftQuestion, result: Score) -> None:
    if q.rule == "definition" and len(q.options) < 3:
        result.kill("fewer than two other terms of the same kind to offer as options")
    if _bounded(q, result) or _out_of_range(q, result) or _negated(q, result):
        return
    if q.rule in ("count", "year", "false-statement") and _loose_comparison(q):
        result.kill("a comparison before the number makes other values true as well")
        return
    if q.rule == "false-statement" and _bound(q):
        result.add(-0.3, 'a changed "more than" or "fewer than" figure may still be true')
    quoted = quoted_phrase(q) if q.rule in ("count", "year", "false-statement") else ""
    if quoted:  # a false twin that changes it too ('a "36 hours" script')
        result.kill(f"the figure is inside the quoted phrase {quoted}: the text names the "
                    "phrase (a saying, a label, advice it may refute), it does not state the "
                    "figure")
        return
    if not q.numeric or not q.options:
        return
    unit = singular_unit(q)
    if unit:
        result.kill(f'the singular "{unit}" after the blank gives the answer (1) away')
        return
    first, last = q.options[0][1], q.options[-1][1]
    if first or last:
        forced = any("direction" in w for w in q.warnings)
        result.add(-0.3 if forced else -0.1,
                   "the answer is the " + ("smallest" if first else "largest") + " option")


def _negated(q: DraftQuestion, result: Score) -> bool:
    """ "No appeal was brought against the sentence of ____ years": any option makes a
    true sentence (there was no appeal against a four-year sentence either). So does a
    figure in what a negated noun would do ("There is no rule requiring a wait of ____
    hours", "no rule that requires ...") or in a negated noun after "is" ("There is no
    waiting period of ____ hours"), or under a negated verb it complements ("never tell a
    caller to wait ____ hours")."""
    if q.rule not in ("count", "year", "false-statement") or q.sentence.parsed is None:
        return False  # a false twin of a negated figure is true as well: a wrong key
    if q.analysis.doc.display(*q.key).strip().lower() in NEGATIONS:
        return False  # a prohibition's twin takes the negation itself out (prohibitions.py)
    view = StemView(q.sentence.parsed, q.sentence.start, ((q.sentence.start, q.sentence.end),))
    # "against the sentence of three years' imprisonment": the clause's verb is far up
    verb = governing_verb(view.span_tokens(q.key), hops=8)
    if verb is None:
        return False
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    if verb.dep_ in ("acl", "relcl"):
        args.append(verb.head)  # "There is no rule requiring a wait of ____ hours"
    verbs = [verb]
    while (verbs[-1].dep_ in ("xcomp", "ccomp") and len(verbs) < 4
           and not other_clause(verbs[-1])):
        verbs.append(verbs[-1].head)  # "never tell a caller to wait ____ hours"
    if q.rule == "count" and rule_trigger(verb):
        return False
    if verb.lemma_.lower() == "exceed":
        return False  # "a term not exceeding ____ years": a cap (``bounds.bound_word``)
    if any(c.dep_ == "neg" for v in verbs for c in v.children) or any(
            d.lower_ == "no" for a in args for d in a.children if d.dep_ == "det"):
        result.kill(f'the figure sits in a negated clause ("{verb.text}"): other options '
                    "make a true sentence as well")
        return True
    return False


def _out_of_range(q: DraftQuestion, result: Score) -> bool:
    """An option on the wrong side of a range's other end ("from 19 to ____" offering 15)."""
    if q.rule not in ("count", "year") or not q.options:
        return False
    partner = range_partner(q.analysis.doc.text, q.sentence.start, q.key)
    if partner is None:
        return False
    from curriculum.draft.distractors import written_value

    other = written_value(partner[0].rstrip(".,"))
    values = [written_value(text) for text, _ in q.options]
    wrong = [v for v in values if (v <= other if partner[1] == "upper" else v >= other)]
    if wrong:
        result.kill(f"an option lies outside the range (the other end is {partner[0]})")
        return True
    return False


_ADJACENT = re.compile(
    r"\b(?:" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+$", re.I
)


def _bound(q: DraftQuestion) -> bool:
    """The number carries its own "more than" / "fewer than" (a bound, not a value)."""
    text = q.analysis.doc.text
    match = _ADJACENT.search(text[max(q.sentence.start, q.key[0] - 25) : q.key[0]])
    return match is not None and QUALIFIERS.get(" ".join(match.group(0).split()).lower()) in (
        ">", "<")


_POSTPOSED = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|once|twice|"
    r"thrice))\b(?:\s+[a-z-]+){0,2}\s+or\s+(?:more|fewer|less|over|above|greater)$", re.I)
"""A bound written after its own number ("2 episodes or more", "twice or more"): it bounds
that number, not a figure after it."""


def _loose_comparison(q: DraftQuestion) -> bool:
    """ "less than the equivalent of 50": a comparison the number's own qualifier (which
    the distractors respect) does not carry, so a changed number may still be true."""
    text = q.analysis.doc.text
    before = text[max(q.sentence.start, q.key[0] - 45) : q.key[0]]
    found = _COMPARISON.search(before)
    if found is None or _ADJACENT.search(before):
        return False
    if bound_word(text, q.sentence.start, q.key) == "not more than":
        return False  # "not exceeding ____ years": the cap itself (``bounds.bound_word``)
    if q.rule == "count" and _POSTPOSED.search(before[: found.end("word")]):
        # "missing three times or more in ____ days": the "or more" bounds the number
        # before it (how often), and the period of the trigger is the rule's own value
        return False
    if q.rule == "false-statement" or not _PERIOD.search(before):
        return True  # "at least 2 visits every 10 months" may follow from the rule's 6
    # "at least 2 visits every ____ months": the period of a frequency, when a number of
    # its own stands between the last comparison and it (the number compared), is the
    # rule's value to choose
    last = list(_COMPARISON_WORD.finditer(before, found.start()))[-1]
    return not _NUMBER.search(before[last.end() :])


def _length(q: DraftQuestion, result: Score) -> None:
    words = len(q.stem.split())
    if q.sentence.stem is not None and q.carried is not None:  # an exam item's keyed
        words += len(q.sentence.joined.split())  # option is shown after its stem
        # ("... for a maximum of" + "72 hours": ``exams.py``)
    if words > 35:
        result.add(-0.1, f"a long stem ({words} words)")
    elif words < 7:
        result.add(-0.2, f"a very short stem ({words} words)")
