"""Stems that point back, resolved by showing the context the source gives them.

A sentence lifted out of its text often leans on the one before it: "Such material is
...", "It requested ...", "The four forces ...", "Failing to comply is ..." (with
what?). ``stemcheck.pointers`` finds those words from the parse; ``referents.py`` names
the ones an earlier name resolves ("the unit" -> its full name). For the rest, this
module carries the sentence that supplies the antecedent in front of the stem, so the
prompt reads "<that sentence> <the stem with its blank>", but only when that sentence:

- is in the same paragraph, just before (one sentence back; two for a noun it repeats),
  with nothing but spaces between, so the quote covers both, verbatim;
- is a whole sentence of prose (a subject with a finite verb, a full stop; no list item,
  table row, heading or caption) that itself points back nowhere, and is not about an
  event or a body's founding itself (met, spoke, was formed: the question would be trivia);
- holds the antecedent (the repeated noun, a noun subject for "it"/"they");
- gives nothing away: neither the answer nor any option's number or words;
- keeps the prompt readable: at most ``MAX_CONTEXT_WORDS`` words of context and
  ``MAX_PROMPT_WORDS`` in all.

A count or statement of past events with no date in its sentence ("Eleven offenders
were refused entry") says neither when: an earlier sentence of the same paragraph that
opens with its year ("In 2024 the unit ...") gives the lead-in "In 2024, "; a present
perfect count ("have helped to identify N") is dated by the document's own date ("As of
May 2025, "). Failing an opening year, a report whose head states the period its figures
cover ("Year ending 31 March 2025", "Annual Report 2023/24": ``dates.reference_period``)
dates its past counts and shares ("31% of offences were reported ...") by that period:
"In the year ending 31 March 2025, ". Anything left unresolved keeps its "points back"
reason and penalty in the scoring, so the candidate stays in the audit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from curriculum.draft import fronted_labels, scheme, study, whose
from curriculum.draft.actors import POST_HOLDER, duty_lead
from curriculum.draft.addressee import second_person, speaks_to_one
from curriculum.draft.asof import present_lead
from curriculum.draft.author import author_of, speaker_body
from curriculum.draft.clauses import md_escape
from curriculum.draft.country import country_lead, own_country
from curriculum.draft.cues import labelled_turn
from curriculum.draft.dates import MONTH_NAMES, reference_period
from curriculum.draft.discourse import PLACE_KINDS, names_referent, resolved_in_stem
from curriculum.draft.distractors import numbers_in, written_value
from curriculum.draft.ellipsis import compound_heads, heading_heads
from curriculum.draft.guidance import continues_lead, continues_subject, names_body
from curriculum.draft.items import provision
from curriculum.draft.jurisdiction import (
    about_fields,
    defines,
    document_act,
    document_law,
    document_treaty,
    instrument_lead,
    law_lead,
    no_article,
    numbered_law,
    proper_name,
    states_duty,
    states_rule,
    subject_law,
    unplaced,
)
from curriculum.draft.jurisdiction import lead as jurisdiction_lead
from curriculum.draft.layout import question_text
from curriculum.draft.pointer import Pointer
from curriculum.draft.quantified import counted_nouns
from curriculum.draft.referents import (
    ORDINALS,
    earlier_name,
    label_owner,
    own_instrument,
    sentence_names,
    shown,
)
from curriculum.draft.resolutions import opening, shown_verb
from curriculum.draft.stemcheck import StemView, counted, pointers, word_set

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.sentences import Sentence

MAX_CONTEXT_WORDS = 30
"""A context sentence longer than this is not carried (the prompt would not read well)."""
MAX_PROMPT_WORDS = 55
"""Context and stem together stay under this many words."""
SERIOUS = -0.3
"""Only pointers penalised at least this much are worth carrying context for."""

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_HABIT = frozenset({"often", "usually", "generally", "typically", "normally", "always",
                    "sometimes", "rarely", "frequently"})
"""Adverbs that make a past tense a habit described, not events counted."""


@dataclass(frozen=True)
class Carried:
    """What was put in front of the stem, and where the source says it."""

    start: int
    end: int
    """File offsets of the context sentence (the quote now starts here)."""
    line: int
    lead: str
    """The text put in front of the stem, with its trailing space."""
    resolved: frozenset[int]
    """Token indices (in the stem sentence's parse) it resolves."""
    note: str = ""
    """What the stem rule records ("context carried from line 5")."""
    supplies: bool = False
    """The lead gives the stem its subject and modal: a list's lead-in ("the officer
    must:") in front of an item that is a bare verb phrase (``procedures.py``)."""
    rule: bool = False
    """The lead makes the stem a rule ("the defendant is prohibited from"): a limit inside
    the item ("unless he has disclosed it within 3 days") is the rule's."""


def seen_before(analysis: Analysis, start: int) -> Callable[[str], bool]:
    """Was a lowercase word used before ``start``, outside the document's frame (the
    words of its title, headings before its first sentence, and that sentence: "the
    meeting" in a meeting report says which meeting)? One index per document."""
    first, frame = _word_index(analysis)
    return lambda word: word.rstrip("s") not in frame and first.get(word, start) < start


def _word_index(analysis: Analysis) -> tuple[dict[str, int], frozenset[str]]:
    if analysis.word_index is None:
        doc = analysis.doc
        kept = analysis.kept()
        top = doc.meta.span[1] if doc.meta.span is not None else 0
        end = kept[0].end if kept else top
        opening = f"{doc.meta.title} {doc.text[top:end]}".lower()
        first: dict[str, int] = {}
        for match in re.finditer(r"[\w-]+", doc.text.lower()):
            first.setdefault(match.group(0), match.start())
        frame = frozenset(w.rstrip("s") for w in re.findall(r"[a-z]+", opening))
        analysis.word_index = (first, frame)
    return analysis.word_index


def before(analysis: Analysis, sentence: Sentence, count: int = 2) -> list[Sentence]:
    """Up to ``count`` kept sentences before ``sentence`` under the same heading, nearest
    first (a short walk back: a referent is near, and this runs for every candidate)."""
    out: list[Sentence] = []
    sentences = analysis.sentences
    at = sentence.index
    for i in range(at - 1, max(-1, at - 1 - _WALK), -1):
        other = sentences[i] if i < len(sentences) else None
        if other is None or other.index != i or other.heading != sentence.heading:
            break
        if other.dropped:
            continue
        out.append(other)
        if len(out) == count:
            break
    return out


_WALK = 12


def recent(analysis: Analysis, sentence: Sentence) -> frozenset[str]:
    """Lowercase words and lemmas of the section's heading and the two sentences before,
    a mark for each noun a number counted there (``stemcheck.counted``) and one for each
    noun that heads a compound there (``ellipsis.mark``)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence.heading)}
    words |= {w.rstrip("s") for w in words} | heading_heads(sentence.heading)
    for other in before(analysis, sentence):
        if other.parsed is not None:
            words |= compound_heads(other.parsed)  # "hash sets" (``ellipsis.py``)
            words |= {t.lemma_.lower() for t in other.parsed} | {t.lower_ for t in other.parsed}
            words |= {counted(t.lemma_.lower()) for t in other.parsed  # "the four forces"
                      if any(c.dep_ == "nummod" for c in t.children)}
            words |= {counted(w) for w in counted_nouns(other.parsed)}  # "seven member
            # States", misparsed (``quantified.counted_part``)
    return frozenset(words)


def stem_pointers(q: DraftQuestion) -> list[Pointer]:
    """Every way ``q``'s stem points back (``stemcheck.pointers``), then "no date"."""
    parsed = q.sentence.parsed
    if parsed is None:
        return []
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    found = pointers(view, frozenset(n.end for n in q.named),
                     seen_before(q.analysis, q.sentence.start), recent(q.analysis, q.sentence))
    if q.speaker:  # the author is named for every "we" and "our" (``author.py``)
        found = [p for p in found if p.kind != "author"]
    found = [p for p in found if not resolved_in_stem(parsed, p)]  # "at that time"
    if speaks_to_one(q.analysis):  # sentencing remarks: "you" is the defendant
        found += second_person(view.tokens(), view.base, frozenset(n.end for n in q.named))
    return found + undated(q, view)


def undated(q: DraftQuestion, view: StemView) -> list[Pointer]:
    """A count of past events (past tense, or present perfect) whose sentence and stem
    hold no date: when did it happen, or as of when does it hold?"""
    if q.rule not in ("count", "true-statement", "false-statement") or ", dated" in q.stem_rule:
        return []
    doc = view.doc
    if _YEAR.search(doc.text) or any(e.label_ in ("DATE", "TIME") and not _duration(e)
                                     for e in doc.ents):
        return []
    root = doc[:].root
    if not (_past(root) or _perfect(root)):
        return []
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS | {"csubj"}), None)
    if subject is not None and subject.dep_ == "csubj":  # "Investigators connected to X
        # have ...", parsed as a clause: its own subject is the one that counts
        subject = next((c for c in subject.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return []
    key = view.span_tokens(q.key)
    from curriculum.draft.statements import share_of  # statements -> value -> questions -> here

    counted = any(t.i in {s.i for s in subject.subtree} for t in key) or share_of(root)
    bare = (subject.tag_ == "NNS" and root.lemma_ != "be"
            and not any(c.dep_ in ("det", "poss") for c in subject.children)
            and not any(c.dep_ == "advmod" and c.lower_ in _HABIT for c in root.children))
    if not (counted or bare):
        return []
    shown = " ".join(t.text for t in subject.subtree)
    return [Pointer(root.i, -0.3, f'points back: "{shown} {root.text}" says neither when nor '
                    "as of when (no date in the sentence)", "date")]


def _duration(ent: Any) -> bool:
    """ "three years", "24 hours": a length of time, not a date."""
    return bool(re.fullmatch(r"(?:up to |within |at least |more than |less than |over |under |"
                             r"about |after |for )?[\w,.-]+ (?:years?|months?|weeks?|"
                             r"days?|hours?|minutes?)(?:'s?)?", ent.text, re.I))


def _past(root: Any) -> bool:
    """Past tense, active or passive, and past perfect ("had notified")."""
    if root.tag_ == "VBD":
        return True
    return root.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD"
                                      for c in root.children)


def _perfect(root: Any) -> bool:
    return root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in
                                      ("VBP", "VBZ") for c in root.children)


