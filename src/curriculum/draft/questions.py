"""Question rules: each turns one checkable fact into one question, or into nothing.

A rule never rewords the source: a stem is a trimmed stretch of the cited sentence
with one blank or one changed fact. Rules skip what would make a bad question: a
sentence inside a quotation (opinion), a caption label ("Name, Role."), a count whose
answer the following list gives away ("four key themes:"), a key term that is the
theme's own title, a place that is the article's dateline, a stem that stays over
``MAX_STEM_WORDS`` words. Questions built on one sentence share a ``group``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from curriculum.draft.analysis import Analysis
from curriculum.draft.author import speak_as
from curriculum.draft.availability import BRACKET, round_the_clock
from curriculum.draft.bounds import bound_word, range_limits, range_partner
from curriculum.draft.citations import apply as name_citations
from curriculum.draft.clauses import (
    BLANK,
    INSTRUCTION,
    SEMICOLON,
    Stem,
    anchor_present,
    md_escape,
    render,
    trim,
)
from curriculum.draft.context import Carried, carry, lacks_lead
from curriculum.draft.country import name_national, name_state
from curriculum.draft.dates import MONTH_NAMES, MONTHS, stated_date
from curriculum.draft.distractors import (
    false_value,
    number_choice,
    numbers_in,
    other_units_only,
    period_cap,
    year_cap,
)
from curriculum.draft.emphasis import parsed_words, shown_case
from curriculum.draft.facts import (
    ORG_WORDS,
    ROLE_WORDS,
    STOPWORDS,
    Fact,
    capitalised_names,
    person_word,
)
from curriculum.draft.frames import one_claim, unframe, unfurther
from curriculum.draft.known import known_rule
from curriculum.draft.linking import unlinked
from curriculum.draft.prohibitions import allowing, negation, permission, without
from curriculum.draft.referents import Named
from curriculum.draft.referents import apply as name_referents
from curriculum.draft.reported import reframe
from curriculum.draft.sentences import Sentence
from curriculum.draft.staff import name_staff
from curriculum.draft.stemcheck import names_something
from curriculum.draft.themes import ThemeMatcher
from curriculum.draft.tighten import tightened, unlinked_within, unowned, unpointed_within

MAX_STEM_WORDS = 40
_CHANGING = re.compile(r"\b(?:currently|now|to date|so far|at present|as of|as at)\b", re.I)
_PLACE = re.compile(
    r"\b(?:in|for|to|from|across|throughout)\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
)
_NOT_PLACES = {m.capitalize() for m in MONTHS} | {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "English",
}

_HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "Sir", "Dame"})

Span = tuple[int, int]


@dataclass
class DraftQuestion:
    """A drafted question with everything its gates and the audit need."""

    rule: str
    qtype: str
    prompt: str
    analysis: Analysis
    sentence: Sentence
    quote: Span
    key: Span
    options: list[tuple[str, bool]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    truth: bool | None = None
    replacement: str = ""
    numeric: bool = False
    items: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    as_of: str | None = None
    theme_text: str = ""
    pieces: tuple[Span, ...] = ()
    stem_rule: str = ""
    explanation: str = ""
    qid: str = ""
    group: str = ""
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    """How the score came about (``scoring.py``), written beside the question."""
    evidence: str = ""
    """What makes it worth asking (``evidence.py``): "rule" for a figure a rule sets."""
    named: list[Named] = field(default_factory=list)
    """Phrases of the stem shown by their earlier name ("the unit" -> its full name)."""
    unplaced: str = ""
    """Why the question fits no theme (``placement.py``'s account), for the audit."""
    carried: Carried | None = None
    """Context put in front of the stem for what it points back to (``context.py``)."""
    speaker: str = ""
    """The author named for the stem's "we"/"our" (``author.py``), when it was."""

    @property
    def stem(self) -> str:
        """The prompt without the context carried in front of it."""
        return self.prompt[len(self.carried.lead):] if self.carried else self.prompt

    def finish(self) -> DraftQuestion:
        """Stable id and group, from what the question says rather than where it sits;
        first, the short citations of the final prompt named (``citations.py``) and a
        sentence's emphasis in capitals lowered (``emphasis.py``; a table's cells in
        capitals are values, "LOW", "HIGH", and stay)."""
        name_citations(self)
        if self.sentence.kind != "row":
            self.prompt = shown_case(
                self.prompt, self.analysis.doc.text, parsed_words(self.sentence.parsed),
                self.analysis.doc.text[self.sentence.start : self.sentence.end])
        doc = self.analysis.doc
        sentence_text = doc.display(self.sentence.start, self.sentence.end)
        key_text = doc.display(*self.key)
        digest = hashlib.sha256(
            "\x1f".join(
                (self.analysis.source_id, self.rule, sentence_text, key_text, self.prompt)
            ).encode()
        ).hexdigest()
        # a true/false id never says which: ids are in the learner's page
        prefix = "statement" if self.rule.endswith("-statement") else self.rule
        self.qid = f"{prefix}-{digest[:8]}"
        group_digest = hashlib.sha256(sentence_text.encode()).hexdigest()[:6]
        self.group = f"line-{self.sentence.line}-{group_digest}"
        if len(self.stem.split()) > MAX_STEM_WORDS:
            self.warnings.append(f"stem has {len(self.stem.split())} words; shorten it")
        return self


def seed_of(*parts: str) -> int:
    """A stable number from text (Python's own hash() changes between runs)."""
    return int(hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:8], 16)


