"""One source document read end to end: cleaned, split, de-duplicated, parsed, facts, themes.

Every sentence kept is parsed once by the language layer (``nlp.py``); the words theme
matching reads, and the tokens the scoring reads, come from that one parse.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from curriculum.draft import actors, guidance, nlp, own, proposed, resolutions
from curriculum.draft.assertion import lists_topics, subject_line
from curriculum.draft.bibliography import drop_references
from curriculum.draft.boxes import drop_boxes
from curriculum.draft.case_records import drop_case_records
from curriculum.draft.cleaning import Cleaned, Dropped, clean
from curriculum.draft.contacts import drop_contacts
from curriculum.draft.depth import NOT_EXAMINED, choose_depth
from curriculum.draft.digests import drop_message_lists
from curriculum.draft.exams import join_keyed, read_exam_items
from curriculum.draft.facts import Fact, names_only, sentence_facts
from curriculum.draft.gerunds import gerund_subject
from curriculum.draft.identifiers import drop_identifiers
from curriculum.draft.items import paragraph_labels, split_items
from curriculum.draft.languages import drop_foreign
from curriculum.draft.leadins import introduces, join_items
from curriculum.draft.myths import drop_myths
from curriculum.draft.reading import SourceDoc
from curriculum.draft.senses import mark_other_senses
from curriculum.draft.sentences import (
    Sentence,
    drop_near_duplicates,
    drop_repeats,
    split_sentences,
)
from curriculum.draft.short_names import mask_short_names
from curriculum.draft.tables import row_unit
from curriculum.draft.themes import (
    Match,
    ThemeMatcher,
    Word,
    doc_words,
    text_words,
    words_between,
)

if TYPE_CHECKING:
    from curriculum.draft.author import Author
    from curriculum.draft.exams import ExamItem

_CLAUSE = re.compile(r",\s+|;\s+")
OPENING_CHARS = 1200
"""How far from the top a line may say what kind of document the text is ("VACANCY NOTICE")."""


@dataclass
class BulletList:
    """A run of bullet items and the sentence that introduces it (ending with ':')."""

    list_id: int
    lead: Sentence | None
    items: list[Sentence]


@dataclass
class Analysis:
    """Everything the question rules and the writer need about one source."""

    doc: SourceDoc
    source_id: str
    cleaned: Cleaned
    sentences: list[Sentence]
    facts: dict[int, list[Fact]] = field(default_factory=dict)
    themes: dict[int, list[Match]] = field(default_factory=dict)
    exact_themes: dict[int, list[Match]] = field(default_factory=dict)
    """Themes of each sentence by its words themselves, no word families: a document's
    share of each theme (``placement.document_shares``) counts these, so that a law that
    says "sexual offence" on every line is not thereby about sex offender management."""
    lists: list[BulletList] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    fact_themes: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    """Themes of the clause holding each fact (keyed by the fact's answer span)."""
    words: dict[int, list[Word]] = field(default_factory=dict)
    """Each kept sentence's words as theme matching reads them."""
    used: set[int] = field(default_factory=set)
    """Sentences that went into a fact or a question (filled in by the pipeline)."""
    word_index: tuple[dict[str, int], frozenset[str]] | None = None
    """First offset of each lowercase word, and the words of the document's frame (built
    once, when the scoring first asks whether a noun was used before a sentence)."""
    theme_shares: dict[str, float] | None = None
    """Each theme's share of the document's theme matches (``placement.py``, built once)."""
    clear_shares: dict[str, float] | None = None
    """Each theme's share of the title and the sentences that name a theme clearly
    (``placement._mainly``, built once)."""
    theme_support: dict[str, int] | None = None
    """How many sentences (the title counting as one) give each theme a match
    (``placement._dominant``, built once)."""
    title: str | None = None
    """The document's title with its subtitles (``placement.document_title``, built once)."""
    sections: list[tuple[int, tuple[str, ...]]] | None = None
    """Each section's start offset and its heading chain, nearest first (the headings
    above the first text, the title's, left out; ``placement.sections``, built once)."""
    unexamined: list[Dropped] = field(default_factory=list)
    """Sentences past the in-depth budget of a very large source (``depth.py``)."""
    author: Author | None = None
    """Who the document's "we" is (``author.py``), read once, when a stem first needs it."""
    author_read: bool = False
    personal: bool | None = None
    """Whether the text speaks to one person (``addressee.speaks_to_one``, read once: every
    stem asks, and reading it per stem walks the whole parse each time)."""
    exams: list[ExamItem] = field(default_factory=list)
    """Exam items with a stated key (``exams.py``), for their choice questions."""
    chapeau: tuple[int, str] | None = None
    """A resolution's chapeau: its sentence index and the body it names (``resolutions.py``)."""
    by_block: dict[int, list[Sentence]] | None = None
    """The sentences of each block, keyed by the block's ``id`` (built once, when a rule first
    reads a sentence's paragraph: listing them per question made a large text's questions
    quadratic)."""
    head_names: dict[str, list[str]] = field(default_factory=dict)
    """``definitions.same_head_names`` per last word: each is a search of the whole text."""
    rule_text: bool | None = None
    """Whether the text sets rules of its own (``practice.sets_rules``), once read."""
    opening: dict[str, float] | None = None
    """Each theme's score in the document's opening (``opening.opening_scores``), once read:
    it is asked for every question a title places nowhere."""
    country: str | None = None
    """The document's own country (``country.own_country``), once read; "" when none."""
    for_child: bool | None = None
    """Whether the text is written for a child (``easy_read.for_a_child``), once read."""
    two_subjects: dict[str, bool] = field(default_factory=dict)
    """Per theme, whether the title joins that theme's subject with another
    (``placement.two_subjects``), once read."""
    heading_subjects: dict[tuple[str, str], bool] = field(default_factory=dict)
    """Per heading and theme, whether the heading joins that theme's subject with another
    (``placement.joins_another``), once read."""
    datelines: frozenset[str] | None = None
    """The lower-cased cities of the text's datelines, once read: every place blank asks."""
    meeting: bool | None = None
    """Whether the text is a meeting's own paper (``meeting.meeting_paper``), once read."""

    def kept(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.dropped]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The kept sentence holding a file offset."""
        for sentence in self.kept():
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def words_in(self, sentence: Sentence, spans: list[tuple[int, int]]) -> list[Word]:
        """The words of ``sentence`` inside ``spans`` (file offsets)."""
        return words_between(self.words.get(sentence.index, []), spans)

    def is_statement(self, sentence: Sentence) -> bool:
        """A full sentence learners can be shown: not a label, a list lead-in, a list item
        that is no sentence of its own (``Sentence.whole``), a list of topics whose
        "verb" is a word of the list the parser misread (``assertion.lists_topics``) or
        an e-mail's subject line ("Re: ...", ``assertion.subject_line``)."""
        text = sentence.text(self.doc).rstrip()
        return (
            not sentence.dropped
            and (sentence.kind in ("para", "caption", "footnote") or sentence.whole)
            and not text.endswith(":")
            and len(text.split()) + _stem_words(sentence) >= 5
            and not any(f.kind == "person_label" for f in self.facts.get(sentence.index, []))
            and not names_only(sentence.parsed)
            and not lists_topics(sentence.parsed)  # "Referral triage, ..., live online abuse."
            and not subject_line(text)  # "Re: Missing children reported within 2 hours"
            and not own.recruiting(sentence.heading)
        )


def _stem_words(sentence: Sentence) -> int:
    """The words an exam item's stem adds in front of its keyed option ("72 hours" is read
    as "... for a maximum of 72 hours": ``exams.py``)."""
    return len(sentence.joined.split()) if sentence.stem is not None else 0


def analyse(doc: SourceDoc, source_id: str, matcher: ThemeMatcher) -> Analysis:
    """Run cleaning, sentence splitting, the near-duplicate filter, facts and themes."""
    cleaned = clean(doc)
    sentences = split_sentences(doc, cleaned)
    result = Analysis(doc, source_id, cleaned, sentences)
    repeats = drop_repeats(doc, sentences)
    near = drop_near_duplicates(doc, sentences)
    other = drop_foreign(doc, sentences)  # before parsing: the English parser cannot read them
    result.dropped = sorted([*cleaned.dropped, *repeats, *near, *other], key=lambda d: d.line)
    _parse(doc, result, matcher)
    paragraph_labels(result)
    split_items(result)
    read_exam_items(result)
    mask_short_names(doc.text, result.words)  # "the Register" after its full name
    mark_other_senses(result.words, matcher)  # "a missing response" is no missing child
    held = drop_identifiers(doc, result.sentences)  # after item splitting: items are sentences
    held += drop_contacts(doc, result.sentences)
    held += drop_boxes(doc, result.sentences)
    held += drop_case_records(doc, result.sentences)
    held += drop_myths(doc, result.sentences)  # "Myth: ..." is the claim the text corrects
    held += drop_message_lists(doc, result.sentences)  # a digest's "Today's Topics"
    held += drop_references(doc, result.sentences)  # "Roe, T. (2022). Title. Journal."
    result.dropped = sorted([*result.dropped, *held], key=lambda d: d.line)
    for sentence in result.kept():
        result.facts[sentence.index] = sentence_facts(doc, sentence, cleaned.doc_date)
        result.themes[sentence.index] = sentence_themes(result, sentence, matcher)
        result.exact_themes[sentence.index] = sentence_themes(result, sentence, matcher, False)
        for fact in result.facts[sentence.index]:
            result.fact_themes[fact.span] = _fact_themes(result, sentence, fact, matcher)
    result.lists = _bullet_lists(result)
    _guidance(result)
    join_items(result)
    join_keyed(result)
    _proposals(result)
    return result


def _proposals(result: Analysis) -> None:
    """Which sentences are a proposal's items, rules put forward and not in force: read
    from the lead-in, the sentence and the heading (``proposed.py``)."""
    for sentence in result.kept():
        lead = sentence.lead
        shown = result.doc.display(lead.start, lead.end) if lead is not None else ""
        sentence.proposed = proposed.reason(sentence.parsed, sentence.heading,
                                            lead.parsed if lead is not None else None, shown,
                                            _paragraph_before(result, sentence))


def _paragraph_before(result: Analysis, sentence: Sentence) -> str:
    """The text of the sentence's paragraph before it (where a "Decision:" label or a
    proposal's run-in label, "Recommendation 5.", may stand), at most a few lines back, so a
    text with no blank lines costs no scan from every sentence to its start. Under a heading
    that labels one proposal ("Recommendation 5"), the text back to that heading: the
    decision's label ("Accepted.") may stand a paragraph above."""
    text = result.doc.text
    start = max(0, sentence.start - 1500)
    if proposed.labels_one(sentence.heading):
        window = max(0, sentence.start - 4000)
        line = re.compile(r"(?m)^(?:[\s#>*_]|<[^>]+>)*" + re.escape(sentence.heading))
        found = [m.start() for m in line.finditer(text, window, sentence.start)]
        if found:  # the heading's own line, not a mention of the label in the response
            return text[found[-1] : sentence.start]
    return text[max(start, text.rfind("\n\n", start, sentence.start)) : sentence.start]


def _guidance(result: Analysis) -> None:
    """Which list items read as sentences, and which instructions are guidance for the
    reader (``guidance.py``): a list item is read with its list's lead-in. Under a heading
    or lead-in that announces a plan, items stay list items (targets, not rules); in a
    list of what a body did ("Joined ...", "Ran ..."), no item is an instruction."""
    year = result.cleaned.doc_date.year if result.cleaned.doc_date else None
    past: set[int] = set()
    by_list: dict[int | None, list[Sentence]] = {}  # one pass: a scan per list was quadratic
    for sentence in result.kept():
        if sentence.kind == "bullet":
            by_list.setdefault(sentence.list_id, []).append(sentence)
    for bullets in result.lists:
        lead = bullets.lead
        members = by_list.get(bullets.list_id, [])
        for item in members:  # an item's further sentences (``items.py``) go with it
            item.lead = lead
        if guidance.records_the_past([i.parsed for i in bullets.items if i.parsed is not None]):
            past |= {i.index for i in members}
        if lead is not None and guidance.announces_plan(result.doc.display(lead.start, lead.end),
                                                         year):
            past |= {i.index for i in members}
    orders = []
    for sentence in result.kept():
        parsed = sentence.parsed
        if parsed is None or guidance.announces_plan(sentence.heading, year):
            continue  # a plan's items stay list items, and its instructions are targets
        order = guidance.imperative(parsed) and not guidance.targets_a_year(parsed)
        clause = _operative(result, sentence)
        if clause:
            sentence.body = clause
        if sentence.kind == "bullet":
            told = guidance.declarative(parsed) and not guidance.plans_ahead(parsed)
            sentence.whole = told or bool(clause) or (order and sentence.index not in past)
            if not sentence.whole and guidance.infinitive(parsed):  # "To be told within ..."
                lead = sentence.lead
                shown = result.doc.display(lead.start, lead.end) if lead is not None else ""
                sentence.entitled = guidance.rights_holder(shown, sentence.heading)
                sentence.whole = bool(sentence.entitled)
        if order and sentence.index not in past:
            orders.append(sentence)
    reader = guidance.addresses_reader(result.doc.text)
    for sentence in orders:  # "Add a follow-up at six months" under "Recommendations":
        # the report's own proposal to its provider, never guidance for the reader
        lead = sentence.lead.parsed if sentence.lead is not None else None
        # its own words name a theme, or a named body recommends it in the lead-in: the
        # practice of the work, not the provider's own design
        work = bool(result.exact_themes.get(sentence.index)) or guidance.sets_rule(lead)
        sentence.proposal = own.proposal(sentence.parsed, sentence.heading, reader, work)
    orders = [s for s in orders if not s.proposal]
    notes = [s for s in orders if guidance.presenter_notes(result.doc.text, s.start)]
    orders = [s for s in orders if s not in notes]  # "Point out that ...": the presenter
    # is told what to say; never a rule for the learner, and no sign the text speaks to one
    speaks = reader or len(orders) >= guidance.ORDERS
    for sentence in orders:
        lead = sentence.lead.parsed if sentence.lead is not None else None
        sentence.instruction = (
            speaks
            or guidance.negated(sentence.parsed)
            or guidance.sets_rule(lead)
            or guidance.asks(sentence.heading)
        )
    _actors(result, [s for s in orders if s.instruction], reader)


def _actors(result: Analysis, orders: list[Sentence], reader: bool) -> None:
    """Who is to act on each instruction (``actors.py``): the role its heading names, else
    the reader the text names ("These desk instructions tell offender managers ..."); an
    instruction with a lead-in that sets a rule, a question over it or a text that says
    "you" has its actor already; the others name no one (``Sentence.unnamed``)."""
    roles = _roles([s.heading for s in orders if s.lead is None])
    named = _reader_named(result) if orders and not reader else None
    post = bool(orders) and actors.job_document(result.doc.meta.title or result.cleaned.title
                                                or "", result.doc.text[:OPENING_CHARS])
    for sentence in orders:
        lead = sentence.lead.parsed if sentence.lead is not None else None
        led = guidance.sets_rule(lead) or guidance.asks(sentence.heading)
        if sentence.lead is None:
            sentence.actor = roles.get(sentence.heading, "")
            if not sentence.actor and post and actors.lists_duties(sentence.heading):
                sentence.actor = actors.POST_HOLDER  # a job description's "Key
                # responsibilities", whatever its "you" to an applicant says
            elif not sentence.actor and not led and named:  # "These desk instructions tell
                sentence.actor, sentence.actor_reader = named, True  # offender managers ..."
        sentence.unnamed = not (reader or named is not None or led or sentence.actor)


def _reader_named(result: Analysis) -> str | None:
    """Whom the orders of a text are for (``actors.py``): the role its title or opening
    names ("Offender managers must"); "" for readers it names with no one role, or a reader
    it says "you" to (once: "tell your supervisor"); None when it says neither."""
    opening = [s.parsed for s in result.kept()[: actors.OPENING] if s.parsed is not None]
    title = result.doc.meta.title or result.cleaned.title or ""
    role = actors.names_reader(opening, nlp.parse([title])[0] if title.strip() else None)
    if not role and actors.says_you(result.doc.text):
        return ""
    return role


def _roles(headings: list[str]) -> dict[str, str]:
    """The role each heading names as whose duties its instructions are (``actors.py``)."""
    shown = sorted({h for h in headings if actors.heading_text(h)})
    parsed = nlp.parse([actors.heading_text(h) for h in shown]) if shown else []
    return {h: actors.actor_of(doc) for h, doc in zip(shown, parsed, strict=True)}


def _operative(result: Analysis, sentence: Sentence) -> str:
    """The body an operative clause of a resolution goes on from ("URGES member countries
    to ..." after the chapeau "The IPCO General Assembly, ...,"), or ""."""
    lead = sentence.lead
    if (lead is not None and sentence.kind == "bullet" and guidance.names_body(lead.parsed)
            and guidance.continues_subject(sentence.parsed)):  # "The Assembly:" "Urges ..."
        text = re.sub(r"[\r\n]", " ", result.doc.text[sentence.start : sentence.end])
        again = resolutions.parse_text(text)
        if again.startswith(resolutions.SUBJECT):  # parsed as the body's verb, as in a
            sentence.parsed = resolutions.strip_subject(nlp.parse([again])[0])  # chapeau's
            result.words[sentence.index] = doc_words(sentence.parsed, sentence.start)
        return re.split(r"[,:]", result.doc.display(lead.start, lead.end))[0].strip()
    found = result.chapeau
    if found is None or sentence.index <= found[0] or sentence.kind not in ("para", "bullet"):
        return ""
    text = result.doc.text[sentence.start : sentence.end]
    run = resolutions.opening(text)
    if not run or text.rstrip().endswith(":"):
        return ""  # "INSTRUCTS the General Secretariat:" introduces its items
    parsed = sentence.parsed
    if not resolutions.operative(run):  # a preambular clause parsed as "notes", "has ..."
        verb = parsed[0] if parsed is not None and len(parsed) else None
        return found[1] if verb is not None and verb.tag_ == "VBZ" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children) else ""
    return found[1] if guidance.continues_subject(parsed) else ""


