# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, coverage (round 4): a rule is placed by what its document and section are
about; a keyword in a relative clause narrows, it does not decide; paragraph numbers and
checkbox glyphs are markers, not text. Each on a short text of our own, with the exact
outcome learners or authors see."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import analysed, run

from curriculum.draft.analysis import analyse
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

_POLICY = """---
title: "{title}"
date: 2025-05-02
---

# {title}

## 3. Home visits

Visits are made without notice unless a manager agrees otherwise. The case officer must record every missed appointment on the case system within 48 hours.
"""


def _questions(folder: Path) -> dict[str, tuple[str, dict]]:
    """Every module question of a drafts folder by id: (module file name, question)."""
    out = {}
    for path in sorted(folder.glob("*-draft.yaml")):
        module = yaml.safe_load(path.read_text("utf-8"))
        for q in (module.get("quiz") or {}).get("questions") or []:
            out[q["id"]] = (path.name, q)
    return out


def test_a_duty_is_placed_by_the_title_of_the_policy_that_sets_it(project: Path) -> None:
    title = "Marsh County Constabulary: Management of Registered Sexual Offenders"
    (project / "sources" / "policy.md").write_text(_POLICY.format(title=title), "utf-8")
    assert run("draft", "sources/policy.md", "--out", "drafts").exit_code == 0
    [(name, q)] = _questions(project / "drafts").values()
    assert name == "sex-offender-management-draft.yaml"
    assert q["prompt"] == "The case officer must record every missed appointment on the case system within ____ hours."
    assert [o["text"] for o in q["options"] if o.get("correct")] == ["48"]
    assert run("validate", "drafts").exit_code == 0


def test_the_same_duty_under_a_title_of_no_theme_fits_no_theme(project: Path) -> None:
    title = "Marsh County Constabulary: Notes for Case Officers"
    (project / "sources" / "notes.md").write_text(_POLICY.format(title=title), "utf-8")
    assert run("draft", "sources/notes.md", "--out", "drafts").exit_code == 0
    assert _questions(project / "drafts") == {}
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    part = audit.split("## Questions that fit no theme")[1]
    assert "(count, `sources/notes.md` line 10)" in part
    assert "Why no theme: no theme reaches 1.0" in part


def test_a_victim_named_in_a_relative_clause_does_not_make_a_trafficking_duty_victim_identification(
    project: Path,
) -> None:
    (project / "sources" / "guide.txt").write_text(
        "Child trafficking: a pocket guide for patrol officers\n\nWhat to do\n\n"
        "Children can be moved across a city as easily as across a border. Officers who find "
        "a possible child victim must inform the local social services within 12 hours.\n",
        "utf-8",
    )
    assert run("draft", "sources/guide.txt", "--out", "drafts").exit_code == 0
    [(name, q)] = _questions(project / "drafts").values()
    assert name == "serious-violent-crimes-draft.yaml"
    assert q["prompt"] == "Officers who find a possible child victim must inform the local social services within ____ hours."


def test_an_event_is_still_placed_by_its_own_words_not_by_the_title(project: Path) -> None:
    """Only rules read the title as their own words: a count of what happened in a year,
    in a document with other themes, is not offender management because the title is."""
    (project / "sources" / "report.md").write_text(
        "# Annual Report: Management of Registered Sexual Offenders\n\n"
        "## The year\n\n"
        "The regional unit made 212 arrests in 2024. Investigators also "
        "worked on online grooming cases, and the online team reviewed live streaming "
        "platforms with the internet providers.\n",
        "utf-8",
    )
    assert run("draft", "sources/report.md", "--out", "drafts").exit_code == 0
    assert not any("212" in str(q) for _, q in _questions(project / "drafts").values())
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    part = audit.split("## Questions that fit no theme")[1]
    assert "made ____ arrests" in part or "212" in part


