"""Records and forms: "Label: value" lines that fill a form in, not a glossary's entries.

An action plan, a register, a log, a template or a report's header block is written as
"Label: value" lines, the same shape as a glossary's "Term: definition". A glossary says
what its terms mean, once each; a record fills its fields in, block after block
("Participants: ...", "Indicators: ...", "Deadline: ..." under every action of a plan).
Asking 'Which term is defined as "<a value>"?' of a field asks a learner to match a form's
label to what one block wrote in it: no content (rubric 5; blind review 16, a6).

Two signs, read from the document's shape (no word list):

1. **a recurring label**: a label that heads lines in two or more places of the document
   with different values is a slot of a repeated block. A run of entries at least half of
   whose labels (and two or more) are slots is a record's block.
2. **a field line beside the run**: the line right before or after it (no blank line
   between) is a label line of the same block whose value is a date, a number or a
   reference (its first word holds a digit: "Review date: 30.09.2026", "Ref: HB/27/4"),
   or a row of fields ("Leader: ... | Co-leader: ..."), or whose label is itself a slot.
   A glossary's own lines never look like that: its definitions open with words, and it
   holds one entry per line.

A sentence question on a field is judged like any other, with one exception: a field of
such a block whose value holds a year ("Deadline: ... Q3 2026 ...") is the record's own
schedule, and is held (``judge``).

A line of one case's record is held too, whatever the document (``log_line``; blind review
20, b4): an incident log's, a notebook's, a minutes' action list's or a handover's line
records what happened or is still to do in that case, and states no standing fact. Read
from its shape:

- **a record's label** leads it: "Outstanding:", "Action:", "Actions:", "Update:",
  "Handover:", "Follow-up:", "To do:", "Tasking:", "Log entry:";
- **lettered items** make it: after at most a short label of no verb ("Outstanding:"), it
  opens on "(a)" and holds "(b)". A sentence that lists items after its own verb ("The
  elements are: (a) ...; (b) ...") is a statement with a list, and stays;
- **a time** opens it, then a column or a dash: "21:05 | Safe-and-well conversation ...",
  "00:47 - Kitewave disclosed ...": a timestamped entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from curriculum.draft.reading import SourceDoc

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

MAX_LABEL_WORDS = 6

_LABEL_LINE = re.compile(
    r"^\s*(?:[-*+\u2022]\s+|\d{1,2}[.)]\s+)?"
    r"(?P<label>[A-Za-z][A-Za-z'/&\- ]{0,60}?)\s*:\s+(?P<value>\S.*?)\s*$"
)
"""A line (or list item) that opens with a label of words and a colon: "Deadline: ..."."""
_MORE_FIELDS = re.compile(r"\s\|\s*[A-Za-z][A-Za-z'/&\- ]{0,40}:\s")
"""A further "| Label: value" on the same line: a row of a form's fields."""


@dataclass(frozen=True)
class LabelLine:
    """One "Label: value" line: the label as written and its value."""

    label: str
    value: str


def label_lines(doc: SourceDoc) -> dict[int, LabelLine]:
    """Every "Label: value" line of the document (markup shown as spaces), by 1-based
    line number."""
    shown = doc.shown()
    starts = doc.line_starts or [0]
    out: dict[int, LabelLine] = {}
    for number, start in enumerate(starts, 1):
        end = starts[number] if number < len(starts) else len(shown)
        match = _LABEL_LINE.match(shown[start:end].rstrip("\r\n"))
        if match is None or len(match.group("label").split()) > MAX_LABEL_WORDS:
            continue
        out[number] = LabelLine(" ".join(match.group("label").split()),
                                " ".join(match.group("value").split()))
    return out


def slots(fields: dict[int, LabelLine]) -> frozenset[str]:
    """Labels (casefolded) that head two or more lines with different values."""
    values: dict[str, set[str]] = {}
    for line in fields.values():
        values.setdefault(line.label.casefold(), set()).add(line.value.casefold())
    return frozenset(label for label, seen in values.items() if len(seen) >= 2)


def record_block(
    terms: list[str], lines: list[tuple[int, int]], fields: dict[int, LabelLine]
) -> str | None:
    """Why a run of "Term: definition" entries (their terms, and the first and last line
    of each) is a record's block, not a glossary (module docstring); None for a glossary."""
    recurring = slots(fields)
    repeated = [t for t in terms if t.casefold() in recurring]
    if len(repeated) >= 2 and 2 * len(repeated) >= len(terms):
        shown = ", ".join(f'"{t}"' for t in repeated[:3])
        return (f"a record's fields, not a glossary: {shown} head lines of several blocks "
                "with other values (a form's or a plan's slots)")
    for number in (lines[0][0] - 1, lines[-1][1] + 1):
        beside = fields.get(number)
        if beside is not None and _field(beside, recurring):
            return (f'a record\'s fields, not a glossary: the line beside them is a field '
                    f'("{beside.label}: {_short(beside.value)}")')
    return None


