# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, reading a document as written: footnote markers glued to a full stop end the
sentence and leave it (".[3] Next", ".[2][6]", ".3 Next", ".(3) Next", ".\u00b9") in
Markdown, plain text and HTML, whether or not the notes themselves are found; a
capitalised preposition or "and" inside a title-case name is part of the name, not a
heading fused in front of the sentence. Each on a short text of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def analysed(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> Analysis:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "t", matcher)


def units(analysis: Analysis) -> list[tuple[int, str, str]]:
    doc = analysis.doc
    return [(s.line, s.kind, doc.display(s.start, s.end)) for s in analysis.kept()]


def drafted(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    analysis = analysed(tmp_path, name, text, matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def test_bracketed_markers_after_a_full_stop_end_the_sentence_in_markdown(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The notes are a numbered reference list, not "[^1]:" notes, so no marker is tied
    to a note; each still leaves the text, and each sentence is asked on its own."""
    text = (
        "# Regional hotline\n"
        "\n"
        "The regional hotline opened in 2015.[1] By March 2024 the regional hotline had "
        "passed 2,300 reports of online grooming to local police.[2][3] Every report is "
        "assessed by an analyst within 24 hours.[4]\n"
        "\n"
        "## References\n"
        "1. Hotline annual report, 2016.\n"
        "2. Police statistics, 2024.\n"
    )
    analysis = analysed(tmp_path, "hotline.md", text, matcher)
    assert units(analysis)[:3] == [
        (3, "para", "The regional hotline opened in 2015."),
        (3, "para", "By March 2024 the regional hotline had passed 2,300 reports of online grooming to local police."),
        (3, "para", "Every report is assessed by an analyst within 24 hours."),
    ]
    kept, _ = choose(sentence_rules(analysis, matcher) + list_rules(analysis))
    assert [(q.rule, q.prompt) for q in kept] == [
        ("count", "By March 2024 the regional hotline had passed ____ reports of online grooming to local police."),
        ("true-statement", "Every report is assessed by an analyst within 24 hours."),
    ]


def test_bare_raised_and_bracketed_numbers_after_a_stop_are_markers_in_plain_text(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """".3 Every", ".\u00b9 Logs" and ".(2) The" end their sentences, the marker left out;
    "40 m\u00b2" is a unit's power and "para.3" an abbreviation before its number: both stay."""
    text = (
        "Harbour patrol notes\n"
        "\n"
        "The harbour unit boarded 14 vessels in 2023.3 Every boarding is logged by the "
        "skipper within 2 hours.\u00b9 Logs are checked each month.(2) The store room holds "
        "40 m\u00b2 of kit. See para.3 Below the deck the spare radios are kept.\n"
    )
    assert units(analysed(tmp_path, "patrol.txt", text, matcher)) == [
        (3, "para", "The harbour unit boarded 14 vessels in 2023."),
        (3, "para", "Every boarding is logged by the skipper within 2 hours."),
        (3, "para", "Logs are checked each month."),
        (3, "para", "The store room holds 40 m\u00b2 of kit."),
        (3, "para", "See para.3 Below the deck the spare radios are kept."),
    ]


def test_bracketed_markers_leave_html_prose(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "<html><head><title>Harbour patrol notes</title></head><body>\n"
        "<p>The harbour unit boarded 14 vessels in 2023.[1] Every boarding is logged by "
        "the skipper within <strong>2 hours</strong>.[2] Logs are checked each month,[3] "
        "and kept for a year.</p>\n"
        "</body></html>\n"
    )
    assert units(analysed(tmp_path, "patrol.html", text, matcher)) == [
        (2, "para", "The harbour unit boarded 14 vessels in 2023."),
        (2, "para", "Every boarding is logged by the skipper within 2 hours."),
        (2, "para", "Logs are checked each month, and kept for a year."),
    ]


def test_a_title_case_name_is_not_a_heading_fused_into_the_sentence(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"Crimes Against Children" and "Office For Online Safety And Child Protection" are
    names; "Background The regional unit" is a heading run into its sentence, still fatal."""
    text = (
        "The Northern Group on Crimes Against Children requires every new analyst in victim "
        "identification to complete 40 hours of supervised training.\n"
        "\n"
        "The Office For Online Safety And Child Protection must answer a victim "
        "identification request within 5 working days.\n"
        "\n"
        "Background The regional unit must answer a victim identification request within 3 "
        "working days.\n"
    )
    kept, below = drafted(tmp_path, "names.txt", text, matcher)
    assert [(q.rule, q.prompt) for q in kept] == [
        ("count", "The Northern Group on Crimes Against Children requires every new analyst in victim identification to complete ____ hours of supervised training."),
        ("count", "The Office For Online Safety And Child Protection must answer a victim identification request within ____ working days."),
    ]
    fused = next(q for q in below if q.prompt.startswith("Background The regional unit must answer"))
    assert fused.reasons[0] == 'fatal: a heading fused into the sentence ("Background The")'