def test_paragraph_numbers_and_checkbox_glyphs_are_markers_not_text(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "Appeal summary: R v Marden\n\nThe decision\n\n"
        "[4] The Court held that a change of address must be notified to the police within 3 days.\n\n"
        "Checklist for the first visit\n\nUse this list at every first visit:\n\n"
        "\u2610 Photograph the notified address.\n\u2610 Check the vehicle register.\n"
        "\u2611 Record the names of all adults present.\n\n"
        "Then the officer in charge:\n\n- [ ] Seize the phone.\n- [x] Photograph the screen.\n- [ ] Note the time.\n"
    )
    analysis = analysed(tmp_path, text, matcher)
    shown = [analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    assert shown[0] == "The Court held that a change of address must be notified to the police within 3 days."
    assert not any("\u2610" in s or "\u2611" in s or "[ ]" in s or "[x]" in s or "[4]" in s for s in shown)
    checklist, tasks = analysis.lists
    assert checklist.lead is not None and [analysis.doc.display(s.start, s.end) for s in checklist.items] == [
        "Photograph the notified address.", "Check the vehicle register.",
        "Record the names of all adults present.",
    ]
    assert [analysis.doc.display(s.start, s.end) for s in tasks.items] == [
        "Seize the phone.", "Photograph the screen.", "Note the time.",
    ]


def test_a_numbered_paragraph_gives_a_stem_and_quote_without_its_number(project: Path) -> None:
    (project / "sources" / "judgment.txt").write_text(
        "Appeal summary: R v Marden\n\nNotification\n\n"
        "[4] A registered sex offender must notify the police of a change of address within 3 days.\n",
        "utf-8",
    )
    assert run("draft", "sources/judgment.txt", "--out", "drafts").exit_code == 0
    [(name, q)] = _questions(project / "drafts").values()
    assert name == "sex-offender-management-draft.yaml"
    assert q["prompt"] == "A registered sex offender must notify the police of a change of address within ____ days."
    assert q["cite"]["quote"].startswith("A registered sex offender must notify")
    assert run("validate", "drafts").exit_code == 0


_DL = """<html><head><title>Terms for first responders</title></head><body>
<h1>Terms for first responders</h1>
<dl>
<dt>Triage</dt>
<dd>The first review of seized devices to decide which to examine first. It is done on site.</dd>
<dt>Hash value</dt>
<dd>A short code computed from a file, which changes when one bit of the file changes.</dd>
<dt>Known material</dt>
<dd>Files that investigators have already seen and graded. Most of it comes from earlier cases.</dd>
<dt>Write blocker</dt>
<dd>A device that stops a computer from changing a seized drive while it is copied.</dd>
<dt>Case analyst</dt>
<dd>A trained member of staff who reviews reports; analysts work in pairs.</dd>
</dl>
</body></html>
"""


def test_an_html_glossary_whose_terms_read_as_headings_gives_one_question_per_entry(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """A one-word ``<dt>`` on its own line reads like a heading; a ``<dd>`` of two
    sentences; a ``<dd>`` that opens with a capital: still one glossary of five entries."""
    path = tmp_path / "terms.html"
    path.write_text(_DL, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    questions = {t: q for q in glossary_rules(analysis) for t, ok in q.options if ok}
    assert sorted(questions) == sorted(
        ["Triage", "Hash value", "Known material", "Write blocker", "Case analyst"]
    )
    triage = questions["Triage"]
    assert triage.prompt == 'Which term is defined as "The first review of seized devices to decide which to examine first"?'
    assert [t for t, ok in triage.options if ok] == ["Triage"]
    assert {t for t, ok in triage.options if not ok} <= set(questions) - {"Triage"}
    assert analysis.doc.display(*triage.quote).startswith("Triage")
    assert questions["Known material"].prompt == 'Which term is defined as "Files that investigators have already seen and graded"?'
    # "analysts" in its definition gives "Case analyst" away (compared by stem, not letters)
    assert 'giveaway: the definition repeats "analyst" of its own term' in questions["Case analyst"].warnings
    assert not questions["Triage"].warnings


def test_numbered_paragraphs_on_consecutive_lines_are_separate_paragraphs(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "Summary of judgment: Chief Constable v Hale\n\nThe decision\n\n"
        "[2] The Court held that the scheme applied to a second home.\n"
        "[3] A person who fails to notify without reasonable excuse commits an offence.\n"
        "[4] The appeal was allowed.\n"
    )
    analysis = analysed(tmp_path, text, matcher)
    assert [analysis.doc.display(s.start, s.end) for s in analysis.kept()] == [
        "The Court held that the scheme applied to a second home.",
        "A person who fails to notify without reasonable excuse commits an offence.",
        "The appeal was allowed.",
    ]
