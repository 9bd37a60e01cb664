"""Reading real documents: front matter, headings without blank lines, tables, footnotes.

Each test is a short text of our own with the exact outcome expected: what becomes
metadata, which lines are headings, which units the sentence layer receives.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.modules import source_entry, unit_text
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Child victim identification"}]}
).themes


def analysed(tmp_path: Path, name: str, text: str) -> Analysis:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return analyse(read_source(path, tmp_path), "src", ThemeMatcher(THEMES))


def units(analysis: Analysis) -> list[tuple[int, str, str]]:
    """(line, kind, text as learners read it) of every kept sentence or unit."""
    return [(s.line, s.kind, unit_text(analysis.doc, s)) for s in analysis.kept()]


def dropped(analysis: Analysis) -> list[tuple[int, str]]:
    return [(d.line, d.reason) for d in analysis.dropped]


HEADER_TEXT = (
    "Title: Coastal unit widens its identification work\n"
    "Date-of-events: 3-5 April 2024\n"
    "Source: https://police.example.org/news/2024/04/5521\n"
    "Sources:\n"
    "  - https://police.example.org/annual/2023\n"
    "Organisation: Coastal Police Service\n"
    "---\n"
    "The coastal unit reviewed 310 case files during the three days of the exercise.\n"
)


def test_a_key_value_header_is_metadata_not_sentences(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, "release.txt", HEADER_TEXT)
    assert units(analysis) == [
        (8, "para", "The coastal unit reviewed 310 case files during the three days of the "
         "exercise."),
    ]
    assert analysis.cleaned.title == "Coastal unit widens its identification work"
    assert analysis.cleaned.doc_date == date(2024, 4, 5)  # the last day of the events
    assert dropped(analysis) == [
        (1, "front matter (Title): metadata, not text"),
        (2, "front matter (Date-of-events): metadata, not text"),
        (3, "front matter (Source): metadata, not text"),
        (4, "front matter (Sources): metadata, not text"),
        (5, "front matter (header): metadata, not text"),
        (6, "front matter (Organisation): metadata, not text"),
    ]
    assert source_entry(analysis, None) == {
        "id": "src",
        "title": "Coastal unit widens its identification work",
        "path": "release.txt",
        "publisher": "Coastal Police Service",
        "date": "2024-04-05",
        "url": "https://police.example.org/news/2024/04/5521",
    }
    # No digit of any URL reaches the rules.
    numbers = [f.label for facts in analysis.facts.values() for f in facts]
    assert not any("5521" in n or "2023" in n for n in numbers)


def test_yaml_front_matter_in_markdown(tmp_path: Path) -> None:
    text = (
        "---\n"
        "title: \"Referral desk: first year\"\n"
        "date: 2023-09-30\n"
        "url: https://example.org/referral-desk\n"
        "tags: [referrals, desk]\n"
        "---\n"
        "\n"
        "# Referral desk: first year\n"
        "\n"
        "The referral desk passed 820 reports to specialist teams in its first year.\n"
    )
    analysis = analysed(tmp_path, "desk.md", text)
    assert units(analysis) == [
        (10, "para", "The referral desk passed 820 reports to specialist teams in its first "
         "year."),
    ]
    assert analysis.cleaned.title == "Referral desk: first year"
    assert analysis.cleaned.doc_date == date(2023, 9, 30)
    assert dropped(analysis) == [
        (2, "front matter (title): metadata, not text"),
        (3, "front matter (date): metadata, not text"),
        (4, "front matter (url): metadata, not text"),
        (5, "front matter (tags): metadata, not text"),
        (8, "title (the front matter's title is used)"),
    ]


def test_html_head_is_metadata(tmp_path: Path) -> None:
    text = (
        "<!doctype html><html><head>\n"
        "<title>Harbour checks report</title>\n"
        '<meta name="author" content="Harbour Police">\n'
        '<meta property="article:published_time" content="2022-11-02T09:00:00Z">\n'
        '<link rel="canonical" href="https://example.org/harbour/2022/77">\n'
        "</head><body>\n"
        "<p>Officers checked 96 vessels in the harbour during the operation.</p>\n"
        "</body></html>\n"
    )
    analysis = analysed(tmp_path, "harbour.html", text)
    assert units(analysis) == [
        (7, "para", "Officers checked 96 vessels in the harbour during the operation."),
    ]
    entry = source_entry(analysis, None)
    assert entry["title"] == "Harbour checks report"
    assert entry["date"] == "2022-11-02"
    assert entry["publisher"] == "Harbour Police"
    assert entry["url"] == "https://example.org/harbour/2022/77"


def test_a_document_without_front_matter_keeps_its_first_lines(tmp_path: Path) -> None:
    text = "Note: the unit moved.\nIt now works from the port.\n"
    analysis = analysed(tmp_path, "note.txt", text)
    assert analysis.doc.meta.span is None
    assert [u[2] for u in units(analysis)] == [
        "Note: the unit moved.",
        "It now works from the port.",
    ]


def test_headings_without_a_blank_line_are_never_fused(tmp_path: Path) -> None:
    text = (
        "Annual review of the exploitation unit\n"
        "\n"
        "Expansion\n"
        "The unit opened a second office in 2022 and hired nine analysts.\n"
        "\n"
        "Training And Referral\n"
        "Analysts completed 14 courses on image comparison during the year.\n"
        "\n"
        "The review was written for the regional board\n"
        "and covers the whole of 2022.\n"
        "\n"
        "Results\n"
        "=======\n"
        "Referrals rose to 212 cases.\n"
    )
    analysis = analysed(tmp_path, "review.txt", text)
    assert units(analysis) == [
        (4, "para", "The unit opened a second office in 2022 and hired nine analysts."),
        (7, "para", "Analysts completed 14 courses on image comparison during the year."),
        (9, "para", "The review was written for the regional board and covers the whole of "
         "2022."),
        (14, "para", "Referrals rose to 212 cases."),
    ]
    headings = {s.line: s.heading for s in analysis.kept()}
    assert headings == {4: "Expansion", 7: "Training And Referral", 9: "Training And Referral",
                        14: "Results"}


def test_markdown_and_html_headings_without_blank_lines(tmp_path: Path) -> None:
    md = "Intro line for the file.\n\n## Scope\nThe pilot covered four districts.\nStaff\n---\n"
    analysis = analysed(tmp_path, "scope.md", md)
    assert [(u[0], u[2]) for u in units(analysis)] == [
        (1, "Intro line for the file."),
        (4, "The pilot covered four districts."),
    ]
    kinds = [line.kind for line in analysis.cleaned.lines]
    assert kinds == ["para", "blank", "heading", "para", "heading", "blank"]
    html = (
        "<p>The pilot ran in 2021.</p><h2>Scope</h2>The pilot covered four districts."
        "<h3>Staff</h3>It used six analysts."
    )
    analysis = analysed(tmp_path, "scope.html", html)
    assert [(s.heading, unit_text(analysis.doc, s)) for s in analysis.kept()] == [
        ("", "The pilot ran in 2021."),
        ("Scope", "The pilot covered four districts."),
        ("Staff", "It used six analysts."),
    ]


def test_markdown_table_rows_carry_their_headers(tmp_path: Path) -> None:
    text = (
        "Victims identified by the partner units in 2023 are listed below.\n"
        "\n"
        "| Country | Unit | Victims identified |\n"
        "|:--------|------|-------------------:|\n"
        "| Ghana | Accra cyber desk | 25 |\n"
        "| Kenya | Nairobi unit | 15 |\n"
        "| Peru |  | 7 |\n"
        "\n"
        "The figures were checked by each unit.\n"
    )
    analysis = analysed(tmp_path, "table.md", text)
    assert units(analysis) == [
        (1, "para", "Victims identified by the partner units in 2023 are listed below."),
        (5, "row", "Country: Ghana; Unit: Accra cyber desk; Victims identified: 25"),
        (6, "row", "Country: Kenya; Unit: Nairobi unit; Victims identified: 15"),
        (7, "row", "Country: Peru; Victims identified: 7"),
        (9, "para", "The figures were checked by each unit."),
    ]
    assert dropped(analysis) == [(3, "table header: column names, given with each row")]
    row = analysis.kept()[1]
    assert analysis.doc.raw[row.start : row.end] == "Ghana | Accra cyber desk | 25"


def test_html_table_rows_carry_their_headers(tmp_path: Path) -> None:
    text = (
        "<p>Officers trained per region:</p>\n"
        "<table>\n"
        "<caption>Officers trained in 2023</caption>\n"
        "<tr><th>Region</th><th>Officers trained</th></tr>\n"
        "<tr><td>North</td><td>40</td></tr>\n"
        "<tr>\n<td>South</td>\n<td>&gt; 55</td>\n</tr>\n"
        "</table>\n"
        "<table><tr><td>Layout only</td></tr></table>\n"
    )
    analysis = analysed(tmp_path, "regions.html", text)
    assert units(analysis) == [
        (1, "para", "Officers trained per region:"),
        (5, "row", "Region: North; Officers trained: 40"),
        (7, "row", "Region: South; Officers trained: > 55"),
        (11, "para", "Layout only"),
    ]
    assert dropped(analysis) == [(4, "table header: column names, given with each row")]
    assert {s.heading for s in analysis.kept() if s.kind == "row"} == {"Officers trained in 2023"}


def test_footnotes_are_resolved_and_markers_removed(tmp_path: Path) -> None:
    text = (
        "The unit identified 37 victims in 2023.[^1] Most cases came from referrals[^src].\n"
        "\n"
        "[^1]: The count includes victims identified with partner agencies.\n"
        "[^src]: Referrals from the national hotline\n"
        "    and from schools.\n"
    )
    analysis = analysed(tmp_path, "notes.md", text)
    assert units(analysis) == [
        (1, "para", "The unit identified 37 victims in 2023."),
        (1, "para", "Most cases came from referrals."),
        (3, "footnote", "The count includes victims identified with partner agencies."),
        (4, "footnote", "Referrals from the national hotline and from schools."),
    ]
    notes = [s.block for s in analysis.kept() if s.kind == "footnote"]
    assert [(b.label, b.ref_line) for b in notes if b is not None] == [("1", 1), ("src", 1)]


def test_html_footnotes_are_resolved(tmp_path: Path) -> None:
    text = (
        '<p>Reports doubled in 2021.<sup><a href="#fn1" id="fnref1">1</a></sup></p>\n'
        '<ol class="footnotes">\n'
        '<li id="fn1">Reports to the national hotline only. <a href="#fnref1">\u21a9</a></li>\n'
        "</ol>\n"
    )
    analysis = analysed(tmp_path, "fn.html", text)
    assert units(analysis) == [
        (1, "para", "Reports doubled in 2021."),
        (3, "footnote", "Reports to the national hotline only."),
    ]


def test_plain_text_footnotes_are_resolved_and_paragraph_numbers_are_not_markers(
    tmp_path: Path,
) -> None:
    """A .txt report cites "[1]" or a superscript glued to the word before; the note line
    after it is the note. A bracketed number opening a line with no marker before it is a
    paragraph number or a citation, never a note."""
    text = (
        "[12] The review looked at 40 cases.\n"
        "\n"
        "The unit identified 37 victims in 2023.[1] Most cases came from referrals[a].\n"
        "Reports rose in 2024\u00b2 after the campaign.\n"
        "\n"
        "[1] The count includes victims identified with partner agencies.\n"
        "[a] Referrals from the national hotline\n"
        "    and from schools.\n"
        "\u00b2 Hotline reports only.\n"
        "[3] A note nobody cites.\n"
    )
    analysis = analysed(tmp_path, "notes.txt", text)
    assert units(analysis) == [
        (1, "para", "The review looked at 40 cases."),
        (3, "para", "The unit identified 37 victims in 2023."),
        (3, "para", "Most cases came from referrals."),
        (4, "para", "Reports rose in 2024 after the campaign."),
        (6, "footnote", "The count includes victims identified with partner agencies."),
        (7, "footnote", "Referrals from the national hotline and from schools."),
        (9, "footnote", "Hotline reports only."),
        (10, "para", "A note nobody cites."),
    ]
    notes = [s.block for s in analysis.kept() if s.kind == "footnote"]
    assert [(b.label, b.ref_line) for b in notes if b is not None] == [
        ("1", 3), ("a", 3), ("\u00b2", 4)]


def test_emphasis_marks_leave_no_space_before_punctuation(tmp_path: Path) -> None:
    """Bold on a time limit is common in procedures; its closing marks must not show as a
    space before the full stop ("within 24 hours .")."""
    text = (
        "Officers must notify the duty manager **within 4 hours**. The log is kept for "
        "*five years*, and `ref-12` is quoted __in full__; a median of **once** , not more.\n"
    )
    analysis = analysed(tmp_path, "emphasis.md", text)
    assert units(analysis) == [
        (1, "para", "Officers must notify the duty manager within 4 hours."),
        (1, "para", "The log is kept for five years, and ref-12 is quoted in full; a median of "
         "once , not more."),
    ]


def test_inline_html_tags_leave_no_space_before_punctuation(tmp_path: Path) -> None:
    """A browser shows no space for an inline tag, so a stem does not either; a block
    tag still separates."""
    text = (
        "<html><body><p>Officers must notify the duty manager within <strong>4 hours</strong>. "
        "The log is kept for <em>five years</em>, as <a href='#r'>the rules</a> say.</p>"
        "<p>A second<b>paragraph</b>.</p></body></html>\n"
    )
    analysis = analysed(tmp_path, "inline.html", text)
    assert [u[2] for u in units(analysis)] == [
        "Officers must notify the duty manager within 4 hours.",
        "The log is kept for five years, as the rules say.",
        "A secondparagraph.",
    ]


def test_a_bold_time_limit_is_quoted_with_its_whole_sentence(tmp_path: Path) -> None:
    """A quote shrinks to the markup-free stretch around the answer only when that keeps
    most of the sentence: "within 4 hours" alone cites nothing checkable. A sentence with a
    link keeps its clean stretch (a raw tag in a quote reads as noise)."""
    text = (
        "When the unit has a credible lead, the supervisor notifies the agency's duty manager "
        "**within 4 hours**.\n\n"
        "The national hotline received 1,486 reports in 2023 and passed them on, as the "
        "[annual report](https://example.org/r) says.\n"
    )
    path = tmp_path / "quotes.md"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    bold = text.index("When")
    end = text.index("**.") + 3
    key = text.index("4 hours")
    assert doc.raw[slice(*doc.quote_span(bold, end, (key, key + 1)))] == text[bold:end]
    start = text.index("The national")
    stop = text.index("says.") + 5
    key = text.index("1,486")
    quoted = doc.raw[slice(*doc.quote_span(start, stop, (key, key + 5)))]
    assert quoted == (
        "The national hotline received 1,486 reports in 2023 and passed them on, as the")


def test_an_html_sentence_with_a_bold_limit_is_quoted_whole(tmp_path: Path) -> None:
    """An inline tag around the figure is emphasis, as ``**`` is: the quote is the whole
    sentence, never the bold run alone ("1 working day" cites nothing checkable)."""
    text = ("<html><body><p>The hub decides on next steps within <strong>1 working day</strong> "
            "of receiving the referral about a missing child.</p></body></html>\n")
    path = tmp_path / "pathway.html"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    start, end = text.index("The hub"), text.index("child.") + 6
    key = text.index("1 working")
    assert doc.raw[slice(*doc.quote_span(start, end, (key, key + 1)))] == text[start:end]


def test_a_listed_finding_starts_after_its_complementiser(tmp_path: Path) -> None:
    """Findings listed under "The conference found:" open with "That"; the item's claim is
    the clause after it. "That report ..." and "That is why ..." keep their "That"."""
    text = (
        "# Outcome statement\n\nThe conference found:\n\n"
        "- That the regional specialists identified 212 children in the two years to "
        "30 June 2025.\n"
        "- That report was published in 2024.\n"
        "- That is why States must share data.\n"
        "\nThe Conference noted:\n"
        "1. that the region's analysts reviewed 9,000 files in 2024;\n"
        "2. that, according to the regional report, most victims were girls.\n"
    )
    analysis = analysed(tmp_path, "outcome.md", text)
    assert units(analysis) == [
        (3, "para", "The conference found:"),
        (5, "bullet", "the regional specialists identified 212 children in the two years to "
         "30 June 2025."),
        (6, "bullet", "That report was published in 2024."),
        (7, "bullet", "That is why States must share data."),
        (9, "para", "The Conference noted:"),
        (10, "bullet", "the region's analysts reviewed 9,000 files in 2024;"),
        (11, "bullet", "according to the regional report, most victims were girls."),
    ]


def test_line_count_does_not_count_a_final_line_break(tmp_path: Path) -> None:
    for text, lines in (("one\ntwo\n", 2), ("one\ntwo", 2), ("one\r\ntwo\r\n\r\n", 3)):
        path = tmp_path / "lines.txt"
        path.write_bytes(text.encode())
        assert read_source(path, tmp_path).line_count == lines


def test_the_audit_shortens_and_caps_dropped_lines(project: Path) -> None:
    from draft_fixtures import run

    arabic = "\u0627\u0644\u0634\u0631\u0637\u0629 " * 60
    footer = "This footer line repeats on every page of the report."
    body = [
        "Identification unit report",
        "",
        arabic.strip(),
        "",
        "Victim identification analysts reviewed 300 images and videos in the pilot.",
        "",
        footer,
    ]
    body += [footer] * 250  # duplicates of the line before: 250 dropped lines
    (project / "sources" / "footer.txt").write_text("\n".join(body) + "\n", "utf-8")
    result = run("draft", "sources/footer.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert not re.search(r"\b1 (fact|question)s\b", result.output)
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    part = audit.split("### Lines not used as text")[1].split("###")[0]
    listed = [line for line in part.splitlines() if line.startswith("- line ")]
    assert len(listed) == 200
    long_line = next(line for line in listed if line.startswith("- line 3:"))
    assert long_line.endswith(" \u2026") and len(long_line) < 200
    assert "- and 52 more lines (lines 206 to 257), not listed one by one: duplicate: 52" in part
    assert "- lines: 257" in audit
    metrics = json.loads((project / "drafts" / "draft-metrics.json").read_text("utf-8"))
    assert metrics["sources"]["sources/footer.txt"]["lines"] == 257


FRAGMENTS = [
    "Title: A report\n", "Date: 5 May 2023\n", "---\n", "\n", "# Heading\n", "Results\n",
    "=====\n", "| A | B |\n", "|---|---|\n", "| 1 | two |\n", "| x |\n", "[^1]: A note.\n",
    "The unit trained 40 officers.[^1]\n", "    continued note\n", "<table><tr><th>A</th>",
    "<th>B</th></tr><tr><td>1</td><td>2</td></tr></table>\n", "<sup>1</sup>",
    '<p id="fn1">Note text</p>', '<sup><a href="#fn1">1</a></sup>', "https://x.org/2023/1 ",
    "- item one\n", "Expansion\n", "The team grew in 2021 to 14 analysts.\n", "\r\n", "\\|",
]


def test_a_label_line_run_together_from_blanked_markup_reads(tmp_path: Path) -> None:
    """Table cells left open before a list item display as "A A - item one", a "Label -
    value" line, while the text the rules read has the markup as spaces: read without
    error (hypothesis found it; ``layout._key_end``)."""
    text = ("Title: A report\n" * 2 + "<table><tr><th>A</th>" * 2
            + "- item one\n<table><tr><th>A</th>- item one\n")
    analysis = analysed(tmp_path, "t.md", text)
    assert len(analysis.doc.text) == len(analysis.doc.raw)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25),
    st.sampled_from(["t.txt", "t.md", "t.html"]),
)
def test_any_mix_of_structures_reads_without_error(parts: list[str], name: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        text = "".join(parts)
        if not text.strip():
            return
        analysis = analysed(root, name, text)
        doc = analysis.doc
        assert len(doc.text) == len(doc.raw)
        for sentence in analysis.sentences:
            assert 0 <= sentence.start < sentence.end <= len(doc.raw)
            block = sentence.block
            for cell in block.cells if block is not None else ():
                assert sentence.start <= cell.start <= cell.end <= sentence.end


def test_the_first_line_of_a_wrapped_paragraph_is_not_a_title(tmp_path: Path) -> None:
    text = (
        "The unit identified 37 victims in 2023. Most of the cases came\n"
        "from referrals by partner agencies.\n"
    )
    analysis = analysed(tmp_path, "wrapped.txt", text)
    assert analysis.cleaned.title is None
    assert [u[2] for u in units(analysis)] == [
        "The unit identified 37 victims in 2023.",
        "Most of the cases came from referrals by partner agencies.",
    ]
    titled = analysed(tmp_path, "titled.txt", "Annual Review\nThe unit grew in 2023.\n")
    assert titled.cleaned.title == "Annual Review"


def test_header_lines_and_publication_lines_near_the_top_are_metadata(tmp_path: Path) -> None:
    text = (
        "Report of the regional review meeting\n"
        "\n"
        "Meeting dates: 4-6 May 2022\n"
        "\n"
        "Venue: Harbour Conference Hall, Port Amara\n"
        "\n"
        "Published by the Regional Review Board, 20 June 2022.\n"
        "\n"
        "The board reviewed 64 referrals made during the first quarter of\n"
        "2022.\n"
        "\n"
        "Offenders are placed in one of two categories:\n"
        "\n"
        "- Category 1: registered offenders, who must notify the police of\n"
        "their address;\n"
        "- Category 2: other offenders.\n"
    )
    analysis = analysed(tmp_path, "review.txt", text)
    assert analysis.cleaned.doc_date == date(2022, 6, 20)  # the publication line wins
    assert dropped(analysis) == [
        (1, "title (used as the source title)"),
        (3, "header line (Meeting dates): metadata, not text"),
        (5, "header line (Venue): metadata, not text"),
        (7, "publication line, read as 2022-06-20"),
    ]
    assert units(analysis) == [
        (9, "para", "The board reviewed 64 referrals made during the first quarter of 2022."),
        (12, "para", "Offenders are placed in one of two categories:"),
        (14, "bullet", "Category 1: registered offenders, who must notify the police of their "
         "address;"),
        (16, "bullet", "Category 2: other offenders."),
    ]


def test_a_topic_heading_with_a_colon_is_a_heading_not_a_header_line(tmp_path: Path) -> None:
    """"Topic: Subtopic" alone between blank lines, both halves titles with no figure, heads
    the section (and places it); label keys ("Issued by", a role before a name in a header
    block) stay metadata."""
    text = (
        "Written answers to questions\n\nThursday 16 October 2025\n\n"
        "Issued by: Public Protection Unit\n\n"
        "Lead Officer: Dana Reyes\nDeputy Lead Officer: Sam Okafor\n\n"
        "Registered Sexual Offenders: Overseas Travel\n\n"
        "A registered offender must notify the police at least 7 days before travelling abroad.\n"
    )
    analysis = analysed(tmp_path, "answer.txt", text)
    assert dropped(analysis) == [
        (1, "title (used as the source title)"),
        (3, "date line, read as 2025-10-16"),
        (5, "header line (Issued by): metadata, not text"),
        (7, "header line (Lead Officer): metadata, not text"),
        (8, "header line (Deputy Lead Officer): metadata, not text"),
    ]
    assert [(s.block.line, s.block.heading) for s in analysis.kept() if s.block] == [
        (12, "Registered Sexual Offenders: Overseas Travel")]


def test_the_document_date_is_its_issue_date_never_a_review_or_expiry_date(
    tmp_path: Path,
) -> None:
    body = "\n\nThe referral desk answers every school within one working day.\n"
    texts = {
        # body head lines: the approval date, not the later review date
        "procedure.txt": "Procedure for school referrals\n\nReference: PR-12\n\n"
        "Approved by: Northfield Partnership, 3 May 2023\n\nReview date: May 2025" + body,
        # a header block: ranked by what the key means, not by its order
        "sheet.txt": "Title: Notices in child protection cases\nValid-until: 30.09.2025\n"
        "Date-of-issue: 2 October 2023\nIssued-by: National Central Bureau\n---" + body,
        # a date inside another field's value
        "sop.md": "# Missing child: first response\n\n**Owner:** Public Protection\n"
        "**Version:** 2.3 (approved 04/11/2024; next review November 2026)" + body,
        # several fields in one wrapped line
        "inspection.md": "# Joint inspection of offender management\n\nFieldwork: 9-20 "
        "September 2024. Published: 27 February 2025. Lead inspector: A. Okoro,\nassisted "
        "by two colleagues." + body,
        # an edit date gives way to a publication line
        "edited.md": "---\ntitle: Referral figures\nupdated: 2024-01-10\n---\n\n"
        "Published 3 March 2022 by the Northfield Partnership" + body,
    }
    found = {
        name: analysed(tmp_path, name, text).cleaned.doc_date for name, text in texts.items()
    }
    assert found == {
        "procedure.txt": date(2023, 5, 3),
        "sheet.txt": date(2023, 10, 2),
        "sop.md": date(2024, 11, 4),
        "inspection.md": date(2025, 2, 27),
        "edited.md": date(2022, 3, 3),
    }
    lone = analysed(tmp_path, "lone.txt", "Review date: June 2026" + body)
    assert lone.cleaned.doc_date is None


def test_court_summary_layout_headings_between_paragraphs_and_label_lines(tmp_path: Path) -> None:
    text = (
        "HIGH COURT, FAMILY DIVISION\n"
        "Press summary of a decision on an urgent return order\n"
        "Case no. 2021/118, decision given on 3 May 2021\n"
        "Background\n"
        "The mother asked for the return of her son. The father opposed the request.\n"
        "The decision\n"
        "The court ordered the return within six weeks.\n"
        "\n"
        "Figures for the year\n"
        "\n"
        "Return applications: 41\n"
        "Orders made: 29\n"
        "\n"
        "The figures are provisional.\n"
    )
    analysis = analysed(tmp_path, "court.txt", text)
    assert analysis.cleaned.title == "HIGH COURT, FAMILY DIVISION"
    assert analysis.cleaned.doc_date == date(2021, 5, 3)
    assert [(s.line, s.kind, s.heading, unit_text(analysis.doc, s)) for s in analysis.kept()] == [
        (5, "para", "Background", "The mother asked for the return of her son."),
        (5, "para", "Background", "The father opposed the request."),
        (7, "para", "The decision", "The court ordered the return within six weeks."),
        (11, "row", "Figures for the year", "Return applications: 41"),
        (12, "row", "Figures for the year", "Orders made: 29"),
        (14, "para", "Figures for the year", "The figures are provisional."),
    ]
    kinds = {line.number: line.kind for line in analysis.cleaned.lines}
    assert (kinds[2], kinds[3], kinds[9]) == ("heading", "dateline", "heading")


def test_numbered_section_headings_and_numeric_dates(tmp_path: Path) -> None:
    text = (
        "Summary of the 2022 border assessment\n"
        "\n"
        "Prepared by the Border Liaison Unit. Published 14.11.2022 in the capital.\n"
        "\n"
        "1. Purpose of the assessment\n"
        "\n"
        "The assessment covers the four northern crossings.\n"
        "\n"
        "2. Findings\n"
        "\n"
        "Officers found three children travelling without papers:\n"
        "\n"
        "1. two at the river crossing;\n"
        "2. one at the airport.\n"
    )
    analysis = analysed(tmp_path, "border.txt", text)
    assert analysis.cleaned.doc_date == date(2022, 11, 14)
    assert dropped(analysis)[1] == (3, "publication line, read as 2022-11-14")
    assert [(s.kind, s.heading, unit_text(analysis.doc, s)) for s in analysis.kept()] == [
        ("para", "1. Purpose of the assessment",
         "The assessment covers the four northern crossings."),
        ("para", "2. Findings", "Officers found three children travelling without papers:"),
        ("bullet", "2. Findings", "two at the river crossing;"),
        ("bullet", "2. Findings", "one at the airport."),
    ]


def test_web_addresses_in_prose_are_never_facts(tmp_path: Path) -> None:
    for name, text in (
        ("url.txt", "The unit trained 40 officers, see https://example.org/2019/5521 for more.\n"),
        ("url.md", "The unit trained 40 officers, see www.example.org/2019/5521 for more.\n"),
        ("url.html", "<p>The unit trained 40 officers, see https://example.org/2019/5521.</p>\n"),
    ):
        analysis = analysed(tmp_path, name, text)
        shown = [u[2] for u in units(analysis)]
        assert shown and "5521" not in " ".join(shown) and "2019" not in " ".join(shown)
        labels = [f.label for facts in analysis.facts.values() for f in facts]
        assert not any("2019" in label or "5521" in label for label in labels), labels


def test_a_step_that_opens_in_bold_is_quoted_with_its_opening_tag(tmp_path: Path) -> None:
    """A list step whose first words are bold starts as a sentence after the hidden
    opening tag; quoted from there it would carry a stray closing tag. The quote starts at
    the opening tag (or Markdown's "**") so its markup is balanced (blind review 11b, V5)."""
    text = ("<html><body><ol><li><strong>Tell the duty sergeant within 2 hours</strong> of any "
            "report of a missing child under 12.</li></ol></body></html>\n")
    path = tmp_path / "steps.html"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    start, end = text.index("Tell"), text.index("12.") + 3
    key = text.index("2 hours")
    quoted = doc.raw[slice(*doc.quote_span(start, end, (key, key + 7)))]
    assert quoted == ("<strong>Tell the duty sergeant within 2 hours</strong> of any report of "
                      "a missing child under 12.")
    marked = ("1. **Tell the duty sergeant within 2 hours** of any report of a missing child "
              "under 12.\n")
    path = tmp_path / "steps.md"
    path.write_text(marked, "utf-8")
    doc = read_source(path, tmp_path)
    start, end = marked.index("Tell"), marked.index("12.") + 3
    key = marked.index("2 hours")
    quoted = doc.raw[slice(*doc.quote_span(start, end, (key, key + 7)))]
    assert quoted == marked[marked.index("**"):end]


def test_a_sentence_before_a_footnote_mark_is_quoted_to_its_last_letter(tmp_path: Path) -> None:
    """A sentence that stops where an inline tag starts ("... Act<sup>2</sup>.") keeps its
    last letter in the quote; only an entity's first character ("of&mdash;") is left out
    (blind review 11a: a quote ended "Conventio")."""
    text = ("<html><body><p>The rule follows section 9 of the Harbour Act<sup><a href='#n2'>2"
            "</a></sup>. A second sentence follows it here.</p></body></html>\n")
    path = tmp_path / "notes.html"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    start, end = text.index("The rule"), text.index("<sup>")
    assert doc.raw[slice(*doc.quote_span(start, end))] == (
        "The rule follows section 9 of the Harbour Act")
    dashed = "<html><body><p>Two kinds of&mdash;in short, all kinds.</p></body></html>\n"
    path.write_text(dashed, "utf-8")
    doc = read_source(path, tmp_path)
    start, end = dashed.index("Two"), dashed.index("&mdash;") + 1
    assert doc.raw[slice(*doc.quote_span(start, end))] == "Two kinds of"
