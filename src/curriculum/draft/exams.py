"""Exam items: a stem, its lettered options and the key the text states.

Exam papers, quizzes and textbook review questions write a question as a stem that ends
in ":" or "?", its options lettered "(a) ... (b) ..." (one or several on a line) and a line
naming the keyed letter ("MODEL ANSWER: (b)", "Answer: (c)", "Key: B", "Correct answer:
d"). Read as prose, the stem is a lead-in and the options are its list: every option was
joined to the stem and asked as a fact, the wrong ones too, while the key line was a
fragment ("(b). [1 mark]").

Here, after the parse and before any fact is read:

- a run of list items whose markers (or, with no markers, whose places in one list) are
  the letters a, b, c ... in order, at least ``MIN_OPTIONS`` of them, right after a stem
  that waits for them (it ends in ":", "?", a dash or an ellipsis, or holds a blank "____";
  a one-line question read as a heading counts: ``_heading_stem``), and right before a
  key line, is an exam item;
- the options the key does not name are held back (``Sentence.dropped``): the text says
  they are wrong, and a wrong answer is never asked as a fact;
- the keyed option keeps its place; when it shares its line with other options ("(a) 24
  hours  (b) 72 hours"), it is cut to its own words. It is read with its stem
  (``Sentence.stem``): after the lead-ins are joined (``join_keyed``), a stem that stops
  mid-sentence ("... may keep the child there for a maximum of:") and the keyed option
  make the one true sentence the item tests ("... for a maximum of 72 hours"), asked as
  any sentence is, with the usual gates;
- the key line's paragraph (the model answer, its marks) is held back: its content is the
  keyed option, already read with its stem;
- a stem that asks ("Which term should be used ...?") makes no sentence with an option:
  its options are held back (a phrase alone is never a statement), and the item is kept
  (``Analysis.exams``) for the choice question with the text's own options
  (``exam_choice.py``).

With no key stated nothing changes: a key is never guessed, and a statute's lettered
paragraphs (which no key line follows) are read as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from curriculum.draft import nlp
from curriculum.draft.cleaning import Dropped
from curriculum.draft.leadins import join_one
from curriculum.draft.markup import VISIBLE
from curriculum.draft.sentences import make_sentence
from curriculum.draft.themes import doc_words

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.sentences import Sentence

MIN_OPTIONS = 3
"""Fewer lettered items after a question are no set of options to choose from."""

_LETTERS = "abcdefgh"
_MARKER = re.compile(r"^[ \t]*\(?(?P<letter>[a-h])[.)][ \t]*$")
"""The marker in front of an item on its line ("(a) ", "b) ", "c. ")."""
_INLINE = re.compile(r"(?:(?<=\s)\((?P<p>[a-h])\)|(?<=\s\s)(?P<b>[a-h])[.)])[ \t]+(?=\S)")
"""A further option on the same line: "(b) 72 hours", or "b) 72 hours" after a gap."""
_KEY = re.compile(
    r"^[\s>*_#-]*(?:model\s+answer|suggested\s+answer|correct\s+(?:answer|option)|answer\s+key"
    r"|answer|key|solution)s?[\s*_]*(?:is\s+)?[:.\u2013\u2014-]?[\s*_]*"
    r"(?:\((?P<p>[a-h])\)|(?P<b>[a-h])(?:\)|[.,;]?(?=\s*(?:\[|\(|$))|[.,;](?=\s)))",
    re.I,
)
"""A line naming the keyed letter: "MODEL ANSWER: (b) 72 hours", "Answer: C", "Key - d."."""
_WAITS = re.compile(r"(?::|\?|\s[-\u2013\u2014]+|\u2026|\.\.\.)['\"\u2019\u201d)\]*_]*$")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_NUMBER = re.compile(r"[ \t]*(?:Q(?:uestion)?[ \t]*)?\d{1,3}[.):]?[ \t]+", re.I)
"""A question's number in front of it ("Q1. ", "Question 3: ", "12) ")."""


@dataclass(frozen=True)
class ExamItem:
    """An exam item whose stem asks, with its stated key, for the choice question with the
    text's own options (``exam_choice.py``): the stem, the options' letters and offsets in
    order, and the keyed letter."""

    stem: Sentence
    options: list[tuple[str, int, int]]
    key: str


