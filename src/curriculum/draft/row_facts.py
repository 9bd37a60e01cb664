"""Table rows as module facts: what the table is about, and rows of a filled-in form.

A row is a module fact shown with its column headers ("Case category: Missing child;
Target: 48 hours; Maximum: 72 hours"). The headers say what each cell is, but not what the
table is about: "Target" of what? (blind review 16, X 4: a stem or fact from a row that
lost its caption). Here:

- a row's fact is led by the table's subject when the text gives one: the lead-in right
  above the table that ends on a colon and names what the values are ("Reporting times
  (from receipt of all required samples):", ``table_values._lead_before`` and
  ``table_subject.introduces``), or the caption set under it ("Table 1 - Retention
  periods for CAIU records."). The fact reads "Reporting times (from receipt of all
  required samples): Case category: ...". A section heading is never fused in front: it
  names the section, not the table;
- a row with a tick box in a cell ("Present: ☐; Absent: ☒") is an entry of a filled-in
  form, the record of one case's assessment, not something an officer learns: it is no
  module fact, and the audit says why.
"""

from __future__ import annotations

import re

from curriculum.draft import table_subject
from curriculum.draft.analysis import Analysis
from curriculum.draft.sentences import Sentence
from curriculum.draft.table_values import caption_after, lead_before, table_label
from curriculum.draft.tables import row_unit

_TICK_BOX = re.compile(r"^[\u2610\u2611\u2612\u25a1\u25a0\u25a2]$")
"""A cell that is one ballot box, empty or ticked (☐ ☑ ☒, □ ■): a form's check box."""
FORM_ENTRY = "an entry of a filled-in form (a tick box): one case's record, not a fact to learn"


def form_entry(analysis: Analysis, sentence: Sentence) -> bool:
    """The row has a cell that is only a tick box (module docstring)."""
    block = sentence.block
    if sentence.kind != "row" or block is None:
        return False
    doc = analysis.doc
    return any(_TICK_BOX.match(doc.display(c.start, c.end).strip()) for c in block.cells)


def row_fact(analysis: Analysis, sentence: Sentence) -> str:
    """The row as a fact: its cells with their headers, led by the table's subject when
    the text names it (module docstring)."""
    assert sentence.block is not None
    cells = sentence.block.cells
    unit = row_unit(cells, analysis.doc.display)
    rows = _table(analysis, sentence)
    about = caption_after(analysis, rows)
    if not about:
        lead = lead_before(analysis, rows)
        bare = re.sub(r"\s*\([^()]*\)", "", table_label(lead)).rstrip(" .:")
        about = table_label(lead) if lead and table_subject.introduces(bare, cells) else ""
    return f"{about.rstrip(' .:')}: {unit}" if about else unit


def _table(analysis: Analysis, sentence: Sentence) -> list[Sentence]:
    """The rows of ``sentence``'s table: the rows next to it under the same heading whose
    first columns share a header (as ``table_values`` groups them)."""
    def same(other: Sentence) -> bool:
        return (other.kind == "row" and other.block is not None and bool(other.block.cells)
                and sentence.block is not None
                and other.block.cells[0].header == sentence.block.cells[0].header
                and other.heading == sentence.heading)

    sentences = analysis.sentences
    first = last = sentence.index
    while first > 0 and same(sentences[first - 1]):
        first -= 1
    while last + 1 < len(sentences) and same(sentences[last + 1]):
        last += 1
    return sentences[first : last + 1]
