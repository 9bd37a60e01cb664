"""A choice question from an exam item: its stem, the text's own options and its stated key.

An exam's author wrote the options to be wrong in the ways a trainee is wrong ("juvenile
sex worker" against "child subjected to sexual exploitation in prostitution"), and the key
says which is right. A stem that asks ("Which term should be used ...?") makes no
statement with its keyed option, so its fact reaches a module only as the question it is.
For every such exam item with a stated key (``exams.py``) whose options are of one kind,
one single-choice question is drafted: the stem as written, the text's options in the
text's order (an "all of the above" stays last) without their letters and list
punctuation; the quote runs from the stem to the last option, the key is the keyed
option's words. (A stem that waits for its option, "... for a maximum of:", is read with
its keyed option as one sentence instead, asked like any sentence: ``exams.py``.)

Options of one kind: three or more, all distinct, each a phrase of at most
``MAX_OPTION_WORDS`` words, all with a verb or all without (a sentence among noun
phrases is the odd one out, and gives the answer away). Nothing is guessed: an item with
no stated key has no record and no question. The usual gates and the theme placement
judge the question as any other; the interrogative that holds a text's own question
back (``claims.py``) does not apply, the key being stated.
"""

from __future__ import annotations

import re

from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape
from curriculum.draft.exams import ExamItem
from curriculum.draft.questions import DraftQuestion

EXAM_CHOICE = "exam-choice"
MAX_OPTION_WORDS = 15
"""A longer option is a statement of its own, judged as one (``exams.py`` keeps it)."""

_VERBAL = re.compile(
    r"\b(?:will|would|should|must|shall|can|may|is|are|was|were|has|have|had|does|do)\b", re.I
)
_END = re.compile(r"(?:[;,.]|\s+(?:and|or|and/or))+$")


def exam_rules(analysis: Analysis) -> list[DraftQuestion]:
    """One choice question per exam item whose options are of one kind."""
    out = []
    for item in analysis.exams:
        texts = [_option_text(analysis, start, end) for _, start, end in item.options]
        if not _one_kind(texts):
            continue
        out.append(_question(analysis, item, texts).finish())
    return out


def _option_text(analysis: Analysis, start: int, end: int) -> str:
    """The option as the text writes it, without its list punctuation ("; or")."""
    return _END.sub("", analysis.doc.display(start, end)).strip()


def _one_kind(texts: list[str]) -> bool:
    if len(texts) < 3 or len({t.casefold() for t in texts}) != len(texts):
        return False
    if any(not t or len(t.split()) > MAX_OPTION_WORDS for t in texts):
        return False
    verbal = {bool(_VERBAL.search(t)) for t in texts}
    return len(verbal) == 1


def _question(analysis: Analysis, item: ExamItem, texts: list[str]) -> DraftQuestion:
    doc = analysis.doc
    stem = doc.display(item.stem.start, item.stem.end)
    prompt = md_escape(stem)
    letters = [letter for letter, _, _ in item.options]
    options = [(md_escape(t), letter == item.key) for t, letter in zip(texts, letters,
                                                                       strict=True)]
    at = letters.index(item.key)
    keyed = texts[at]
    _, start, end = item.options[at]
    text = doc.text
    while end > start and (text[end - 1].isspace() or text[end - 1] in ";,."):
        end -= 1  # "(b) 72 hours;": the key is the option's words
    quote = (item.stem.start, max(e for _, _, e in item.options))
    question = DraftQuestion(EXAM_CHOICE, "single_choice", prompt, analysis, item.stem,
                             quote, (start, end), options=options, stem_rule="exam item")
    question.theme_text = f"{stem} {keyed}"
    question.explanation = (f'The source asks: "{md_escape(stem)}" (line {item.stem.line}); '
                            f"its key is ({item.key}) {md_escape(keyed)}.")
    return question