@dataclass(frozen=True)
class Option:
    """One lettered option: its letter, its words (file offsets) and the unit holding it."""

    letter: str
    start: int
    end: int
    holder: Sentence


def read_exam_items(result: Analysis) -> None:
    """Find every exam item with a stated key and read it (module docstring)."""
    kept = [s for s in result.kept() if not s.part]
    i = 0
    while i < len(kept):
        run = _option_run(result, kept, i)
        if len(run) >= MIN_OPTIONS:
            key = _key(result, max(o.holder.end for o in run))
            stem = kept[i - 1] if i > 0 and _is_stem(result, kept[i - 1]) else None
            if key is not None and stem is None:
                stem = _heading_stem(result, kept[i])
            if key is not None and stem is not None:
                _read(result, stem, run, key)
        i += max(1, len({id(o.holder) for o in run}))


def _option_run(result: Analysis, kept: list[Sentence], first: int) -> list[Option]:
    """The lettered options from ``kept[first]`` on, letters in order from "a"."""
    out: list[Option] = []
    for position, sentence in enumerate(kept[first:]):
        if sentence.kind != "bullet" or _is_stem(result, sentence):
            break  # a numbered question in the same list as its options is their stem
        found = _options(result, sentence, position, kept[first])
        if not found or found[0].letter != _LETTERS[len(out)]:
            break
        out += found
        if len(out) >= len(_LETTERS):
            break
    expected = list(_LETTERS[: len(out)])
    return out if [o.letter for o in out] == expected else []


def _options(result: Analysis, sentence: Sentence, position: int,
             first: Sentence) -> list[Option]:
    """The options a list item holds: its own marker's, then any further "(b) ..." on its
    line. An item with no letter marker takes its place in its list (an HTML or Word list
    shows "a.", "b." itself), when the run's first item has none either."""
    text = result.doc.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    marker = _MARKER.match(text[line_start : sentence.start])
    if marker is not None:
        letter = marker.group("letter")
    elif (sentence.list_id is not None and sentence.list_id == first.list_id
          and position < len(_LETTERS) and not _MARKER.match(
              text[text.rfind("\n", 0, first.start) + 1 : first.start])):
        letter = _LETTERS[position]
    else:
        return []
    body = text[sentence.start : sentence.end]
    cuts = [(m.start(), m.end(), m.group("p") or m.group("b")) for m in _INLINE.finditer(body)]
    out: list[Option] = []
    begin = 0
    for start, end, next_letter in cuts:
        out.append(_option(letter, sentence, begin, start))
        letter, begin = next_letter, end
    out.append(_option(letter, sentence, begin, len(body)))
    return out


def _option(letter: str, holder: Sentence, begin: int, end: int) -> Option:
    return Option(letter, holder.start + begin, holder.start + end, holder)


def _key(result: Analysis, after: int) -> str | None:
    """The keyed letter stated on the first line of text after offset ``after``."""
    text, mask = result.doc.text, result.doc.mask
    start = after
    while start < len(text) and (text[start].isspace() or mask[start] != VISIBLE):
        start += 1  # "</li></ol>\n<p>Answer: (b)</p>": the key is on the next visible line
    if start >= len(text):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = result.doc.display(line_start, line_end if line_end >= 0 else len(text))
    found = _KEY.match(line)
    if found is None:
        return None
    return (found.group("p") or found.group("b")).lower()