def carry(q: DraftQuestion) -> None:
    """Resolve what the stem points back to by carrying context in front of it (see the
    module docstring); a stem that cannot be resolved is left as it is."""
    if carry_lead(q) or carry_question(q) or carry_prohibition(q):
        return
    if carry_date(q):
        return
    pointed = stem_pointers(q)
    found = [p for p in pointed if p.kind not in ("mild", "rule") and p.delta <= SERIOUS]
    carried = (_sentence_context(q, found) or _date_lead(q, found)
               or _place_lead(q, found)) if found else _introducing(q, pointed)
    if carried is None:
        carried = (_study_lead(q) or _label_lead(q) or _heading_place(q) or _jurisdiction_lead(q)
                   or _owner_lead(q) or _scheme_lead(q) or _present(q))
    if carried is None:
        return
    _apply(q, carried)


def carry_lead(q: DraftQuestion) -> bool:
    """A list item that needs its list's lead-in ("Before the interview, the officer
    must:" + "check ..."; "When you seize a phone:" + "Keep it switched on ...") shows it
    in front of the stem, when the item goes on from it (no subject of its own: an
    instruction, or a verb phrase after "must:"), and the lead-in gives nothing away."""
    item, lead = q.sentence, q.sentence.lead
    if item.body:
        return _carry_body(q)
    if item.entitled:  # "You have the right" + "to be told within ____ hours ..."
        shown = item.entitled + " "
        _apply(q, Carried(q.quote[0], q.quote[0], item.line, shown, frozenset(),
                          "the right its lead-in or heading names", supplies=True))
        return True
    if item.actor:  # "Duties of supervisors" + "Complete the course within ____ ..."
        return carry_actor(q)
    if lead is None or lead.parsed is None:
        return False
    if not continues_lead(item):
        return _carry_condition(q, lead)
    if item.joined:  # "A person who, without lawful excuse," + "makes ...": one sentence
        return _carry_joined(q, lead)
    shown = md_escape(q.analysis.doc.display(lead.start, lead.end)).rstrip()
    if verb_waits(lead.parsed, item.parsed):  # "Partners must:" + "stop ...": one clause
        shown = shown.removesuffix(":").rstrip()
    if len(shown.split()) > MAX_CONTEXT_WORDS or _gives_away(q, lead) or (
            len(shown.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS):
        return False
    view = StemView(lead.parsed, lead.start, ((lead.start, lead.end),))
    own = pointers(view, frozenset(), seen_before(q.analysis, lead.start),
                   recent(q.analysis, lead))
    if any(p.delta <= SERIOUS and not _announces(lead.parsed, p) for p in own):
        return False  # "They must:" points back in turn
    operative = (q.sentence.parsed is not None and names_body(lead.parsed)
                 and continues_subject(q.sentence.parsed))  # "The Assembly: urges ..."
    _apply(q, Carried(lead.start, lead.end, lead.line, shown + " ", _resolved_by(q, shown),
                      f"the list's lead-in carried from line {lead.line}", supplies=operative))
    return True


def verb_waits(lead: Any, item: Any) -> bool:
    """The lead-in stops on a modal or an infinitive's "to" before its colon ("Partners
    must:", "Officers are required to:") and the item opens on the bare verb that finishes
    that clause ("stop broadcasting ..."): the two read as one sentence with no colon
    between them (blind review 14b, P2: "Partners must: stop broadcasting ..." showed the
    colon in the stem). An item that opens otherwise ("for social media, delete ...")
    keeps the colon: without it the modal would run into a fronted phrase."""
    if lead is None or item is None:
        return False
    words = [t for t in lead if not t.is_punct and not t.is_space]
    first = next((t for t in item if not t.is_punct and not t.is_space), None)
    return bool(words) and words[-1].tag_ in ("MD", "TO") and first is not None and (
        first.tag_ == "VB")


def carry_prohibition(q: DraftQuestion) -> bool:
    """One of an order's numbered prohibitions, written as a gerund clause under a lead-in
    that says who is prohibited ("The defendant is prohibited from doing any of the
    following." ... "5. Using any cloud storage unless he has disclosed the account within
    3 days ..."), shows that lead in front: "Under the Youth Contact Order, the defendant is
    prohibited from using ...". The lead is the nearest sentence before the item when only
    other such gerund items (and headings) stand between; read alone, the item has no
    subject (whose prohibition?) and would be held as a fragment."""
    if not _gerund_item(q.sentence):
        return False
    subject = _prohibiting(q.analysis, q.sentence)
    if subject is None:
        return False
    who, line = subject
    own = own_instrument(q.analysis.doc)
    shown_lead = f"{who[:1].upper()}{who[1:]} is prohibited from "
    if own is not None and own[1] == "order":
        shown_lead = f"Under the {own[0]}, {who} is prohibited from "
    if len(shown_lead.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS:
        return False
    _apply(q, Carried(q.quote[0], q.quote[0], line, md_escape(shown_lead),
                      _resolved_by(q, shown_lead), f"the prohibition's lead-in from line {line}",
                      supplies=True, rule=True))
    return True


def _gerund_item(sentence: Sentence) -> bool:
    """The sentence is a gerund clause and nothing else: "Using any cloud storage unless
    ...", its main word an -ing verb with no subject."""
    parsed = sentence.parsed
    if parsed is None or not len(parsed):
        return False
    root = parsed[:].root
    first = next((t for t in parsed if not t.is_punct and t.dep_ != "meta"), None)
    return (first is not None and first.tag_ == "VBG" and (root.i == first.i or root.tag_ == "VBG")
            and not any(c.dep_ in _SUBJECTS | {"csubj", "expl"} for c in root.children))


_PROHIBITING = re.compile(
    r"(?P<who>\b(?:the|a|any|every)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:is|are|shall\s+be)\s+"
    r"(?:prohibited|forbidden|barred|restrained)\s+from(?:\s+doing\s+any\s+of\s+the\s+following\s*"
    r"[.:]|\s*:)\s*$")
"""A lead-in naming who is prohibited from the items that follow: "IT IS ORDERED THAT the
defendant is prohibited from doing any of the following.", "The holder is prohibited from:"."""


def _prohibiting(analysis: Analysis, sentence: Sentence) -> tuple[str, int] | None:
    """(who is prohibited, its line) from the lead-in before a run of gerund items."""
    doc, sentences = analysis.doc, analysis.sentences
    for i in range(sentence.index - 1, max(-1, sentence.index - 1 - 4 * _WALK), -1):
        other = sentences[i] if i < len(sentences) else None
        if other is None or other.dropped:
            continue
        found = _PROHIBITING.search(doc.display(other.start, other.end))
        if found is not None:
            return found.group("who"), other.line
        first = next((t for t in other.parsed or [] if not t.is_punct), None)
        if first is None or first.tag_ != "VBG":
            return None  # only other items of the run ("Deleting ..., save that ...") between
    return None


def carry_actor(q: DraftQuestion) -> bool:
    """An instruction under a heading that names whose duty it is, shown with that role as
    its subject: "Supervisors must complete ... within ____ of appointment." (``actors.py``).
    The quote stays the item; the comment names the heading. False when the stem does not
    open with the instruction's verb, or the prompt grows too long."""
    parsed = q.sentence.parsed
    first = parsed[0] if parsed is not None and len(parsed) else None
    if first is None or not (first.dep_ == "ROOT" or first.lower_ in ("do", "never", "always")):
        return False
    found = duty_lead(q.sentence.actor, q.prompt)
    if found is None or len(found[0].split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS:
        return False
    lead, q.prompt = found
    heading = " ".join(q.sentence.heading.split())
    note = ("whose duty: the reader the text's title or opening names"
            if q.sentence.actor_reader else f'whose duty from its heading "{heading}"')
    if q.sentence.actor == POST_HOLDER:
        note = f'whose duty: the post a job description describes, under "{heading}"'
    _apply(q, Carried(q.quote[0], q.quote[0], q.sentence.line, lead, frozenset(), note,
                      supplies=True))
    return True


_CONDITION_LEAD = re.compile(r"^(?:Before|After|If|When|Where|Once|Until|Unless|While|Whenever)"
                             r"\s[^:;.,]{3,120}?\s*:\s*$")


def _carry_condition(q: DraftQuestion, lead: Sentence) -> bool:
    """A list item with its own subject under a lead-in that is only a condition ("Before
    an account is created:" + "the user must hold ..."): the condition is the rule's, and
    the item read alone states a wider rule than the source. It is shown in front, as
    a clause ("Before an account is created, the user must hold ..."), after the lead of
    whose rule it is when there is one (``whose.py``); a lead-in that points back or holds
    the answer leaves the item as it is."""
    if q.sentence.kind != "bullet" or q.sentence.parsed is None:
        return False
    text = " ".join(q.analysis.doc.display(lead.start, lead.end).split())
    if _CONDITION_LEAD.match(text) is None or _gives_away(q, lead):
        return False
    words = [t for t in lead.parsed if not t.is_space]
    if not words or words[0].head.i != lead.parsed[:].root.i:
        return False  # "When a phone is seized, the officer must:": a main clause follows
        # the condition (its items go on from it, ``continues_lead``)
    view = StemView(lead.parsed, lead.start, ((lead.start, lead.end),))
    own = pointers(view, frozenset(), seen_before(q.analysis, lead.start),
                   recent(q.analysis, lead))
    if any(p.delta <= SERIOUS for p in own):
        return False  # "Once it is done:" points back in turn
    condition = md_escape(text.rstrip(": ")) + ", "
    owner = whose.lead(q)
    shown = owner + condition[:1].lower() + condition[1:] if owner else condition
    if len(shown.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS:
        return False
    _apply(q, Carried(lead.start, lead.end, lead.line, shown, _repeated_in(q, shown),
                      f"the list's condition carried from line {lead.line}"))
    return True


def _carry_joined(q: DraftQuestion, lead: Sentence) -> bool:
    """An item of a lead-in that stops mid-clause, shown after the lead-in as the one
    sentence they make (``leadins.py``): the lead-in gives it its subject. False (the item
    is then not asked) when the lead-in gives the answer away or the prompt grows too long."""
    shown = md_escape(q.sentence.joined)
    law = law_lead(lead.heading) or document_instrument(q)
    words = [t for t in lead.parsed if not t.is_space] if lead.parsed is not None else []
    if law and unplaced(words) and states_rule(words + list(q.sentence.parsed or [])):
        first = words[0] if words else None  # "A person who ..." of a statute: the Act's
        keep = first is not None and (first.pos_ == "PROPN" or first.ent_type_ in _NAMES)
        shown = law + (shown if keep else shown[:1].lower() + shown[1:])
    if _gives_away_text(q, q.sentence.joined) or (
            len(shown.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS):
        return False  # the lead-in (and an item shown with it) must not hold the answer
    view = StemView(lead.parsed, lead.start, ((lead.start, lead.end),))
    own = pointers(view, frozenset(), seen_before(q.analysis, lead.start),
                   recent(q.analysis, lead))
    if any(p.delta <= SERIOUS and not _announces(lead.parsed, p) for p in own):
        return False  # "They must, within 3 days, notify -" points back in turn
    first = next((b.items[0] for b in q.analysis.lists if b.lead is lead and b.items), None)
    start = lead.start if first is q.sentence and q.sentence.stem is None else q.quote[0]
    # the quote never runs over the other items (their figures would be in it): a later
    # item is quoted alone, and an exam item's keyed option always (the wrong options
    # stand between: ``exams.py``)
    _apply(q, Carried(start, start if start != lead.start else lead.end, lead.line,
                      shown + " ", _resolved_by(q, shown),
                      f"the list's lead-in carried from line {lead.line}", supplies=True))
    said = 'The source says: "'
    if q.explanation.startswith(said):  # both parts of the sentence, as the source has them
        lead_text = md_escape(q.analysis.doc.display(lead.start, lead.end))
        via = q.sentence.via
        item = (f' ... "{md_escape(q.analysis.doc.display(*via))}" (line '
                f"{q.analysis.doc.line_of(via[0])})") if via is not None else ""
        q.explanation = (f'{said}{lead_text}" (line {lead.line}){item} ... "'
                         f"{q.explanation[len(said):]}")
    return True


def document_instrument(q: DraftQuestion) -> str:
    """ "Under the Child Protection Act 2030, " or "Under the Optional Protocol to the
    Tessaline Convention ..., " when the document is that law or that treaty itself
    (``jurisdiction.document_law``, ``jurisdiction.document_treaty``), or "Under the
    proposed Directive on ..., " when it is that act or its proposal
    (``jurisdiction.document_act``); else ""."""
    text = q.analysis.doc.text
    return (document_law(_title(q)) or document_treaty(_title(q), text)
            or document_act(str(text), q.sentence.start))


def _title(q: DraftQuestion) -> str:
    """The document's title: its metadata's, else the title line its text opens with (a
    plain-text statute's "Harbour Safety Act 2029")."""
    return q.analysis.doc.meta.title or q.analysis.cleaned.title or ""


def _carry_body(q: DraftQuestion) -> bool:
    """An operative clause of a resolution ("URGES connected member countries to ...")
    shown as a sentence of the body its chapeau names: "The IPCO General Assembly urges
    connected member countries to ..." (``resolutions.py``). The quote stays the clause;
    a stem that does not start with the clause's verb is left as it is."""
    run = opening(q.prompt)
    if not run:
        return False
    rest = q.prompt[len(run) :].lstrip()
    q.prompt = f"{shown_verb(run, q.sentence.parsed)} {rest}"
    body = q.sentence.body
    _apply(q, Carried(q.quote[0], q.quote[0], q.sentence.line, body + " ", frozenset(),
                      f"the resolution's body ({body}) from its chapeau", supplies=True))
    return True


def carry_date(q: DraftQuestion) -> bool:
    """A statement of a list item labelled with a date ("January 2017: INTERPOL announced
    ...", ``items.py``) is dated by it when its stem has no year of its own: "In January
    2017, INTERPOL announced ...". The quote runs from the label."""
    sentence = q.sentence
    named = provision(q.analysis.doc.display(*sentence.label)) if sentence.label else ""
    if named:
        start, end = sentence.label  # type: ignore[misc]
        line = q.analysis.doc.line_of(start)
        _apply(q, Carried(start, end, line, f"Under {named}, ", _resolved_by(q, named),
                          f"the provision its list item's label names, line {line}"))
        return True
    if not sentence.date or sentence.label is None or _YEAR.search(q.stem):
        return _carry_period(q)
    word = "On" if sentence.date[:1].isdigit() and not _YEAR.fullmatch(sentence.date) else "In"
    lead = f"{word} {sentence.date}, "
    start, end = sentence.label
    _apply(q, Carried(start, end, q.analysis.doc.line_of(start), lead, _resolved_by(q, lead),
                      f"dated by its list item's label, line {q.analysis.doc.line_of(start)}"))
    return True


def _carry_period(q: DraftQuestion) -> bool:
    """A past figure of a list whose lead-in gives only the date its figures run to ("Up to
    31 October 2025:", "Results to 30 June 2025:", "In 2024:") is dated by it, when its stem
    has no year of its own (a rule under "From 1 September 2025:" keeps whose rule it is):
    "Up to 31 October 2025, 19 children were identified ...", never "As of <the document's
    month>" (the page may be updated after the figures were cut off). A later item is
    quoted alone (the items between hold other figures); the explanation quotes the lead-in
    too."""
    sentence, lead = q.sentence, q.sentence.lead
    if (q.rule not in ("count", "true-statement", "false-statement") or sentence.kind != "bullet"
            or lead is None or lead.parsed is None or _YEAR.search(q.stem)):
        return False
    root = sentence.parsed[:].root if sentence.parsed is not None else None
    if root is None or not (_past(root) or _perfect(root)):
        return False  # a rule or a standing fact is no count of what happened by then
    shown = period_of(lead.parsed)
    if not shown or len(shown.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS:
        return False
    first = next((b.items[0] for b in q.analysis.lists if b.lead is lead and b.items), None)
    start = lead.start if first is sentence else q.quote[0]
    said = 'The source says: "'
    if start != lead.start and q.explanation.startswith(said):
        lead_text = md_escape(q.analysis.doc.display(lead.start, lead.end))
        q.explanation = f'{said}{lead_text}" (line {lead.line}) ... "{q.explanation[len(said):]}'
    _apply(q, Carried(start, start, lead.line, shown + ", ", _resolved_by(q, shown),
                      f"dated by its list's lead-in, line {lead.line}"))
    return True


_UP_TO = frozenset({"to", "until", "till"})
_PERIOD_PREPS = frozenset({"in", "during", "between", "since", "from", "by", "for", "over",
                           "of", "at", *_UP_TO})


def period_of(parsed: Any) -> str:
    """The date a short lead-in with no verb of its own gives, with its preposition:
    "Up to 31 October 2025" (of "Up to 31 October 2025:" or "Results to 31 October 2025:"),
    "In 2024", "As of 1 May 2025"; "" when the lead-in says more than a date (a clause, a
    long phrase) or names no year."""
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if not words or len(words) > 8 or any(t.tag_ in _FINITE for t in words):
        return ""
    dates = [e for e in parsed.ents if e.label_ == "DATE" and _YEAR.search(e.text)]
    if not dates:
        return ""
    start, end = dates[-1].start, dates[-1].end
    if start > 0 and re.fullmatch(r"[0-3]?\d", parsed[start - 1].text):
        start -= 1  # "31" left out of "October 2025" by the entity recogniser
    text = str(parsed[start:end].text)
    if parsed[start].lower_ in _PERIOD_PREPS | {"up", "as"}:  # "Between April and ..."
        return text[:1].upper() + text[1:]
    before = [t.lower_ for t in parsed[max(0, start - 2) : start]]
    prep = before[-1] if before else ""
    if prep in _UP_TO or before == ["up", "to"]:
        return f"Up to {text}"
    if before in (["as", "of"], ["as", "at"]):
        return f"As {prep} {text}"
    if prep in _PERIOD_PREPS - {"of", "at"}:
        return f"{prep.capitalize()} {text}"
    if start == words[0].i:  # "2024:", "31 October 2025:"
        return f"In {text}" if _YEAR.fullmatch(text.strip()) else f"As of {text}"
    return ""


def _announces(parsed: Any, pointer: Pointer) -> bool:
    """ "these recommendations" or "the following steps" closing a lead-in ("The review
    makes these recommendations:") points forward, to the list whose item the stem shows,
    not back."""
    words = [t for t in parsed if not t.is_punct]
    if not words or pointer.kind != "previous":
        return False
    last = words[-1]
    if last.pos_ not in ("NOUN", "PROPN") or parsed[pointer.i].pos_ == "PRON":
        return False  # "They must:" points back
    return bool(pointer.i == last.i or parsed[pointer.i].head.i == last.i)


def lacks_lead(q: DraftQuestion) -> bool:
    """A list item that goes on from its lead-in but is shown without it (the lead-in
    points back, gives the answer away or is too long): half a sentence, not asked."""
    timed = q.stem_rule.startswith(fronted_labels.RULE) and q.sentence.lead is not None
    return q.carried is None and (continues_lead(q.sentence) or timed)  # "at 2 hours, ...":
    # two hours from what its lead-in says (``fronted_labels.py``)


_NOUN_PHRASE = re.compile(r"\b(?:a|an|the|this|that|my|your|our|their|any|every)\s+[a-z]{3,}",
                          re.I)


def _resolved_by(q: DraftQuestion, lead: str) -> frozenset[int]:
    """The pointers of the stem that a lead-in or question shown in front resolves: the
    noun a phrase repeats, a year for a date, a noun phrase for "it" or "they" (never the
    author's "we")."""
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", lead)}
    out = set()
    for pointer in stem_pointers(q):
        if pointer.kind == "lemma":
            hit = pointer.lemma.rstrip("s") in words
        elif pointer.kind == "date":
            hit = _YEAR.search(lead) is not None
        else:
            hit = pointer.kind != "author" and _NOUN_PHRASE.search(lead) is not None
        if hit:
            out.add(pointer.i)
    return frozenset(out)


def _repeated_in(q: DraftQuestion, lead: str) -> frozenset[int]:
    """The pointers of the stem whose noun the lead in front names ("the account" after
    "Before an account is created, "): a lead that says whose rule it is, or when it
    applies, supplies no antecedent for "it", "they" or an action with nothing acted on."""
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", lead)}
    return frozenset(p.i for p in stem_pointers(q)
                     if p.kind == "lemma" and p.lemma.rstrip("s") in words)


def carry_question(q: DraftQuestion) -> bool:
    """An instruction under an FAQ's question ("What should I do if a child discloses
    abuse?" + "Make a referral within 24 hours") shows the question in front of the stem:
    it says when the instruction applies. The quote runs from the question to the stem's
    sentence, verbatim. Never in front of a true/false statement (a question is neither
    true nor false, ``claims.py``), nor a question line that opens with a label ("Q5:",
    "JOURNALIST:"): that is a turn of a transcript, not an FAQ's heading (``cues.py``)."""
    sentence = q.sentence
    if not sentence.instruction or not sentence.heading.rstrip().endswith("?") or (
            q.qtype == "true_false" or labelled_turn(sentence.heading)):
        return False
    heading = next((b for b in reversed(q.analysis.cleaned.blocks)
                    if b.kind == "heading" and b.start < sentence.start), None)
    doc = q.analysis.doc
    if heading is None or doc.display(heading.start, heading.end) != sentence.heading:
        return False
    shown = md_escape(question_text(sentence.heading)).rstrip()
    if len(shown.split()) > MAX_CONTEXT_WORDS or _gives_away_text(q, sentence.heading) or (
            len(shown.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS):
        return False
    _apply(q, Carried(heading.start, heading.end, heading.line, shown + " ",
                      _resolved_by(q, shown), f"its question carried from line {heading.line}"))
    return True


def _apply(q: DraftQuestion, carried: Carried) -> None:
    q.carried = carried
    stem = _lower_first(q)
    if q.replacement and q.prompt.startswith(q.replacement) and not stem.startswith(
            q.replacement):
        q.replacement = stem[: len(q.replacement)]  # "Six" -> "six", as the prompt shows it
    q.prompt = _dated_in_front(carried.lead, stem)
    q.quote = (min(q.quote[0], carried.start), q.quote[1])
    q.stem_rule += f", {carried.note}"


_AS_OF_LEAD = re.compile(r"^[Aa]s of [A-Z][a-z]+ \d{4}, ")
_FUNCTION_FIRST = re.compile(r"^(?:The|A|An|On|In|Under|For|At|By|From|When|Where|If|Once|"
                             r"After|Before|During|With|Within|Its|Their|This|These)\b")


def _dated_in_front(lead: str, stem: str) -> str:
    """A lead-in shown in front of a stem that ``clauses.anchor_present`` dated: the date
    goes in front of both, at the clause boundary, never inside the lead-in's verb group
    ("the Government proposes to as of February 2026, require ..." splits an infinitive):
    "As of February 2026, on notification, the Government proposes to require ...". A
    lead-in that is a sentence of its own keeps the dated stem after it."""
    found = _AS_OF_LEAD.match(stem)
    if found is None or lead.endswith((". ", "? ")):
        return lead + stem
    rest = stem[found.end():]
    shown = lead[:1].lower() + lead[1:] if _FUNCTION_FIRST.match(lead) else lead
    return f"As of {found.group(0)[6:]}{shown}{rest}"


def _jurisdiction_lead(q: DraftQuestion) -> Carried | None:
    """ "In the Republic of Marlow, " or "According to Kestrel Valley Police, " in front of
    a rule that says neither where nor whose (``jurisdiction.py``)."""
    parsed = q.sentence.parsed
    if parsed is None or q.named or q.speaker:
        return None  # a name shown in the stem ("Calder County's standard") says whose
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    tokens = view.tokens()
    law = (law_lead(q.sentence.heading) or document_instrument(q)
           or numbered_law(_title(q), str(q.analysis.doc.text[:_HEAD]))
           or _bill_lead(q, parsed) or _instrument(q) or _article_before(q))
    about = "" if law else _law_about(q, tokens)
    law = law or about
    act = document_act(str(q.analysis.doc.text), q.sentence.start)
    treaty = bool(law) and law in (document_treaty(_title(q), q.analysis.doc.text), act)
    if not ((states_rule(tokens) or (law and defines(tokens))) and unplaced(tokens, treaty)):
        return None
    if not law and whose.lead(q):
        return None  # the document's own policy or system says whose more plainly than
        # its issuer alone ("Under Harrowmere Police's Night Shift Policy, ": ``whose.py``)
    turn = q.sentence.block.speaker if q.sentence.block is not None else ""
    if turn and not law:  # a speaker's rule is the speaker's body's, when the key says
        body = speaker_body(q.analysis, turn)  # which body; never the issuer's by default
        if body is None:
            return None
        return Carried(q.sentence.start, q.sentence.end, q.sentence.line,
                       f"According to {body.subject(False)}, ", frozenset(),
                       f"whose rule: {body.where}")
    text = law or jurisdiction_lead(q.analysis.doc.meta)
    note = ("whose rule: the law the document is about" if about
            else "whose rule: the act the document is" if law and law == act
            else "whose rule: the article the sentence before names"
            if law and law.startswith("Under Article")
            else "jurisdiction from the document's metadata")
    if not text and country_lead(q.analysis) and not _names_country(q) and not any(
            t.lower_ in ("we", "our", "us") for t in tokens):  # a national rule of the
        # document's own country; a "we" of the stem is its author's, whose country may
        # not be the one (``author.py`` names it)
        text, note = country_lead(q.analysis), "jurisdiction: the document's own country"
    author = author_of(q.analysis) if not text else None
    if author is not None and author.stated:  # no issuer in the metadata: the author
        text = f"According to {author.subject(False)}, "  # the text says wrote it
    if not text:
        return None
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line, text, frozenset(), note)


_HEAD = 1000
"""How much of a law's text its head is (title, state, translator's lines)."""


def _law_about(q: DraftQuestion, tokens: list[Any]) -> str:
    """ "Under the Online Services (Reporting) Act 2026, " when the document is about that
    one law (``jurisdiction.subject_law``: its title, first heading or description names
    it), the stem states a duty or a definition (``jurisdiction.states_duty``: a word of
    offence alone, "validated for adults with a sexual offence", is no duty of the law) and
    does not name the law already."""
    if not (states_duty(tokens) or defines(tokens)):
        return ""
    meta = q.analysis.doc.meta
    titles = [meta.title, q.analysis.cleaned.title or "", *about_fields(meta.fields)]
    found = subject_law([t for t in titles if t], str(q.analysis.doc.text))
    return "" if found and found[len("Under the ") : -2] in q.prompt else found


def _names_country(q: DraftQuestion) -> bool:
    """The stem names a law of the document's own country by its name ("Section 15 of the
    Sexual Offences (Aldermere) Order 2008 makes ..."): "In Aldermere, " would say it
    twice."""
    bare = own_country(q.analysis).removeprefix("the ").split(" of ")[-1]
    return bool(bare) and re.search(rf"\(\s*{re.escape(bare)}\s*\)", q.prompt) is not None


def _instrument(q: DraftQuestion) -> str:
    """ "Under the Westmarch Police Service Missing Persons Procedure, " for an item of a
    list whose lead-in quotes that named procedure (``jurisdiction.instrument_lead``)."""
    lead = q.sentence.lead
    if lead is None or q.sentence.kind != "bullet":
        return ""
    return instrument_lead(q.analysis.doc.display(lead.start, lead.end))


_ARTICLE_OF = re.compile(
    r"\bArticle\s+\d{1,3}[a-z]?(?:\(\d{1,2}\))?(?:\([a-z]\))?\s+of\s+the\s+"
    r"(?:[A-Z][\w'-]*)(?:\s+(?:(?:on|of|the|and|against|for|in|to)\s+)*[A-Z][\w'-]*)*")
"""An article of a named instrument ("Article 9 of the Convention on Cybercrime")."""
_INSTRUMENT_WORDS = re.compile(r"\b(?:Convention|Protocol|Treaty|Charter|Directive)\b")


def _article_before(q: DraftQuestion) -> str:
    """ "Under Article 9 of the Convention on Cybercrime, " for a rule or a definition that
    follows, in the same paragraph, the sentence naming that article ("Article 9 of the
    Convention on Cybercrime covers producing ... A 'minor' is anyone under 18, although a
    party may set a lower limit"): the paragraph tells what the article provides, and the
    rule read alone is nobody's, or is taken for the publisher's. Only one article may be
    named there (two would be a guess), and the stem must name none itself."""
    index = q.sentence.index
    if index == 0 or q.sentence.block is None or re.search(r"\bArticle\s+\d", q.prompt):
        return ""  # the stem names an article itself
    before = q.analysis.sentences[index - 1]
    if before.block is not q.sentence.block:
        return ""
    found = _ARTICLE_OF.findall(before.text(q.analysis.doc))
    names = {" ".join(f.split()) for f in found if _INSTRUMENT_WORDS.search(f)}
    if len(names) != 1:
        return ""
    return f"Under {names.pop()}, "


def _bill_lead(q: DraftQuestion, parsed: Any) -> str:
    """ "Under the Child Runaways (Safety) Bill, " in front of an offence a bill will create
    ("Breach of the order will be an offence carrying ..."), when the text names the bill
    before the sentence: the stem says whose offence it will be."""
    from curriculum.draft.statements import future_offence  # statements -> ... -> here

    if not future_offence(parsed[:].root):
        return ""
    found = earlier_name(q.analysis.doc.text, q.sentence.start, ["Bill"])
    return f"Under the {found[0]}, " if found is not None else ""


def _heading_place(q: DraftQuestion) -> Carried | None:
    """ "In Borovia, " in front of a stem under the heading "Borovia": a document organised
    by jurisdiction states each place's law under its own heading, and a stem lifted out
    of it ("Passport refusal is decided by the Minister ...") would read as everyone's
    rule. Only when the stem itself names no place and opens with no frame of its own
    ("In ...", "Under ..."), and it does not name the heading's place already."""
    parsed = q.sentence.parsed
    if parsed is None or q.speaker:
        return None
    place = place_heading(q.analysis, q.sentence.heading)
    if not place or place.split()[0].casefold() in q.prompt.casefold():
        return None
    if any(w.casefold() in " ".join(q.answers).casefold() for w in place.split()):
        return None  # the heading's words are the answer's: a term, never a place
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    tokens = view.tokens()
    if not tokens or tokens[0].lower_ in ("in", "under", "according", "across", "throughout"):
        return None
    if any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in tokens):
        return None  # "Dunmore's period mirrors the United States' law": places of its own
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line,
                   f"In {with_article(place)}, ", frozenset(),
                   "jurisdiction from the section heading")


_THE_PLACES = frozenset({"states", "kingdom", "republic", "islands", "emirates", "federation",
                         "union", "netherlands", "philippines", "bahamas", "maldives",
                         "territories", "provinces", "isles"})
"""Last words of a place's name that take "the" ("the United States", "the Caldera
Islands", "the Czech Republic"), where a country's name alone does not ("Australia")."""


def with_article(place: str) -> str:
    """ "the United States" for the heading "United States"; "Australia" as it is."""
    words = place.split()
    if words[0].lower() == "the" or words[-1].lower() not in _THE_PLACES:
        return place
    return f"the {place}"


def place_heading(analysis: Analysis, heading: str) -> str:
    """The place a section heading names when the document is organised by place: the
    heading is a short proper name ("Caldera Islands", "Scotland") among at least two
    headings of the document that the parser reads as a place where a rule applies ("In
    Caldera Islands, the rule applies"); with those, a proper name the parser takes for a
    person or a body (a fictional "Galinor", next to "Borovia" and "Estavia") is one too.
    "" otherwise ("Introduction", "Operation Lantern", "Static-99R", or a lone "Green
    Notices" the parser reads as a place)."""
    places: dict[str, bool] | None = getattr(analysis, "_place_headings", None)
    if places is None:
        places = _place_headings(analysis)
        analysis._place_headings = places  # type: ignore[attr-defined]
    if heading not in places or sum(places.values()) < 2:
        return ""  # one heading the parser calls a place ("Green Notices") is no sign
        # that the document is organised by place
    return heading


def _place_headings(analysis: Analysis) -> dict[str, bool]:
    """Every short proper-name heading of the document, and whether the parser reads it
    as a place."""
    from curriculum.draft import nlp

    headings = sorted({s.heading for s in analysis.kept() if _name_heading(s.heading)})
    docs = nlp.parse([f"In {h}, the rule applies." for h in headings]) if headings else []
    out = {}
    for heading, doc in zip(headings, docs, strict=True):
        whole = [e for e in doc.ents if e.text == heading]
        if any(e.label_ in ("GPE", "LOC") for e in whole):
            out[heading] = True
        elif whole and all(t.pos_ == "PROPN" for t in doc[1 : 1 + len(heading.split())]):
            out[heading] = False  # a name, but not read as a place ("Galinor"): one only
            # among place headings ("Background" is no name at all, and never one)
    return out


def _name_heading(heading: str) -> bool:
    words = heading.split()
    return (0 < len(words) <= 4 and proper_name(heading) and not heading.isupper()
            and not re.search(r"[\d:;,.()]", heading)
            and not any(w.lower() in _SECTION_WORDS for w in words))


_SECTION_WORDS = word_set("""
    the a an notes note introduction summary background scope overview context purpose
    conclusion conclusions recommendations recommendation definitions findings methods
    method references annex appendix glossary contents acknowledgements sources data
    training guidance procedure procedures policy""")
"""Words of a document's own sections, which the parser may read as a place when a
heading is a single capitalised word ("Background", "Scope")."""


def _place_lead(q: DraftQuestion, found: list[Pointer]) -> Carried | None:
    """ "In the Republic of Marlow, " in front of a stem whose only pointer is "this
    jurisdiction" or "this country", when the issuer's metadata names its area
    (``jurisdiction.py``): the place the demonstrative means. Otherwise it stays held."""
    parsed = q.sentence.parsed
    if parsed is None or not found or any(
            p.kind != "previous" or p.i >= len(parsed) or not _place_demonstrative(parsed[p.i])
            for p in found):
        return None
    text = jurisdiction_lead(q.analysis.doc.meta)
    if not text.startswith("In "):
        return None
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line, text,
                   frozenset(p.i for p in found), "place from the document's metadata")


def _place_demonstrative(token: Any) -> bool:
    return (token.lower_ in ("this", "that") and token.dep_ == "det"
            and token.head.lemma_.lower() in PLACE_KINDS)


def _study_lead(q: DraftQuestion) -> Carried | None:
    """ "According to Oyelaran et al. (2025), " in front of a paper's own result
    (``study.py``)."""
    shown = study.lead(q)
    if not shown:
        return None
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line, shown,
                   _resolved_by(q, shown), study.NOTE)


def _label_lead(q: DraftQuestion) -> Carried | None:
    """ "According to INTERPOL, " in front of a stem lifted from a list entry whose title
    names the body whose page the entry sums up (``referents.label_owner``); the quote
    starts at the title."""
    owner = label_owner(q)
    label = q.sentence.label
    if not owner or label is None:
        return None
    article = "" if owner.isupper() or no_article(owner) else "the "
    shown = f"According to {article}{owner}, "
    if len(shown.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS:
        return None
    return Carried(label[0], q.sentence.end, q.analysis.doc.line_of(label[0]), shown,
                   frozenset(), "whose page: the list entry's title")


def _scheme_lead(q: DraftQuestion) -> Carried | None:
    """ "In the Trace an Object appeal, " in front of a public scheme's rule over a set the
    sentence does not name (``scheme.py``)."""
    shown = scheme.lead(q)
    if not shown:
        return None
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line, shown,
                   _resolved_by(q, shown), scheme.NOTE)


def _owner_lead(q: DraftQuestion) -> Carried | None:
    """ "Under Fenwick Shire Constabulary's Wellbeing Policy, " or "In VERITAS, " in front
    of a rule over a subject that names nothing, in the policy the document is or the
    guide to a system (``whose.py``)."""
    shown = whose.lead(q)
    if not shown:
        return None
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line, shown,
                   _repeated_in(q, shown), whose.NOTE)


def _present(q: DraftQuestion) -> Carried | None:
    """ "As of April 2025, " in front of a figure of the present (``asof.py``)."""
    found = present_lead(q)
    if found is None:
        return None
    note = "dated as of the document's date"
    if q.sentence.block is not None and q.sentence.block.when:  # an event of a timeline
        note = "dated by its row of the timeline"
    elif q.analysis.cleaned.doc_date:
        q.as_of = q.analysis.cleaned.doc_date.isoformat()
    return Carried(q.sentence.start, q.sentence.end, q.sentence.line, found[0],
                   frozenset({found[1]}), note)


def _lower_first(q: DraftQuestion) -> str:
    """The stem after a lead-in: its first word lowercased, unless it is a name, "I" or
    an acronym (or a sentence of its own follows the context)."""
    if q.carried is None or q.carried.lead.endswith((". ", "? ")) or not q.prompt:
        return q.prompt
    first = q.sentence.parsed[0] if q.sentence.parsed is not None else None
    if q.speaker and q.prompt.startswith(q.speaker):
        return q.prompt  # "We" shown as "Threadline"
    term = _DEFINED_TERM.match(q.prompt)
    if term is not None:  # '"Child" means ...': the term a definition opens with is a
        # common word, capitalised only as the sentence's first
        return q.prompt[: term.start(1)] + term.group(1).lower() + q.prompt[term.end(1) :]
    if first is not None and first.text == "The" and first.ent_type_ not in ("GPE", "WORK_OF_ART"):
        return q.prompt[:1].lower() + q.prompt[1:]  # "the Harbourside Centre", as an
        # organisation's name reads mid-sentence ("The Hague" keeps its capital)
    if first is None or first.pos_ == "PROPN" or first.ent_type_ in _NAMES or (
            first.text.isupper() and first.text != "A"):
        return q.prompt
    return q.prompt[:1].lower() + q.prompt[1:]


_DEFINED_TERM = re.compile(r"^[\"\u201c'\u2018]([A-Z])[a-z]+(?:\s[a-z]+)*[\"\u201d'\u2019]\s+"
                           r"(?:means|includes)\b")
"""A definition's opening: a quoted term in lowercase but its capital, then "means"."""
_NAMES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                    "WORK_OF_ART", "LAW", "LANGUAGE"})
"""Entity types that are names and keep their capital after a lead-in; a number word
("Two of the ...", CARDINAL) or a date word is lowercased like any other word."""


