"""Glossaries: lists of "Term: definition" entries (or "Term - definition").

A glossary is where a document says what its words mean, and its other entries are the
best options there are: terms of the same document, of the same kind, that the author
chose to define. Entries are read from the text's shape, not its words: a bullet item or
a line whose first part (before ": " or " - ") is a term of one to six words with no verb
and whose rest is a definition of at least four words. At least four entries in one list
(or in consecutive lines) make a glossary; each entry becomes a single-choice question
'Which term is defined as "<definition>"?' with three other terms of the same glossary
(for a scheme's codes, "A: ...", "B: ...", 'Which category of <short title> is defined as
...?', the list's own punctuation stripped from the definition).
An entry whose definition repeats a word of its own term gives itself away and stays in
the audit with that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape
from curriculum.draft.labelled import FEW, HOLD_PREFIX, kinds, list_reasons
from curriculum.draft.layout import BOLD_WORDS, bold_line
from curriculum.draft.lists import stem
from curriculum.draft.questions import DraftQuestion, seed_of
from curriculum.draft.records import LabelLine, fields_of, record_block
from curriculum.draft.sentences import Sentence
from curriculum.draft.wholes import named_whole

RULE = "glossary"
MIN_ENTRIES = 4
MAX_TERM_WORDS = 6
MIN_DEFINITION_WORDS = 4
_ENTRY = re.compile(
    r"^(?P<term>[A-Za-z][^:;.,()]{0,60}?)\s*(?::|\s[-\u2013\u2014]\s)\s*(?P<text>\S.*)$"
)

_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
"""A finite verb before the colon makes the line a sentence ("Officers must: ..."); a
participle or gerund ("Known material", "Grooming") can name a term."""

Span = tuple[int, int]


@dataclass(frozen=True)
class Entry:
    """One glossary entry: the sentence holding the definition, the term's file offsets
    and text, the definition, and the stretch quoted (term and definition)."""

    sentence: Sentence
    term_span: Span
    term: str
    definition: str
    definition_span: Span
    quote: Span
    bold: bool = False
    """A bold term on a line of its own over its definition (``_under_bold_term``)."""


def glossary_rules(analysis: Analysis) -> list[DraftQuestion]:
    """A question per entry of every glossary of at least ``MIN_ENTRIES`` entries, its
    options the entries of its kind; the entries of a record's block
    (``records.record_block``), and those ``labelled`` finds no definition or too few
    options for, are held in the audit with the reason."""
    out = []
    fields: dict[int, LabelLine] | None = None
    for entries in _glossaries(analysis):
        if not all(_defines(entry) for entry in entries):
            continue  # a labelled list of steps, stages or lines of enquiry, no glossary
        fields = fields_of(analysis) if fields is None else fields
        lines = [(analysis.doc.line_of(e.sentence.start), analysis.doc.line_of(e.sentence.end))
                 for e in entries]
        record = record_block([e.term for e in entries], lines, fields)
        texts = [e.definition for e in entries]
        coded = all(_CODE.fullmatch(e.term) for e in entries)  # one scheme's codes: one kind
        held = list_reasons(texts, coded)
        kind = dict(zip([id(e) for e in entries], kinds([e.term for e in entries], texts),
                        strict=True))
        for entry, reason in zip(entries, held, strict=True):
            same = entries if coded else [e for e in entries if kind[id(e)] == kind[id(entry)]]
            question = _question(analysis, entry, same)
            if record is not None:
                question.warnings.append(f"record: {record}")
            if reason or len(same) < 3:
                why = reason or FEW.format(kind=kind[id(entry)])
                question.warnings.append(f"{HOLD_PREFIX}{why}")
            out.append(question.finish())
    return out


def _glossaries(analysis: Analysis) -> list[list[Entry]]:
    """Runs of entries: items of one list, lines at most two apart, HTML ``<dt>``/``<dd>``
    pairs (one glossary per ``<dl>``, told by consecutive pairs), or bold terms over their
    definitions with no other text between them (``_GAP``)."""
    groups: list[list[Entry]] = []
    current: list[Entry] = []
    previous: Sentence | None = None
    last_line = 0
    """The line where the last entry ends (its definition's last sentence)."""
    kept = analysis.kept()
    for index, sentence in enumerate(kept):
        if current and sentence is current[-1].sentence:
            continue  # the <dd> of the <dt> just read
        following = kept[index + 1] if index + 1 < len(kept) else None
        entry = (_entry(analysis, sentence) or _described(analysis, sentence, following)
                 or _after_term(analysis, sentence) or _under_bold_term(analysis, sentence))
        if entry is None and current and _continues(sentence, current[-1]):
            last_line = analysis.doc.line_of(sentence.end)
            continue  # a further sentence of the last entry's definition
        together = entry is not None and previous is not None and bool(current) and (
            sentence.list_id == previous.list_id if sentence.kind == "bullet"
            else sentence.line - previous.line <= 2
            or (entry.bold and analysis.doc.line_of(entry.term_span[0]) - last_line <= _GAP)
        )
        if not together:
            if len(current) >= MIN_ENTRIES:
                groups.append(current)
            current = []
        if entry is not None:
            current.append(entry)
            last_line = analysis.doc.line_of(sentence.end)
        previous = entry.sentence if entry is not None else None
    if len(current) >= MIN_ENTRIES:
        groups.append(current)
    return groups


_GAP = 4
"""A bold term this many lines after the last entry's end still continues its glossary:
a blank line, or a section heading with blank lines around it ("## G to O")."""


def _continues(sentence: Sentence, entry: Entry) -> bool:
    """A further sentence of an entry's definition (a ``<dd>`` or item of two sentences:
    "Any material that depicts ... The Trust does not use the older term ..."): part of
    the entry, so it neither ends the glossary nor starts an entry."""
    last = entry.sentence
    if entry.bold and sentence.block is not None and sentence.block is last.block:
        return True  # the paragraph under a bold term, however it is wrapped
    return sentence.kind == last.kind and sentence.line == last.line and (
        sentence.kind != "bullet" or sentence.list_id == last.list_id
    )


_DT = re.compile(r"<dt(?:\s[^>]*)?>\s*$", re.I)
_DD = re.compile(r"<dd(?:\s[^>]*)?>\s*$", re.I)


def _described(
    analysis: Analysis, term: Sentence, definition: Sentence | None
) -> Entry | None:
    """An HTML ``<dt>`` term and the ``<dd>`` that follows it."""
    raw = analysis.doc.raw
    if definition is None or not _DT.search(raw[max(0, term.start - 40) : term.start]):
        return None
    if not _DD.search(raw[max(0, definition.start - 60) : definition.start]):
        return None
    doc = analysis.doc
    name = doc.display(term.start, term.end).rstrip(":")
    text = doc.display(definition.start, definition.end)
    if not _term_shaped(name, text):
        return None
    if term.parsed is not None and not _names_a_term(term, (term.start, term.end)):
        return None  # a short <dt> may be left unparsed (``depth.py``): the markup says term
    span = (term.start, term.start + len(name))
    if doc.text[span[0] : span[1]] != name:
        return None
    return Entry(definition, span, name, text.rstrip("."), (definition.start, definition.end),
                 (term.start, definition.end))


_DT_DD = re.compile(
    r"<dt(?:\s[^>]*)?>\s*(?P<term>[^<>]{1,80}?)\s*</dt\s*>\s*<dd(?:\s[^>]*)?>\s*$", re.I
)


def _after_term(analysis: Analysis, definition: Sentence) -> Entry | None:
    """A ``<dd>`` whose ``<dt>`` was read as a heading, not a sentence (a short term on a
    line of its own looks like one): the term is taken from the markup before it."""
    raw = analysis.doc.raw
    base = max(0, definition.start - 200)
    match = _DT_DD.search(raw[base : definition.start])
    if match is None or definition.kind != "para":
        return None
    doc = analysis.doc
    span = (base + match.start("term"), base + match.end("term"))
    name = doc.display(*span).rstrip(":")
    text = doc.display(definition.start, definition.end)
    parsed = definition.parsed
    first = parsed[0] if parsed is not None and len(parsed) else None
    if first is not None and first.pos_ not in ("PROPN", "NUM") and not first.like_num:
        text = text[:1].lower() + text[1:]  # "<dd>Files that ...": the markup says definition
    if not _term_shaped(name, text) or doc.text[span[0] : span[1]] != name:
        return None
    text = doc.display(definition.start, definition.end)
    return Entry(definition, span, name, text.rstrip("."), (definition.start, definition.end),
                 (span[0], definition.end))


_LINE_BEFORE = re.compile(r"(?:^|\n)(?P<line>[^\r\n]*)\r?\n[ \t]*$")


def _under_bold_term(analysis: Analysis, definition: Sentence) -> Entry | None:
    """ "**Coerced sharing**" on a line of its own, its definition on the next line: the
    bold line is the term (``layout.bold_line`` reads it as a heading, not as words of
    the sentence below), and the definition is the first sentence of the paragraph under
    it. The definition may open with a capital ("Material that depicts ...": the markup
    says definition) but must be a phrase, not a clause: a subject with a finite verb
    ("The unit was set up in 2009") makes the bold line a section's heading."""
    if definition.kind != "para" or definition.in_quote:
        return None
    raw = analysis.doc.raw
    match = _LINE_BEFORE.search(raw, max(0, definition.start - 200), definition.start)
    if match is None or match.end() != definition.start:
        return None
    name = bold_line(match.group("line"))
    if name is None:
        return None
    offset = raw.find(name, match.start("line"), match.end("line"))
    span = (offset, offset + len(name))
    doc = analysis.doc
    text = doc.display(definition.start, definition.end)
    parsed = definition.parsed
    if parsed is None or _a_clause(parsed):
        return None
    first = parsed[0] if len(parsed) else None
    shaped = text
    if first is not None and first.pos_ not in ("PROPN", "NUM") and not first.like_num:
        shaped = text[:1].lower() + text[1:]
    if offset < 0 or doc.text[span[0] : span[1]] != name:
        return None
    if not _term_shaped(name, shaped, BOLD_WORDS):
        return None
    if not _plain_term(name):
        return None
    opening = raw.rfind(match.group("line").lstrip()[:2], match.start("line"), span[0])
    return Entry(definition, span, name, text.rstrip("."), (definition.start, definition.end),
                 (opening, definition.end), bold=True)  # quoted from the opening "**"


def _a_clause(parsed: Any) -> bool:
    """A subject with a finite verb at the root: a sentence, not a defining phrase."""
    return any(t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT" and (
        t.head.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                      for c in t.head.children)) for t in parsed)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _defines(entry: Entry) -> bool:
    """The entry names a thing and says what it is: a term that is no circumstance
    ("In post", "At any other time") and a definition that is no instruction or
    condition ("identify the adults named ...", "on self-referral, or after ..."). A
    list of such labels (an investigation's lines of enquiry, the stages of a screening
    scheme) only looks like a glossary: each "definition" is what to do or when, its
    labels are no terms a learner should know, and the description tends to hold its
    own label's words. One such entry shows the list for what it is, so the whole list
    is left out. A scheme's codes ("A", "Category B") are terms."""
    if _CODE.fullmatch(entry.term):
        return True
    term, text = ([t for t in doc if not t.is_punct]
                  for doc in nlp.parse([entry.term, entry.definition]))
    if not term or not text:
        return False
    if term[0].pos_ == "ADP":  # "In post": when, not what ("Live ..." may tag as a verb)
        return False
    return not (text[0].pos_ == "ADP" or text[0].tag_ == "VB")