def _field(line: LabelLine, recurring: frozenset[str]) -> bool:
    """A label line that fills a form in: a value whose first word holds a digit (a date,
    a number, a reference: "30.09.2026", "HB/2027/14"), a row of several fields, or a
    recurring label."""
    first = line.value.split()[0] if line.value.split() else ""
    return (any(c.isdigit() for c in first) or _MORE_FIELDS.search(line.value) is not None
            or line.label.casefold() in recurring)


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold a question built on a record's dated field: a line of a block of three or
    more label lines whose label recurs in other blocks with other values (a slot), and
    whose value holds a year ("Deadline: action day in Q3 2026; results report within 6
    weeks ..."). It is the record's own schedule, not a rule of the work; the question
    would ask its deadline or owner (rubric 7). An undated field (a "Description: ..." of
    what an action does) is judged like any sentence."""
    analysis = q.analysis
    doc = analysis.doc
    shown = doc.display(q.sentence.start, q.sentence.end)
    why = log_line(shown)
    if why:
        result.hold(f"a line of one case's record ({why}): what happened or is to do in "
                    "that case, not a standing fact")
        return
    if _LABEL_LINE.match(shown) is None:
        return  # cheap: most sentences open with no label
    fields = fields_of(analysis)
    number = doc.line_of(q.sentence.start)
    field = fields.get(number)
    if field is None or field.label.casefold() not in slots(fields):
        return
    if not doc.display(q.sentence.start, q.sentence.end).startswith(field.label):
        return  # a later sentence of the field's value
    run = 1 + _run(fields, number, -1) + _run(fields, number, 1)
    if run >= MIN_BLOCK and _YEAR.search(field.value):
        result.hold(DATED.format(label=field.label))


_LOG_LABEL = re.compile(
    r"^\W*(?P<label>outstanding(?:\s+(?:actions?|items?|tasks?))?|actions?(?:\s+points?)?"
    r"|actions?\s+(?:taken|outstanding|agreed)|updates?|handover|follow[- ]?ups?|to[- ]dos?"
    r"|tasking|log\s+entry)\s*:\s", re.I)
_LETTERED = re.compile(
    r"^\W{0,3}(?:(?P<label>[A-Za-z][\w'/&-]*(?:\s+[\w'/&-]+){0,2})\s*:\s*)?"
    r"\(a\)\s.*?[\s;,]\(b\)\s", re.S)
_NOT_LABEL = re.compile(
    r"\b(?:is|are|was|were|be|been|include|includes|included|comprise|comprises|means|"
    r"must|shall|should|may|will|can|therefore|follows?)\b", re.I)
"""Words that make a lead-in a clause of its own ("The elements are: (a) ..."), no label."""
_LOG_TIME = re.compile(
    r"^\W{0,2}\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\]?(?:\s*hrs)?\s*(?:\||[-\u2013\u2014]\s)")


def log_line(text: str) -> str:
    """Why ``text`` is a line of one case's record (module docstring), or ""."""
    label = _LOG_LABEL.match(text)
    if label:
        return f'the record\'s label "{label.group("label")}:"'
    lettered = _LETTERED.match(text)
    if lettered and not _NOT_LABEL.search(lettered.group("label") or ""):
        return 'lettered items, "(a) ... (b) ...", and no sentence of its own'
    if _LOG_TIME.match(text):
        return "an entry opened by its time"
    return ""


MIN_BLOCK = 3
DATED = ('a record\'s own dated field ("{label}:" fills a slot of each block of the '
         "record): the document's own schedule, not a rule of the work")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _run(fields: dict[int, LabelLine], number: int, step: int) -> int:
    """How many label lines follow (or precede) line ``number`` with no other line."""
    count = 0
    while number + step * (count + 1) in fields:
        count += 1
    return count


def fields_of(analysis: Analysis) -> dict[int, LabelLine]:
    """``label_lines`` of the analysed document, read once."""
    found: dict[int, LabelLine] | None = getattr(analysis, "_label_lines", None)
    if found is None:
        found = label_lines(analysis.doc)
        analysis._label_lines = found  # type: ignore[attr-defined]
    return found


def _short(value: str) -> str:
    words = value.split()
    return " ".join(words[:6]) + (" ..." if len(words) > 6 else "")


__all__ = ["LabelLine", "fields_of", "judge", "label_lines", "record_block", "slots"]