def sentence_rules(analysis: Analysis, matcher: ThemeMatcher) -> list[DraftQuestion]:
    """Every question the sentence rules draft from one source, in document order."""
    out: list[DraftQuestion] = []
    used_answers: set[str] = set()
    tf_index = 0
    for sentence in analysis.kept():
        if not analysis.is_statement(sentence) or sentence.in_quote:
            continue
        facts = analysis.facts.get(sentence.index, [])
        lists = [f for f in facts if f.kind == "list"]
        out += _numeric(analysis, sentence, facts, lists)
        made = _true_false(analysis, sentence, facts, lists, tf_index)
        if made is None:
            made = _prohibition(analysis, sentence, lists, tf_index)
        if made is None:
            made = _known(analysis, sentence)
        if made is not None:
            out.append(made)
            forced = made.truth and tf_index % 2 == 0  # a bound: only ever true
            tf_index += 0 if forced else 1
        out += _fill_blanks(analysis, sentence, facts, lists, matcher, used_answers)
    for question in out:
        name_referents(question)
        speak_as(question)  # the author for "we" (``author.py``)
        name_staff(question)  # "all staff" of the author's own text (``staff.py``)
        name_national(question)  # "the NCB" of the document's country (``country.py``)
        name_state(question)  # "the Republic", "the State party" of the document's head
        carry(question)
    return [q.finish() for q in out if not lacks_lead(q)]


def _base(
    analysis: Analysis,
    sentence: Sentence,
    rule: str,
    qtype: str,
    prompt: str,
    stem: Stem,
    key: Span,
) -> DraftQuestion:
    doc = analysis.doc
    said = (sentence.start, sentence.end)
    if stem.rule.startswith((SEMICOLON, INSTRUCTION)):  # one clause is one statement, quoted alone
        said = (stem.pieces[0][0], stem.pieces[-1][1])
    quote = doc.quote_span(*said, key)
    text = doc.text[sentence.start : sentence.end]
    question = DraftQuestion(
        rule, qtype, prompt, analysis, sentence, quote, key, stem_rule=stem.rule
    )
    question.theme_text = " ".join(doc.display(s, e) for s, e in stem.pieces)
    question.pieces = stem.pieces
    if _CHANGING.search(text):  # its own "as of" date first, else the document's
        own = stated_date(text)
        doc_date = analysis.cleaned.doc_date
        question.as_of = own or (doc_date.isoformat() if doc_date is not None else None)
    for fact in analysis.facts.get(sentence.index, []):
        if fact.kind == "date" and fact.noun == "relative" and stem.contains(fact.span):
            question.warnings.append(f"relative date in the stem: {fact.other}; write the date")
    question.explanation = (
        f'The source says: "{md_escape(doc.display(*said))}"'
    )
    return question