def _sentence_context(q: DraftQuestion, found: list[Pointer]) -> Carried | None:
    """The sentence before (or the one before that, for a repeated noun) when it resolves
    every pointer and passes every check of the module docstring."""
    if any(p.kind == "date" for p in found) and len(found) == 1:
        return None  # a date is carried by a lead-in, not a whole sentence
    for distance, other in enumerate(before(q.analysis, q.sentence), start=1):
        if distance == 2 and any(p.kind != "lemma" for p in found if p.kind != "date"):
            return None
        if announces(other, q.sentence):
            return None  # "The Bill does three things." before "First, it ...": the
            # stem would promise three things and give one
        if not _joined(q, other) or not _whole(q, other) or _gives_away(q, other):
            continue
        if not all(_resolves(p, other) for p in found) or not names_referent(q, other, found):
            continue  # ``discourse.py``: never a text's outline; the noun each pointer needs
        lead = _named_lead(q, other)
        total = len(lead.split()) + len(q.prompt.split())
        if len(lead.split()) > MAX_CONTEXT_WORDS or total > MAX_PROMPT_WORDS:
            return None
        return Carried(other.start, other.end, other.line, lead + " ",
                       frozenset(p.i for p in found), f"context carried from line {other.line}")
    return None


def _introducing(q: DraftQuestion, pointed: list[Pointer]) -> Carried | None:
    """A rule's generic "the defendant" whose situation the sentence just before sets up
    with "a defendant" ("A defendant in person may not cross-examine a child witness. The
    court must invite the defendant to appoint a legal representative within 7 days"):
    the rule reads whole only after it, so that sentence is carried when it passes every
    check of the module docstring. Nothing else is done for these nouns: the rule stands
    without its situation, at a mild penalty (``stemcheck``)."""
    generic = [p for p in pointed if p.kind == "rule"]
    if not generic or len(generic) != len([p for p in pointed if p.kind != "mild"]):
        return None
    other = next(iter(before(q.analysis, q.sentence, 1)), None)
    if other is None or other.parsed is None or not any(
            t.lemma_.lower() == p.lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                for c in t.children)
            for p in generic for t in other.parsed):
        return None
    found = [Pointer(p.i, p.delta, p.reason, "lemma", p.lemma) for p in generic]
    if not _joined(q, other) or not _whole(q, other) or _gives_away(q, other) or (
            not names_referent(q, other, found)):
        return None
    lead = _named_lead(q, other)
    if len(lead.split()) > MAX_CONTEXT_WORDS or (
            len(lead.split()) + len(q.prompt.split()) > MAX_PROMPT_WORDS):
        return None
    return Carried(other.start, other.end, other.line, lead + " ",
                   frozenset(p.i for p in found), f"context carried from line {other.line}")


