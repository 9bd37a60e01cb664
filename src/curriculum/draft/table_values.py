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

The stem names the row and the column: "In Caldera Islands, the notice before foreign
travel is ____." when the first column names places (its header, or the row's name read
as a place), else "Where the risk level is high, the formal risk review is ____.". The
caption or the heading over the table leads it, in words, only when it names what the
values are about ("For travel notification by registered offenders, in Caldera Islands,
..."; ``table_subject.py``); a section's title ("How we handle reports") is never fused
into the stem as a bracketed tail (blind review 14, class 3). The
placement reads the row's cells with the table's caption and column headers, as the
row's fact is read ("Register?" says the row is about offenders on a register). A
cell with anything else in it ("14 days; 24 hours if urgent", "Proposed: 10 days") is a
qualified value, and left alone (a length with a note in brackets, "10 years (review
after 8)", is an option for the other rows, never asked: a stem without its note would
say less than the table); so is a limit "within" a time (``table_limits.py`` asks
those as duties), a column whose header asks a question ("Register?"), and a row named
by a number only.

A small table (two or three rows: a timings table by risk level, the charges of one case
with their maximum penalties) has too few values in a column to be each other's options,
and such tables were never asked. Its cell is asked when its header can carry a stem (a
noun naming a quantity, or a limit word at its end: "Search to begin within"), with the
column's other values, then the table's other values of the same kind, then the lengths
people set, as options (``_small_options``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from curriculum.draft import levels, nlp
from curriculum.draft import table_subject as subject
from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import BLANK, md_escape
from curriculum.draft.facts import NUMBER_WORDS, _expansion
from curriculum.draft.procedures import row_ladder
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence
from curriculum.draft.table_limits import ROW_STEM
from curriculum.draft.tables import Cell, row_unit
from curriculum.draft.themes import text_words

RULE = "table-value"
BARE_COLUMN = "table row, bare column"
"""``stem_rule`` of a cell whose column header is one word ("Target", "Maximum") asked with
no caption, heading or lead-in to say what the table's values are: "Where the case category
is X, the target is ____." says not what is targeted (blind review 16, X 4). Built whole
like a row's stem (no grammar check), it is dropped by the gates (``scoring.py``)."""
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
SMALL_ROWS = 3
"""A table of at most this many rows is small: its column's values are too few to be
each other's options, so the table's other values and the lengths people set fill in
(``_small_options``)."""
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
        if len(rows) < 2:
            continue  # one row is a fact, not a table to learn
        first = rows[0].cells[0].header
        headers = dict.fromkeys(c.header for r in rows for c in r.cells[1:])
        names = [" ".join(analysis.doc.display(r.cells[0].start, r.cells[0].end).split())
                 .rstrip(" .;:") for r in rows]
        scale = levels.is_scale(names, first)  # "Grade 1 | ... | Within 15 minutes"
        if sum(1 for h in headers if h and measured(h)) >= 2:
            continue  # "Q3 2025 | Q4 2025": a return of what was done, not values set
        for header in headers:
            if header and header != first and not measured(header):
                out += _column(analysis, rows, header, scale)
    return out


_PERIOD = re.compile(
    r"\b(?:Q[1-4]|H[12]|FY\s?\d{2,4}(?:/\d{2,4})?|(?:19|20)\d\d(?:[/-]\d{2,4})?|jan(?:uary)?|"
    r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|quarter|year to date|ytd)\b", re.I)
"""A reporting period in a column's header ("Q4 2025", "FY 2024/25", "Jan-Mar")."""
_MEASURES = frozenset({"median", "mean", "average", "actual", "achieved", "observed",
                       "outturn", "typical"})


def measured(header: str) -> bool:
    """The column reports what was measured over a period, not a value a rule sets: a
    statistic ("Median turnaround", "Average time to first contact") or a period
    ("Turnaround Q4"). One office's quarter is no fact for an officer, and its values are no
    options for each other (blind review 21: a liaison post's "Median turnaround Q4")."""
    words = set(re.findall(r"[a-z]+", header.lower()))
    return bool(words & _MEASURES) or (bool(_PERIOD.search(header)) and not words & _LAWS)


_LAWS = frozenset({"act", "acts", "regulation", "regulations", "convention", "code", "law",
                   "protocol", "directive", "order", "rules"})
"""A year that names a law ("Limit under the 2003 Act") is no reporting period."""


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


_SUPERSEDED = frozenset({"old", "previous", "former", "superseded", "replaced"})


def superseded(header: str) -> bool:
    """The column holds values that no longer apply: a change log's "Old retention |
    New retention", "Previous limit", "Period (old)". Asking the old value teaches what
    is no longer the rule (blind review 14: a3's release notes)."""
    words = re.findall(r"[a-z]+", header.lower())
    return bool(words) and (words[0] in _SUPERSEDED
                            or bool(re.search(r"\((?:old|previous|former)\)", header.lower())))


def _column(
    analysis: Analysis, rows: list[_Row], header: str, scale: bool = False
) -> list[DraftQuestion]:
    """The column's time or frequency cells asked, each with the column's other values
    as options; when the column repeats too few values to give three (a schedule of 12
    record classes kept for 6 or 10 years), the lengths people set fill in, as for a
    small table, when the header can carry a stem (``_small_options``) and at least three
    cells and half the rows of the column are lengths (a column of lengths, not one
    length among notes: "Not required", "On request", "Every 6 weeks")."""
    doc = analysis.doc
    if header.rstrip().endswith("?") or superseded(header):
        return []
    values: list[tuple[_Row, Cell, str]] = []
    pool: list[str] = []  # the column's lengths, an annotated cell's main length too
    bounds: list[str] = []  # a level table's limits: "Within 15 minutes" (``levels.py``)
    ages: list[tuple[_Row, Cell, str]] = []  # "Until the subject reaches 100 years of age"
    for row in rows:
        cell = next((c for c in row.cells[1:] if c.header == header), None)
        if cell is None:
            continue
        shown = " ".join(doc.display(cell.start, cell.end).split()).rstrip(" .")
        bounded = levels.bound_of(shown) if scale else None
        if bounded is not None and _TIME_VALUE.match(bounded[1]):
            bounds.append(bounded[0])
            shown = bounded[1]
        if _TIME_VALUE.match(_core(shown)):
            values.append((row, cell, shown))
            pool.append(shown)
        elif (noted := _ANNOTATED.match(shown)) and _TIME_VALUE.match(noted.group("main")):
            pool.append(noted.group("main"))  # "10 years (reviewable after 8)": not asked
        elif _UNTIL_AGE.match(shown) and _header_form(header) == "noun":
            ages.append((row, cell, shown))
    if bounds and (len(set(bounds)) > 1 or len(bounds) < len(rows)):
        return []  # limits said in more than one way: no one stem holds them
    bound = bounds[0] if bounds else ""
    caption = caption_after(analysis, [r.sentence for r in rows])
    lead_in = "" if caption else lead_before(analysis, [r.sentence for r in rows])
    out = []
    for row, cell, shown in values:
        others = list(dict.fromkeys(
            v for v in pool if _core(v).casefold() != _core(shown).casefold()))
        small = len(others) < MIN_OTHERS
        if small and len(rows) > SMALL_ROWS and (
                len(values) < MIN_OTHERS or 2 * len(values) < len(rows)):
            continue  # a long table whose column is not one of lengths: too few options
        if small:  # a small table, or a long one whose column repeats a few lengths
            others = _small_options(analysis, rows, header, shown, others)
            if len(others) < MIN_OTHERS or _header_form(header) is None:
                continue
        question = _question(analysis, row, cell, shown, header, others[:MIN_OTHERS], small,
                             scale=scale, bound=bound, caption=caption, lead_in=lead_in)
        if question is not None:
            out.append(question.finish())
    for row, cell, shown in ages:
        question = _question(analysis, row, cell, shown, header, [], caption=caption, age=True,
                             lead_in=lead_in)
        if question is not None:
            out.append(question.finish())
    return out


_UNTIL_AGE = re.compile(
    r"^until\s(?:[^\d;()]*\s)?(?:(?:the\s)?age\sof\s(?P<m>\d{1,2})(?:\syears)?"
    r"|(?P<n>\d{1,3})(?:\s+years\s+(?:of\s+age|old)|(?:st|nd|rd|th)\s+birthday))$", re.I)
"""A length kept until an age ("Until the subject of the record is deemed to have reached
100 years of age", "Until the child's 25th birthday", "Until the age of 18"): the age is
the rule's figure, asked with the ages such rules set as options (``_AGES``)."""
_AGES = (13, 16, 18, 21, 25, 30, 40, 50, 60, 70, 80, 90, 100)
"""Ages that retention and protection rules set; the nearest three to the answer, none
a figure its row names, are the wrong options."""


def _age_options(analysis: Analysis, row: _Row, age: int) -> list[str]:
    named = {int(n) for n in re.findall(r"\d{1,3}", analysis.doc.display(
        row.sentence.start, row.sentence.end))}
    near = sorted((a for a in _AGES if a != age and a not in named),
                  key=lambda a: abs(math.log(a / age)))
    return [str(a) for a in near[:MIN_OTHERS]]


_ANNOTATED = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<note>[^()]+)\)$")
"""A length with a note in brackets after it ("Indefinite (review after 15 years)",
"5 years (caution: 2 years)"): the note qualifies it, so the cell is not asked (a stem
without the note would say less than the table), but its main length is a true value of
the column, an option for the other rows."""
_SENTENCE = re.compile(r"^(?P<core>.+?)(?P<suffix>(?:'|\u2019|'s|\u2019s)?\s+"
                       r"(?:imprisonment|custody|detention|in prison))$", re.I)