def _plain_term(name: str) -> bool:
    """A term, not a sentence or an instruction ("Record the seizure": a verb at its
    root), nor a person, body, place or date named whole (a who-is-who list); a verb
    inside it ("Person who has sexually abused a child") and an acronym in brackets
    ("Child sexual abuse material (CSAM)", which the tagger may call a body) are a
    term's words."""
    parsed = nlp.parse([name])[0]
    words = [t for t in parsed if not t.is_punct]
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or not words or root.tag_ in ("VB", "VBP", "VBZ", "VBD", "MD"):
        return False
    return not any(e.label_ in _NAMES and e.start <= words[0].i and words[-1].i < e.end
                   for e in parsed.ents)


_NAMES = frozenset({"PERSON", "ORG", "GPE", "DATE", "NORP"})


_OPENERS = frozenset({"a", "an", "the", "any", "each", "every", "one", "someone", "something"})


def _term_shaped(term: str, definition: str, most: int = MAX_TERM_WORDS) -> bool:
    """A short term without digits, and a definition of four words or more that opens as
    a definition does: lowercase, or with an article ("A code that ..."). A value that
    opens with a name, a number or a date ("Owner: Head of Public Protection, ...",
    "Date: 12 March 2024 ...") is a header line, not a definition."""
    first = definition.split()[0] if definition.split() else ""
    return (
        1 <= len(term.split()) <= most
        and len(definition.split()) >= MIN_DEFINITION_WORDS
        and not any(c.isdigit() for c in term)
        and (first[:1].islower() or first.lower() in _OPENERS)
    )