def _numeric(
    analysis: Analysis, sentence: Sentence, facts: list[Fact], lists: list[Fact]
) -> list[DraftQuestion]:
    doc = analysis.doc
    forbidden = numbers_in(doc.display(sentence.start, sentence.end))
    year = latest_year(analysis)
    out = []
    for fact in _checkable_numbers(analysis, sentence, facts):
        if _CITED_CODE.match(doc.text, fact.span[1]):
            continue  # "____ U.S.C. § 2258A" asks the citation, not the rule
        if round_the_clock(doc.text, sentence.start, fact, sentence.parsed):
            continue  # "open ____ hours" asks how many hours a day has (``availability``)
        rule = "count" if fact.kind == "count" else "year"
        choice = number_choice(
            fact, seed_of(rule, doc.display(*fact.context)), forbidden - {_value(fact)},
            year_cap(fact, year),
            doc.text[fact.context[1] : sentence.end], range_limits(doc.text, sentence.start, fact),
            doc.text[sentence.start : fact.span[0]],
        )
        if choice is None:
            continue
        stem = _stem(analysis, sentence, fact.span, lists)
        prompt = render(doc, stem, blank=fact.span, escape=md_escape)
        if _value(fact) in numbers_in(prompt):
            continue  # the same number shows elsewhere in the stem
        question = _base(analysis, sentence, rule, "single_choice", prompt, stem, fact.span)
        question.options = [(o, o == choice.answer) for o in choice.options]
        question.numeric = True
        if choice.forced_extreme:
            end = "smallest" if fact.qualifier and choice.options[0] == choice.answer else "largest"
            question.warnings.append(
                f'"{fact.qualifier} {fact.value}": every distractor keeps that true-or-false '
                f"direction, so the answer is the {end} option; consider another form"
            )
        out.append(question)
    return out


def latest_year(analysis: Analysis) -> int | None:
    """No year distractor may lie after the document: its date, else its latest year."""
    if analysis.cleaned.doc_date is not None:
        return analysis.cleaned.doc_date.year
    years = [int(f.value) for facts in analysis.facts.values() for f in facts if f.kind == "year"]
    return max(years) if years else None


def _stem(analysis: Analysis, sentence: Sentence, core: Span, lists: list[Fact]) -> Stem:
    """The sentence trimmed around ``core`` by its parse (``clauses.trim``), dated; cut to
    what a speaker said, as their body's, when the answer is in it (``reported.py``); a
    whole sentence cut to what a meeting's or an address's frame holds, or asked "Under X,"
    when "X went further:" compares it with a law before (``frames.py``),
    and after a discourse connective that opens it (``linking.py``), without one inside
    its main clause (``tighten.unlinked_within``) and a pointer into the document inside it
    ("as set out in Part F": ``tighten.unpointed_within``); a long one without
    its asides (``tighten.py``)."""
    reframed = reframe(analysis, sentence, core)
    if reframed is not None:
        return _dated(analysis, reframed, sentence)
    span = (sentence.start, sentence.end)
    trimmed = trim(analysis.doc, span, core, lists, sentence.parsed)
    if len(trimmed.pieces) == 1 and trimmed.pieces[0][0] == sentence.start and not trimmed.prefix:
        unframed = unframe(sentence.parsed, sentence.start, trimmed.pieces[0][1], core)
        if unframed is not None:  # the sentence from its start: its frame is dropped
            trimmed = unframed
        else:  # "X went further: <rule>" is asked "Under X, <rule>"
            trimmed = unfurther(sentence.parsed, sentence.start, trimmed.pieces[0][1],
                                core) or trimmed
    trimmed = unlinked(trimmed, sentence.parsed, sentence.start, core, str(analysis.doc.text))
    dated = unowned(_dated(analysis, trimmed, sentence), analysis.doc.text, sentence.parsed,
                    sentence.start, core)  # "including ours" (``tighten.py``)
    dated = unlinked_within(dated, analysis.doc.text, sentence.parsed, sentence.start, core)
    dated = unpointed_within(dated, analysis.doc.text, sentence.parsed, sentence.start, core)
    words = len(render(analysis.doc, dated).split())
    return tightened(analysis.doc.text, dated, sentence.parsed, sentence.start, core, words)


def _dated(analysis: Analysis, stem: Stem, sentence: Sentence) -> Stem:
    """Date a "currently" in the stem by the document's month (when it has a date)."""
    found = analysis.cleaned.doc_date
    if found is None:
        return stem
    return anchor_present(analysis.doc, stem, f"{MONTH_NAMES[found.month - 1]} {found.year}",
                          sentence.parsed, sentence.start)


def _value(fact: Fact) -> float:
    from curriculum.draft.distractors import written_value

    return written_value(fact.value)