def announces(other: Sentence, sentence: Sentence) -> bool:
    """``other`` counts the items that follow it ("The Bill does three things.") and
    ``sentence`` opens with an ordinal ("First, ...", "Secondly, ..."): one of them."""
    parsed, stem = other.parsed, sentence.parsed
    if parsed is None or stem is None or len(stem) == 0 or stem[0].lower_ not in ORDINALS:
        return False
    root = parsed[:].root
    return any(c.dep_ in ("dobj", "attr", "nsubj") and any(
        g.dep_ == "nummod" and g.like_num for g in c.children) for c in root.children)


def _named_lead(q: DraftQuestion, other: Sentence) -> str:
    """The context sentence as shown, its "the unit" named as in the stem
    (``referents.py``)."""
    doc = q.analysis.doc
    lead = md_escape(doc.display(other.start, other.end)).rstrip()
    for named in sentence_names(q.analysis, other, ((other.start, other.end),), q.key):
        lead = shown(lead, named)
    return lead


def _joined(q: DraftQuestion, other: Sentence) -> bool:
    """Same paragraph, only spaces between, and the whole stretch quotable verbatim."""
    doc = q.analysis.doc
    between = doc.text[other.end : q.sentence.start]
    return (other.kind == "para" and q.sentence.kind == "para" and not other.in_quote
            and "\n\n" not in between.replace("\r", "") and not between.strip()
            and doc.citeable(other.start, q.sentence.end))


