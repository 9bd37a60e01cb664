"""List items that are statements: a run-in label, and items of several sentences.

Recommendations, commitments, findings and checklists put whole statements in list items,
often behind a name for the step ("**Preserve.** Seize the device ...", "Secure the scene:
Close the room ...", "3. **Interviews.** Open at least one centre ...") or a date
("January 2017: INTERPOL announced ..."), and a numbered paragraph may hold several
sentences. Read as one unit, such an item parses as its label (a noun with nothing after
it) or as two sentences in one stem, and gave no fact and no question.

Here, after the first parse, an item is read again without its label and one sentence at a
time. When one of those sentences is a whole sentence (``guidance.whole_sentence``: a
subject and a finite verb, or an instruction), the item becomes one sentence per sentence
of its text, each with its own offsets, so every rule can use it (a piece that is no
sentence stays a list item, as the item did):

- the first keeps the item's place in its list (list questions and the lead-in read it);
  the others are further sentences of the same item (``Sentence.part``);
- the label is kept as the step's name (``Sentence.label``), for the audit and an
  ordering question's names, and is never part of a stem;
- a label that is a date ("March 2024", "12 May 2023", "2021") dates the item's statements:
  a stem with no date of its own is shown "In March 2024, ..." (``context.py``);
- a label that names a numbered provision ("Standard 2, Initial notification:", "Rule 4 -",
  "Requirement 2.3:") says whose rule the item states: its stems are shown "Under
  Standard 2 (Initial notification), the ..." (``context.py``). Read as part of the
  sentence, such a label was a citation fused in front of it, and every rule of a list of
  standards was lost.

A label is found from the text and its markup: a short emphasised stretch that opens the
item and ends in "." or ":" ("**Trafficking.**", "<b>Secure the scene:</b>",
"**Preserve**:"), or a short capitalised stretch that ends in ":" with a capital after it
("Secure the scene: Close ..."); at most ``MAX_LABEL_WORDS`` words. An item whose text after
the label is no whole sentence ("Lead agency: National Police Directorate", a glossary's
"Term: a definition") is left as it was.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from curriculum.draft import guidance, nlp
from curriculum.draft.dates import MONTHS
from curriculum.draft.lines import Dropped
from curriculum.draft.markup import VISIBLE
from curriculum.draft.sentences import Sentence, make_sentence
from curriculum.draft.themes import doc_words

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.reading import SourceDoc

MAX_LABEL_WORDS = 6
"""A longer opening stretch is a sentence of its own, not a name for the step."""

_PLAIN_LABEL = re.compile(
    r"(?P<label>[A-Z0-9][\w'\u2019()/&-]*(?:[ \t]+[\w'\u2019()/&-]+){0,5}):[ \t]+"
    r"(?=[\"\u201c]?[A-Z0-9])"
)
_PROVISION_LABEL = re.compile(
    r"(?P<label>(?P<kind>[A-Z][a-z]{2,})[ \t]+(?P<number>\d{1,3}(?:\.\d{1,3})*[A-Za-z]?)"
    r"(?:(?:,[ \t]*|[ \t]+\(|[ \t]+[-\u2013\u2014][ \t]+)"
    r"(?P<name>[A-Z][^:\n()\u2013\u2014]{0,60}?)\)?)?)"
    r"(?:[ \t]*:|[ \t]+[-\u2013\u2014])[ \t]+(?=[\"\u201c]?[A-Za-z])"
)
"""A numbered provision's label opening an item ("Standard 2, Initial notification: the
offender's ...", "Rule 4 - The officer ...", "Requirement 2.3: ...", "Principle 3
(Consent): ..."): a capitalised word, its number (never a year: at most three figures)
and maybe its name, then a colon or a dash. The rule after it may start in lower case."""
_TAG = re.compile(r"\[[A-Z][A-Z0-9/&-]{0,9}\]")
"""A procedure's tag for the kind of step ("[ACT]", "[REC]", "[KEY]"): a code of capitals in
square brackets opening an item, which a legend explains. It names the step, as a label
does, and is no word of the sentence after it (read with it, the item was no sentence)."""
_TAG_LABEL = re.compile(r"(?P<label>\[[A-Z][A-Z0-9/&-]{0,9}\])[ \t]+(?=[\"\u201c]?[A-Z])")
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DATE_LABEL = re.compile(
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?\s+)?(?:19|20)\d\d|(?:{_MONTH})\s+\d{{1,2}},\s+"
    r"(?:19|20)\d\d"
)


@dataclass(frozen=True)
class Label:
    """A run-in label: its visible text's offsets, and where the item's text starts."""

    start: int
    end: int
    body: int
    lower: bool = False
    """The text after the label's colon opens in lower case ("**Time limit:** no child may
    ..."): a label only when that text is a rule (a subject and a modal verb), never a
    glossary's definition ("**C:** material that is ...")."""


