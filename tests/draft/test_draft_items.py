"""List items that are statements (``items.py``): run-in labels, dated items, items of
several sentences, findings after "that", and commitments under a lead-in.

Each test is a short text of our own with the exact outcome expected: which sentences the
items become (and with which label), or which question reaches the module.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import yaml

from curriculum.draft import guidance, nlp
from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Missing children"}]}
).themes

COMMITMENTS = (
    "# Joint statement on missing children\n\n"
    "## Commitments\n\n"
    "The signatory forces commit to the following:\n\n"
    "1. **Early grading.** Grade every report of a missing child under 13 as high risk "
    "until an inspector reviews it.\n"
    "2. **Referral.** Pass every returned child to the local safeguarding hub within 48 "
    "hours.\n"
    "3. **Records.** Keep one shared log of each search. The log is open to all partner "
    "agencies.\n"
)


def analysed(tmp_path: Path, name: str, data: str | bytes) -> Analysis:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    extract = tmp_path / f"{name}.md" if name.endswith(".docx") else None
    return analyse(read_source(path, tmp_path, extract), "src", ThemeMatcher(THEMES))


def items(analysis: Analysis) -> list[tuple[int, str, str, int, bool]]:
    """(line, text, label, part, whole) of every list item sentence."""
    doc = analysis.doc
    return [
        (s.line, doc.display(s.start, s.end), doc.display(*s.label) if s.label else "", s.part,
         s.whole)
        for s in analysis.kept() if s.kind == "bullet"
    ]


def test_a_labelled_item_becomes_its_sentences_without_its_label(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, "statement.md", COMMITMENTS)
    assert items(analysis) == [
        (7, "Grade every report of a missing child under 13 as high risk until an inspector "
         "reviews it.", "Early grading", 0, True),
        (8, "Pass every returned child to the local safeguarding hub within 48 hours.",
         "Referral", 0, True),
        (9, "Keep one shared log of each search.", "Records", 0, True),
        (9, "The log is open to all partner agencies.", "Records", 1, True),
    ]
    # the list keeps its three items; the further sentence goes with the third
    assert [len(b.items) for b in analysis.lists] == [3]
    assert [s.index for s in analysis.sentences] == list(range(len(analysis.sentences)))
    # a commitment of named bodies is a rule for them, shown with its lead-in
    assert all(s.instruction for s in analysis.kept() if s.kind == "bullet" and s.part == 0)
    assert all(s.lead is not None and s.lead.line == 5
               for s in analysis.kept() if s.kind == "bullet")


def _labelled_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Scene card", style="Title")
    document.add_paragraph("The first officer at the home must:")
    for text in ("Secure the scene: Close the child's room and keep everyone out of it.",
                 "Alert. Tell the duty inspector about the missing child within 2 hours.",
                 "Phones and tablets in the house"):
        document.add_paragraph(text, style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LABELLED = {
    "card.html": (
        "<html><head><title>Scene card</title></head><body>\n<h1>Scene card</h1>\n"
        "<p>The first officer at the home must:</p>\n<ol>\n"
        "<li><strong>Secure the scene:</strong> Close the child's room and keep everyone "
        "out of it.</li>\n"
        "<li><b>Alert</b>: Tell the duty inspector about the missing child within 2 "
        "hours.</li>\n<li>Phones and tablets in the house</li>\n</ol>\n</body></html>\n"),
    "card.txt": (
        "Scene card\n\nThe first officer at the home must:\n"
        "1. Secure the scene: Close the child's room and keep everyone out of it.\n"
        "2. Alert. Tell the duty inspector about the missing child within 2 hours.\n"
        "3. Phones and tablets in the house\n"),
    "card.docx": _labelled_docx(),
}


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_a_label_is_found_in_every_format(tmp_path: Path, name: str) -> None:
    read = [(text, label, part, whole) for _, text, label, part, whole in
            items(analysed(tmp_path, name, LABELLED[name]))]
    assert read == [
        ("Close the child's room and keep everyone out of it.", "Secure the scene", 0, True),
        ("Tell the duty inspector about the missing child within 2 hours.", "Alert", 0, True),
        ("Phones and tablets in the house", "", 0, False),
    ]


def test_a_label_before_no_sentence_leaves_the_item_as_it_was(tmp_path: Path) -> None:
    text = (
        "# Action 4\n\nOpen a regional desk for missing children.\n\n"
        "Responsibility:\n\n"
        "- Lead agency: National Police Directorate\n"
        "- Partner: Ministry of Social Affairs\n"
        "- Note: Budget to be agreed\n"
    )
    assert items(analysed(tmp_path, "plan.md", text)) == [
        (7, "Lead agency: National Police Directorate", "", 0, False),
        (8, "Partner: Ministry of Social Affairs", "", 0, False),
        (9, "Note: Budget to be agreed", "", 0, False),
    ]


def test_a_dated_item_dates_its_statement(project: Path) -> None:
    from draft_fixtures import run

    text = (
        "# Harbour unit: a short history\n\n## Milestones\n\n"
        "- May 2021: The harbour unit opened a second office beside the ferry terminal.\n"
        "- March 2023: Analysts of the harbour unit traced 140 missing children across four "
        "regions.\n"
    )
    (project / "sources" / "history.md").write_text(text, "utf-8")
    result = run("draft", "sources/history.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert _quiz(project / "drafts") == [
        ("serious-violent-crimes", "single_choice", "In March 2023, analysts of the harbour "
         "unit traced ____ missing children across four regions.", "140"),
    ]
    module = (project / "drafts" / "serious-violent-crimes-draft.yaml").read_text("utf-8")
    assert "dated by its list item's label, line 6" in module
    assert "quote: '- March 2023: Analysts" not in module  # the quote starts at the label
    assert "March 2023: Analysts of the harbour unit traced 140" in module


def _quiz(drafts: Path) -> list[tuple[str, str, str, str]]:
    """(theme, type, prompt, key) of every module question."""
    out = []
    for path in sorted(drafts.glob("*-draft.yaml")):
        module = yaml.safe_load(path.read_text("utf-8"))
        for q in (module.get("quiz") or {}).get("questions", []):
            key = str(q.get("answer", "")) + "".join(
                o["text"] for o in q.get("options", []) if o.get("correct"))
            out.append((module["theme"], q["type"], " ".join(q["prompt"].split()), key))
    return out


def test_a_labelled_commitment_is_asked_with_its_lead_in_never_its_label(
    project: Path,
) -> None:
    from draft_fixtures import run

    (project / "sources" / "statement.md").write_text(COMMITMENTS, "utf-8")
    result = run("draft", "sources/statement.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert _quiz(project / "drafts") == [
        ("serious-violent-crimes", "single_choice", "The signatory forces commit to the "
         "following: pass every returned child to the local safeguarding hub within ____.",
         "48 hours"),
    ]


def test_a_finding_after_a_lower_case_that_starts_at_its_clause(tmp_path: Path) -> None:
    text = (
        "# Review of missing-child searches\n\nThe review found:\n\n"
        "1. that under the 2019 protocol every search is led by an inspector;\n"
        "2. that repeated searches of one house waste hours;\n"
        "3. that the search log is kept for 7 years.\n"
    )
    assert [t for _, t, _, _, _ in items(analysed(tmp_path, "review.md", text))] == [
        "under the 2019 protocol every search is led by an inspector;",
        "repeated searches of one house waste hours;",
        "the search log is kept for 7 years.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grade every report of a missing child as high risk.", True),  # tagged a noun
        ("Mobile phones and every tablet in the house", False),
        ("Review of every case file", False),
    ],
)
def test_an_instruction_the_tagger_reads_as_a_noun(text: str, expected: bool) -> None:
    assert guidance.imperative(nlp.parse([text])[0]) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The signatory forces commit to the following:", True),
        ("The panel recommends that the force:", True),
        ("The review makes these recommendations:", True),
        ("The meeting covered the following topics:", False),
        ("They commit to the following:", False),  # whose commitment?
    ],
)
def test_a_lead_in_that_binds_a_named_body_sets_a_rule(lead: str, expected: bool) -> None:
    assert guidance.sets_rule(nlp.parse([lead])[0]) is expected


def test_a_fact_in_a_list_item_and_in_prose_is_asked_once(project: Path) -> None:
    from draft_fixtures import run

    text = (
        "# Review of a missing-child case\n\n## Findings\n\n"
        "The police did not hold a strategy meeting on the missing child until the third "
        "day, although the protocol requires one within 24 hours.\n\n"
        "## Recommendations\n\nInspectors make these recommendations:\n\n"
        "1. Hold a police strategy meeting on every missing child within 24 hours of the "
        "report.\n"
        "2. Search the child's home and garden within 2 hours of the report.\n"
    )
    (project / "sources" / "review.md").write_text(text, "utf-8")
    result = run("draft", "sources/review.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    asked = _quiz(project / "drafts")
    assert [a[3] for a in asked if a[3].startswith("24")] == ["24"]  # once, not twice
    assert ("serious-violent-crimes", "single_choice", "Inspectors make these "
            "recommendations: search the child's home and garden within ____ of the report.",
            "2 hours") in asked  # another figure of the same kind is another fact
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert "asks the same fact (24 hour) and ranks higher" in audit


def test_one_state_s_ratification_year_is_trivia(tmp_path: Path) -> None:
    from curriculum.draft.choosing import choose
    from curriculum.draft.questions import sentence_rules

    text = (
        "# Memorandum on the Child Protection Bill\n\n## Background\n\n"
        "3. Marlow ratified the Convention on the Rights of the Child in 1992. Article 1 of "
        "that Convention defines a child as a person under 18.\n"
        "4. Parliament passed the Missing Children Act in 2019 to protect children.\n"
    )
    analysis = analysed(tmp_path, "memo.md", text)
    kept, below = choose(sentence_rules(analysis, ThemeMatcher(THEMES)))
    years = {analysis.doc.display(*q.key): q for q in kept + below if q.rule == "year"}
    assert years["1992"].reasons == [
        "-0.35 trivia: the year one state ratified or signed a treaty"]
    assert years["1992"] not in kept
    assert "the date of a law or an outcome" in "; ".join(years["2019"].reasons)


def test_an_operative_clause_is_a_statement_of_the_body_its_lead_in_names(
    tmp_path: Path,
) -> None:
    from curriculum.draft.choosing import choose
    from curriculum.draft.questions import sentence_rules

    text = (
        "# Resolution on missing children\n\n"
        "The Assembly of the Regional Police Organisation:\n\n"
        "1. Calls upon member countries to report every missing child to the shared "
        "register within 24 hours;\n"
        "2. Requests the secretariat to publish the number of reports each year.\n"
        "3. Border crossings and ports\n"
    )
    analysis = analysed(tmp_path, "resolution.md", text)
    assert [(line, whole) for line, _, _, _, whole in items(analysis)] == [
        (5, True), (6, True), (7, False)]
    kept, below = choose(sentence_rules(analysis, ThemeMatcher(THEMES)))
    shown = [q for q in kept + below if q.sentence.line == 5]
    assert shown and all(q.prompt.startswith(
        "The Assembly of the Regional Police Organisation calls upon member countries")
        for q in shown)
    assert all(q.carried is not None and q.carried.supplies for q in shown)
    # the body's call names its time limit, as a rule does (``resolutions.py``)
    assert [q.prompt for q in kept] == [
        "The Assembly of the Regional Police Organisation calls upon member countries to "
        "report every missing child to the shared register within ____ hours."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Urges member countries to train border officers.", True),  # "Urges" tagged NNS
        ("Recommends that every force appoints a coordinator.", True),
        ("Trains and exercises for border officers", False),
        ("Officers report every case.", False),  # a subject of its own
    ],
)
def test_an_operative_clause_continues_its_lead_in_s_subject(text: str, expected: bool) -> None:
    assert guidance.continues_subject(nlp.parse([text])[0]) is expected


def test_two_rules_that_share_a_figure_but_do_different_things_are_both_asked(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """Same number is not same fact (blind review 14b, R4): publishing a flood warning
    within 20 minutes and taking it down within 20 minutes share their words and their
    figure, but their verbs say they are two duties."""
    from draft_fixtures import chosen

    text = (
        "# Flood warnings for harbour users\n\n"
        "Harbour partners must publish the flood warning within 20 minutes of receiving it.\n\n"
        "When the warning is withdrawn, harbour partners must delete the flood warning from "
        "their pages within 20 minutes.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert sorted(q.prompt for q in kept) == [
        "Harbour partners must publish the flood warning within ____ minutes of receiving it.",
        "When the warning is withdrawn, harbour partners must delete the flood warning from "
        "their pages within ____ minutes.",
    ]
    assert not any("asks the same fact" in r for q in below for r in q.reasons)