"""A length with what it is a length of ("2 years' imprisonment"): the stem keeps
"imprisonment" after the blank and the options are lengths ("2 years")."""


def _core(value: str) -> str:
    match = _SENTENCE.match(value)
    return match.group("core") if match else value


def _minutes(value: str) -> float | None:
    """A length in minutes ("2 hours" -> 120), None for one with no number or unit."""
    match = re.match(r"^(?:(?:up to|at least|at most|every|once every)\s+)?(\d{1,3}|"
                     + "|".join(sorted(dict(NUMBER_WORDS), key=len, reverse=True))
                     + r"|one|a)\s+(?:(?:working|calendar|clear|business)\s+)?"
                     r"(minute|hour|day|week|month|year)s?$", _core(value), re.I)
    if match is None:
        return None
    word = match.group(1).lower()
    number = int(word) if word.isdigit() else dict(NUMBER_WORDS).get(word, 1)
    return float(number * _SCALE[match.group(2).lower()])


_SCALE = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200, "year": 525600}


def _small_options(
    analysis: Analysis, rows: list[_Row], header: str, shown: str, others: list[str]
) -> list[str]:
    """Options for a cell of a small table (two or three rows): its column's other
    values first, then the table's other values of the same kind, nearest first (the
    limits of the other columns), then lengths people set ("1, 2, 3, 5, 7, 10 years"),
    nearest first. A small table is asked only when its rows give at least one other
    value in the column: a one-row table is a fact, not a table to learn."""
    value = _minutes(shown)
    if value is None or not others:
        return []
    doc = analysis.doc
    seen = {m for m in (_minutes(o) for o in others) if m is not None} | {value}
    kind = re.match(r"^(every|once every)\b", _core(shown), re.I)
    same: list[str] = []
    for row in rows:
        for cell in row.cells[1:]:
            if cell.header == header:
                continue
            text = " ".join(doc.display(cell.start, cell.end).split()).rstrip(" .")
            other = _minutes(text) if _TIME_VALUE.match(_core(text)) else None
            if other is None or other in seen or bool(
                    re.match(r"^(every|once every)\b", text, re.I)) != bool(kind):
                continue
            seen.add(other)
            same.append(text)
    same.sort(key=lambda t: abs(math.log((_minutes(t) or 1.0) / value)))
    out = [*others, *same][:MIN_OTHERS]
    if len(out) < MIN_OTHERS:
        match = re.match(r"^(?:(?:up to|at least|at most|every|once every)\s+)?(\S+)\s+(.+)$",
                         _core(shown), re.I)
        if match is not None:
            forbidden = {float(m) / (_SCALE.get(_unit(shown), 1)) for m in seen}
            for wrong in row_ladder(match.group(1), match.group(2), forbidden):
                if len(out) < MIN_OTHERS and _minutes(wrong) not in seen:
                    out.append(_core(shown)[: match.start(1)] + wrong)
    return out