def _entry(analysis: Analysis, sentence: Sentence) -> Entry | None:
    """ "Term: definition" or "Term - definition" in one bullet item or line."""
    if sentence.kind not in ("bullet", "para") or sentence.in_quote:
        return None
    doc = analysis.doc
    text = doc.text[sentence.start : sentence.end]
    match = _ENTRY.match(doc.display(sentence.start, sentence.end))
    if match is None:
        return None
    term = match.group("term").strip()
    definition = match.group("text").strip()
    if not _term_shaped(term, definition):
        return None
    offset = text.find(term)
    if offset < 0:
        return None
    span = (sentence.start + offset, sentence.start + offset + len(term))
    if not _names_a_term(sentence, span):
        return None
    found = doc.text.find(definition[:12], span[1], sentence.end)
    where = (found if found >= 0 else span[1], sentence.end)
    return Entry(sentence, span, term, _LIST_END.sub("", definition), where,
                 (sentence.start, sentence.end))


_LIST_END = re.compile(r"(?:\s*[;,.:]\s*(?:and|or)?)+\s*$")
"""A list item's own punctuation after its definition ("...;", "...; or", "..., and"):
the list's, not the definition's, never inside the quoted definition."""
_CODE = re.compile(
    r"(?:(?P<kind>Category|Level|Grade|Class|Tier|Type)\s+)?(?:[A-Z]\d{0,2}|\d{1,2})")
