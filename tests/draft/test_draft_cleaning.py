"""Cleaning: the exact decisions on the source article, a Markdown text and an HTML page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from draft_fixtures import ARTICLE, DATA

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

ARABIC_DATE = "\u0662\u0669 \u0646\u0648\u0641\u0645\u0628\u0631\u060c \u0662\u0660\u0661\u0668"
THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Child victim identification"}]}
).themes


def analysed(path: Path) -> Analysis:
    return analyse(read_source(path, path.parent), "src", ThemeMatcher(THEMES))


def sentences(analysis: Analysis) -> list[tuple[int, str, str]]:
    doc = analysis.doc
    return [(s.line, s.kind, doc.display(s.start, s.end)) for s in analysis.kept()]


def test_the_article_drops_exactly_these_lines() -> None:
    analysis = analysed(ARTICLE)
    assert [(d.line, d.reason) for d in analysis.dropped] == [
        (1, "title (used as the source title)"),
        (3, "date line, read as 2018-11-29"),
        (7, "near-duplicate of line 5 (score 100), which was kept"),
        (8, "duplicate of line 7"),
        (10, "duplicate of line 9"),
        (11, "near-duplicate of line 23 (score 100), which was kept"),
        (12, "duplicate of line 11"),
        (14, "duplicate of line 13"),
        (16, "duplicate of line 15"),
        (18, "duplicate of line 17"),
        (19, "noise: fewer than two letters"),
        (21, "near-duplicate of line 9 (score 100), which was kept"),
    ]
    assert analysis.dropped[1].text == ARABIC_DATE


def test_the_article_title_date_and_sentences() -> None:
    analysis = analysed(ARTICLE)
    assert analysis.cleaned.title == "Tackling child sexual abuse focus of INTERPOL experts meeting"
    assert analysis.cleaned.doc_date == date(2018, 11, 29)
    kept = sentences(analysis)
    assert [(line, kind) for line, kind, _ in kept] == [
        (5, "para"), (9, "caption"), (13, "caption"), (15, "caption"), (17, "caption"),
        (23, "para"), (23, "para"), (25, "bullet"), (26, "bullet"), (27, "bullet"),
        (28, "bullet"), (30, "para"), (32, "para"), (32, "para"), (34, "para"), (34, "para"),
        (36, "para"), (38, "para"),
    ]
    # The dateline "SINGAPORE -" is not part of the lead sentence; curly quotes are kept raw.
    assert kept[0][2].startswith("International child protection experts gathered in Singapore")
    lead = analysis.kept()[0]
    assert lead.dateline_city == "SINGAPORE"
    stanfield = analysis.kept()[12]
    assert stanfield.in_quote and "\u201cWhile" in analysis.doc.raw[stanfield.start : stanfield.end]
    # spaCy's sentencizer splits inside the quotation; both halves are still quotation.
    assert analysis.kept()[13].in_quote


def test_every_kept_sentence_is_an_exact_slice_of_the_file() -> None:
    analysis = analysed(ARTICLE)
    doc = analysis.doc
    for sentence in analysis.kept():
        raw = doc.raw[sentence.start : sentence.end]
        assert raw.strip() == raw and raw
        assert doc.line_of(sentence.start) == sentence.line


def test_markdown_headings_wrapped_lines_bullets_and_markup() -> None:
    analysis = analysed(DATA / "vid-workshop.md")
    doc = analysis.doc
    assert analysis.cleaned.title == "Regional victim identification workshop closes in Lyon"
    assert analysis.cleaned.doc_date == date(2024, 3, 14)
    assert [(d.line, d.reason) for d in analysis.dropped] == [
        (1, "title (used as the source title)"),
        (3, "date line, read as 2024-03-14"),
    ]
    kept = sentences(analysis)
    # A hard-wrapped paragraph is joined before splitting: one sentence over two lines.
    assert kept[0] == (5, "para", "Specialists from national victim identification units met this "
                       "week for a three-day workshop on image comparison and case referral.")
    first = analysis.kept()[0]
    assert "\n" in doc.raw[first.start : first.end] and "**" in doc.raw[first.start : first.end]
    # Headings are context, never sentences; the link keeps its text, not its address.
    assert all(kind != "heading" for _, kind, _ in kept)
    assert (14, "para", "Since 2009, the workshop has trained more than 1,200 officers in "
            "victim identification methods.") in kept
    bullets = [text for _, kind, text in kept if kind == "bullet"]
    assert bullets == [
        "hashing and image comparison to avoid duplicated review;",
        "staff wellbeing and exposure management for analysts who review material;",
        "referral of online grooming reports to specialist teams.",
    ]
    assert [note for _, note in doc.notes] == ["code block ignored", "image reference ignored"]
    assert not any("print" in text or "logo" in text for _, _, text in kept)
    assert analysis.lists[0].lead is not None and analysis.lists[0].lead.line == 19


def test_html_markup_scripts_and_page_furniture_are_stripped() -> None:
    analysis = analysed(DATA / "offender-briefing.html")
    assert analysis.doc.kind == "html"
    assert analysis.cleaned.title == "Travelling sex offenders: regional briefing"
    assert analysis.cleaned.doc_date == date(2023, 6, 5)
    assert [(d.line, d.reason) for d in analysis.dropped] == [
        (5, "front matter (title): metadata, not text"),
        (12, "title (the front matter's title is used)"),
        (13, "date line, read as 2023-06-05"),
    ]
    kept = sentences(analysis)
    texts = [text for _, _, text in kept]
    assert texts[0] == ("Officers from 12 countries met on 3 - 4 June to review how travelling "
                        "sex offenders are monitored across borders.")
    assert "joint risk assessment & review;" in texts
    assert not any(word in " ".join(texts) for word in ("tracking", "Home", "Copyright",
                                                         "font-family", "<", "&amp;"))
    assert [kind for _, kind, _ in kept].count("bullet") == 3
    assert [note for _, note in analysis.doc.notes] == ["image ignored"]


def test_crlf_and_cr_line_ends_change_nothing_but_offsets(tmp_path: Path) -> None:
    text = (DATA / "vid-workshop.md").read_text("utf-8")
    lf = analysed(DATA / "vid-workshop.md")
    for ending in ("\r\n", "\r"):
        path = tmp_path / f"{len(ending)}.md"
        path.write_bytes(text.replace("\n", ending).encode())
        other = analysed(path)
        assert sentences(other) == sentences(lf)
        for sentence in other.kept():
            assert "\r" not in other.doc.display(sentence.start, sentence.end)


def test_paragraph_numbers_are_locators_not_words(tmp_path: Path) -> None:
    """ "1.1", "[12]", "(3)" and "§ 4" in front of a paragraph number it: they are left out
    of its first sentence (never a heading fused into it, never a figure to ask), while
    the sentence keeps its exact place in the file."""
    source = tmp_path / "procedure.txt"
    source.write_text(
        "Handling of travel alerts\n\n"
        "1. SCOPE\n\n"
        "1.1 Officers record every alert they receive in the border log.\n\n"
        "[12] The court held that the notice period runs from the day of release.\n\n"
        "(3) A registered person must report a journey abroad at least seven days ahead.\n\n"
        "\u00a7 4 The record is kept for five years and then deleted.\n\n"
        "(a) refer the traveller to a second officer;\n"
        "(b) confirm the traveller's identity.\n",
        encoding="utf-8",
    )
    kept = [text for _, _, text in sentences(analysed(source))]
    assert kept[:4] == [
        "Officers record every alert they receive in the border log.",
        "The court held that the notice period runs from the day of release.",
        "A registered person must report a journey abroad at least seven days ahead.",
        "The record is kept for five years and then deleted.",
    ]
    assert not any(text.startswith(("1.1", "[12]", "(3)", "\u00a7", "(a)", "(b)")) for text in kept)