def _unit(value: str) -> str:
    found = re.search(r"(minute|hour|day|week|month|year)", value, re.I)
    return found.group(1).lower() if found else ""


def _header_form(header: str) -> str | None:
    """How a small table's column header goes into a stem: "noun" for a header that
    names a quantity ("Maximum penalty": "the maximum penalty is ____"), "limit" for one
    that ends on the word that takes the length ("Search to begin within": "search to
    begin within ____"), None for any other (a header cut short, "First supervisory", or
    a group of people, "Under-18s at conviction"), which a stem cannot carry."""
    words = header.split()
    if not words:
        return None
    if words[-1].lower() in _LIMIT_WORDS and len(words) > 1:
        return "limit"
    parsed = nlp.parse([" ".join(words)])[0]
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("NN", "NNP") or root.i != len(parsed) - 1:
        return None
    return "noun"


_LIMIT_WORDS = frozenset({"within", "every", "after", "before"})
_LIMIT_VERBS = {"within": "is due within", "every": "takes place every",
                "after": "takes place after", "before": "takes place before"}


def _limit_clause(column: str) -> str:
    """A limit header made a clause, so the stem is a sentence and not a table's label
    ("First supervisory review within" gave "Where ..., first supervisory review within
    ____", a stem with no verb): "the first supervisory review is due within", "the search
    is to begin within" ("Search to begin within"). A header that opens on a verb ("Launch
    within") is already an instruction and stays as it is."""
    words = column.split()
    limit, body = words[-1], words[:-1]
    lowered = [w.lower() for w in body]
    if "to" in lowered[1:]:  # "search to begin": the noun, then its infinitive
        at = lowered.index("to", 1)
        return f"the {' '.join(body[:at])} is {' '.join(body[at:])} {limit}"
    parsed = nlp.parse([" ".join(body)])[0]
    if len(parsed) and parsed[0].tag_ == "VB":
        return column
    return f"the {' '.join(body)} {_LIMIT_VERBS[limit.lower()]}"


