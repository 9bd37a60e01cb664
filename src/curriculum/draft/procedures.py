"""Obligations and procedures: the time limit of a duty, and the order of a procedure.

Two kinds of question an officer needs and the number rules miss:

- **Time limit** (``time-limit``, single choice): a sentence that sets a duty (a modal
  "must", "shall", "should", or "required", "have to", or a standing rule in the present
  tense: "The duty inspector assesses the risk within two hours") with a time limit ("within one
  working day", "within 72 hours", "no later than ten days") asks for the whole limit,
  number and unit together ("____" -> "one working day"), with three other limits of the
  same unit from a ladder of limits people set (hours: 1, 2, 4, 6, 12, 24, 48, 72 ...), on
  both sides of the answer when the ladder allows, written as the answer is (a word or
  digits), never a limit the sentence itself names. A list item that is a full clause
  ("police officers ... should contact ... within 24 hours;") counts, and so does a bare
  verb phrase under a lead-in that says whose duty it is ("the officer must:", or an
  undertaking under the case it answers: "When the Police receive a referral, the Police
  will:"), shown after that lead-in (``_duty_leads``). When the count rule
  already asks about that number (a sentence with a modal or "require": ``bounds.py``),
  this rule stays out (one fact, one question); where the count rule refuses the bound
  (a present-tense rule with no modal), this rule asks.
- **Ordering** (``ordering``): a numbered list of 3 to 6 items whose lead-in says that
  they are a sequence (its words include a phase, step or stage, or "order" or
  "sequence") asks to put the items in order. Each item shows only its name, the words
  before its first comma, colon, semicolon or bracket ("rapport building"), which must be
  at most six words; otherwise there is no question. A numbered list of recommendations
  or legal elements is not a sequence: its order does not matter.
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.analysis import Analysis, BulletList
from curriculum.draft.bounds import states_a_rule
from curriculum.draft.clauses import BLANK, md_escape, render, trim
from curriculum.draft.context import (
    SERIOUS,
    Carried,
    carry_lead,
    carry_question,
    lacks_lead,
    recent,
    seen_before,
)
from curriculum.draft.distractors import apart, conventional, in_words, numbers_in, written_value
from curriculum.draft.facts import NUMBER_WORDS
from curriculum.draft.pointer import Pointer
from curriculum.draft.practice import plural_practice, sets_rules
from curriculum.draft.questions import MAX_STEM_WORDS, DraftQuestion
from curriculum.draft.referents import apply as name_referents
from curriculum.draft.sentences import Sentence
from curriculum.draft.stemcheck import StemView, pointers
from curriculum.draft.table_limits import table_limit_rules

TIME_RULE = "time-limit"
ORDER_RULE = "ordering"
MAX_STEPS = 6
MIN_STEPS = 3
MAX_LABEL_WORDS = 6

_LADDERS = {
    "minute": (5, 10, 15, 20, 30, 45, 60, 90),
    "hour": (1, 2, 4, 6, 12, 24, 48, 72, 96),
    "day": (1, 2, 3, 5, 7, 10, 14, 21, 28, 30, 42, 60, 90),
    "week": (1, 2, 3, 4, 6, 8, 12, 26),
    "month": (1, 2, 3, 6, 9, 12, 18, 24, 36),
    "year": (1, 2, 3, 5, 7, 10, 15, 20, 25),
}
_LIMIT_PREPOSITIONS = ("within", "inside")
_DUTY_LEMMAS = frozenset({"require", "oblige", "have"})
_MODALS = frozenset({"must", "shall", "should"})
_WORDS = {v: k for k, v in NUMBER_WORDS.items()} | {1: "one"}
_VALUES = dict(NUMBER_WORDS) | {"one": 1}
_SEQUENCE = frozenset({"phase", "step", "stage", "order", "sequence"})
_NUMBERED = re.compile(r"^[ \t>]*(?:\d{1,2}|[a-z])[.)]\s")
_LABEL_END = re.compile(r"[,;:(]|\s-\s")

Span = tuple[int, int]


def procedure_rules(analysis: Analysis) -> list[DraftQuestion]:
    """Time-limit questions (sentences and full-clause list items) and ordering questions."""
    out: list[DraftQuestion] = []
    for sentence in analysis.kept():
        question = _time_limit(analysis, sentence)
        if question is not None:
            name_referents(question)  # "the unit", "the CPSU" named, as in other rules
            if question.carried is None:  # no duty lead-in: a list item shows its
                # lead-in, an FAQ's instruction its question (``context.py``)
                _ = carry_lead(question) or carry_question(question)
            if not lacks_lead(question):
                out.append(question)
    for bullets in analysis.lists:
        question = _ordering(analysis, bullets)
        if question is not None:
            out.append(question)
    return [q.finish() for q in out] + table_limit_rules(analysis, row_ladder)


def row_ladder(written: str, unit: str, forbidden: set[float]) -> list[str]:
    """Wrong limits for a task table's row (``table_limits.py``), from the same ladders."""
    value = _value(written)
    last = unit.split()[-1].lower()
    base = last[:-1] if last.endswith("s") else last
    if value is None or base not in _LADDERS:
        return []
    return _ladder_options(value, base, forbidden, written, unit)


