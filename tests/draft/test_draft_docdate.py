# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, the document's own date read from the lines that give it: a body line of
several "Key: value" pairs, a byline of parts set apart by dots, a date cut by a line wrap
after its day, the end of a reporting period (below the release date), and a key-value
table that opens an HTML body. Each on a short text of our own, with the exact outcome:
the date, its rank, and the line dropped as metadata rather than read as a sentence."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest

from curriculum.draft.cleaning import clean
from curriculum.draft.frontmatter import EDITED, EFFECTIVE, EVENTS, FILE, ISSUED
from curriculum.draft.lines import Cleaned
from curriculum.draft.reading import SourceDoc, read_source


def cleaned(tmp_path: Path, name: str, text: str) -> tuple[SourceDoc, Cleaned]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    return doc, clean(doc)


def units(doc: SourceDoc, out: Cleaned) -> list[tuple[str, str]]:
    return [(b.kind, doc.display(b.start, b.end)) for b in out.blocks]


ORDER = """Order on reports of lost passports

Riverside Police (fictional). Order number: RP 3/2026. Issued by: Chief Inspector Dana Holm. Effective date: 2 March 2026. Review date: 1 March 2028.

Every officer who takes a report of a lost passport must record it within one day.
"""


def test_a_body_line_of_several_pairs_dates_the_document(tmp_path: Path) -> None:
    """The effective date dates the order (the review date never does); the line is
    metadata, not a sentence."""
    doc, out = cleaned(tmp_path, "order.txt", ORDER)
    assert (out.doc_date, out.date_rank, out.date_line) == (date(2026, 3, 2), EFFECTIVE, 3)
    assert [(d.line, d.reason) for d in out.dropped] == [
        (1, "title (used as the source title)"),
        (3, "header line of several items: metadata, not text"),
    ]
    assert units(doc, out) == [
        ("para", "Every officer who takes a report of a lost passport must record it within "
                 "one day."),
    ]


def test_a_docx_paragraph_of_several_pairs_beats_the_file_date(project: Path) -> None:
    """In a Word file the same line (its first item in bold) wins over the date of the
    file's properties, which is only the day the file was saved."""
    import datetime as dt

    document = docx.Document()
    document.core_properties.title = "Order on reports of lost passports"
    document.core_properties.created = dt.datetime(2026, 1, 20, 9, 0)
    document.add_heading("Order on reports of lost passports", 0)
    first = document.add_paragraph()
    first.add_run("Riverside Police (fictional).").bold = True
    first.add_run(" Order number: RP 3/2026. Issued by: Chief Inspector Dana Holm. Effective "
                  "date: 2 March 2026. Review date: 1 March 2028.")
    document.add_paragraph("Every officer who takes a report of a lost passport must record "
                           "it within one day.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = project / "sources" / "order.docx"
    path.write_bytes(buffer.getvalue())
    doc = read_source(path, project, project / "drafts" / "sources" / "order.docx.md")
    out = clean(doc)
    assert (out.doc_date, out.date_rank) == (date(2026, 3, 2), EFFECTIVE)
    assert [k for k, _ in units(doc, out)] == ["para"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Riverside Ferries Ltd (fictional) \u00b7 Version 3.0 \u00b7 Last updated 9 May 2026 "
         "\u00b7 Applies to all routes", (date(2026, 5, 9), EDITED)),
        ("Version 2.0 \u00b7 Effective from 1 May 2025 \u00b7 Replaces version 1.3 (June 2022)",
         (date(2025, 5, 1), EFFECTIVE)),
        ("Ferry Handbook, 2nd edition (October 2024) \u00b7 For crews and port staff",
         (date(2024, 10, 1), ISSUED)),
    ],
)
def test_a_byline_of_parts_dates_the_document(
    tmp_path: Path, byline: str, expected: tuple[date, int]
) -> None:
    """A byline's dated part gives the date by the words before it; the version a text
    replaces is another text's date."""
    text = f"# Ferry safety rules\n\n*{byline}*\n\nEvery ferry carries a list of its passengers.\n"
    doc, out = cleaned(tmp_path, "ferry.md", text)
    assert (out.doc_date, out.date_rank) == expected
    assert [(d.line, d.reason) for d in out.dropped][-1] == (
        3, "header line of several items: metadata, not text")
    assert units(doc, out) == [("para", "Every ferry carries a list of its passengers.")]


def test_a_date_cut_after_its_day_keeps_its_day(tmp_path: Path) -> None:
    text = ("# Harbour patrol review\n\nSummary \u00b7 Riverside Council \u00b7 Published 17\n"
            "April 2026\n\nThe review looked at night patrols in the harbour.\n")
    doc, out = cleaned(tmp_path, "review.md", text)
    assert (out.doc_date, out.date_rank, out.date_line) == (date(2026, 4, 17), ISSUED, 3)
    assert [(d.line, d.reason) for d in out.dropped][-2:] == [
        (3, "header line of several items: metadata, not text"),
        (4, "the end of the date on line 3 (cut at a line wrap)"),
    ]
    assert units(doc, out) == [("para", "The review looked at night patrols in the harbour.")]