def _column_phrase(doc: SourceDoc, header: str, shown: str) -> str | None:
    """The column header as the stem's noun phrase, "the <phrase> is ____". A header that is
    a label and its predicate ("Target: forwarded to police within") read whole fused the
    label into the stem ("the target: forwarded to police within is ____", blind review 27,
    "drop the header words"): it becomes "target for forwarding to police" (``_labelled``).
    A header that is one of the document's codes ("P1") says not what it is ("the P1 is
    ____"): it is named by the words the document spells it out with ("Priority 1 (P1)"),
    as "the time for Priority 1 (P1)" (or "frequency" for a cell "Every 6 months"); None
    when the document never spells it out, and the cell is not asked."""
    plain = " ".join(header.split())
    if _CODE.match(plain) and any(c.isdigit() for c in plain) and len(plain) > 1:
        long = _spelled_out(doc.text, plain)
        if not long:
            return None
        noun = "frequency" if re.match(r"(?:every|once|twice)\b", shown, re.I) else "time"
        return f"{noun} for {long} ({plain})"
    if ":" in plain:
        return _labelled(plain)
    return _lower(plain)


_DASHED = re.compile(r"^(?P<code>[A-Z]{1,3}\d{1,2})\s+[-\u2013\u2014]\s+(?P<label>\S.*)$")
"""A row's cell that gives its code and its label with a dash between ("P2 - Identifiable
child", "S3 \u2013 Policy concern"): one cell holding two, the way a table lays them out."""


def _dashed(name: str) -> str:
    """A row named "P2 - Identifiable child" as running text names a code with what it
    stands for, "P2 (identifiable child)", as a row glossed by its next cell is named;
    the dash and the label's capital were the table's layout, not the sentence's. Any
    other name is lowered as before."""
    found = _DASHED.match(name)
    if found is None:
        return _lower(name)
    return f"{found.group('code')} ({_lower(found.group('label').rstrip(' .;'))})"