def _whole(q: DraftQuestion, other: Sentence) -> bool:
    """A sentence of prose that needs nothing before it."""
    parsed = other.parsed
    text = q.analysis.doc.text[other.start : other.end].rstrip()
    if parsed is None or not text.endswith((".", "!")) or (
            other.block is not None and other.block.cells):
        return False
    root = parsed[:].root
    finite = root.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                         for c in root.children)
    if not finite or not any(c.dep_ in _SUBJECTS | {"expl", "csubj"} for c in root.children):
        return False
    if _about_an_event(root):
        return False
    view = StemView(parsed, other.start, ((other.start, other.end),))
    named = sentence_names(q.analysis, other, ((other.start, other.end),), q.key)
    own = pointers(view, frozenset(n.end for n in named), seen_before(q.analysis, other.start),
                   recent(q.analysis, other))
    return not any(p.delta <= SERIOUS for p in own)


_EVENT_VERBS = frozenset({
    "found", "establish", "create", "launch", "form", "set", "meet", "host", "gather",
    "convene", "attend", "visit", "welcome", "speak", "hold", "join", "appoint", "elect"})
"""A sentence about a body's founding or an event itself (who met, spoke, where): a
question that needs it in front is about the event, not about what an officer does."""


def _about_an_event(root: Any) -> bool:
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in _EVENT_VERBS for v in verbs) or (
        root.lemma_ == "take" and any(c.lower_ == "place" for c in root.children))


