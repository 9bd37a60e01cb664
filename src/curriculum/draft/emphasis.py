"""Emphasis written in capitals inside a sentence, shown in the case a trainer would print.

Writers stress a word by setting it in capitals: "a tool for ADULT MALES", "must NOT be
applied", "a reminder ONLY IF the record is left open". In a quiz stem the capitals are
the source's typography, not its wording: blind reviewers asked for them in lower case
("lower-case 'ADULT MALES'"). A word in capitals is also how a text writes an acronym or
a name ("INTERPOL", "the REPORT Act", "NOMINAL 1", "KESTREL-8"), which must stay as it is.
The document tells the two apart, with no list of words:

- a word of emphasis is one the document also writes in lower case ("adult"), a word the
  parse reads as grammar ("NOT", "ONLY IF": a short text need not write it in lower case),
  or an English word (the lemmatizer's dictionary) it writes in capitals only here ("ADULT
  MALES"); a word it writes in capitals only here goes with such words whatever it is; an
  acronym is written in capitals again and again, and never in lower case ("INTERPOL");
- an acronym the document spells out ("(MAIN)") is never emphasis, whatever else it
  writes in lower case;
- a run of capitals joined to a name's other parts is a name or a label: a hyphen, slash
  or digit against it ("KESTREL-8"), a number or a capitalised word after it ("NOMINAL 1",
  "REPORT Act"), a capitalised word before it that does not open the stem ("Operation
  KESTREL"), or brackets round it;
- a word the parse reads as part of a name ("the FBI", "INTERPOL channels": an
  organisation, a place, a law) stays, though the dictionary knows it;
- a lone word of two letters is an acronym ("US", "IT", "AM"), though "ONLY IF" is not;
- a stem mostly in capitals (a police message, a heading) is left as it stands: its
  capitals are the text's setting, which ``case_records.py`` judges.

Lowering keeps the prompt's length, so the stem's offsets past a carried lead stay right.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from curriculum.draft.capitals import NAMES

_RUN = re.compile(r"(?<![\w\-/.(\[\'\u2018\u2019])[A-Z]{2,}(?: [A-Z]{2,})*"
                  r"(?![\w\-/)\]\'\u2018\u2019])")
"""A run of words in capitals, one space apart, with nothing of a name glued to it."""
_NAME_AFTER = re.compile(r"^ (?:\d|[A-Z][a-z])")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+ $")
_WORD = re.compile(r"[A-Za-z]+")
_AROUND = ".,;:!?\"'()[]*_\u2018\u2019\u201c\u201d"
_GRAMMAR = frozenset({"PART", "ADV", "SCONJ", "CCONJ", "ADP", "AUX", "DET", "PRON"})
MOSTLY = 0.3
"""From this share of words in capitals, a stem is set in capitals, not emphasised."""


@lru_cache(maxsize=8)
def _writing(text: str) -> tuple[frozenset[str], dict[str, int], frozenset[str]]:
    """The words ``text`` writes in lower case, how often it writes each word in capitals,
    and the acronyms it spells out in brackets ("(MAIN)")."""
    lower: set[str] = set()
    capitals: dict[str, int] = {}
    for token in text.split():  # a word of running text, not a piece of an address
        word = token.strip(_AROUND)  # ("nvid.example.org", "user@nvid": no word "nvid")
        if not word.isalpha():
            continue
        if word.islower():
            lower.add(word)
        elif word.isupper() and len(word) > 1:
            capitals[word] = capitals.get(word, 0) + 1
    spelled = frozenset(re.findall(r"\(([A-Z]{2,})\)", text))
    return frozenset(lower), capitals, spelled


def written_lower(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case in its running text (a word of an address,
    "nvid.example.org", is none): what tells a word set in capitals from an acronym."""
    return _writing(text)[0]


def _emphasis(words: list[str], text: str, grammar: frozenset[str]) -> bool:
    """The run ``words`` stresses words of the sentence, by how ``text`` writes them and
    the words the parse reads as ``grammar`` ("NOT", "ONLY", "IF")."""
    lower, capitals, spelled = _writing(text)
    if len(words) == 1 and len(words[0]) < 3:
        return False
    if any(w in spelled for w in words):
        return False
    once = [capitals.get(w, 0) <= words.count(w) for w in words]
    known = [w.lower() in lower or w in grammar or (o and _english(w))
             for w, o in zip(words, once, strict=True)]
    return any(known) and all(k or o for k, o in zip(known, once, strict=True))


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The English words the pipeline's lemmatizer knows (its WordNet index of nouns,
    adjectives, verbs and adverbs); empty for a pipeline without one."""
    from curriculum.draft import nlp

    try:
        index = nlp.pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for pos in ("noun", "adj", "verb", "adv") for w in index[pos])
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def _english(word: str) -> bool:
    """``word`` in capitals is an English word, or its plural ("MALES")."""
    lower = word.lower()
    return any(w in _dictionary() for w in (lower, lower.removesuffix("s"),
                                            lower.removesuffix("es")))


def _count(text: str, run: str) -> int:
    """How often ``run`` stands in ``text`` as whole words."""
    return len(re.findall(rf"(?<![\w-]){re.escape(run)}(?![\w-])", text))


def _in_name(prompt: str, start: int, end: int) -> bool:
    """The run at ``prompt[start:end]`` goes on a name or a label: a number or a capitalised
    word after it ("NOMINAL 1", "REPORT Act"), a capitalised word before it that is not the
    stem's first ("Operation KESTREL"; "For HIGH risk cases" opens with its own word)."""
    if _NAME_AFTER.match(prompt[end:end + 3]):
        return True
    before = _NAME_BEFORE.search(prompt[:start])
    return before is not None and before.start() > 0


def parsed_words(parsed: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The words in capitals of a sentence's parse that are grammar, never a name (a
    negation, an adverb, a conjunction, a preposition, an auxiliary, a determiner or a
    pronoun: "must NOT be", "ONLY IF"; a short text need not write them in lower case),
    and those the parse reads as part of a name ("the FBI", "INTERPOL channels")."""
    if parsed is None:
        return frozenset(), frozenset()
    upper = [t for t in parsed if t.text.isupper()]
    return (frozenset(t.text for t in upper if t.pos_ in _GRAMMAR),
            frozenset(t.text for t in upper if t.ent_type_ in NAMES))


def shown_case(prompt: str, text: str,
               parsed: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
               source: str | None = None) -> str:
    """``prompt`` with the emphasis in capitals it took from a sentence of ``text`` in
    lower case (the first letter of the prompt stays a capital); everything else as is.
    ``parsed``: the sentence's words in capitals its parse reads as grammar, and as names
    (``parsed_words``). ``source``, the sentence as written: a run the prompt holds more
    often than the sentence is the question's own wording ("Which of the following was NOT
    one of them?"), which stays."""
    grammar, named = parsed
    words = _WORD.findall(prompt)
    if not words or sum(w.isupper() and len(w) > 1 for w in words) >= MOSTLY * len(words):
        return prompt
    out = prompt
    for run in _RUN.finditer(prompt):
        start, end = run.span()
        run_words = run.group().split()
        worded = source is not None and _count(source, run.group()) < _count(prompt,
                                                                             run.group())
        if (worded or _in_name(prompt, start, end) or any(w in named for w in run_words)
                or not _emphasis(run_words, text, grammar)):
            continue
        shown = run.group().lower()
        if start == 0:
            shown = shown[:1].upper() + shown[1:]
        out = out[:start] + shown + out[end:]
    return out
