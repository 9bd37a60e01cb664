"""Values in comparison and frequency tables: what a row sets under a column.

A table of frequencies by category ("Risk level | Formal risk review | Home visits",
"High | Every 3 months | Every 3 months") or a comparison of jurisdictions
("Jurisdiction | Notice before foreign travel", "Caldera Islands | 14 days") states one
fact per cell: the row's value under its column. A row is no sentence, so no sentence
rule asked it, and the table's rules were never asked at all. Here a cell becomes a
question when its value is a length of time or a frequency ("14 days", "Up to 5 years",
"Every 6 months", "Once a year", "Indefinite") and at least three other rows of the same
column hold other values of that kind: those are its options, so every wrong option is
a value the table really sets for another row (a learner who knows the table tells them
apart; one who does not, cannot guess from the shape).

The stem names the row and the column, and what the table is about (its caption or the
heading over it): "In Caldera Islands, the notice before foreign travel is ____ (travel
notification by registered offenders)." when the first column names places (its header,
or the row's name read as a place), else "Where the risk level is high, the formal risk
review is ____ (minimum contact by risk level).". The
placement reads the row's cells with the table's caption and column headers, as the
row's fact is read ("Register?" says the row is about offenders on a register). A
cell with anything else in it ("14 days; 24 hours if urgent", "Proposed: 10 days") is a
qualified value, and left alone; so is a limit "within" a time (``table_limits.py`` asks
those as duties), a column whose header asks a question ("Register?"), and a row named
by a number only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import BLANK, md_escape
from curriculum.draft.facts import NUMBER_WORDS
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence
from curriculum.draft.table_limits import ROW_STEM
from curriculum.draft.tables import Cell, row_unit
from curriculum.draft.themes import text_words

RULE = "table-value"
_UNIT = r"(?:(?:working|calendar|clear|business)\s+)?(?:minute|hour|day|week|month|year)s?"
_COUNT = r"\d{1,3}|" + "|".join(sorted(dict(NUMBER_WORDS), key=len, reverse=True)) + "|one|a"
_TIME_VALUE = re.compile(
    r"^(?:(?:up to|at least|at most|minimum(?: of)?|maximum(?: of)?|every|once every)\s+)?"
    r"(?:(?:" + _COUNT + r")\s+)?" + _UNIT + r"$"
    r"|^(?:once|twice|three times|four times)\s+(?:a|an|per|every)\s+" + _UNIT + r"$"
    r"|^(?:indefinite|indefinitely|life|for life|life imprisonment)$",
    re.I,
)
"""A length of time or a frequency and nothing else ("7 days", "Up to 5 years", "Every
month", "Once a year", "Indefinite"); "within 24 hours" is a limit (``table_limits``)."""
_PLACES = frozenset({
    "jurisdiction", "country", "state", "territory", "region", "province", "nation",
    "county", "district", "force", "area", "city", "member state",
})
"""First-column headers whose rows are places: "In <row>, ..." reads as where it holds."""
MIN_OTHERS = 3
_TABLE_LABEL = re.compile(
    r"^(?:(?:table|figure)\s+[\dA-Z]{1,3}[.:]?\s*|(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s+)",
    re.I)
"""The number in a caption ("Table 2: Travel notification ..."): what the table is about
follows it, and that goes in the stem, so a penalty is the penalty of that offence."""


@dataclass
class _Row:
    sentence: Sentence
    cells: tuple[Cell, ...]


def table_value_rules(analysis: Analysis) -> list[DraftQuestion]:
    """A question for every time or frequency cell of a table whose column holds at least
    three other such values (see the module docstring)."""
    out: list[DraftQuestion] = []
    for rows in _tables(analysis):
        if len(rows) < MIN_OTHERS + 1:
            continue
        first = rows[0].cells[0].header
        headers = dict.fromkeys(c.header for r in rows for c in r.cells[1:])
        for header in headers:
            if header and header != first:
                out += _column(analysis, rows, header)
    return out


def _tables(analysis: Analysis) -> list[list[_Row]]:
    """The kept table rows, grouped into tables: consecutive rows under one heading (or
    caption) whose first columns share a header. An empty cell is left out of its row, so
    a column is found by its header, not its place."""
    tables: list[list[_Row]] = []
    last: Sentence | None = None
    for sentence in analysis.kept():
        block = sentence.block
        if sentence.kind != "row" or block is None or not block.cells:
            last = None
            continue
        row = _Row(sentence, block.cells)
        same = (last is not None and last.block is not None and last.block.cells
                and last.block.cells[0].header == block.cells[0].header
                and last.heading == sentence.heading)  # "Table 2" starts another
        if same:
            tables[-1].append(row)
        else:
            tables.append([row])
        last = sentence
    return tables


def _column(analysis: Analysis, rows: list[_Row], header: str) -> list[DraftQuestion]:
    doc = analysis.doc
    if header.rstrip().endswith("?"):
        return []
    values: list[tuple[_Row, Cell, str]] = []
    for row in rows:
        cell = next((c for c in row.cells[1:] if c.header == header), None)
        if cell is None:
            continue
        shown = " ".join(doc.display(cell.start, cell.end).split()).rstrip(" .")
        if _TIME_VALUE.match(shown):
            values.append((row, cell, shown))
    out = []
    for row, cell, shown in values:
        others = list(dict.fromkeys(
            v for _, _, v in values if v.casefold() != shown.casefold()))
        if len(others) < MIN_OTHERS:
            continue
        question = _question(analysis, row, cell, shown, header, others[:MIN_OTHERS])
        if question is not None:
            out.append(question.finish())
    return out


def _question(
    analysis: Analysis, row: _Row, cell: Cell, shown: str, header: str, wrong: list[str]
) -> DraftQuestion | None:
    doc = analysis.doc
    first = row.cells[0]
    name = " ".join(doc.display(first.start, first.end).split()).rstrip(" .;:")
    if not re.search(r"[^\W\d_]", name) or _FIGURE.match(name) or len(name.split()) > 12:
        return None  # a row named by a figure ("1", "2022", "5 to 6") says not what it is
    column = _lower(" ".join(header.split()))
    if _place(row, first):
        lead = f"In {md_escape(name)}, "
    else:
        gloss = _gloss(doc, row, cell, name)
        lead = f"Where the {_lower(first.header)} is {_lower(md_escape(name))}{gloss}, "
    about = _TABLE_LABEL.sub("", " ".join(row.sentence.heading.split()))
    about = re.sub(r"\s*\([^()]*\)", "", about).rstrip(" .:")  # "(position at 30 June)"
    tail = f" ({_lower(md_escape(about))})" if about else ""
    prompt = f"{lead}the {md_escape(column)} is {BLANK}{tail}."
    headers = ". ".join(c.header for c in row.cells if c.header)
    sentence = replace(row.sentence, label_words=text_words(f"{about}. {headers}."))
    question = DraftQuestion(
        RULE, "single_choice", prompt, analysis, sentence,
        (sentence.start, sentence.end), (cell.start, cell.end), stem_rule=ROW_STEM,
    )
    question.pieces = ((first.start, first.end), (cell.start, cell.end))
    question.theme_text = f"{about} {row_unit(row.cells, doc.display)}"
    answer = _lower(shown) if not shown[:1].isdigit() else shown
    options = [answer, *(_lower(w) if not w[:1].isdigit() else w for w in wrong)]
    question.options = [(o, o == answer) for o in sorted(options, key=_order)]
    question.explanation = (
        f'The source\'s table row says: "{md_escape(row_unit(row.cells, doc.display))}"')
    return question


_FIGURE = re.compile(r"^[-+\u2212\u2013<>\u2264\u2265]?\s*\d")
"""A row named by a figure or a range of figures ("5 to 6", "-2 to 1", "7 or more")."""
_CODE = re.compile(r"^[A-Z]{0,3}\d{0,2}$")
"""A row named by a short code ("P2", "A", "L3"): the document's own label for a kind."""


def _gloss(doc: SourceDoc, row: _Row, cell: Cell, name: str) -> str:
    """For a row named by a code ("P2"), what the code stands for: the next cell, when it
    is words and not the cell asked (" (new material that may show an unidentified
    child)"); "" for a row named by words."""
    if not _CODE.match(name) or len(row.cells) < 3 or row.cells[1] is cell:
        return ""
    shown = " ".join(doc.display(row.cells[1].start, row.cells[1].end).split()).rstrip(" .;")
    if not shown or len(shown.split()) > 20 or _TIME_VALUE.match(shown):
        return ""
    return f" ({_lower(md_escape(shown))})"


def _place(row: _Row, first: Cell) -> bool:
    """The first column names places: its header says so, or the parse reads the row's
    name as a place ("Caldera Islands", "Aldermark")."""
    if _lower(first.header).strip() in _PLACES:
        return True
    parsed = row.sentence.parsed
    if parsed is None:
        return False
    start = first.start - row.sentence.start
    end = first.end - row.sentence.start
    names = [t for t in parsed if start <= t.idx < end and not t.is_punct]
    return bool(names) and all(t.ent_type_ in ("GPE", "LOC") for t in names)


def _lower(text: str) -> str:
    """Lower-case the first letter, unless the first word is in capitals or a name that
    keeps its capital in running text (a word in capitals: "ICSE")."""
    words = text.split()
    if not words or (words[0].isupper() and len(words[0]) > 1):
        return text
    return text[:1].lower() + text[1:]


def _order(option: str) -> tuple[float, str]:
    """Options from the shortest time to the longest (a frequency by its interval)."""
    match = re.search(r"(\d+)", option)
    number = float(match.group(1)) if match else 1.0
    scale = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200,
             "year": 525600}
    unit = next((v for k, v in scale.items() if k in option.lower()), 10**7)
    if option.lower().startswith(("once", "twice")):
        number = 1.0
    return (number * unit, option)