def _parse(doc: SourceDoc, result: Analysis, matcher: ThemeMatcher) -> None:
    """Parse, once, every kept sentence a rule or a theme can use, within the in-depth budget
    (``depth.py``), line breaks as spaces so offsets do not move. Sentences past the budget
    are set aside as not examined, and noted for the audit."""
    depth = choose_depth(result.kept(), lambda s: doc.text[s.start : s.end], matcher)
    for sentence in depth.unexamined:
        sentence.dropped = NOT_EXAMINED
        result.unexamined.append(
            Dropped(sentence.line, NOT_EXAMINED, doc.display(sentence.start, sentence.end))
        )
    texts = [re.sub(r"[\r\n]", " ", doc.text[s.start : s.end]) for s in depth.parse]
    found = resolutions.chapeau(doc, result.kept())
    if found is not None:  # a resolution's clauses go on from its body (``resolutions.py``)
        result.chapeau = found
        texts = [resolutions.parse_text(t) if s.index > found[0] else t
                 for s, t in zip(depth.parse, texts, strict=True)]
    parses = nlp.parse(texts)
    if found is not None:  # preambular clauses again, as the body's verb: "It notes ..."
        again = {i: resolutions.preamble_text(t, p) for i, (s, t, p) in enumerate(
            zip(depth.parse, texts, parses, strict=True)) if s.index > found[0]}
        again = {i: t for i, t in again.items() if t}
        for i, parsed in zip(again, nlp.parse(list(again.values())), strict=True):
            texts[i], parses[i] = again[i], parsed
    for sentence, text, parsed in zip(depth.parse, texts, parses, strict=True):
        if text.startswith(resolutions.SUBJECT) and found is not None and sentence.index > found[0]:
            parsed = resolutions.strip_subject(parsed)
        sentence.parsed = gerund_subject(parsed)  # "Possessing it shall be punished ..."
        result.words[sentence.index] = doc_words(parsed, sentence.start)