def run_in_label(doc: SourceDoc, start: int, end: int) -> Label | None:
    """The label opening the item ``[start, end)``, if it has one (module docstring)."""
    return _emphasised(doc, start, end) or _plain(doc, start, end)


def _emphasised(doc: SourceDoc, start: int, end: int) -> Label | None:
    """ "**Trafficking.** Treat ...", "<strong>Secure the scene:</strong> Close ..."."""
    mask, text = doc.mask, doc.text
    i = start
    while i < end and text[i].isspace() and mask[i] == VISIBLE:
        i += 1
    opened = i
    while i < end and mask[i] != VISIBLE:
        i += 1
    marked = i > opened or (opened > 0 and mask[opened - 1] != VISIBLE)
    if not marked or i >= end:
        return None  # no emphasis opens the item (its mark may sit before the item starts)
    first = i
    while i < end and mask[i] == VISIBLE:
        i += 1
    last = i  # the visible run ends where the closing mark starts
    while i < end and (mask[i] != VISIBLE or text[i].isspace()):
        i += 1
    shown = text[first:last].rstrip()
    colon_after = i < end and (text[i] == ":" or _spaced_dash(text, i, end))
    if colon_after:
        i += 1
        while i < end and text[i].isspace():
            i += 1
    tag = _TAG.fullmatch(shown) is not None  # "**[ACT]** Call for ..."
    if i >= end or not (shown.endswith((".", ":")) or colon_after or tag):
        return None
    name = shown.rstrip(".:").rstrip()
    opens = text[i].isupper() or text[i].isdigit() or text[i] in "\"\u201c"
    lower = not opens and text[i].islower() and (colon_after or shown.endswith(":"))
    if not name or len(name.split()) > MAX_LABEL_WORDS or not (opens or lower):
        return None  # a sentence follows the label
    return Label(first, first + len(name), i, lower)


def _spaced_dash(text: str, i: int, end: int) -> bool:
    """A dash after an emphasised label, a space before and after it ("**Access review** -
    accounts ... are suspended"): it ends the label as a colon does."""
    return (text[i] in "-\u2013\u2014" and i > 0 and text[i - 1].isspace() and i + 1 < end
            and text[i + 1].isspace())


def _plain(doc: SourceDoc, start: int, end: int) -> Label | None:
    """ "January 2017: INTERPOL announced ...", "Secure the scene: Close the room ...",
    "[ACT] Call for ..."."""
    text = doc.text
    i = start
    while i < end and text[i].isspace():
        i += 1
    found = (_PROVISION_LABEL.match(text, i, end) or _PLAIN_LABEL.match(text, i, end)
             or _TAG_LABEL.match(text, i, end))
    if found is None or not doc.citeable(i, found.end()):
        return None
    return Label(i, found.end("label"), found.end())


_PROVISIONS = frozenset({
    "standard", "rule", "requirement", "principle", "article", "section", "regulation",
    "clause", "criterion", "condition", "paragraph", "schedule", "duty", "obligation",
    "guideline", "provision", "code", "policy",
})
"""The kinds of numbered text that set a rule: "Under Standard 2, ..." says whose rule the
item states. A step, a level or a phase is named by its label too, but is no source of a
rule ("Under Step 2" says nothing)."""


def provision(shown: str) -> str:
    """A provision's label as a stem names it ("Standard 2 (Initial notification)",
    "Rule 4"), or "" when the label is no numbered provision."""
    found = _PROVISION_LABEL.match(shown.strip() + ": x")
    if (found is None or found.end("label") != len(shown.strip())
            or found.group("kind").lower() not in _PROVISIONS):
        return ""
    head = f"{found.group('kind')} {found.group('number')}"
    name = (found.group("name") or "").strip()
    if _RATING.fullmatch(name):
        return ""  # "Criterion 11.2 (Mostly met)": an evaluation's rating of how a country
        # meets the criterion; its sentences are findings, not the criterion's rule
    return f"{head} ({name})" if name else head


