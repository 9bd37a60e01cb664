"""Rules about the stem and the words around it: cues that point at the answer.

A stem here is a question's ``prompt``; identifiers count too, because the
question id and option ids are printed into the learner's page as
``data-question-id`` and ``data-choice-id``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from curriculum.checks.lint.base import Hit, choices, option_text
from curriculum.checks.lint.text import (
    content_stems,
    emphasised_words,
    stem,
    stem_words,
    words,
)
from curriculum.models import (
    FillBlank,
    MultipleChoice,
    Numeric,
    Question,
    SingleChoice,
    TrueFalse,
    option_ids,
)

NEGATIVES = frozenset({"not", "except", "least", "cannot", "never"})
_CONTRACTED = re.compile(r"\b\w+n['\u2019]t\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z*_\"'(])")


def question_sentence(prompt: str) -> str:
    """The sentence that asks: the last one ending in "?", else the prompt's last sentence.

    A scenario before the question ("A new series is not known to ICSE. What ...?") is
    not a negative stem; "Which of these is NOT ...?" is.
    """
    sentences = _SENTENCE_END.split(prompt.strip())
    asking = [s for s in sentences if s.rstrip().endswith("?")]
    return asking[-1] if asking else sentences[-1]


def negative_stem(question: Question) -> Iterator[Hit]:
    """HDR 17 (word the stem positively; emphasise NOT or EXCEPT if you must use it).

    Only the sentence that asks the question counts (see :func:`question_sentence`).
    """
    if not isinstance(question, SingleChoice | MultipleChoice):
        return
    asked = question_sentence(question.prompt)
    emphasised = emphasised_words(asked)
    said = words(asked)
    found = [w for i, w in enumerate(said) if w in NEGATIVES and w not in emphasised
             and not (w == "least" and i > 0 and said[i - 1] == "at")]  # "at least 21 days"
    found += [m[0] for m in _CONTRACTED.finditer(asked)]
    if found:
        yield Hit(("prompt",), f'the stem is negative ("{found[0]}") and the word is not '
                               "emphasised")


_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|s[aeiu]|r[aeiou])|h(?:our|onest|eir|onou?r))",
                          re.IGNORECASE)
_ACRONYM_VOWEL = frozenset("AEFHILMNORSX")


def _takes_an(text: str) -> bool:
    """Whether ``text`` is read with "an" before it (vowel sound; acronyms by letter name)."""
    first = re.sub(r"^[\W_]+", "", text).split(" ", 1)[0]
    if not first:
        return False
    if len(first) > 1 and first.isupper():
        return first[0] in _ACRONYM_VOWEL
    if first[0].isdigit():
        return first.startswith(("8", "11", "18"))
    return bool(_VOWEL_SOUND.match(first)) and not first.lower().startswith(("one", "eu"))


def article_cue(question: Question) -> Iterator[Hit]:
    """HDR 28c (grammatical inconsistencies); IWF "grammatical cues": "a"/"an"."""
    view = choices(question)
    if view is None:
        return
    last = words(question.prompt.rstrip())[-1:] if not question.prompt.rstrip().endswith(
        "?") else []
    if last not in (["a"], ["an"]):
        return
    wants_an = last == ["an"]
    agree = [_takes_an(o.text) == wants_an for o in view.options]
    if all(agree[i] for i in view.correct) and not all(agree):
        odd = next(i for i, ok in enumerate(agree) if not ok)
        yield Hit(option_text(odd), f'the stem ends with "{last[0]}", which fits the answer '
                                    "but not this option")


_SINGULAR_END = frozenset({"is", "was", "has", "a", "an", "one", "this", "that"})
_PLURAL_END = frozenset({"are", "were", "have", "these", "those", "two", "three", "several",
                         "both", "many"})
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|news)$")
_PHRASE_END = re.compile(r",|;|\(|\b(?:and|or|of|from|in|with|for|to|that|who|which|at|on|by)\b",
                         re.IGNORECASE)


def _plural(text: str) -> bool:
    """Whether an option reads as plural: the head noun of its first phrase ends in -s.

    The head is taken as the last word before the first "and", "of", comma ...
    ("national police force" -> force; "countries and organisations" -> countries).
    """
    tokens = words(_PHRASE_END.split(text, maxsplit=1)[0])
    if not tokens:
        return False
    head = tokens[-1]
    return head.endswith("s") and not _NOT_PLURAL.search(head) and len(head) > 3


def number_cue(question: Question) -> Iterator[Hit]:
    """HDR 28c; IWF "grammatical cues": singular or plural agreement with the stem."""
    view = choices(question)
    prompt = question.prompt.rstrip()
    if view is None or prompt.endswith("?"):
        return
    last = words(prompt)[-1:]
    if not last or (last[0] not in _SINGULAR_END and last[0] not in _PLURAL_END):
        return
    wants_plural = last[0] in _PLURAL_END
    agree = [_plural(o.text) == wants_plural for o in view.options]
    if all(agree[i] for i in view.correct) and not all(agree):
        odd = next(i for i, ok in enumerate(agree) if not ok)
        number = "plural" if wants_plural else "singular"
        yield Hit(option_text(odd), f'the stem ends "{last[0]}" and asks for a {number}, '
                                    "which the answer is and this option is not")


def stem_echo(question: Question) -> Iterator[Hit]:
    """HDR 28b (clang associations); IWF "word repeats": stem words only in the answer."""
    view = choices(question)
    if view is None:
        return
    in_stem = content_stems(question.prompt)
    in_wrong = set().union(*(content_stems(t) for t in view.texts(view.distractors)))
    for index in view.correct:
        answer = stem_words(view.options[index].text)
        echoed = sorted(answer[s] for s in (set(answer) & in_stem) - in_wrong)
        if echoed:
            listed = ", ".join(f'"{w}"' for w in echoed)
            yield Hit(option_text(index), f"the answer repeats {listed} from the stem and no "
                                          "distractor does")
            return


_GIVEAWAY_IDS = frozenset({"correct", "right", "answer", "true", "false", "yes", "no", "wrong",
                           "myth", "fact", "key"})


def answer_in_id(question: Question) -> Iterator[Hit]:
    """Learner-visible ids (``data-question-id``, ``data-choice-id``) must not name the answer."""
    id_words = {stem(w) for w in question.id.split("-")} - {""}
    leaked = id_words & _answer_stems(question)
    revealed = [w for w in question.id.split("-") if stem(w) in leaked]
    if revealed:
        listed = ", ".join(f'"{w}"' for w in revealed)
        yield Hit(("id",), f'the question id "{question.id}" contains {listed}, which the answer '
                           "uses and the stem does not")
    if isinstance(question, SingleChoice | MultipleChoice):
        yield from _option_ids(question)


def _answer_stems(question: Question) -> set[str]:
    """Words the id must not carry: the answer's own, unless the stem already shows them."""
    shown = content_stems(question.prompt)
    if isinstance(question, TrueFalse):
        return {"true", "false", "myth", "fact", "correct", "wrong", "right"}
    if isinstance(question, FillBlank):
        return set().union(*(content_stems(a) | set(words(a)) for a in question.answers)) - shown
    if isinstance(question, Numeric):
        return {str(question.answer)} - set(words(question.prompt))
    view = choices(question)
    if view is None:
        return set()
    right = set().union(*(content_stems(t) for t in view.texts(view.correct)))
    wrong = set().union(*(content_stems(t) for t in view.texts(view.distractors)))
    return right - wrong - shown


def _option_ids(question: SingleChoice | MultipleChoice) -> Iterator[Hit]:
    authored = [(i, o.id) for i, o in enumerate(question.options) if o.id]
    if not authored:
        return
    names = option_ids(question.options)
    for index, option_id in authored:
        parts = {stem(w) for w in option_id.split("-")}
        if parts & _GIVEAWAY_IDS and question.options[index].correct:
            yield Hit(("options", index, "id"), f'the option id "{names[index]}" says the '
                                                "option is correct")
            return