def _gives_away(q: DraftQuestion, other: Sentence) -> bool:
    """The context holds the answer, an option's words, or any option's number."""
    return _gives_away_text(q, q.analysis.doc.display(other.start, other.end))


def _gives_away_text(q: DraftQuestion, text: str) -> bool:
    doc = q.analysis.doc
    folded = text.casefold()
    key = doc.display(*q.key)
    words = [key, *q.answers, *(t for t, _ in q.options), q.replacement]
    if any(w and re.search(r"(?<!\w)" + re.escape(w.casefold()) + r"(?!\w)", folded)
           for w in words):
        return True
    numbers = numbers_in(text)
    values = []
    for word in [key, *(t for t, _ in q.options), q.replacement]:
        try:
            values.append(written_value(word))
        except ValueError:
            continue
    return bool(numbers & set(values)) or (q.rule == "year" and bool(_YEAR.search(text)))


def _resolves(pointer: Pointer, other: Sentence) -> bool:
    """The context holds what the pointer needs: the noun it repeats, a noun subject for a
    pronoun, a date for an undated count; the sentence just before for the rest."""
    parsed = other.parsed
    if pointer.kind == "author":
        return False  # "we": the author is named by ``author.py`` or not at all
    if pointer.kind == "lemma":
        return any(t.lemma_.lower() == pointer.lemma or t.lower_ == pointer.lemma
                   for t in parsed)
    if pointer.kind == "date":
        return bool(_YEAR.search(parsed.text))
    if pointer.lemma and any(t.lemma_.lower() == pointer.lemma and t.pos_ == "NOUN"
                             and t.dep_ != "compound" for t in parsed):
        return True  # "that offence" after "... is a criminal offence under section 354"
    return any(t.dep_ in _SUBJECTS and t.pos_ in ("NOUN", "PROPN") for t in parsed)