# -- time limits ---------------------------------------------------------------------------


def _time_limit(analysis: Analysis, sentence: Sentence) -> DraftQuestion | None:
    parsed = sentence.parsed
    if parsed is None or sentence.in_quote or sentence.kind not in ("para", "bullet", "caption"):
        return None
    if sentence.kind == "para" and not analysis.is_statement(sentence):
        return None
    if sentence.text(analysis.doc).rstrip().endswith(":"):
        return None  # "Escalate ... within 24 hours where:" introduces its list: a stem
        # without the list would end on its subordinator
    leads = _duty_leads(analysis, sentence)
    found = _limit(parsed, led=bool(leads), instruction=sentence.instruction,
                   practice=sets_rules(analysis))
    if found is None:
        return None
    number, unit_tokens = found
    doc = analysis.doc
    first, last = number, unit_tokens[-1]
    span = (sentence.start + first.idx, sentence.start + last.idx + len(last.text))
    facts = analysis.facts.get(sentence.index, [])
    prose = sentence.kind != "bullet" and analysis.is_statement(sentence)
    if prose and states_a_rule(parsed) and any(
        f.kind in ("count", "year") and f.span[0] < span[1] and span[0] < f.span[1]
        for f in facts
    ):
        return None  # the count rule asks about this limit (statements that set a rule;
        # a list item keeps its time-limit question too, as before it was read as a sentence)
    answer = doc.display(*span)
    unit = " ".join(t.text for t in unit_tokens)
    value = _value(number.text)
    base = _unit_of(unit_tokens[-1])
    if value is None or base is None:
        return None
    sentence_text = doc.display(sentence.start, sentence.end)
    wrong = _ladder_options(value, base, numbers_in(sentence_text), number.text, unit)
    if len(wrong) < 3:
        return None
    stem = trim(doc, (sentence.start, sentence.end), span, [], sentence.parsed)
    prompt = render(doc, stem, blank=span, escape=md_escape)
    if len(prompt.split()) > MAX_STEM_WORDS or BLANK not in prompt:
        return None
    question = DraftQuestion(
        TIME_RULE, "single_choice", prompt, analysis, sentence,
        doc.quote_span(sentence.start, sentence.end, span), span, stem_rule=stem.rule,
    )
    question.pieces = stem.pieces
    question.theme_text = " ".join(doc.display(s, e) for s, e in stem.pieces)
    options = sorted([answer, *wrong], key=_rank)
    question.options = [(o, o == answer) for o in options]
    question.explanation = f'The source says: "{md_escape(sentence_text)}"'
    if leads and not _carry_any(question, leads):
        return None
    return question