def _clauses(doc: SourceDoc, sentence: Sentence) -> list[tuple[int, int]]:
    """The comma- and semicolon-delimited stretches of a sentence (file offsets)."""
    text = doc.text[sentence.start : sentence.end]
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text)]
    return [(sentence.start + a, sentence.start + b) for a, b in itertools.pairwise(cuts)]


def sentence_themes(
    result: Analysis, sentence: Sentence, matcher: ThemeMatcher, family: bool = True
) -> list[Match]:
    """Themes of each clause, merged: one sentence can serve several themes (a table row
    is read with its column headers). ``family``: word families count (``themes.py``)."""
    if sentence.block is not None and sentence.block.cells:
        row = text_words(row_unit(sentence.block.cells, result.doc.display))
        return matcher.assign(row, family)
    best: dict[str, Match] = {}
    spans = [(sentence.start, sentence.end), *_clauses(result.doc, sentence)]
    for span in spans:
        for match in matcher.assign(result.words_in(sentence, [span]), family):
            if match.theme not in best or best[match.theme].score < match.score:
                best[match.theme] = match
    order = {t.id: i for i, t in enumerate(matcher.themes)}
    return sorted(best.values(), key=lambda m: (-m.score, order[m.theme]))


def _fact_themes(
    result: Analysis, sentence: Sentence, fact: Fact, matcher: ThemeMatcher
) -> list[str]:
    """The themes of the comma-delimited clause holding the fact, else the sentence's best."""
    for start, end in _clauses(result.doc, sentence):
        if start <= fact.span[0] < end + 2:
            found = matcher.assign(result.words_in(sentence, [(start, end)]))
            if found:
                return [m.theme for m in found]
            break
    best = result.themes.get(sentence.index, [])
    return [best[0].theme] if best else []


def _bullet_lists(result: Analysis) -> list[BulletList]:
    runs: dict[int, list[Sentence]] = {}
    kept = result.kept()
    previous: dict[int, Sentence | None] = {}
    for before, sentence in zip([None, *kept], kept, strict=False):
        if sentence.kind == "bullet" and sentence.list_id is not None and not sentence.part:
            runs.setdefault(sentence.list_id, []).append(sentence)
            previous.setdefault(sentence.list_id, before)
    out = []
    for list_id, items in sorted(runs.items()):
        lead = _lead_in(result, previous[list_id])
        out.append(BulletList(list_id, lead, items))
    return out


def _lead_in(result: Analysis, before: Sentence | None) -> Sentence | None:
    """The kept sentence just before a list's first item, when it introduces the list."""
    if before is None:
        return None
    if before.kind in ("para", "caption") and introduces(
            result.doc.display(before.start, before.end)):
        return before  # "... as follows:", or a statute's "A person who -"
    return None
