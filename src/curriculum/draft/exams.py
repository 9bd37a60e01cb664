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

A true-or-false item ("True or false: the list holds images. (Answer: false; ...)", "...
(True/False)") is a statement only when its key, in its paragraph, says "true": one its
key marks false, or one with no key, is held (``read_true_false``), since nothing else in
the pipeline would know it is not a fact; one its key marks true is cut to its statement.
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
_TF_ASKS = re.compile(r"^\W*(?:true\s+or\s+false|true\s*/\s*false|t\s*/\s*f)\b", re.I)
"""A true-or-false item's opening ("True or false: ...", "T/F - ...")."""
_TF_TAG = re.compile(r"[(\[]\s*(?:true\s+or\s+false|true\s*/\s*false|t\s*/\s*f)\s*[)\]]",
                     re.I)
"""The same as a tag after the statement ("... (True/False)")."""
_TF_KEY = re.compile(r"\b(?:answer|key|correct(?:\s+answer)?)s?\W{0,4}(?:is\s+)?"
                     r"(?P<key>true|false|t|f)\b", re.I)
"""The key of a true-or-false item ("(Answer: false; ...)", "Key: T")."""
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
    read_true_false(result)


def read_true_false(result: Analysis) -> None:
    """Hold a true-or-false item ("True or false: the list holds images. (Answer: false)")
    unless the text's key says it is true: a statement its key marks false, or one with no
    key, is never asked as a fact (module docstring)."""
    kept = result.kept()
    for before, sentence in zip([None, *kept], kept, strict=False):
        shown = result.doc.display(sentence.start, sentence.end)
        tag = _TF_TAG.search(shown)
        if not (_TF_ASKS.match(shown) or tag):
            continue
        key = _TF_KEY.search(_TF_TAG.sub(" ", shown) + " " + _key_lines(result, sentence.end))
        items = [sentence]
        alone = _TF_ASKS.sub("", _TF_TAG.sub("", shown))
        if len(re.findall(r"\w+", alone)) < 2 and before is not None and (
                before.block is sentence.block):  # "... every trip. (True/False)": the tag
            items.insert(0, before)  # was split off the statement it follows
        if key is not None and key.group("key").lower().startswith("t"):
            _statement_only(result, items[0])
            continue
        for item in items:
            _hold(result, item, (
                "a true-or-false item its key marks false: never asked as a fact"
                if key is not None else
                "a true-or-false item with no key stated: its truth is not known"))
    result.dropped.sort(key=lambda d: d.line)


def _statement_only(result: Analysis, sentence: Sentence) -> None:
    """Cut a true-or-false item its key marks true to its statement: without "True or
    false:" in front and without the tag or an opening bracket after it."""
    text = result.doc.text
    body = text[sentence.start : sentence.end]
    opening = _TF_ASKS.match(body)
    start = sentence.start
    if opening is not None:
        start += opening.end()
        while start < sentence.end and (text[start].isspace() or text[start] in ":-\u2013\u2014?"):
            start += 1
    tag = _TF_TAG.search(body)
    end = sentence.start + tag.start() if tag is not None else sentence.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in "(["):
        end -= 1
    if end - start > 0:
        _narrow(result, sentence, start, end)


def _key_lines(result: Analysis, end: int) -> str:
    """The rest of the line a statement ends on and, when that holds no key, the next
    line: where a true-or-false item's key stands ("(Answer: false ...)", "Answer: T")."""
    text = result.doc.text
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    rest = result.doc.display(end, stop)
    if _TF_KEY.search(rest) or stop >= len(text):
        return rest
    following = text.find("\n", stop + 1)
    return rest + " " + result.doc.display(stop, len(text) if following < 0 else following)


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