def _limit(
    parsed: Any, led: bool = False, instruction: bool = False, practice: bool = False
) -> tuple[Any, list[Any]] | None:
    """The number and unit words of a time limit on a duty, or None; ``led``: the item's
    own verb is the duty its list's lead-in sets ("the officer must:"); ``instruction``:
    the sentence is an instruction to the reader, a duty ("Make a referral within 24
    hours"); ``practice``: the text sets rules of its own, so its present passive of a
    class of things is its practice ("Devices ... are examined within 48 hours",
    ``practice.py``)."""
    for token in parsed:
        if token.lower_ not in _LIMIT_PREPOSITIONS or token.dep_ != "prep":
            continue
        verb = _governing_verb(token)
        if not (_is_duty(verb) or (led and verb.i == parsed[:].root.i)
                or (instruction and _instructed(verb))
                or (practice and plural_practice(verb))):
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is None or _unit_of(noun) is None:
            continue
        number = next((c for c in noun.children if c.dep_ == "nummod"), None)
        after = next((t for t in parsed[token.i + 1 :] if not t.is_space), None)
        if number is None or after is None or number.i != after.i:
            continue  # "within N units" only: "within the same 24 hours" is no limit of its
            # own; the markup of an emphasised limit ("within <strong>24 hours</strong>",
            # "within **24 hours**") is blanked to spaces, which stand between the two
        unit = [t for t in parsed[number.i + 1 : noun.i + 1]]
        if any(t.is_punct for t in unit):
            continue
        return number, unit
    return None


_LEAD_MODALS = frozenset({"must", "shall", "should"})
_PROMISE = frozenset({"will"})
"""A party's undertaking ("the Police will:"): a duty only in the case a condition names."""
_CASE_MARKS = frozenset({"when", "whenever", "where", "if", "once"})


def _standing_case(holder: Any) -> bool:
    """ "When the Police receive a referral ..., the Police will:": "will" under a clause
    that names the case it answers is what a party does each time that case arises, a
    standing duty of a procedure or an agreement, as "must" is; a bare "The team will:" is
    a plan or a forecast (what it will do next year), no rule whose limit an item sets."""
    return any(c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in _CASE_MARKS for m in c.children)
        for c in holder.children)


