"""Sentences with exact offsets, repeats, and near-duplicates between captions and body.

spaCy's tokenizer and rule-based sentencizer split each block (``nlp.py``). Line breaks
inside a block are made spaces first (same length), so a wrapped line never ends a
sentence and every offset is an offset in the file. A sentence that repeats one seen
earlier in the document (same words) is one sentence: the later copies are dropped
and their lines noted on the first, so a fact or question built on it says where else
it occurs (and no two questions share an id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.cleaning import Block, Cleaned, Dropped
from curriculum.draft.reading import SourceDoc

NEAR_DUPLICATE = 90
"""rapidfuzz token-set score from which a caption and a body sentence say the same thing."""

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, [A-Z][A-Za-z.' ]+)? - "
)
_THAT_ITEM = re.compile(
    r"[Tt]hat(?:,\s+(?=[a-z])|\s+(?!(?:is|was|has|had|will|would|can|could|should|may|might|"
    r"must|does|did|means|seems|said)\b)(?=(?:the|a|an|all|every|each|states|parties|"
    r"[A-Z][a-z]+)\b))|that\s+(?!(?:is|was|has|had|will|would|can|could|should|may|might|"
    r"must|does|did|means|seems|said|of|which|who)\b)(?=[a-z0-9])"
)
"""A finding or commitment listed under its lead-in ("The conference found:" / "- That the
region identified 212 children ...", "1. that, according to UNODC, ...") opens with the
lead-in's complementiser, which is no part of the claim: the item's sentence starts after
it. "That is ..." and "That report ..." keep "That" (a pronoun or a determiner); in lower case
it is the complementiser before any clause ("1. that under Article 3 ...", "4. that repeated
interviews harm children")."""
_ANAPHORIC = re.compile(r"^(?:This|These|That|Those|It|Its|They|Their|Such|He|She|There|Both)\b")
_QUOTED = re.compile(r'"[^"]{2,}"')


@dataclass
class Sentence:
    """One sentence (or bullet item): offsets into the file, and what the rules know of it."""

    index: int
    start: int
    end: int
    kind: str
    line: int
    list_id: int | None
    heading: str
    in_quote: bool
    standalone: bool
    dateline_city: str = ""
    dropped: str = ""
    block: Block | None = None
    """The block it came from: a table ``row``'s cells and headers, a ``footnote``'s label."""
    also: list[int] = field(default_factory=list)
    """Lines where the same sentence occurs again (those copies are dropped)."""
    parsed: Any = None
    """The sentence's spaCy ``Doc`` (offsets relative to ``start``), when a rule needs it."""
    whole: bool = False
    """A list item that reads as a sentence: a subject with a finite verb, or an
    instruction ("Seize the device and keep it powered on"); ``guidance.py``."""
    instruction: bool = False
    """An instruction to the reader judged as guidance, a rule like "must" (``guidance.py``)."""
    proposal: str = ""
    """Why an instruction is the document's own proposal to whoever runs its course or
    project, not guidance for the reader (``own.py``): "" for any other sentence."""
    proposed: str = ""
    """Why the sentence is an item of a proposal, a rule put forward and not in force
    (``proposed.py``): "" for any other sentence."""
    entitled: str = ""
    """For an infinitive item of a list of rights ("To be told within 24 hours ..."): what
    it goes on from ("You have the right"; ``guidance.rights_holder``)."""
    actor: str = ""
    """For an instruction under a heading that names whose duty it is ("Duties of
    supervisors"): that role as a subject, with its modal ("Supervisors must"; ``actors.py``)."""
    actor_reader: bool = False
    """``actor`` is the reader the text names in its title or opening ("These desk
    instructions tell offender managers ..."), not a heading's role."""
    unnamed: bool = False
    """An instruction whose actor nothing names: no heading's role, no lead-in that sets a
    rule, no question over it, and a text that never says "you" (``actors.py``)."""
    body: str = ""
    """For an operative clause of a resolution ("URGES member countries to ..."): the body
    its chapeau names, the clause's subject ("The IPCO General Assembly"; ``resolutions.py``)."""
    lead: Sentence | None = None
    """For a list item: the sentence that introduces its list ("The officer must:")."""
    joined: str = ""
    """For an item of a lead-in that stops mid-clause ("A person who -"): the lead-in as
    shown in front of it, which gives it its subject (``leadins.py``)."""
    via: tuple[int, int] | None = None
    """For the words a statute's list shares after its last item ("commits an offence
    and is liable to ..."): the item shown between the lead-in and them (``leadins.py``)."""
    unjoined: str = ""
    """Why such an item is not asked: it makes no sentence with its lead-in, or is one of
    several conditions that hold only together (``leadins.py``)."""
    stem: Sentence | None = None
    """For the keyed option of an exam item: the item's stem ("... for a maximum of:"),
    read with it as one sentence (``exams.py``)."""
    part: int = 0
    """For a list item read one sentence at a time (``items.py``): 0 for the item itself
    (its place in the list), 1, 2 ... for its further sentences."""
    label: tuple[int, int] | None = None
    """File offsets of the item's run-in label ("**Preserve.**", "January 2017:"), which
    names the step and is no part of its sentences (``items.py``)."""
    date: str = ""
    """The label when it is a date ("January 2017"): it dates the item's statements."""
    label_words: list[Any] = field(default_factory=list)
    """The label's words (``themes.Word``): a step's name says what it is about, and the
    placement reads it as it reads a lead-in the stem shows (never a blank's source)."""

    def text(self, doc: SourceDoc) -> str:
        return doc.text[self.start : self.end]


def split_sentences(doc: SourceDoc, cleaned: Cleaned) -> list[Sentence]:
    """Every sentence of every block, in document order (headings are context, not text).

    An amending law quotes the text it enacts ("Article 201 is replaced by the following:"
    then '"Article 201. ...' over several paragraphs, the last closing the quotation): the
    quoted paragraphs are the law's own provisions, never a speaker's words, so their
    sentences are not "inside quotation marks"."""
    out: list[Sentence] = []
    enacted = False  # inside the text an amending provision quotes
    for block in cleaned.blocks:
        if block.kind == "heading":
            continue
        text = doc.text[block.start : block.end].strip()
        if not enacted and out and _ENACTING.search(doc.text[out[-1].start : out[-1].end]) and (
                text[:1] in _OPENING and out[-1].block is not None
                and out[-1].block.end <= block.start):
            enacted = True
        for start, end in _spans(doc, block):
            if enacted:  # the quotation's own marks are the amending law's, not the text's
                start += 1 if doc.text[start] in _OPENING and start == _first(doc, block) else 0
                number = _NUMBER.match(doc.text, start, end)  # '"(1) Sexual acts ...': the
                start = number.end() if number is not None else start  # paragraph's number
                closes = end - start > 2 and doc.text[end - 1] in _CLOSES
                end -= 1 if closes and doc.text[end - 2] in ".;!?" else 0
            sentence = make_sentence(doc, block, start, end, len(out))
            if enacted:
                sentence.in_quote = False
            out.append(sentence)
        if enacted and _CLOSING.search(text):
            enacted = False
    return out


_ENACTING = re.compile(
    r"\b(?:(?:is|are)\s+(?:replaced|substituted)\s+by\s+the\s+following|(?:is|are)\s+amended\s+"
    r"to\s+read|following\s+(?:new\s+)?(?:Articles?|Sections?|paragraphs?|subsections?|"
    r"clauses?|Chapters?|Schedules?|Parts?)\s+(?:is|are)\s+(?:inserted|added)|(?:new\s+)?"
    r"(?:paragraph|subsection|section|article)\s*(?:\(\w+\))?\s+is\s+(?:added|inserted))\b"
    r"[^:]{0,120}:\s*$", re.I)
"""A lead-in that enacts quoted text: "is replaced by the following:", "is amended to
read:", "The following Articles are inserted after Article 204:", "A new paragraph (4) is
added:"."""
_OPENING = "\"\u201c"
_CLOSES = "\"\u201d"
_NUMBER = re.compile(r"\(\d{1,3}[a-z]?\)\s+(?=[A-Z])")

_CLOSING = re.compile(r"[.;:!?][\"\u201d]\s*(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+)?$")
"""A paragraph that closes the quotation: its last sentence ends in a closing mark."""


def _first(doc: SourceDoc, block: Block) -> int:
    """Where the block's text starts (after its indentation)."""
    text = doc.text[block.start : block.end]
    return block.start + len(text) - len(text.lstrip())


def _spans(doc: SourceDoc, block: Block) -> list[tuple[int, int]]:
    text = re.sub(r"[\r\n]", " ", doc.text[block.start : block.end])
    if block.kind in ("bullet", "row"):
        return [(block.start, block.end)]
    return [(block.start + s, block.start + e) for s, e in nlp.sentence_spans(text)]


def make_sentence(
    doc: SourceDoc, block: Block, start: int, end: int, index: int, complementiser: bool = True
) -> Sentence:
    """The sentence ``[start, end)`` of ``block``; a list item's opening "that" of a finding
    is left out when ``complementiser`` (a further sentence of an item keeps its words)."""
    text = doc.text[start:end]
    city = ""
    match = _DATELINE.match(text)
    if match and start == block.start and block.kind == "para":
        city = match.group("city")
        start += match.end()
        text = text[match.end() :]
    found = _THAT_ITEM.match(text)
    if found and block.kind == "bullet" and complementiser:
        start += found.end()  # "- That the region identified ...": the item is the clause
        text = text[found.end() :]
    quoted = sum(
        m.end() - m.start() for m in _QUOTED.finditer(_quote_context(doc, block, start, end))
    )
    return Sentence(
        index=index,
        start=start,
        end=end,
        kind=block.kind,
        line=doc.line_of(start),
        list_id=block.list_id,
        heading=block.heading,
        in_quote=quoted * 2 > len(text) or text.count('"') % 2 == 1,
        standalone=not _ANAPHORIC.match(text),
        dateline_city=city,
        block=block,
    )


def _quote_context(doc: SourceDoc, block: Block, start: int, end: int) -> str:
    """The sentence's characters with quotation marks that open or close outside it."""
    before = doc.text[block.start : start].count('"') % 2 == 1
    text = doc.text[start:end]
    return ('"' if before else "") + text


_WORDS = re.compile(r"\w+")


def drop_repeats(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """A sentence said again later in the document (same words, any case) is one sentence."""
    first: dict[str, Sentence] = {}
    dropped: list[Dropped] = []
    for sentence in sentences:
        if sentence.dropped:
            continue
        words = _WORDS.findall(doc.text[sentence.start : sentence.end].casefold())
        if len(words) < 4:
            continue
        key = " ".join(words)
        earlier = first.setdefault(key, sentence)
        if earlier is sentence:
            continue
        earlier.also.append(sentence.line)
        sentence.dropped = f"repeats the sentence of line {earlier.line}"
        shown = doc.display(sentence.start, sentence.end)
        dropped.append(Dropped(sentence.line, sentence.dropped, shown))
    return dropped


def drop_near_duplicates(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Drop one of each caption/body pair that says the same thing (score >= 90).

    Keep, in order of preference: the sentence that stands alone (not "This was ..."),
    then body text over a caption, then a statement over a quotation, then the earlier.
    """
    from rapidfuzz import fuzz, process, utils

    captions = [s for s in sentences if s.kind == "caption"]
    others = [s for s in sentences if s.kind in ("para", "caption")]
    choices = {s.index: utils.default_process(doc.display(s.start, s.end)) for s in others}
    dropped: list[Dropped] = []
    for caption in captions:
        if caption.dropped:
            continue
        query = choices[caption.index]
        candidates = {i: c for i, c in choices.items() if i != caption.index}
        for _, score, index in process.extract(
            query,
            candidates,
            scorer=fuzz.token_set_ratio,
            score_cutoff=NEAR_DUPLICATE,
            limit=None,
            processor=None,
        ):
            other = sentences[index]
            if other.dropped or caption.dropped:
                continue
            keep, lose = _preferred(caption, other)
            lose.dropped = f"near-duplicate of line {keep.line} (score {score:.0f}), which was kept"
            dropped.append(Dropped(lose.line, lose.dropped, doc.display(lose.start, lose.end)))
    return dropped


def _preferred(a: Sentence, b: Sentence) -> tuple[Sentence, Sentence]:
    def rank(s: Sentence) -> tuple[int, int, int, int]:
        return (
            0 if s.standalone else 1,
            0 if s.kind == "para" else 1,
            1 if s.in_quote else 0,
            s.index,
        )

    return (a, b) if rank(a) <= rank(b) else (b, a)