def _spelled_out(text: str, code: str) -> str:
    """The words before "(P1)" in the document that spell the code out: its letters the
    initials of capitalised words, its number after them ("Priority 1 (P1)"); "" when the
    document nowhere does."""
    letters = re.sub(r"\d", "", code)
    digits = code[len(letters):]
    if not letters or not code.endswith(digits) or not digits:
        return ""
    for found in re.finditer(r"\(" + re.escape(code) + r"\)", text):
        before = text[:found.start()].rstrip()
        number = re.search(r"(?<![\w.])" + re.escape(digits) + r"$", before)
        if number is None:
            continue
        head = before[:number.start()].rstrip()
        span = _expansion(head, len(head), letters)
        if span is not None and "\n" not in before[span[0]:]:
            return " ".join(before[span[0]:].split())
    return ""


def _labelled(header: str) -> str | None:
    """A "Label: predicate" header as one noun phrase: "Target: forwarded to police within"
    gives "target for forwarding to police" (the cell holds the length, so "within" goes),
    "Time limit: first contact" gives "time limit for first contact"; None for a header
    whose predicate ends on another limit word ("Notice: before travel"), which the
    phrase would turn round."""
    label, _, rest = header.partition(":")
    label, words = _lower(label.strip()), rest.split()
    if not words:
        return label or None
    if words[-1].lower() == "within":
        words = words[:-1]
    elif words[-1].lower() in _LIMIT_WORDS:
        return None
    if not words or not label:
        return None
    parsed = nlp.parse([" ".join(words)])[0]
    if len(parsed) and parsed[0].tag_ in ("VBN", "VBD", "VB") and parsed[0].text == words[0]:
        words = [_gerund(parsed[0].text, parsed[0].lemma_), *words[1:]]
    return f"{label} for {_lower(' '.join(words))}"


def _nominal(text: str) -> str:
    """A row's name that is an instruction ("Confirm receipt and log the request", a
    service a supplier performs) as the noun phrase "For ..." takes: its verbs in "-ing"
    ("confirming receipt and logging the request"); "For confirm receipt ..." is no English.
    Only a verb with a second verb or a determined object ("Confirm the receipt") counts: a
    noun phrase the parser may read as one ("Return interview records") stays as it is, as
    does one that is plainly a noun phrase ("Upload of hashes")."""
    parsed = nlp.parse([text])[0]
    if not len(parsed) or parsed[0].tag_ != "VB" or parsed[0].idx != 0:
        return text
    verbs = [parsed[0], *(t for t in parsed[0].conjuncts if t.tag_ == "VB")]
    objects = [c for c in parsed[0].children if c.dep_ == "dobj"]
    if len(verbs) < 2 and not any(c.dep_ in ("det", "poss") for o in objects for c in o.children):
        return text  # "Return interview records": a noun the parser may read as a verb
    out = text
    for verb in sorted(verbs, key=lambda t: t.idx, reverse=True):
        out = out[:verb.idx] + _gerund(verb.text, verb.lemma_) + out[verb.idx + len(verb.text):]
    return out


_DOUBLED = re.compile(r"(?:(?<!f)fer|(?<!i)mit|pel|cur)$|^[^aeiou]*[aeiou][bdgklmnprt]$")
"""A base form whose last consonant doubles before "-ing": a stressed last syllable of the
verbs records use ("refer", "submit", "compel", "incur") or one syllable ending on a
vowel and a consonant ("log", "stop", "plan")."""


def _gerund(verb: str, lemma: str) -> str:
    """The "-ing" form of a header's verb ("forwarded" -> "forwarding", "submitted" ->
    "submitting", "made" -> "making", "notified" -> "notifying")."""
    lower, lemma = verb.lower(), lemma.lower()
    if re.search(r"([bdgklmnprt])\1ed$", lower):
        return lower[:-2] + "ing"
    if _DOUBLED.search(lemma):  # "refer" -> "referring", "log" -> "logging"
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    return lemma + "ing"