BULLETIN = """RIVERSIDE STATISTICS OFFICE
Bulletin 4/26

LOST PROPERTY REPORTED TO THE POLICE
Quarter ending 31 December 2025
{release}
Reports of lost passports fell by a tenth in the quarter.
"""


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        ("\nRelease date: Thursday 12 February 2026, 09:30\n", (date(2026, 2, 12), ISSUED)),
        ("", (date(2025, 12, 31), EVENTS)),
    ],
)
def test_a_bulletin_is_dated_by_its_release_not_its_period(
    tmp_path: Path, release: str, expected: tuple[date, int]
) -> None:
    """The end of the quarter reported is the document's date only when no release date
    says when it was issued."""
    _, out = cleaned(tmp_path, "bulletin.txt", BULLETIN.format(release=release))
    assert (out.doc_date, out.date_rank) == expected
    assert (5, "the end of the period reported, read as 2025-12-31") in [
        (d.line, d.reason) for d in out.dropped]


CONTROL = """<html><head><title>Lesson plan: lost passports</title></head><body>
{before}<table>
<tr><th>Course</th><td>Front counter course</td><th>Version</th><td>1.4, 3 November 2025</td></tr>
<tr><th>Trainer</th><td>PS Ana Ruiz</td><th>Duration</th><td>2 hours</td></tr>
</table>
<h1>Lost passports</h1>
<p>An officer records every lost passport within one day.</p>
</body></html>"""


def test_a_key_value_table_opening_the_body_is_the_document_control(tmp_path: Path) -> None:
    doc, out = cleaned(tmp_path, "plan.html", CONTROL.format(before=""))
    assert (out.doc_date, out.date_rank) == (date(2025, 11, 3), ISSUED)
    assert units(doc, out) == [
        ("heading", "Lost passports"),
        ("para", "An officer records every lost passport within one day."),
    ]


def test_the_same_table_after_text_stays_a_table(tmp_path: Path) -> None:
    """Under a paragraph, such a table is content: its rows stay rows and give no date."""
    before = "<p>The course is run every month.</p>\n"
    doc, out = cleaned(tmp_path, "plan.html", CONTROL.format(before=before))
    assert (out.doc_date, out.date_rank) == (None, FILE + 1)
    assert [k for k, _ in units(doc, out)] == ["para", "row", "row", "heading", "para"]


def test_the_date_of_a_previous_issue_is_never_the_documents(tmp_path: Path) -> None:
    """"Previous issue: 2 (Feb. 2022)" dates the issue this one replaced; the effective
    date in the line above it dates this one."""
    text = ("HARBOUR POLICE (fictional)\nDESK NOTE DN-7\nIssue 3 | Effective 4 August 2025 | "
            "Owner: Inspector Lea Marsh\nPrevious issue: 2 (Feb. 2022), withdrawn\n\n"
            "Every desk officer logs a found child within 15 minutes.\n")
    _, out = cleaned(tmp_path, "desk.txt", text)
    assert (out.doc_date, out.date_rank, out.date_line) == (date(2025, 8, 4), EFFECTIVE, 3)


FOOTED = """<html><head><title>When a child goes missing from the harbour: advice for carers</title></head>
<body><h1>When a child goes missing from the harbour</h1>
<p>Call the harbour police at once if a child in your care does not come home from the quay.</p>
<footer><p>Page last reviewed: 14 November 2025 &middot; Next review: November 2026</p>
<p>Harbour Carers Network is a registered charity (fictional). Privacy &middot; Contact</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("<p>Page last reviewed: 14 November 2025 &middot; Next review: November 2026</p>", date(2025, 11, 14)),
        ("<p>Last updated 3 February 2026.</p>", date(2026, 2, 3)),
        ("<p>Next review: November 2026</p>", None),  # a review to come never dates it
        ("<p>Our thanks to the harbour carers who reviewed this page with us in their meeting of March 2025.</p>", None),
    ],
)
def test_a_control_line_in_an_html_footer_dates_the_page(
    tmp_path: Path, footer: str, expected: date | None
) -> None:
    """Blind review 10 (V8): a page's "last reviewed" line sits in its footer, which is
    never read as text; it dates the page as a ``<meta>`` date would."""
    text = re.sub(r"<footer>.*</footer>", f"<footer>{footer}</footer>", FOOTED, flags=re.S)
    doc, out = cleaned(tmp_path, "missing.html", text)
    assert out.doc_date == expected
    if expected is not None:
        assert out.date_rank == EDITED
    assert not [u for u in units(doc, out) if "review" in u[1].lower()]


DETAILS = """<html><head><title>Found property: bicycles | Harbour Police hub</title></head><body>
<nav><a href="/">Home</a> &rsaquo; Property</nav>
<h1>Found bicycles: what the front counter does</h1>
{before}<dl class="meta">
  <dt>Page ID</dt><dd>HP-0093 (version 2)</dd>
  <dt>Owner</dt><dd>Sergeant Tove Lind, Property Office</dd>
  <dt>{key}</dt><dd>9 September 2025</dd>
  <dt>Next review</dt><dd>March 2026</dd>
