"""Terminology tables: the term to use in place of the one to avoid.

A style guide, a press office's lines to take or a training handout often gives its rules
of wording as a table: one column of the terms to use, one of the terms not to use ("Use |
Do not use | Why"; "Preferred term | Avoid"). Each row is a rule an officer applies in
every statement and report, and no sentence rule asks it: a row is no sentence, and its
cells hold terms, not lengths of time (``table_values.py``). Here every such row becomes
"Which term should be used instead of <the avoided terms>?", with the row's term to use
as the key and the terms to use of other rows of the same table as the options: each
wrong option is a term the document recommends, for another thing (a learner who knows
the rule tells them apart; one who does not, cannot guess from the shape).

Read from the table's headers only, never from the terms: the column to use is headed by
"use", "say", "preferred" or "recommended" (with "term(s)" or "wording" at most), the
column to avoid by a negated or avoiding header ("do not use", "don't say", "avoid",
"not recommended", "instead of"). A table needs at least ``MIN_ROWS`` rows (the key and
three options from the table itself); a row whose cell to use is empty or longer than
``MAX_OPTION_WORDS`` words (an explanation, not a term) is not asked and is no option.
A row whose term to avoid holds a word of its key that no wrong option holds ("sextortion"
for "sexual extortion") gives its answer away and is not asked (``_cued``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape
from curriculum.draft.facts import person_word
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.sentences import Sentence
from curriculum.draft.tables import Cell, row_unit
from curriculum.draft.themes import text_words

RULE = "usage-table"
STEM_RULE = "terminology table row"
MIN_ROWS = 4
MAX_OPTION_WORDS = 14
_TERM = r"(?:\s+(?:terms?|words?|wording|language|phrases?))?"
_USE = re.compile(r"^(?:(?:use|say|preferred|recommended)" + _TERM
                  + r"|(?:terms?|words?|wording) to use)$", re.I)
_AVOID = re.compile(
    r"^(?:(?:do not|don't|never) (?:use|say)|avoid|not recommended|not to use"
    r"|(?:terms?|words?|wording) to avoid|instead of)" + _TERM + r"$", re.I)


def usage_rules(analysis: Analysis) -> list[DraftQuestion]:
    """A question for every row of a terminology table (see the module docstring)."""
    out: list[DraftQuestion] = []
    for rows in _tables(analysis):
        columns = _columns(rows[0].block.cells if rows[0].block else ())
        if columns is None:
            continue
        terms = [(row, *_pair(analysis, row, columns)) for row in rows]
        usable = [(row, use, avoid) for row, use, avoid in terms if use is not None]
        if len(usable) < MIN_ROWS:
            continue
        for row, use, avoid in usable:
            if avoid is not None and use is not None:
                others = [u for r, u, _ in usable if r is not row and u is not None]
                question = _question(analysis, row, use, avoid, others)
                if not _cued(question, analysis.doc.display(avoid.start, avoid.end)):
                    out.append(question.finish())
    return out


def _columns(cells: tuple[Cell, ...]) -> tuple[str, str] | None:
    """The headers of the column to use and the column to avoid, or None."""
    headers = [" ".join(c.header.split()).strip(" :*") for c in cells]
    use = next((h for h in headers if _USE.match(h)), None)
    avoid = next((h for h in headers if _AVOID.match(h)), None)
    return (use, avoid) if use is not None and avoid is not None else None


def _pair(
    analysis: Analysis, row: Sentence, columns: tuple[str, str]
) -> tuple[Cell | None, Cell | None]:
    """The row's cell to use (None when it is no term) and its cell to avoid."""
    cells = row.block.cells if row.block else ()
    found = {" ".join(c.header.split()).strip(" :*"): c for c in cells}
    use, avoid = found.get(columns[0]), found.get(columns[1])
    if use is not None:
        words = analysis.doc.display(use.start, use.end).split()
        if not words or len(words) > MAX_OPTION_WORDS or analysis.doc.display(
                use.start, use.end).endswith("."):
            use = None
    if avoid is not None and not analysis.doc.display(avoid.start, avoid.end).strip():
        avoid = None
    return use, avoid