def _checkable_numbers(analysis: Analysis, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
    """Counts and years a question can ask about: not percentages, not list lengths, not
    a number that names a provision or a thing ("Article 9", "section 12", "Recommendation
    7", "Level 3"), which counts nothing. A sentence whose only number names something
    gets no true/false item: it has no figure to check or to change."""
    return [
        fact
        for fact in facts
        if fact.kind in ("count", "year")
        and fact.noun != "%"
        and not _gives_away(analysis, sentence, fact)
        and _counts_a_noun(sentence, fact)
        and not _SPLIT_YEAR.match(analysis.doc.text, fact.span[1])
        and not _names(sentence, fact)
        and not _described_age(sentence, fact)
        and round_the_clock(analysis.doc.text, sentence.start, fact, sentence.parsed) != BRACKET
    ]


def _described_age(sentence: Sentence, fact: Fact) -> bool:
    """A bare age (``facts.bare_age``) inside a relative clause on a thing, not a person,
    whose verb is not "be": it says whom a body's work is for ("a charity that supports
    young people under 18 who ..."), not an age a rule sets ("offenders who were under 18
    at release", "any adult who arranges a room for a child (under 16)" are)."""
    parsed = sentence.parsed
    if parsed is None or fact.noun != "age":
        return False
    start = fact.span[0] - sentence.start
    figure = next((t for t in parsed if t.idx == start), None)
    return figure is not None and any(
        a.dep_ == "relcl" and a.lemma_.lower() != "be" and not person_word(a.head.text)
        for a in figure.ancestors)


def _names(sentence: Sentence, fact: Fact) -> bool:
    """A count's number names something: it hangs on the noun before it
    (``names_something``). Never a year: "the Act 2003", "in July 2024" date things."""
    parsed = sentence.parsed
    if parsed is None or fact.kind != "count":
        return False
    start, end = fact.span[0] - sentence.start, fact.span[1] - sentence.start
    return names_something(t for t in parsed if start <= t.idx < end and not t.is_space)


def in_token(text: str, span: tuple[int, int]) -> bool:
    """The number is half of a token joined by a slash ("24/7" round the clock, the
    "I-24/7" network, a register "K-9/5"): it counts nothing, and a blank would cut it
    (``stemcheck``: "the answer is not a whole word"); a true/false item on its sentence is
    worth asking only as a rule (``evidence.py``)."""
    return text[span[1] : span[1] + 1] == "/" or text[span[0] - 1 : span[0]] == "/"


_SPLIT_YEAR = re.compile(r"[/-]\d")
"""A year that is half of a financial or academic year ("2022/23", "2024-25"): blanking
"2022" leaves "____/23", a cut unit."""
_CITED_CODE = re.compile(
    r"\s+(?:(?:[A-Z]\.){2,4}\s*(?:§+\s*)?|[A-Z]{2,5}\s*§+\s*|(?:USC|CFR)\s+)\d")
"""After a number: a code's abbreviation ("U.S.C.", "C.F.R.", "CFR") and a section: the
number is the code's title in a citation."""


def _counts_a_noun(sentence: Sentence, fact: Fact) -> bool:
    """A count counts something: not a number dialled ("call 999 now", "ring 101"), whose
    word after it is an adverb, or the direct object of a verb of calling; nor a number
    given to reach someone on, whatever the verb ("ask the duty officer on 101 before
    ...", "the helpline on 116 123"): the number itself is the object of "on", counting
    nothing ("on 12 occasions" counts the occasions). Telephone numbers written in
    groups never become counts (``facts._PHONE``)."""
    parsed = sentence.parsed
    if fact.kind != "count" or parsed is None or fact.noun == "%":
        return True
    start, end = fact.span[0] - sentence.start, fact.span[1] - sentence.start
    number = next((t for t in parsed if t.idx == start), None)
    after = next((t for t in parsed if t.idx >= end and not t.is_space), None)
    if number is not None and number.dep_ == "dobj" and number.head.lemma_.lower() in _DIAL:
        return False
    if number is not None and number.dep_ == "pobj" and number.head.lower_ == "on" and (
            number.head.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN")):
        return False  # "consult the duty officer on 101 before ...": a number to reach
    return after is None or after.pos_ != "ADV"


_DIAL = frozenset({"call", "dial", "ring", "phone", "text"})


def _gives_away(analysis: Analysis, sentence: Sentence, fact: Fact) -> bool:
    """A count of the items of the list this sentence introduces ("four key themes:")."""
    for bullets in analysis.lists:
        if bullets.lead is not None and bullets.lead.index == sentence.index:
            return _value(fact) == len(bullets.items)
    return False


def _true_false(
    analysis: Analysis, sentence: Sentence, facts: list[Fact], lists: list[Fact], index: int
) -> DraftQuestion | None:
    """True or false by turn (false first); false changes one figure of the sentence, the
    first one the source provably contradicts when changed (``falsifiable``: never a
    year, so "In 2023 officers identified 27 children" changes the 27), else the
    statement is true as the source says it."""
    numbers = _checkable_numbers(analysis, sentence, facts)
    if not numbers:
        return None
    if index % 2 == 0:
        for fact in numbers:
            if falsifiable(analysis, sentence, fact):
                made = false_statement(analysis, sentence, fact, lists)
                if made is not None:
                    return made
    return true_statement(analysis, sentence, numbers[0], lists)


def _prohibition(
    analysis: Analysis, sentence: Sentence, lists: list[Fact], index: int
) -> DraftQuestion | None:
    """A rule with no figure that forbids ("must not", "shall never"): true as the source
    says it, or false by turn without its negation (``prohibitions.py``)."""
    span = negation(analysis, sentence)
    if span is None:
        return None
    stem = _stem(analysis, sentence, span, lists)
    if not stem.contains(span):
        return None
    if index % 2 == 0:
        allowed = permission(analysis, sentence, span)
        if allowed is not None and stem.contains(allowed):
            word = allowing(sentence, span)
            prompt = render(analysis.doc, stem, replace=(allowed, word), escape=md_escape)
            said = analysis.doc.display(*allowed)
            why = f'False: the rule forbids it ("{said}"); it is not left to choice ("{word}").'
        else:
            prompt = without(analysis, stem, span)
            word = analysis.doc.display(*span).strip()
            why = f'False: the rule forbids it (its "{word}" is left out).'
        question = _base(analysis, sentence, "false-statement", "true_false", prompt, stem, span)
        question.truth = False
        question.explanation = f"{why} {question.explanation}"
        return question
    prompt = render(analysis.doc, stem, escape=md_escape)
    question = _base(analysis, sentence, "true-statement", "true_false", prompt, stem, span)
    question.truth = True
    return question


def _known(analysis: Analysis, sentence: Sentence) -> DraftQuestion | None:
    """The rule a survey finding says people knew or did not know, stated true without
    the finding (``known.py``)."""
    found = known_rule(sentence)
    if found is None:
        return None
    stem, key = found
    prompt = render(analysis.doc, stem, escape=md_escape)
    question = _base(analysis, sentence, "true-statement", "true_false", prompt, stem, key)
    question.truth = True
    return question


def _claim(sentence: Sentence, stem: Stem, core: Span) -> Stem:
    """A true/false stem that is the whole of a long sentence joining two claims with a
    colon, cut to the claim after it (``frames.one_claim``): one statement, one truth."""
    if len(stem.pieces) != 1 or stem.prefix or stem.pieces[0][0] != sentence.start:
        return stem
    return one_claim(sentence.parsed, sentence.start, stem.pieces[0][1], core) or stem


def true_statement(
    analysis: Analysis, sentence: Sentence, fact: Fact, lists: list[Fact]
) -> DraftQuestion:
    """The sentence, trimmed to the clause of ``fact``, as the source says it."""
    doc = analysis.doc
    stem = _claim(sentence, _stem(analysis, sentence, fact.context, lists), fact.context)
    prompt = render(doc, stem, escape=md_escape)
    question = _base(analysis, sentence, "true-statement", "true_false", prompt, stem, fact.span)
    question.truth = True
    return question


def false_statement(
    analysis: Analysis, sentence: Sentence, fact: Fact, lists: list[Fact]
) -> DraftQuestion | None:
    """The sentence with ``fact``'s figure changed to one the document never writes, or
    None. Call only when ``falsifiable`` holds."""
    doc = analysis.doc
    stem = _claim(sentence, _stem(analysis, sentence, fact.context, lists), fact.context)
    forbidden = document_numbers(doc.text) - other_units_only(doc.text, fact)
    wrong = false_value(fact, seed_of("tf", doc.display(*fact.context)),
                        forbidden, year_cap(fact, latest_year(analysis)),
                        doc.text[fact.context[1] : sentence.end],
                        doc.text[sentence.start : fact.span[0]])
    if wrong is None:
        return None
    prompt = render(doc, stem, replace=(fact.span, wrong), escape=md_escape)
    if _value(fact) in numbers_in(prompt):
        return None  # the original still shows: the statement would not be false
    question = _base(analysis, sentence, "false-statement", "true_false", prompt, stem, fact.span)
    question.replacement = wrong
    question.truth = False
    question.explanation = (
        f"False: the source says {fact.value}, not {wrong}. " + question.explanation
    )
    return question


def falsifiable(analysis: Analysis, sentence: Sentence, fact: Fact, asked: bool = False) -> bool:
    """Can a changed figure be keyed false for certain? Only an exact figure: no bound
    ("within", "more than", "since 2021" on a running total), no approximation ("about"),
    not an end of a range, not in a negated or hedged sentence ("no appeal against the
    sentence of four years" is not false), not a rate per period ("N hours a day"), and
    only a figure worth getting wrong (``statements.twin_value``: a time limit, a penalty,
    an age, a count of people; never a year). ``asked``: the figure is already asked in a
    module (``truth.balance``), so its worth is settled and any counted noun may change
    ("recorded 186 reports" -> "recorded 236 reports")."""
    text = analysis.doc.text
    if fact.qualifier or bound_word(text, sentence.start, fact.span):
        return False
    if _CITED_CODE.match(text, fact.span[1]):
        return False  # "18 U.S.C. § 2258A": "9 U.S.C." would test the citation, not the rule
    if period_cap(fact, text[fact.context[1] : sentence.end]) is not None:
        return False  # "available 24 hours a day" is available 14 hours a day too
    if round_the_clock(text, sentence.start, fact, sentence.parsed):
        return False  # "open 24 hours": "open 12 hours" is no falsehood a learner could know
    if range_partner(text, sentence.start, fact.span) is not None:
        return False
    parsed = sentence.parsed
    if parsed is None:
        return False
    if any(t.dep_ == "neg" or (t.lower_ in _HEDGES and t.tag_ != "NNP") for t in parsed):
        # (the month "May" is no hedge)
        return False
    from curriculum.draft.statements import twin_value  # statements -> value -> here
    from curriculum.draft.stemcheck import StemView

    view = StemView(parsed, sentence.start, ((sentence.start, sentence.end),))
    return not twin_value(parsed, view.span_tokens(fact.span), any_count=asked)


@lru_cache(maxsize=4)
def document_numbers(text: str) -> frozenset[float]:
    """Every number the document writes: none may become a false statement's figure (it
    could be true of something the document says elsewhere), unless it is written only as
    a length in another time unit (``distractors.other_units_only``). Once per document."""
    return frozenset(numbers_in(text))


_HEDGES_TEXT = (
    "no never none neither nor without may might could estimated approximately roughly "
    "about around some nearly almost only"
)
_HEDGES = frozenset(_HEDGES_TEXT.split())


def _fill_blanks(
    analysis: Analysis,
    sentence: Sentence,
    facts: list[Fact],
    lists: list[Fact],
    matcher: ThemeMatcher,
    used: set[str],
) -> list[DraftQuestion]:
    """At most one blank per sentence (per list item in a list): acronym > term > place."""
    doc = analysis.doc
    out = []
    taken: list[Span] = []
    for rule, span, answers in _blank_targets(analysis, sentence, facts, lists, matcher):
        stem = _stem(analysis, sentence, span, lists)
        region = _region(span, lists, sentence, stem)
        if any(r == region for r in taken) or answers[0].casefold() in used:
            continue
        prompt = render(doc, stem, blank=span, escape=md_escape)
        if len(prompt.split()) > MAX_STEM_WORDS or len(prompt.split()) < 6:
            continue
        if any(a.casefold() in prompt.casefold() for a in answers):
            continue  # the answer shows elsewhere in the stem
        question = _base(analysis, sentence, rule, "fill_blank", prompt, stem, span)
        question.answers = accepted(answers + qualified_forms(answers, doc.text))
        out.append(question)
        taken.append(region)
        used.add(answers[0].casefold())
    return out


_SPELLINGS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"\b(travel|model|label|cancel|counsel|signal|level|channel)(l?)(ing|ed|er)"),
        lambda m: m.group(1) + ("" if m.group(2) else "l") + m.group(3),
    ),
    (
        re.compile(
            r"\b(organ|recogn|priorit|special|categor|criminal|summar|minim)i([sz])(e|ing|ation)"
        ),
        lambda m: m.group(1) + "i" + ("z" if m.group(2) == "s" else "s") + m.group(3),
    ),
    (
        re.compile(r"\b(Cent|cent|Theat|theat)(re|er)\b"),
        lambda m: m.group(1) + ("er" if m.group(2) == "re" else "re"),
    ),
    (
        re.compile(r"\b([Oo]ff|[Dd]ef|[Ll]ic)en([cs])e\b"),
        lambda m: m.group(1) + "en" + ("s" if m.group(2) == "c" else "c") + "e",
    ),
    (re.compile(r"(?<=\w) & (?=\w)"), lambda m: " and "),
)
"""Other spellings of one answer a reader may type: British and American ("travelling",
"-ise"; "Centre", "Offence"), and "&" for "and" inside a name ("National Center for Missing
& Exploited Children" is typed with "and"; blind reviews 34 to 36 asked for both the
"Centre" and the "and" forms of one key, each time). Every combination is accepted."""


