# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, reading a document as written: footnote markers glued to a full stop end the
sentence and leave it (".[3] Next", ".[2][6]", ".3 Next", ".(3) Next", ".\u00b9") in
Markdown, plain text and HTML, whether or not the notes themselves are found; a
capitalised preposition or "and" inside a title-case name is part of the name, not a
heading fused in front of the sentence. Each on a short text of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import run

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


ASIDE = """<html><head><title>Harbour unit profile</title></head><body>
<article>
<h1>The harbour unit at work</h1>
<h2>Patrols</h2>
<p>The harbour unit patrols the estuary every night.</p>
<aside>
<h3>At a glance</h3>
<ul>
<li><strong>Boats:</strong> four, each with a crew of three</li>
<li><strong>Boardings in 2024:</strong> 212 vessels, up from 180 the year before</li>
</ul>
</aside>
<p>Every boarding must be logged by the skipper within two hours of the crew leaving the vessel.</p>
<aside><h3>More stories</h3><ul><li><a href="/a">Divers train in the dock</a></li><li><a href="/b">New boat for the river team</a></li></ul></aside>
</article>
</body></html>
"""


def test_an_html_side_box_is_read_and_its_heading_titles_only_the_box(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """A side box of labelled figures is text (its "Label: value" items near the top are
    not header lines); the paragraph after it is under the heading before it; a side box
    of links is page furniture, and the audit says it was ignored."""
    analysis = analysed(tmp_path, "profile.html", ASIDE, matcher)
    doc = analysis.doc
    assert [(s.line, s.kind, s.heading, doc.display(s.start, s.end)) for s in analysis.kept()] == [
        (5, "para", "Patrols", "The harbour unit patrols the estuary every night."),
        (9, "bullet", "At a glance", "Boats: four, each with a crew of three"),
        (10, "bullet", "At a glance", "Boardings in 2024: 212 vessels, up from 180 the year before"),
        (13, "para", "Patrols", "Every boarding must be logged by the skipper within two hours of the crew leaving the vessel."),
    ]
    assert [(doc.line_of(offset), note) for offset, note in doc.notes] == [
        (14, "side box of links ignored (page furniture)")]


def test_a_finding_is_not_cut_to_the_participle_phrase_that_holds_its_year(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"X and colleagues, writing in <journal> in 2016, found that ...": the parser may hang
    the finding on "writing"; a stem cut after the year holds no finite verb and states
    nothing, so the long sentence is kept whole."""
    text = (
        "Moreno and colleagues, writing in the Journal of Child Protection Studies in 2016, "
        "found that analysts in victim identification who took a break every two hours "
        "reported less secondary traumatic stress.\n"
    )
    _, below = drafted(tmp_path, "finding.txt", text, matcher)
    year = next(q for q in below if q.rule == "year")
    assert year.prompt == (
        "Moreno and colleagues, writing in the Journal of Child Protection Studies in ____, found that analysts in victim identification who took a break every two hours reported less secondary traumatic stress.")
    assert not [r for r in year.reasons if r.startswith("fatal")]


END_NOTES = """<html><head><title>Harbour unit review</title><style>
@page { size: A6; margin: 12mm }
body { font: 9pt/1.3 DejaVu Serif }
h2 { font-size: 11pt; margin: 4pt 0 }
p { margin: 0 0 5pt 0 }
</style></head><body>
<h2>Findings</h2>
<p>The review looked at custody records of the harbour unit.<sup>1</sup></p>
<p>2. The unit should keep its records in line with the Regional Standard for the<br><b>Custody of Persons Detained at Sea.</b><sup>2</sup></p>
<h2>Next steps</h2>
<p>The unit will report again next year.</p>
<p style="page-break-before: always">The unit accepted the review in full.</p>
<p style="font-size: 7pt; margin-top: 14pt">1 Records of arrests made at sea only.</p>
<p style="font-size: 7pt">2 Agreed by the regional forces in 2019.</p>
</body></html>"""


def test_a_pdf_title_wrapped_in_an_item_and_end_notes_with_no_notes_line(project: Path) -> None:
    """A bold title wrapped onto its own line after a line that stops on "the" is the
    rest of the item, not a heading; notes in small type under the last page's text, with
    no "Notes" line, are the notes of the markers on page 1, never paragraphs that open
    with their number ("1 Records ...")."""
    from weasyprint import HTML

    HTML(string=END_NOTES).write_pdf(project / "sources" / "review.pdf")
    result = run("draft", "sources/review.pdf", "--out", "drafts")
    assert result.exit_code == 0, result.output
    text = (project / "drafts" / "sources" / "review.pdf.md").read_text("utf-8")
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    assert paragraphs[paragraphs.index("## Findings") :] == [
        "## Findings",
        "The review looked at custody records of the harbour unit.[^1]",
        "2. The unit should keep its records in line with the Regional Standard for the Custody of Persons Detained at Sea.[^2]",
        "## Next steps",
        "The unit will report again next year.",
        "The unit accepted the review in full.",
        "[^1]: Records of arrests made at sea only.",
        "[^2]: Agreed by the regional forces in 2019.",
    ]
    assert run("validate", "drafts").exit_code == 0



RISK_TABLE = """# Supervising registered sex offenders

## Table 1: Minimum contact with registered sex offenders by risk level

| Risk level | Home visit | Case review | Panel |
|---|---|---|---|
| Low | Every 12 months | Every 12 months | Not required |
| Medium | Every 6 months | Every 6 months | On request |
| High | Every 3 months | Every 2 months | Every 3 months (regional panel) |
| Very high | Every month | Every month | Every 6 weeks |

## Table 2: Yearly figures

| Year | Offenders on the register | Visits made |
|---|---|---|
| 2021 | 410 | 1,200 |
| 2022 | 432 | 1,310 |
| 2023 | 455 | 1,390 |
| 2024 | 470 | 1,420 |
"""


def drafted_all(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    from curriculum.draft.pipeline import rules_for

    return choose(rules_for(analysed(tmp_path, name, text, matcher), matcher))


def test_a_frequency_table_asks_each_rows_value_with_its_column_as_options(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """Each cell that is a frequency, in a column of at least four such values, is asked
    with the column's other values as options; one question per row reaches the module
    (the others ask about the same row). A column with one such value ("Panel") and a
    table of yearly counts give none."""
    kept, below = drafted_all(tmp_path, "contact.md", RISK_TABLE, matcher)
    from curriculum.draft.pipeline import question_theme

    assert [(q.rule, question_theme(q, matcher), q.prompt, q.options) for q in kept] == [
        ("table-value", "sex-offender-management", "For minimum contact with registered sex offenders by risk level, where the risk level is low, the home visit is ____.",
         [("every month", False), ("every 3 months", False), ("every 6 months", False), ("every 12 months", True)]),
        ("table-value", "sex-offender-management", "For minimum contact with registered sex offenders by risk level, where the risk level is medium, the home visit is ____.",
         [("every month", False), ("every 3 months", False), ("every 6 months", True), ("every 12 months", False)]),
        ("table-value", "sex-offender-management", "For minimum contact with registered sex offenders by risk level, where the risk level is very high, the home visit is ____.",
         [("every month", True), ("every 3 months", False), ("every 6 months", False), ("every 12 months", False)]),
        ("table-value", "sex-offender-management", "For minimum contact with registered sex offenders by risk level, where the risk level is high, the case review is ____.",
         [("every month", False), ("every 2 months", True), ("every 6 months", False), ("every 12 months", False)]),
    ]
    assert sorted(q.prompt for q in below if q.rule == "table-value") == [
        "For minimum contact with registered sex offenders by risk level, where the risk level is high, the home visit is ____.",
        "For minimum contact with registered sex offenders by risk level, where the risk level is low, the case review is ____.",
        "For minimum contact with registered sex offenders by risk level, where the risk level is medium, the case review is ____.",
        "For minimum contact with registered sex offenders by risk level, where the risk level is very high, the case review is ____.",
    ]


TRAVEL_TABLE = """<html><head><title>Travel notification by registered sex offenders: five jurisdictions</title></head><body>
<h2>Table 1: Notice of foreign travel by registered sex offenders</h2>
<table>
<tr><th>Jurisdiction</th><th>Notice before travel</th><th>Penalty for failure to notify</th></tr>
<tr><td>Northmark</td><td>7 days</td><td>Up to 5 years</td></tr>
<tr><td>Southmere</td><td>14 days</td><td>Up to 2 years</td></tr>
<tr><td>Eastvale</td><td>21 days</td><td>Fine only</td></tr>
<tr><td>Westholm</td><td>72 hours</td><td>Up to 3 years</td></tr>
<tr><td>Midland Isles</td><td>14 days; 24 hours if urgent</td><td>Up to 5 years</td></tr>
</table>
</body></html>
"""


def test_a_comparison_table_asks_each_places_value_and_leaves_qualified_cells(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """Rows named by places read "In <place>, ..."; "14 days; 24 hours if urgent" is a
    qualified value, neither asked nor an option; a column of three distinct values
    ("Up to 5 / 2 / 3 years") has too few options, and "Fine only" is no length of time."""
    kept, below = drafted_all(tmp_path, "travel.html", TRAVEL_TABLE, matcher)
    assert [(q.prompt, [o for o, ok in q.options if ok]) for q in kept] == [
        ("For notice of foreign travel by registered sex offenders, in Northmark, the notice before travel is ____.", ["7 days"]),
        ("For notice of foreign travel by registered sex offenders, in Southmere, the notice before travel is ____.", ["14 days"]),
        ("For notice of foreign travel by registered sex offenders, in Eastvale, the notice before travel is ____.", ["21 days"]),
        ("For notice of foreign travel by registered sex offenders, in Westholm, the notice before travel is ____.", ["72 hours"]),
    ]
    assert kept[0].options == [("72 hours", False), ("7 days", True), ("14 days", False), ("21 days", False)]
    assert not [q for q in below if q.rule == "table-value"]


CODED_TABLE = """# Harbour unit call handling

## 4. Call grades

| Grade | Meaning | Attendance target |
|---|---|---|
| G1 | A life is at risk on the water now | 15 minutes |
| G2 | A vessel is adrift with people on board | 1 hour |
| G3 | Damage to moored boats, no one hurt | 24 hours |
| G4 | Advice only | 5 working days |

## 5. Score bands

| Total score | Band | Patrol visits |
|---|---|---|
| 0 to 2 | Low | Every 6 months |
| 3 to 5 | Medium | Every 3 months |
| 6 to 8 | High | Every month |
| 9 or more | Very high | Every two weeks |
"""


def test_a_row_named_by_a_code_carries_its_meaning_and_one_named_by_figures_is_not_asked(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"G2" means nothing alone: the stem says what it stands for (the next cell), and the
    heading's section number is left out; a row named by a range of scores ("3 to 5")
    says not what it is, so its values are not asked."""
    kept, below = drafted_all(tmp_path, "calls.md", CODED_TABLE, matcher)
    asked = sorted(q.prompt for q in kept + below if q.rule == "table-value")
    assert asked == [
        "Where the grade is G1 (a life is at risk on the water now), the attendance target is ____.",
        "Where the grade is G2 (a vessel is adrift with people on board), the attendance target is ____.",
        "Where the grade is G3 (damage to moored boats, no one hurt), the attendance target is ____.",
        "Where the grade is G4 (advice only), the attendance target is ____.",
    ]


PROHIBITIONS = (
    "Handling seized devices\n"
    "\n"
    "Analysts must never download seized material to a personal device. Support for a "
    "child victim must not depend on whether the family cooperates with the investigation. "
    "The study cannot show that early referral causes faster identification. It must not "
    "be shared. Coaches must not contact individual children through private messages or "
    "personal social media accounts.\n"
)


def test_a_prohibition_with_no_figure_is_asked_true_or_false_by_its_negation(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"must never" / "must not" with a noun subject: by turn false (the negation left
    out) and true; "cannot" (what a study can show) and a pronoun subject ("It must not
    be shared") give nothing."""
    kept, below = drafted(tmp_path, "devices.txt", PROHIBITIONS, matcher)
    statements = [(q.rule, q.prompt, q.truth) for q in kept + below if q.qtype == "true_false"]
    assert statements == [
        ("false-statement", "Analysts may download seized material to a personal device.", False),
        ("true-statement", "Support for a child victim must not depend on whether the family cooperates with the investigation.", True),
        ("false-statement", "Coaches may contact individual children through private messages or personal social media accounts.", False),
    ]


def test_a_prohibitions_false_twin_passes_the_gates_into_the_module(project: Path) -> None:
    (project / "sources" / "devices.txt").write_text(
        "Handling seized devices in grooming investigations\n\n"
        "Coaches must not contact individual children online through private messages or "
        "personal social media accounts.\n", "utf-8")
    result = run("draft", "sources/devices.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    import yaml

    module = yaml.safe_load((project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8"))
    assert [(q["prompt"], q["answer"]) for q in module["quiz"]["questions"]] == [
        ("Coaches may contact individual children online through private messages or personal social media accounts.", False)]