def _heading_stem(result: Analysis, first: Sentence) -> Sentence | None:
    """A one-line question right above the options ("Q1. Which office keeps ...?") is
    read as a heading; as the item's stem it is made a sentence of its own (its number
    left out), put in its place in the document's sentences."""
    doc = result.doc
    block = next((b for b in reversed(result.cleaned.blocks) if b.kind == "heading"
                  and b.end <= first.start), None)
    if block is None or doc.display(block.end, first.start).lstrip("(").rstrip(
            _LETTERS + ".)") or not doc.display(block.start, block.end).endswith("?"):
        return None  # no question heading straight above the options
    number = _NUMBER.match(doc.text, block.start, block.end)
    start = number.end() if number else block.start
    made = make_sentence(doc, block, start, block.end, first.index)
    stem = replace(made, kind="para", parsed=nlp.parse(
        [re.sub(r"[\r\n]", " ", doc.text[start : block.end])])[0])
    at = result.sentences.index(first)
    result.sentences.insert(at, stem)
    words = {}
    for index, sentence in enumerate(result.sentences):
        old, sentence.index = sentence.index, index
        if sentence is stem:
            words[index] = doc_words(stem.parsed, stem.start)
        elif old in result.words:
            words[index] = result.words[old]
    result.words = words
    return stem


def _is_stem(result: Analysis, stem: Sentence) -> bool:
    """The sentence before the options waits for them: it ends in ":", "?", a dash or an
    ellipsis, or holds a blank ("A child is ____ ."); an item of another list ("28 days")
    or a finished statement is no stem."""
    shown = result.doc.display(stem.start, stem.end)
    return bool(_WAITS.search(shown)) or "___" in shown


def asks(result: Analysis, stem: Sentence) -> bool:
    """The stem is a question ("Which term should be used ...?")."""
    return result.doc.display(stem.start, stem.end).rstrip().endswith("?")


def _read(result: Analysis, stem: Sentence | None, run: list[Option], key: str) -> None:
    """Hold the wrong options and the key line; cut the keyed option to its words and give
    it its stem, or hold it too when the stem asks (or is a heading that asks: ``stem``
    None)."""
    keyed = next((o for o in run if o.letter == key), None)
    if keyed is None:
        return  # the key names a letter the item does not have: the options were misread
    shown = f"({key})"
    for holder in {id(o.holder): o.holder for o in run}.values():
        if holder is keyed.holder:
            continue
        _hold(result, holder,
              f"an option of an exam question that its key {shown} does not name: "
              "a wrong answer, never asked as a fact")
    holder = keyed.holder
    if stem is None or asks(result, stem):
        _hold(result, holder, f"the keyed option {shown} of an exam question that asks: "
                              "a phrase, read only with its question")
        if stem is not None:
            result.exams.append(ExamItem(stem, [(o.letter, o.start, o.end) for o in run], key))
    else:
        _narrow(result, holder, keyed.start, keyed.end)
        holder.stem = stem
    text = result.doc.text
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, run[0].start))) + 1
    _hold_key(result, max(o.holder.end for o in run),
              stem.line if stem is not None else result.doc.line_of(above))


def _narrow(result: Analysis, sentence: Sentence, start: int, end: int) -> None:
    """Cut ``sentence`` to ``[start, end)`` (its own option on a shared line), parsed again."""
    text = result.doc.text
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) == (sentence.start, sentence.end):
        return
    sentence.start, sentence.end = start, end
    sentence.line = result.doc.line_of(start)
    parsed = nlp.parse([re.sub(r"[\r\n]", " ", text[start:end])])[0]
    sentence.parsed = parsed
    result.words[sentence.index] = doc_words(parsed, start)


def _hold(result: Analysis, sentence: Sentence, reason: str) -> None:
    sentence.dropped = reason
    result.dropped.append(
        Dropped(sentence.line, reason, result.doc.display(sentence.start, sentence.end)))


def _hold_key(result: Analysis, after: int, line: int) -> None:
    """Hold back the key line's paragraph: the model answer and its marks."""
    text = result.doc.text
    start = after + len(text[after:]) - len(text[after:].lstrip())
    end_match = _PARAGRAPH_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    for sentence in result.kept():
        if start <= sentence.start < end and sentence.kind != "bullet":
            _hold(result, sentence, f"the key of the exam question on line {line}: "
                                    "its keyed option is read with the question")
    result.dropped.sort(key=lambda d: d.line)


def join_keyed(result: Analysis) -> None:
    """Read each keyed option with its stem, as the one sentence they make; an option that
    makes none is held with the reason (``leadins.join`` does the reading)."""
    for sentence in result.kept():
        stem = sentence.stem
        if stem is None or sentence.joined:
            continue
        join_one(result, sentence, stem)