"""A coded entry ("A", "C2", "Category B"): a code of a scheme, not a word."""
_TITLE_PART = re.compile(r"\s*(?::|\s[-\u2013\u2014]\s)\s*")


def _asked_as(analysis: Analysis, entries: list[Entry]) -> str:
    """What the options are. Plain terms: "term". Codes of a scheme ("A: material that
    ..."; "B: ..."): a letter means nothing without its scheme, so the question names it:
    "category of HVX-2" (the short title, the part of the document's title before a
    colon or a dash), or "category" alone when the document has no short title."""
    found = [_CODE.fullmatch(e.term) for e in entries]
    if not all(found):
        return "term"
    kinds = {m.group("kind") for m in found if m is not None}
    kind = kinds.pop().lower() if len(kinds) == 1 and None not in kinds else "category"
    title = analysis.doc.meta.title or analysis.cleaned.title or ""
    short = _TITLE_PART.split(title.strip(), maxsplit=1)[0].strip() if title else ""
    if short and len(short.split()) <= 4 and not short.endswith("."):
        return f"{kind} of {md_escape(short)}"
    return kind


def _names_a_term(sentence: Sentence, span: Span) -> bool:
    """No finite verb in the term (see ``_FINITE``), and not a person, a body, a place
    or a date (a list of who is who, "Jane Roe: chair of the board", is not a glossary);
    a label with a number ("Category 1: ...") is refused before."""
    parsed = sentence.parsed
    if parsed is None:
        return False
    lo, hi = span[0] - sentence.start, span[1] - sentence.start
    words = [t for t in parsed if lo <= t.idx < hi]
    return not any(
        t.tag_ in _FINITE or t.ent_type_ in ("PERSON", "ORG", "GPE", "DATE", "NORP")
        for t in words
    )


def _question(analysis: Analysis, entry: Entry, entries: list[Entry]) -> DraftQuestion:
    doc = analysis.doc
    sentence = entry.sentence
    asked = _asked_as(analysis, entries)
    whole = named_whole(analysis, [e.sentence for e in entries]) if asked == "term" else None
    prompt = (f'Of {md_escape(whole)}, which covers "{md_escape(entry.definition)}"?' if whole
              else f'Which {asked} is defined as "{md_escape(entry.definition)}"?')
    quote = entry.quote
    question = DraftQuestion(
        RULE, "single_choice", prompt, analysis, sentence, quote, entry.term_span,
        stem_rule="glossary entry",
    )
    question.pieces = (entry.definition_span,)
    question.theme_text = doc.display(sentence.start, sentence.end)
    if entry.bold:  # the term stands on its own line above the sentence
        question.theme_text = f"{entry.term}: {question.theme_text}"
    seed = seed_of(RULE, entry.term, entry.definition)
    others = [e.term for e in entries if e is not entry]
    picked = sorted(others, key=lambda t: seed_of(str(seed), t))[:3]
    options = sorted([entry.term, *picked], key=lambda t: seed_of(str(seed), "order", t))
    question.options = [(o, o == entry.term) for o in options]
    question.explanation = f'The source says: "{md_escape(doc.display(*entry.quote))}"'
    own = {stem(w): w.casefold() for w in re.findall(r"[A-Za-z]{4,}", entry.term)}
    said = {stem(w) for w in re.findall(r"[A-Za-z]{4,}", entry.definition)}
    if set(own) & said:  # by stem: "analysts" repeats "analyst"
        question.warnings.append(
            f'giveaway: the definition repeats "{own[sorted(set(own) & said)[0]]}" of its own term'
        )
    return question