def _date_lead(q: DraftQuestion, found: list[Pointer]) -> Carried | None:
    """ "In 2024, " from an earlier sentence of the paragraph that opens with its year (or
    with a timeline entry's date label, "Nov 26-29, 2018 - "), for a past count or for a
    "then" on a verb of state (struck: the date stands for it); "As of <month year>, " from
    the document's date for a present perfect."""
    if len(found) != 1 or found[0].kind != "date":
        return None
    root = q.sentence.parsed[found[0].i]
    if _perfect(root):
        date = q.analysis.cleaned.doc_date
        if date is None:
            return None
        q.as_of = date.isoformat()
        return Carried(q.sentence.start, q.sentence.end, q.sentence.line,
                       f"As of {MONTH_NAMES[date.month - 1]} {date.year}, ",
                       frozenset({root.i}), "dated as of the document's date")
    for other in _paragraph_before(q):
        opening = _opening_year(other) or _timeline_date(q.analysis.doc.display(other.start,
                                                                                other.end))
        if opening is not None:
            if root.lower_ == "then":  # "In November 2018, INTERPOL says ICSE holds ...":
                q.prompt = _THEN_WORD.sub("", q.prompt, count=1)  # the date stands for it
            return Carried(other.start, other.end, other.line, f"{opening}, ",
                           frozenset({root.i}), f"dated by line {other.line}")
        if other.parsed is None or _YEAR.search(other.parsed.text):
            return None  # another year in between: which one is meant is unclear
    period = reference_period(q.analysis.doc.text)
    if period and _past(root):
        view = StemView(q.sentence.parsed, q.sentence.start,
                        q.pieces or ((q.sentence.start, q.sentence.end),))
        issuer = jurisdiction_lead(q.analysis.doc.meta) if unplaced(view.tokens()) else ""
        if issuer:  # whose figures: "In the Republic of Estoria, in 2023/24, ..."
            period = f"{issuer}{period[:1].lower()}{period[1:]}"
        return Carried(q.sentence.start, q.sentence.end, q.sentence.line, f"{period}, ",
                       frozenset({root.i}), "dated by the report's period (its head)")
    return None