_RATING = re.compile(
    r"(?:(?:not|partly|partially|mostly|largely|fully)[ \t]+)?met|n/?a|not[ \t]+applicable|"
    r"(?:(?:largely|partially|fully)[ \t]+|non-?)?compliant|(?:low|moderate|substantial|high)"
    r"(?:[ \t]+level[ \t]+of[ \t]+effectiveness)?", re.I)
"""The ratings a peer or mutual evaluation gives a criterion ("Partly met", "Largely
compliant", "Moderate"), never a provision's name."""


_PARA_NUMBERED = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*\.?|\[\d{1,3}\]|\(\d{1,3}\))[ \t]+")
"""What stands before a numbered paragraph's text on its first line ("17. ", "4.2 ", "[9] ")."""
_NAMES = frozenset({"NOUN", "PROPN"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
LABELLED = "run-in label of a paragraph: names its subject, kept as the label of its sentences"


def paragraph_labels(result: Analysis) -> None:
    """A numbered paragraph that opens with a short name, then whole sentences ("17.
    Notification. Because you ...", "4.2 Reporting. A provider must ..."), as statutes,
    judgments and codes write it: the name is no sentence (it was "too short to stand
    alone"), and the sentences after it lose what they are about. The name becomes the
    label of each sentence of the paragraph (``Sentence.label``), as a list item's
    run-in label does; placement reads it with the heading (``placement.heading_of``).
    A name is at most ``MAX_LABEL_WORDS`` words ending in a full stop, with a noun or a
    gerund at its head and no finite verb. So is an emphasised name opening any paragraph
    ("**Storage.** Reported material is kept ..."); a paragraph with no number and no
    emphasis keeps its first sentence ("Yes. We ...", "Thanks. ...")."""
    doc, kept = result.doc, result.kept()
    pairs = []
    for first, after in itertools.pairwise(kept):
        block = first.block
        if (block is None or block.kind != "para" or after.block is not block
                or first.start != block.start):
            continue
        bold = _emphasised(doc, block.start, block.end)
        if not _numbered(doc, block.start) and (bold is None or bold.body < first.end):
            continue
        shown = doc.display(first.start, first.end).strip()
        words = shown.rstrip(".").split()
        if (shown.endswith(".") and not shown.endswith("..") and 0 < len(words) <= MAX_LABEL_WORDS
                and words[0][:1].isupper()):
            pairs.append((first, after))
    unparsed = [s for pair in pairs for s in pair if s.parsed is None]
    for sentence, parsed in zip(unparsed, nlp.parse(
            [re.sub(r"[\r\n]", " ", doc.text[s.start:s.end]) for s in unparsed]), strict=True):
        sentence.parsed = parsed
    for first, after in pairs:
        if _names(first.parsed) and guidance.whole_sentence(after.parsed):
            _label_paragraph(result, first)


def _names(parsed: Any) -> bool:
    """A short stretch that names a subject ("Notification", "Sexual Harm Prevention
    Order", "Reporting"): its head a noun or a gerund, no finite verb, no sentence."""
    roots = [t for t in parsed if t.dep_ == "ROOT"]
    return (len(roots) == 1 and (roots[0].pos_ in _NAMES or roots[0].tag_ == "VBG")
            and not any(t.tag_ in _FINITE_TAGS for t in parsed)
            and not guidance.whole_sentence(parsed))


def _label_paragraph(result: Analysis, first: Sentence) -> None:
    doc = result.doc
    shown = doc.display(first.start, first.end).strip()
    name = (first.start, first.start + len(shown.rstrip(".").rstrip()))
    first.dropped = LABELLED
    result.dropped.append(Dropped(first.line, LABELLED, shown))
    result.dropped.sort(key=lambda d: d.line)
    for sentence in result.kept():
        if sentence.block is first.block:
            sentence.label, sentence.label_words = name, doc_words(first.parsed, first.start)


def _numbered(doc: SourceDoc, start: int) -> bool:
    """The paragraph starting at ``start`` has its own number before it on its line."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    return line_start < start and _PARA_NUMBERED.fullmatch(doc.text[line_start:start]) is not None


def dated(doc: SourceDoc, label: tuple[int, int]) -> str:
    """The label as a date ("March 2024"), or "" when it is no date."""
    shown = doc.display(*label)
    return shown if _DATE_LABEL.fullmatch(shown) else ""


@dataclass
class _Candidate:
    item: Sentence
    label: Label | None
    spans: list[tuple[int, int]]


def split_items(result: Analysis) -> None:
    """Read list items again without their labels, one sentence at a time, and replace
    each item with a whole sentence in it by its sentences (module docstring). Every
    sentence is numbered again, in document order, before any fact is read."""
    doc = result.doc
    found = [c for c in (_candidate(doc, s) for s in result.kept()) if c is not None]
    if not found:
        return
    texts = [re.sub(r"[\r\n]", " ", doc.text[a:b]) for c in found for a, b in c.spans]
    labels = [doc.text[c.label.start:c.label.end] for c in found if c.label is not None]
    parsed = iter(nlp.parse(texts + labels))
    docs = [[next(parsed) for _ in c.spans] for c in found]
    pieces: dict[int, list[Sentence]] = {}
    for candidate, own in zip(found, docs, strict=True):
        label = candidate.label
        words = doc_words(next(parsed), label.start) if label is not None else []
        if label is None and _named_step(doc, candidate, own):
            (start, end), candidate.spans = candidate.spans[0], candidate.spans[1:]
            shown = doc.text[start:end].rstrip(".: ")
            candidate.label = Label(start, start + len(shown), candidate.spans[0][0])
            words, own = doc_words(own[0], start), own[1:]
        if label is not None and label.lower and not _rule(own[0]):
            continue  # "**C:** material that is illegal ...": a term and its definition
        if any(guidance.whole_sentence(d) for d in own):
            pieces[candidate.item.index] = _pieces(doc, candidate, own, words)
    if pieces:
        _renumber(result, pieces)


def _rule(parsed: Any) -> bool:
    """A whole sentence with a modal verb ("no child may be kept ...", "the officer must
    ...")."""
    return guidance.declarative(parsed) and any(t.tag_ == "MD" for t in parsed)


def _named_step(doc: SourceDoc, candidate: _Candidate, docs: list[Any]) -> bool:
    """An item that opens with a short stretch that is no sentence, then a whole one
    ("Preserve. Seize the device ...", as plain text and Word write a bold label): the
    first stretch names the step."""
    if len(docs) < 2:
        return False
    start, end = candidate.spans[0]
    words = doc.text[start:end].split()
    return (len(words) <= MAX_LABEL_WORDS and doc.text[start:end].rstrip().endswith((".", ":"))
            and not guidance.whole_sentence(docs[0]) and guidance.whole_sentence(docs[1]))


def _candidate(doc: SourceDoc, item: Sentence) -> _Candidate | None:
    if item.kind != "bullet" or item.parsed is None or item.block is None:
        return None
    label = run_in_label(doc, item.start, item.end)
    body = label.body if label is not None else item.start
    spans = [(body + a, body + b) for a, b in nlp.sentence_spans(
        re.sub(r"[\r\n]", " ", doc.text[body:item.end]))]
    if not spans or (label is None and len(spans) == 1):
        return None
    return _Candidate(item, label, spans)


def _pieces(
    doc: SourceDoc, candidate: _Candidate, docs: list[Any], words: list[Any]
) -> list[Sentence]:
    item, label = candidate.item, candidate.label
    block = item.block
    assert block is not None
    out = []
    for part, ((start, end), parsed) in enumerate(zip(candidate.spans, docs, strict=True)):
        made = make_sentence(doc, block, start, end, item.index, complementiser=False)
        piece = replace(made, also=list(item.also) if part == 0 else [], parsed=parsed,
                        part=part)
        if label is not None:
            piece.label = (label.start, label.end)
            piece.date = dated(doc, piece.label)
            piece.label_words = words
        out.append(piece)
    return out


def _renumber(result: Analysis, pieces: dict[int, list[Sentence]]) -> None:
    words = result.words
    out: list[Sentence] = []
    new_words = {}
    for sentence in result.sentences:
        for piece in pieces.get(sentence.index, [sentence]):
            old = piece.index
            piece.index = len(out)
            out.append(piece)
            if piece is sentence:
                if old in words:
                    new_words[piece.index] = words[old]
            elif piece.parsed is not None:
                new_words[piece.index] = doc_words(piece.parsed, piece.start)
    result.sentences = out
    result.words = new_words