def _question(
    analysis: Analysis, row: _Row, cell: Cell, shown: str, header: str, wrong: list[str],
    small: bool = False, scale: bool = False, bound: str = "", caption: str = "",
    age: bool = False, lead_in: str = "",
) -> DraftQuestion | None:
    """``scale``: the first column names the levels of a scale, so a level numbered "1"
    is a row, glossed by its next cell; ``bound``: the column's limits say "within",
    which goes into the stem, the answer being the time (``levels.py``); ``caption``: the
    table's title set under it (``caption_after``); ``age``: the cell keeps something
    until an age (``_UNTIL_AGE``), whose figure is the blank; ``lead_in``: the lead-in
    right above the table (``lead_before``), which names what its values are."""
    doc = analysis.doc
    first = row.cells[0]
    name = " ".join(doc.display(first.start, first.end).split()).rstrip(" .;:")
    if small:
        name = _ITEM_NUMBER.sub("", _CASE_DATES.sub("", name)).rstrip(" .;:,")
    level = scale and bool(_gloss(doc, row, cell, name, scale))
    if not level and (not re.search(r"[^\W\d_]", name) or _FIGURE.match(name)
                      or len(name.split()) > 12):
        return None  # a row named by a figure ("1", "2022", "5 to 6") says not what it is
    column = _column_phrase(doc, header, shown)
    if column is None:
        return None  # "the P1 is ____": a column named by a code the text never spells out
    if _place(row, first):
        lead = f"In {md_escape(name)}, "
    elif small and (law := _law(doc, row)):  # "For <offence> (<Act>, s.N), ..."
        named = _lower(md_escape(name))  # a bracket of its own takes the law in it
        note = f"{named[:-1]}; {law})" if named.endswith(")") else f"{named} ({law})"
        lead = f"For {note}, "
    elif scale and levels.names_itself(name, first.header):  # "For Grade 1 (...), "
        lead = f"For {md_escape(name)}{_gloss(doc, row, cell, name, scale)}, "
    elif _IDENTIFIER.match(first.header) and _CODE.match(name):
        gloss = _gloss(doc, row, cell, name, scale, words=GLOSS_WORDS)
        if not gloss:
            return None  # "Where the ref is C1": a code says not what the row is
        lead = f"For {_nominal(gloss[2:-1])} ({md_escape(name)}), "  # "For <what C2 is> (C2), "
    else:
        gloss = _gloss(doc, row, cell, name, scale) or (_route(doc, row) if small else "")
        lead = f"Where the {_lower(first.header)} is {_dashed(md_escape(name))}{gloss}, "
    about = _about(caption or " ".join(row.sentence.heading.split()))
    table = _about(lead_in)  # a lead-in over the table names it before the heading does
    if not (table and not caption and (subject.introduces(table, row.cells)
                                       or subject.names_table(table, row.cells))):
        table = about if subject.names_table(about, row.cells) else ""
    subject_led = bool(table) and not lead.startswith("For ")
    ruled = subject.rule_document(table) if subject_led else ""  # "Under the revised
    # triage policy, ": a rule document's rows are its rules, not a topic ("For ...")
    if subject_led and not ruled:
        lead = f"For {_lower(md_escape(table))}, {lead[:1].lower()}{lead[1:]}"
    owner = (ruled or _owner(analysis, about)) if lead.startswith("Where the ") else ""
    if owner and not any(a.lower() in owner.lower() for a in (shown, *wrong)):
        lead = f"{owner}{lead[:1].lower()}{lead[1:]}"
    bare = len(header.split()) == 1 and not subject_led and not scale and column == _lower(
        header.strip())
    of = _SENTENCE.match(shown)
    after = f" {of.group('suffix').lstrip(chr(39) + chr(0x2019) + 's').strip()}" if of else ""
    if of is not None:
        shown, wrong = _core(shown), [_core(w) for w in wrong]
    found = _UNTIL_AGE.match(shown) if age else None
    aged: tuple[str, tuple[int, int]] | None = None  # the age, and where the cell says it
    if found is not None:  # "the minimum retention is until the subject ... ____ years of age"
        group = "n" if found.group("n") else "m"
        said = re.search(r"\b" + found.group(group) + r"\b", doc.text[cell.start:cell.end])
        wrong = _age_options(analysis, row, int(found.group(group)))
        if said is None or len(wrong) < MIN_OTHERS:
            return None
        aged = (found.group(group), (cell.start + said.start(), cell.start + said.end()))
        blanked = (f"{md_escape(_lower(shown[:found.start(group)]))}{BLANK}"
                   f"{md_escape(shown[found.end(group):])}")
        prompt = f"{lead}the {md_escape(column)} is {blanked}."
    elif _header_form(header) == "limit" and not bound and ":" not in header:
        # "the search is to begin within ____", in a table of any size
        prompt = f"{lead}{md_escape(_limit_clause(column))} {BLANK}{after}."
    else:
        limit = f"{bound} " if bound else ""
        prompt = f"{lead}the {md_escape(column)} is {limit}{BLANK}{after}."
    headers = ". ".join(c.header for c in row.cells if c.header)
    sentence = replace(row.sentence, label_words=text_words(f"{about}. {headers}."))
    key = (cell.start, cell.end)
    if aged is not None:  # "100" of "... reached 100 years of age"
        shown, key = aged
    if bound:  # "15 minutes" of "Within 15 minutes"
        at = doc.text.find(shown, cell.start, cell.end)
        if at < 0:
            return None
        key = (at, at + len(shown))
    if of is not None and doc.display(cell.start, cell.start + len(shown)) == shown:
        key = (cell.start, cell.start + len(shown))  # "2 years" of "2 years' imprisonment"
    rule = BARE_COLUMN if bare else levels.SCALE_STEM if scale else ROW_STEM
    question = DraftQuestion(
        RULE, "single_choice", prompt, analysis, sentence, (sentence.start, sentence.end), key,
        stem_rule=rule,
    )
    question.pieces = ((first.start, first.end), key)
    question.theme_text = f"{about} {row_unit(row.cells, doc.display)}"
    answer = _lower(shown) if not shown[:1].isdigit() else shown
    options = [answer, *(_lower(w) if not w[:1].isdigit() else w for w in wrong)]
    question.options = [(o, o == answer) for o in sorted(options, key=_order)]
    question.explanation = (
        f'The source\'s table row says: "{md_escape(row_unit(row.cells, doc.display))}"')
    return question