</dl>
<p>An officer logs every found bicycle on the property system within one day.</p>
</body></html>"""


def test_a_details_list_under_the_title_dates_the_page(tmp_path: Path) -> None:
    """Blind review 11b (V5): an intranet page gives its ID, owner and review dates as a
    ``<dl>`` under its title. It is the page's control block: its "Last reviewed" date
    dates the page and its terms are metadata, not headings."""
    doc, out = cleaned(tmp_path, "bikes.html", DETAILS.format(before="", key="Last reviewed"))
    assert (out.doc_date, out.date_rank) == (date(2025, 9, 9), EDITED)
    assert units(doc, out) == [
        ("heading", "Found bicycles: what the front counter does"),
        ("para", "An officer logs every found bicycle on the property system within one day."),
    ]


@pytest.mark.parametrize(
    ("before", "key"),
    [
        ("<p>Bicycles are the property most often handed in.</p>\n", "Last reviewed"),  # under prose
        ("", "Stored until"),  # no key that dates the page
    ],
)
def test_a_details_list_after_prose_or_without_a_dated_key_gives_no_date(
    tmp_path: Path, before: str, key: str
) -> None:
    """Under a paragraph the list is content; without a dated key it is no control block
    (its lone date line may still date the page by the date-line rule, not as a field)."""
    doc, out = cleaned(tmp_path, "bikes.html", DETAILS.format(before=before, key=key))
    assert out.date_rank != EDITED
    assert any(u[1] == "Owner" for u in units(doc, out))


LOG = """HARBOUR POLICE (fictional)
MISSING PERSON SEARCH LOG

Search ref:      HP/SR/2024/031
Subject:         Missing walker, aged 71, on the coast path
Search advisor:  PS Lena Roth
Search manager:  Inspector Paul Arden
Deputy manager:  PS Omar Lindqvist
Log opened:      Friday 4 October 2024, 18:10 hrs
Log closed:      {closed}

Note: entries are copied as written by the search manager, with spelling corrected.

ENTRY 1      Date: 04/10/2024      Time: 18:10
Decision:    The duty inspector takes charge of the search for the missing walker.

ENTRY 2      Date: 05/10/2024      Time: 09:30
Decision:    Search stood down; the walker was found safe at a farm.

Signed: P. Arden, Insp                                           {signed}
"""


@pytest.mark.parametrize(
    ("closed", "signed", "expected", "line"),
    [
        ("Saturday 5 October 2024, 09:45 hrs", "7 October 2024", date(2024, 10, 5), 10),
        ("(open)", "7 October 2024", date(2024, 10, 7), 20),
    ],
)
def test_a_log_is_dated_by_its_closing_or_its_signature(
    tmp_path: Path, closed: str, signed: str, expected: date, line: int
) -> None:
    """Blind review 11a (R9): a log is dated by the day it was closed, never the day it
    was opened; a log still open is dated by its signature line under the last entry,
    which is metadata, not a heading."""
    doc, out = cleaned(tmp_path, "log.txt", LOG.format(closed=closed, signed=signed))
    assert (out.doc_date, out.date_rank, out.date_line) == (expected, ISSUED, line)
    assert not [u for u in units(doc, out) if u[1].startswith("Signed")]


def test_a_head_line_of_labelled_parts_is_metadata_in_any_format(tmp_path: Path) -> None:
    """Blind review 11a (R8): in a role profile's head, "Post: ... | Number of posts: 2 |
    Base: ..." (no date, not the head's first line) became a fact. Two ``Key: value`` parts
    or more set apart by "|" make it a reference line in a text file too."""
    text = (
        "Role profile: Digital Media Investigator, Harbour Cyber Unit\n\n"
        "Harbour Police (fictional) | Crime Directorate | Reference HP/26/114\n\n"
        "Post: Digital Media Investigator | Number of posts: 2 (permanent) | Base: Quayside Police Station\n\n"
        "The unit examines every seized phone within 10 working days of its submission.\n"
    )
    doc, out = cleaned(tmp_path, "profile.txt", text)
    assert [u for u in units(doc, out) if u[0] == "para"] == [
        ("para", "The unit examines every seized phone within 10 working days of its submission."),
    ]
    assert any(d.reason.startswith("banner or reference line") and d.text.startswith("Post:")
               for d in out.dropped)