def _paragraph_before(q: DraftQuestion) -> list[Sentence]:
    """Kept sentences of the same paragraph before the stem's, nearest first (at most 3)."""
    doc = q.analysis.doc
    out: list[Sentence] = []
    start = q.sentence.start
    for other in before(q.analysis, q.sentence, 3):
        if other.kind != "para" or doc.text[other.end : start].strip() or (
                "\n\n" in doc.text[other.end : start]) or not doc.citeable(other.start,
                                                                          q.sentence.end):
            break
        out.append(other)
        start = other.start
    return out


_THEN_WORD = re.compile(r"(?<=\s)then\s+")
_MONTHS = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_TIMELINE = re.compile(
    r"^\s*(?:(?:\d{1,2}(?:[-\u2013]\d{1,2})?\s+)?" + _MONTHS
    + r"(?:\s+\d{1,2}(?:[-\u2013]\d{1,2})?)?,?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s*(?:[-\u2013\u2014:|])\s")
"""A timeline entry's date label: "Nov 26-29, 2018 - ", "12 March 2024: ", "2019 - "."""


def _timeline_date(text: str) -> str | None:
    """ "In November 2018" for a sentence that opens a timeline entry with its date label
    ("Nov 26-29, 2018 - The Specialists Group meets ..."): the entry's later sentences
    happened then (a range of days is shown by its month)."""
    found = _TIMELINE.match(text)
    if found is None:
        return None
    month = found.group("month")
    if month is None:
        return f"In {found.group('year')}"
    name = next(m for m in MONTH_NAMES if m.startswith(month.capitalize()[:3]))
    return f"In {name} {found.group('year')}"


def _opening_year(other: Sentence) -> str | None:
    """ "In 2024" when a sentence opens with "In <year>" (a fronted date phrase)."""
    parsed = other.parsed
    if parsed is None or len(parsed) < 3:
        return None
    if parsed[0].lower_ in ("in", "during") and _YEAR.fullmatch(parsed[1].text):
        return f"{parsed[0].text} {parsed[1].text}"
    return None