_ITEM_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s+")
"""The number of a row's item ("1. Sexual communication with a child"): a list's order."""
_DATE = r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
_CASE_DATES = re.compile(r",\s*(?:on\s+|between\s+)?" + _DATE
                         + r"(?:\s*(?:to|and|-|\u2013)\s*" + _DATE + r")?\s*$")
"""The dates of one case after a charge ("..., 24/11/2025 to 18/12/2025"): the offence
and its maximum penalty are the law, the dates are the case's."""
_LAW_HEADERS = re.compile(r"^(?:statute|legislation|law|act|section|provision|offence under)$",
                          re.I)


def _route(doc: SourceDoc, row: _Row) -> str:
    """Who passes the row's item to whom, from columns headed "From" and "To": " (from
    the agency to the unit)", so a limit for sharing says which way it runs; "" when
    either is missing or both say the same ("Either")."""
    ends = {c.header.strip().casefold(): " ".join(doc.display(c.start, c.end).split())
            for c in row.cells[1:]}
    source, target = ends.get("from", ""), ends.get("to", "")
    if not source or not target or source.casefold() == target.casefold():
        return ""
    if len(source.split()) > 6 or len(target.split()) > 6:
        return ""

    def named(text: str) -> str:
        first = text.split()[0]
        if first.isupper() or first.casefold() in ("the", "a", "an", "any", "either", "each"):
            return md_escape(text)
        return "the " + md_escape(_lower(text))

    return f" (from {named(source)} to {named(target)})"


def _law(doc: SourceDoc, row: _Row) -> str:
    """The law a row cites, from a column headed "Statute" or "Legislation" ("Sexual
    Offences Act 2003, s.15A"), shown after the offence so the stem says whose maximum it
    is: "For sexual communication with a child (Sexual Offences Act 2003, s.15A), ..."."""
    cell = next((c for c in row.cells[1:] if _LAW_HEADERS.match(c.header.strip())), None)
    if cell is None:
        return ""
    shown = " ".join(doc.display(cell.start, cell.end).split()).rstrip(" .;")
    return md_escape(shown) if shown and len(shown.split()) <= 10 else ""


_IDENTIFIER = re.compile(r"^\s*(?:ref\.?|reference|id|no\.?|number|code|#)?\s*$", re.I)
"""A first column that only numbers the rows ("Ref", "No.", "Code", or no header): "Where
the ref is C2" says nothing, so a row named by a code is named by what the code stands
for, its next cell, with the code after it: "For investigation files for ... (C2), ..."."""
_CAPTION_AFTER = re.compile(
    r"^(?:table|figure)\s+[\dA-Z]{1,3}\s*(?:[.:]|[-\u2013\u2014])\s*(?P<title>\S.*?)\.?$", re.I)