def _cued(question: DraftQuestion, avoided: str) -> bool:
    """A word of the key (four letters or more) stands inside the term to avoid and in no
    wrong option: "sextortion" gives away "sexual extortion", while "child" of "child
    pornography" is in other options as well and cues nothing."""
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4}
    key = next(text for text, correct in question.options if correct)
    wrong = set().union(*(words(text) for text, correct in question.options if not correct))
    return any(w in avoided.lower() for w in words(key) - wrong)


def _tables(analysis: Analysis) -> list[list[Sentence]]:
    """The kept table rows, grouped into tables: consecutive rows whose cells carry the
    same headers."""
    tables: list[list[Sentence]] = []
    last: tuple[str, ...] | None = None
    for sentence in analysis.kept():
        block = sentence.block
        if sentence.kind != "row" or block is None or not block.cells:
            last = None
            continue
        headers = tuple(c.header for c in block.cells)
        if last is not None and headers[0] == last[0]:
            tables[-1].append(sentence)
        else:
            tables.append([sentence])
        last = headers
    return tables


_PEOPLE = frozenset({"perpetrator", "perpetrators", "abuser", "abusers", "survivor",
                     "survivors", "parent", "parents", "carer", "carers", "person"})
_PARTS = re.compile(r"\s*(?:,|/|;|\bor\b|\band\b)\s*")
_POST = re.compile(r"\s+(?:of|with|for|to|in|on|by|against|from|about|under|who|that)\s+", re.I)
"""Where a term's head noun ends: "communication with a child" is a communication."""


def names_people(term: str) -> bool:
    """The term names people ("suspect, offender", "child victim"), not a thing or an act:
    a wrong option of the other kind ("suspect, offender" against "child sexual abuse
    material") is told apart by its kind, not by the rule (blind review 23, b5). Every
    part of the term ("a, b", "a / b", "a or b") has a noun of persons as its head (the
    last word before a preposition: "communication with a child" is no person)."""
    text = re.sub(r"\([^)]*\)|[\"'\u201c\u201d\u2018\u2019]", " ", term)
    parts = [p for p in _PARTS.split(text) if p.strip()]
    heads = [re.findall(r"[A-Za-z-]+", p)[-1].lower() for p in (
        _POST.split(part)[0] for part in parts) if re.search(r"[A-Za-z]", p)]
    return bool(heads) and all(person_word(h) or h in _PEOPLE for h in heads)


def _question(
    analysis: Analysis, row: Sentence, use: Cell, avoid: Cell, others: list[Cell]
) -> DraftQuestion:
    doc = analysis.doc
    answer = doc.display(use.start, use.end)
    avoided = doc.display(avoid.start, avoid.end).rstrip(" .;")
    prompt = f"Which term should be used instead of {md_escape(avoided)}?"
    cells = row.block.cells if row.block else ()
    headers = ". ".join(c.header for c in cells if c.header)
    sentence = replace(row, label_words=text_words(f"{headers}."))
    question = DraftQuestion(
        RULE, "single_choice", prompt, analysis, sentence, (row.start, row.end),
        (use.start, use.end), stem_rule=STEM_RULE,
    )
    question.pieces = ((avoid.start, avoid.end), (use.start, use.end))
    question.theme_text = row_unit(cells, doc.display)
    wrong = list(dict.fromkeys(doc.display(c.start, c.end) for c in others))
    wrong = [w for w in wrong if w != answer]
    alike = [w for w in wrong if names_people(w) == names_people(answer)]
    wrong = (alike if len(alike) >= 2 else wrong)[:3]
    question.options = [(o, o == answer) for o in sorted([answer, *wrong], key=str.lower)]
    question.explanation = (
        f'The source\'s table row says: "{md_escape(row_unit(cells, doc.display))}"')
    return question