def accepted(answers: list[str]) -> list[str]:
    """The answers, each on one line (a name wrapped in the source is typed without the
    break), plus their other spellings (``_SPELLINGS``: travelling/traveling, -ise/-ize,
    Centre/Center, Offence/Offense, "&"/"and"), in every combination."""
    answers = list(dict.fromkeys(" ".join(a.split()) for a in answers))
    out = list(answers)
    for answer in answers:
        forms = [answer]
        for pattern, swap in _SPELLINGS:  # each swap on every form so far: all combinations
            forms += [pattern.sub(swap, form) for form in forms]
        for variant in forms:
            if variant.casefold() not in {a.casefold() for a in out}:
                out.append(variant)
    return out


_QUALIFIER = re.compile(r"[a-z][a-z-]*[a-z]")


def qualified_forms(answers: list[str], text: str) -> list[str]:
    """Each answer of two or more words with one more lowercase word inside it, where the
    document itself or the field's preferred terms (``definitions.vocabulary``) write it so:
    "travelling sex offenders" is also "travelling child sex offenders", the wording the
    content brief prefers. A reader who types the fuller form the field uses has the term
    right; a fill-in that refuses it is marked too narrow by reviewers. The word goes
    between the answer's words (never before its first or after its head noun, which
    would name another thing) and is no stopword ("sex and violent offenders" is two
    groups); the answer's own number and spelling are kept."""
    out: list[str] = []
    for answer in answers:
        words = answer.split()
        if len(words) < 2:
            continue
        for qualifier, at in _inserted_words(words, text):
            form = " ".join([*words[:at], qualifier, *words[at:]])
            if form.casefold() not in {a.casefold() for a in [*answers, *out]}:
                out.append(form)
    return out