def _owner(analysis: Analysis, about: str) -> str:
    """Whose rules the table sets: the document's own policy, system or agreement
    (``whose.owner``: "Under Kitestream's Child Safety Policy, "), else the rule document
    its caption or heading names (``table_subject.rule_document``: "Under the revised triage
    policy, "); "" when neither says. A row's "Where the priority is P2 ..., the time limit
    is ____." read alone is no one's rule (blind reviews 14 and 23: "name the platform",
    "Under the hotline's revised triage policy")."""
    from curriculum.draft.whose import owner  # whose -> ... -> questions

    return owner(analysis)[0] or subject.rule_document(about)


def _about(text: str) -> str:
    """A caption, lead-in or heading as a stem's subject: without its number, its notes in
    brackets ("(position at 30 June)") and its stop; in lower case when in capitals."""
    about = re.sub(r"\s*\([^()]*\)", "", _TABLE_LABEL.sub("", text)).rstrip(" .:")
    if about.isupper() and len(about.split()) > 1:
        about = about.lower()  # a heading in capitals ("RELEVANT POLICY") is no acronym
    return about


def table_label(text: str) -> str:
    """``text`` without a caption's number ("Table 2: ", "8.3 ")."""
    return _TABLE_LABEL.sub("", text)


def lead_before(analysis: Analysis, rows: list[Sentence]) -> str:
    """The lead-in right above the table, without its colon: a paragraph under the same
    heading as the first row, nothing between them but the header row, that ends on a
    colon ("8.3 Reporting times (from receipt of all required samples):"). It is said of
    the table below it, and may name what the values are when the column headers do not
    ("Target | Maximum"); "" when there is none."""
    first = rows[0]
    if first.index == 0:
        return ""
    lead = analysis.sentences[first.index - 1]
    if lead.kind != "para" or lead.dropped or lead.heading != first.heading:
        return ""
    shown = " ".join(analysis.doc.display(lead.start, lead.end).split())
    if not shown.endswith(":") or len(shown.split()) > 30:
        return ""
    return shown[:-1].rstrip()


def caption_after(analysis: Analysis, rows: list[Sentence]) -> str:
    """The table's caption when it is set under the table, the unit right after its last
    row ("Table 1 - Retention periods for CAIU records (version 2.3)."): what the table is
    about, which the heading over it ("4. Schedule") may not say; "" when there is none."""
    after = rows[-1].index + 1
    if after >= len(analysis.sentences) or analysis.sentences[after].kind == "row":
        return ""
    shown = " ".join(analysis.sentences[after].text(analysis.doc).split())
    found = _CAPTION_AFTER.match(shown)
    if found is None or len(shown.split()) > 30:
        return ""
    return found.group("title")


_FIGURE = re.compile(r"^[-+\u2212\u2013<>\u2264\u2265]?\s*\d")
"""A row named by a figure or a range of figures ("5 to 6", "-2 to 1", "7 or more")."""
_CODE = re.compile(r"^[A-Z]{0,3}\d{0,2}$")
"""A row named by a short code ("P2", "A", "L3"): the document's own label for a kind."""


GLOSS_WORDS = 30
"""A row named by a code in a column that only numbers the rows is named by its next cell,
which may be as long as a class of records is ("Investigation files for sexual offences
against a child, and for offences of ...")."""


def _gloss(doc: SourceDoc, row: _Row, cell: Cell, name: str, scale: bool = False,
           words: int = 20) -> str:
    """For a row named by a code ("P2"), or a level of a scale ("Grade 1", "1"), what
    the code stands for: the next cell, when it is words and not the cell asked (" (new
    material that may show an unidentified child)"); "" for a row named by words."""
    if not (_CODE.match(name) or scale) or len(row.cells) < 3 or row.cells[1] is cell:
        return ""
    shown = " ".join(doc.display(row.cells[1].start, row.cells[1].end).split()).rstrip(" .;")
    if not shown or len(shown.split()) > words or _TIME_VALUE.match(shown):
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