def _duty_leads(analysis: Analysis, sentence: Sentence) -> list[tuple[Sentence, int, int]]:
    """For a list item that is a bare verb phrase ("contact the duty office within 15
    minutes;"), the lead-in that sets its duty and says whose ("When ..., the officer
    must:"): the lead sentence and the file offsets of the part shown in front of the
    item, from its start, and then from its subject, which is shown when the words before
    it point back elsewhere ("When the passenger system returns ..." -> "the officer
    must") or make the stem too long (a condition with a long aside). Empty when the item
    has a subject of its own, or the lead ends in no modal of duty with a noun subject (a
    pronoun or "we" would point back in turn)."""
    parsed = sentence.parsed
    if sentence.kind != "bullet" or parsed is None:
        return []
    root = parsed[:].root
    if root.tag_ not in ("VB", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return []  # a bare verb: the tagger reads "notify ..." with no subject as VB or VBP
    lead = next((b.lead for b in analysis.lists if any(i is sentence for i in b.items)), None)
    if lead is None or lead.parsed is None or not lead.text(analysis.doc).rstrip().endswith(":"):
        return []
    words = [t for t in lead.parsed if not t.is_punct and t.lower_ != "also"]
    modal = words[-1] if words else None
    if modal is None or modal.tag_ != "MD" or modal.lower_ not in _LEAD_MODALS | _PROMISE:
        return []
    holder = modal if modal.dep_ == "ROOT" else modal.head
    if modal.lower_ in _PROMISE and not _standing_case(holder):
        return []
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return []
    end = lead.start + modal.idx + len(modal.text)
    out: list[tuple[Sentence, int, int]] = []
    for first in dict.fromkeys((lead.parsed[0], min(subject.subtree, key=lambda t: t.i))):
        start = lead.start + first.idx
        view = StemView(lead.parsed, lead.start, ((start, end),))
        found = pointers(view, frozenset(), seen_before(analysis, lead.start),
                         recent(analysis, lead))
        if not any(_blocks(p, whole=first.i == 0) for p in found):
            out.append((lead, start, end))
    return out


def _blocks(pointer: Pointer, whole: bool) -> bool:
    """Does ``pointer`` keep the lead from being shown? The whole lead (its condition
    with it) may keep a noun of the procedure the text used before ("When the passenger
    system returns a match"): the rule reads as the text's, with its condition; never a
    pronoun, a demonstrative or the author's "we". The subject alone must point nowhere."""
    if not whole or pointer.kind not in ("lemma", "mild"):
        return pointer.delta <= SERIOUS
    return pointer.delta <= -0.5


def _carry_any(question: DraftQuestion, leads: list[tuple[Sentence, int, int]]) -> bool:
    """Show the first of ``leads`` that makes a stem short enough (``_carry_lead``)."""
    prompt = question.prompt
    for lead in leads:
        question.prompt = prompt
        if _carry_lead(question, *lead):
            return True
    return False


_ITEM_LABEL = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+")
"""An item's own letter or number ("(b) notify ..."), which the joined sentence does not say."""


def _carry_lead(question: DraftQuestion, lead: Sentence, start: int, end: int) -> bool:
    """Show the lead-in's subject and modal in front of the item ("The officer must
    contact the duty office within ____."), the quote running from the lead to the item;
    False when that stretch is not quotable verbatim or the prompt grows too long."""
    doc = question.analysis.doc
    if not doc.citeable(start, question.sentence.end):
        return False
    shown = md_escape(doc.display(start, end))
    shown = shown[:1].upper() + shown[1:] + " "
    stem = _ITEM_LABEL.sub("", question.prompt.rstrip(" ;,."))
    first = next((t for t in question.sentence.parsed or () if t.dep_ not in ("meta", "punct")),
                 None)  # past the item's own label
    if first is not None and first.pos_ != "PROPN" and not first.text.isupper():
        stem = stem[:1].lower() + stem[1:]
    question.prompt = f"{shown}{stem}."
    if len(question.prompt.split()) > MAX_STEM_WORDS:
        return False
    note = f"lead-in carried from line {lead.line}"
    question.carried = Carried(start, end, lead.line, shown, frozenset(), note, supplies=True)
    question.quote = (start, question.quote[1])
    question.stem_rule += f", {note}"
    return True


def _governing_verb(token: Any) -> Any:
    """The verb a "within" phrase limits, past a noun it hangs on ("grades every report
    ... within two hours": the parser may attach it to "report")."""
    head = token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return head


def _is_duty(verb: Any) -> bool:
    """A verb under a modal of duty, or "required"/"obliged"/"have to" above it, or a
    standing rule (``_standing``)."""
    if _standing(verb):
        return True
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return True
        if verb.lemma_.lower() in _DUTY_LEMMAS and verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children
        ):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _instructed(verb: Any) -> bool:
    """The verb is the instruction's own (its root, or joined to it: "Call ... and make a
    referral within 24 hours"), not a verb of a clause inside it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and not any(c.dep_ == "neg" for c in verb.children)


_QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "all", "half", "more"})
_HEDGES = frozenset({"usually", "often", "typically", "generally", "mostly", "sometimes",
                     "rarely", "frequently", "commonly", "largely", "mainly"})


def _standing(verb: Any) -> bool:
    """A present-tense verb with a time limit and a singular subject states a standing rule
    of the text ("The duty inspector assesses the risk ... within two hours", "Every report
    is assessed within 24 hours"): not a past event ("was published within"), not a finding
    about a group ("Victims are identified within", "most offenders ..."), not hedged
    ("usually"), not negated, not a pronoun subject. A finding's "within" is a bound (a
    larger option is true as well); a rule's limit is not."""
    tenses = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ not in ("VBZ", "VBP", "VBN") or not tenses & {"VBZ", "VBP"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children):
        return False  # "are usually identified within": a finding, not a rule
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("NNS", "NNPS"):
        return False  # "Victims are identified within ...": a finding about a group
    return not any(
        t.lower_ in _QUANTIFIERS or t.dep_ == "nummod" or t.like_num
        for t in subject.subtree
    )


def _unit_of(token: Any) -> str | None:
    lemma = token.lemma_.lower()
    return lemma if lemma in _LADDERS else None


def _value(text: str) -> int | None:
    lowered = text.lower()
    if lowered in _VALUES:
        return _VALUES[lowered]
    return int(lowered) if lowered.isdigit() else None


def _rank(option: str) -> float:
    """Where an option stands among the others: by its figure, digits or words ("ten days"
    before "twenty-one days")."""
    first = option.split()[0]
    try:
        return written_value(first)
    except ValueError:
        return float(_value(first) or 0)