def _inserted_words(words: list[str], text: str) -> list[tuple[str, int]]:
    """(word, position) pairs: one word written inside the answer's words, in the
    document or in a preferred term of the field."""
    from curriculum.draft.definitions import vocabulary  # definitions imports this module

    found: list[tuple[str, int]] = []
    for at in range(1, len(words)):
        before = r"\s+".join(re.escape(w) for w in words[:at])
        after = r"\s+".join(re.escape(w) for w in words[at:])
        pattern = rf"(?<![\w-]){before}\s+([a-z][a-z-]*[a-z])\s+{after}(?![\w-])"
        found += [(m.group(1), at) for m in re.finditer(pattern, text, re.IGNORECASE)]
    key = [_plain(w) for w in words]
    for wording, _ in vocabulary():
        longer = wording.split()
        if len(longer) != len(words) + 1:
            continue
        for at in range(1, len(words)):
            if [_plain(w) for w in longer[:at] + longer[at + 1 :]] == key:
                found.append((longer[at], at))
    return [
        (w, at) for w, at in dict.fromkeys(found)
        if _QUALIFIER.fullmatch(w) and w not in STOPWORDS
    ]


def _plain(word: str) -> str:
    """A word compared without case, plural "s" or the doubled "l" of British spelling."""
    word = word.casefold().replace("ll", "l")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _region(span: Span, lists: list[Fact], sentence: Sentence, stem: Stem) -> Span:
    """Where one blank may be drafted: a list item, a clause of a sentence joined by
    semicolons (each a statement of its own, quoted alone: ``clauses.semicolon_clause``),
    else the sentence."""
    for fact in lists:
        for item in fact.items:
            if item[0] <= span[0] < item[1]:
                return item
    if stem.rule.startswith(INSTRUCTION):  # never the number of the provision in front
        return stem.pieces[-1]
    if stem.rule.startswith(SEMICOLON):
        return (stem.pieces[0][0], stem.pieces[-1][1])
    return (sentence.start, sentence.end)


