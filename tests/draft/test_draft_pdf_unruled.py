# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 13b (class G): a PDF table that rules or shades its header row
only was read as lines with its columns interleaved ("“berth”, “slot” A slot is a time,
not a"). The header's cell edges are the columns; the rows under it are read by word
positions, split at a horizontal ruling or a blank, up to the first line that runs
across a column edge. A table with no ruling at all is found by a bold line of column
names set apart by wide blanks. Small PDFs of our own (WeasyPrint); the extracted text is what
the drafts cite."""

from __future__ import annotations

import pytest
from test_draft_formats import make_pdf

from curriculum.draft.pdf_text import extract_pdf

STYLE = """@page { size: A5; margin: 1.5cm } body { font-family: DejaVu Serif; font-size: 10pt }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt } th { background: #ccc; text-align: left; padding: 3pt }"""

RULED_ROWS = f"""<html><head><style>{STYLE} td {{ border-bottom: 0.5pt solid #999; padding: 3pt; vertical-align: top }}</style></head><body>
<p>Harbour staff use plain words on the radio.</p>
<table><tr><th>Say</th><th>Not</th><th>Because</th></tr>
<tr><td>“berth”, “mooring place”</td><td>“slot”</td><td>A slot is a time, not a place on the quay.</td></tr>
<tr><td>“fuel quay”</td><td>“the pumps”, “the station by the old crane”</td><td>Visitors do not know the crane.</td></tr>
</table>
<p>Say the name of the boat at the start and at the end of every call to the harbour office.</p>
</body></html>"""

SPACED_ROWS = f"""<html><head><style>{STYLE} td {{ padding: 0 3pt 8pt 3pt; vertical-align: top }}</style></head><body>
<table><tr><th>Flag</th><th>Meaning</th><th>Action</th></tr>
<tr><td>Red</td><td>Storm warning for the outer harbour</td><td>Stay in port.</td></tr>
<tr><td>Yellow</td><td>Strong wind</td><td>Small boats stay in port; others may sail with a radio.</td></tr>
</table>
<p>Flags are raised on the mast at the harbour office at dawn.</p>
<table><tr><th>Zone</th><th>Limit</th><th>Note</th></tr></table>
<p>Speed limits in the harbour are set by the Board each spring and posted at the office door and on the fuel quay.</p>
</body></html>"""


NO_RULINGS = f"""<html><head><style>{STYLE} th {{ background: none; padding: 2pt 12pt 6pt 0 }} td {{ padding: 0 12pt 7pt 0; vertical-align: top }}</style></head><body>
<p>The Board keeps three kinds of record.</p>
<table><tr><th>Record</th><th>Kept for</th><th>Held by</th></tr>
<tr><td>Berth bookings</td><td>two years</td><td>harbour office</td></tr>
<tr><td>Spill reports</td><td>ten years after the spill</td><td>environment officer of the Board</td></tr>
</table>
<p>Records are destroyed at the end of the period.</p>
</body></html>"""


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each PDF's extracted Markdown, read once."""
    root = tmp_path_factory.mktemp("pdf-unruled")
    out = {}
    for name, html in (("ruled", RULED_ROWS), ("spaced", SPACED_ROWS), ("none", NO_RULINGS)):
        pdf = make_pdf(root / f"{name}.pdf", html)
        out[name] = extract_pdf(pdf, pdf.read_bytes()).text
    return out


def test_rows_under_a_shaded_header_split_by_rulings_are_a_table(texts: dict[str, str]) -> None:
    assert texts["ruled"] == (
        "Harbour staff use plain words on the radio.\n"
        "\n"
        "| Say | Not | Because |\n"
        "|---|---|---|\n"
        "| “berth”, “mooring place” | “slot” | A slot is a time, not a place on the quay. |\n"
        "| “fuel quay” | “the pumps”, “the station by the old crane” | Visitors do not know the crane. |\n"
        "\n"
        "Say the name of the boat at the start and at the end of every\n"
        "call to the harbour office.\n"
    )


def test_rows_split_by_blanks_are_a_table_and_prose_under_a_header_is_not(texts: dict[str, str]) -> None:
    """The rows have no rulings, only a blank between them. A shaded row of names with
    a paragraph under it (every line across the column edges) has no body: it is read as
    before, and the paragraph stays text."""
    assert texts["spaced"] == (
        "| Flag | Meaning | Action |\n"
        "|---|---|---|\n"
        "| Red | Storm warning for the outer harbour | Stay in port. |\n"
        "| Yellow | Strong wind | Small boats stay in port; others may sail with a radio. |\n"
        "\n"
        "Flags are raised on the mast at the harbour office at dawn.\n"
        "\n"
        "### Zone Limit Note\n"
        "\n"
        "Speed limits in the harbour are set by the Board each spring\n"
        "and posted at the office door and on the fuel quay.\n"
    )


def test_a_bold_line_of_names_set_apart_by_wide_blanks_heads_a_table(texts: dict[str, str]) -> None:
    """No ruling at all: the bold header's names, far apart, give the columns."""
    assert texts["none"] == (
        "The Board keeps three kinds of record.\n"
        "\n"
        "| Record | Kept for | Held by |\n"
        "|---|---|---|\n"
        "| Berth bookings | two years | harbour office |\n"
        "| Spill reports | ten years after the spill | environment officer of the Board |\n"
        "\n"
        "Records are destroyed at the end of the period.\n"
    )