def _ladder_options(
    value: int, base: str, forbidden: set[float], written: str, unit: str
) -> list[str]:
    """Three other limits of the ladder (``distractors.conventional``: days counted in
    months among months), nearest first, on both sides when possible, none beside the
    answer or another option (``distractors.apart``: not 21 for 20, not 28 beside 30)."""
    ladder = [v for v in conventional(_LADDERS, base, value) or ()
              if v != value and float(v) not in forbidden]
    below = [int(v) for v in apart(sorted((v for v in ladder if v < value), reverse=True), value)]
    above = [int(v) for v in apart(sorted(v for v in ladder if v > value), value)]
    picked: list[int] = []
    while len(picked) < 3 and (below or above):
        if above and (len(picked) % 2 == 0 or not below):
            picked.append(above.pop(0))
        elif below:
            picked.append(below.pop(0))
    as_word = not written.isdigit()
    return [_written(v, as_word) + " " + _inflect(unit, v) for v in sorted(picked)]


def _written(value: int, as_word: bool) -> str:
    """A ladder's value written as the answer is: a limit in words ("fourteen days") takes
    its options in words too ("twenty-one days", not "21 days": a key whose form differs
    from the other options' stands out, or marks them as made up)."""
    if not as_word:
        return str(value)
    return _WORDS.get(value) or (in_words(value) if value < 100 else str(value))


def _inflect(unit: str, value: int) -> str:
    """ "working day" for 1, "working days" otherwise (and back)."""
    words = unit.split()
    last = words[-1]
    singular = last[:-1] if last.endswith("s") else last
    words[-1] = singular if value == 1 else singular + "s"
    return " ".join(words)


# -- ordering ------------------------------------------------------------------------------


def _ordering(analysis: Analysis, bullets: BulletList) -> DraftQuestion | None:
    lead = bullets.lead
    if lead is None or not MIN_STEPS <= len(bullets.items) <= MAX_STEPS:
        return None
    if not _says_sequence(lead) or not _numbered(analysis, bullets):
        return None
    doc = analysis.doc
    labels = [_label(doc.display(s.start, s.end)) for s in bullets.items]
    if any(not label or len(label.split()) > MAX_LABEL_WORDS for label in labels):
        return None
    if len({label.casefold() for label in labels}) != len(labels):
        return None
    intro = md_escape(doc.display(lead.start, lead.end).rstrip(":").rstrip()) + "."
    prompt = f"{intro} Put them in order, from first to last."
    quote = (lead.start, bullets.items[-1].end)
    question = DraftQuestion(
        ORDER_RULE, "ordering", prompt, analysis, lead, quote, quote, stem_rule="lead-in"
    )
    question.items = [(s.start, s.end) for s in bullets.items]
    question.answers = [md_escape(label) for label in labels]
    question.theme_text = doc.display(lead.start, lead.end) + " " + " ".join(labels)
    question.explanation = f"The source lists them in this order: {md_escape('; '.join(labels))}."
    return question


def _says_sequence(lead: Sentence) -> bool:
    parsed = lead.parsed
    if parsed is None:
        return False
    return any(t.lemma_.lower() in _SEQUENCE and t.pos_ == "NOUN" for t in parsed)


def _numbered(analysis: Analysis, bullets: BulletList) -> bool:
    """Every item's line starts with a number or a letter and a dot or bracket, in order."""
    raw = analysis.doc.raw
    markers = []
    for item in bullets.items:
        line_start = raw.rfind("\n", 0, item.start) + 1
        match = _NUMBERED.match(raw[line_start : item.start + 1])
        if match is None:
            return False
        markers.append(match.group(0).strip(" \t>.)"))
    expected = [str(i + 1) for i in range(len(markers))]
    letters = [chr(ord("a") + i) for i in range(len(markers))]
    return markers in (expected, letters)


def _label(text: str) -> str:
    """An item's name: the words before its first comma, colon, semicolon or bracket."""
    cut = _LABEL_END.search(text)
    name = (text[: cut.start()] if cut else text).strip().rstrip(".;,")
    name = re.sub(r"\s+(?:and|or)$", "", name).strip()
    return name[:1].upper() + name[1:]


__all__ = ["procedure_rules"]