def _blank_targets(
    analysis: Analysis,
    sentence: Sentence,
    facts: list[Fact],
    lists: list[Fact],
    matcher: ThemeMatcher,
) -> list[tuple[str, Span, list[str]]]:
    doc = analysis.doc
    targets: list[tuple[str, Span, list[str]]] = []
    for fact in facts:
        if fact.kind == "acronym" and len(fact.value.split()) >= 2:
            targets.append(("acronym", fact.span, [fact.value]))
    terms = _key_terms(analysis, sentence, matcher)
    text = doc.text[sentence.start : sentence.end]
    names = [(sentence.start + s, sentence.start + e) for s, e, _ in capitalised_names(text)]
    in_name = [t for t in terms if any(s <= t[1][0] and t[1][1] <= e for s, e in names)]
    targets += [t for t in terms if t not in in_name]
    for fact in facts:
        if fact.kind == "person":
            plain = [w for w in fact.value.split() if w.rstrip(".") not in _HONORIFICS]
            forms = [fact.value, " ".join(plain), plain[-1]]
            targets.append(("person-role", fact.span, list(dict.fromkeys(forms))))
    for match in _PLACE.finditer(text):
        place = match.group("place")
        start = sentence.start + match.start("place")
        if _is_place(place, analysis) and _parsed_place(sentence, (start, start + len(place))):
            targets.append(("place", (start, start + len(place)), [place]))
    return targets + in_name  # a word of a proper name ("Task Force") is a weak blank


def _is_place(word: str, analysis: Analysis) -> bool:
    words = {w.lower() for w in word.split()}
    if analysis.datelines is None:
        analysis.datelines = frozenset(
            s.dateline_city.lower() for s in analysis.sentences if s.dateline_city)
    return not (
        words & (ORG_WORDS | ROLE_WORDS | STOPWORDS) or word in _NOT_PLACES
        or word.lower() in analysis.datelines
    )


def _parsed_place(sentence: Sentence, span: Span) -> bool:
    """The parse names the words a place (a country, a city, a region). A capitalised word
    after "in" or "from" is often a word of a title ("Guidelines on Justice in Matters
    involving ...", "Protection of Children from Sexual Exploitation") or a body ("tabled
    in Parliament"): never a place, and every blank on one is held back as "not a place"
    (``stemcheck``), by this same reading; so it is not drafted at all."""
    if sentence.parsed is None:
        return True
    start, end = span[0] - sentence.start, span[1] - sentence.start
    return any(t.ent_type_ in ("GPE", "LOC") for t in sentence.parsed if start <= t.idx < end)


def _key_terms(
    analysis: Analysis, sentence: Sentence, matcher: ThemeMatcher
) -> list[tuple[str, Span, list[str]]]:
    """Author keywords of two or more words found in the sentence, longest first."""
    from curriculum.draft.sourced import names_a_source  # sourced -> questions: read late

    doc = analysis.doc
    words = analysis.words.get(sentence.index, [])
    found: list[tuple[int, Span, list[str]]] = []
    counts = [f for f in analysis.facts.get(sentence.index, []) if f.kind == "count"]
    for theme_id, term, i in matcher.occurrences(words):
        size = len(term.words)
        if term.origin != "keyword" or size < 2 or matcher.in_title(theme_id, term.words):
            continue
        if names_a_source(term.text):
            continue  # a body's or a law's name places a fact; it is not what it teaches
        span = (words[i].start, words[i + size - 1].end)
        if any(c.context[0] <= span[0] < c.context[1] for c in counts):
            continue  # the noun of a count: the count question covers it
        written = doc.display(*span)
        extra = [term.text] if term.text.casefold() != written.casefold() else []
        found.append((size, span, [written, *extra]))
    found.sort(key=lambda f: (-f[0], f[1]))
    kept: list[tuple[str, Span, list[str]]] = []
    for _, span, answers in found:
        if not any(s < span[1] and span[0] < e for _, (s, e), _ in kept):
            kept.append(("key-term", span, answers))
    return kept


__all__ = ["BLANK", "DraftQuestion", "sentence_rules"]
