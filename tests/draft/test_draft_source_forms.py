# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 23: how a source writes things must not leak into a stem or pick
its blank. An entity in an HTML name ("Missing &amp; Exploited") is one character, not a
backslash and a run of spaces; the title number of a code in a legal citation ("18 U.S.C.")
is no figure to change; the author named for "we" takes the article its name needs and
every verb "we" governs agrees; a heading in capitals names no acronym role; a thing's
prohibition is turned false with "allowed to", never an ambiguous "may". Short texts of our
own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_HTML = """<!DOCTYPE html><html><head><title>Child safety report</title></head><body>
<h1>Child safety report</h1>
<p>In 2026 the service sent 611,300 reports of child sexual abuse material to the National Center for Missing &amp; Exploited Children (NCMEC).</p>
<p>Under United States federal law (18 U.S.C. &sect; 2258A), a provider that learns of apparent child sexual abuse material on its service must report it to the NCMEC CyberTipline within 30 days.</p>
</body></html>
"""


def test_an_entity_in_a_spelled_out_name_reads_as_one_character(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _HTML, matcher, name="report.html")
    expanded = [q.prompt for q in kept + below if "(18 U.S.C." in q.prompt and "NCMEC)" in q.prompt]
    assert expanded, prompts(kept + below)
    assert all("to the National Center for Missing & Exploited Children (NCMEC) CyberTipline within" in p for p in expanded), expanded
    assert not [q.prompt for q in kept + below if "\\&" in q.prompt or "&  " in q.prompt]


def test_the_title_number_of_a_cited_code_is_never_changed_or_blanked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _HTML, matcher, name="report.html")
    cited = [q for q in kept + below if "U.S.C." in q.prompt]
    assert cited, prompts(kept + below)
    assert all("(18 U.S.C. § 2258A)" in q.prompt for q in cited), prompts(cited)
    # the rule's own figure is still the one asked or changed
    assert [q.prompt for q in cited if q.rule == "count"] == [
        "Under United States federal law (18 U.S.C. § 2258A), a provider that learns of apparent child sexual abuse material on its service must report it to the National Center for Missing & Exploited Children (NCMEC) CyberTipline within ____ days."]


def test_the_author_named_for_we_takes_its_article_and_every_verb_agrees(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "---\n"
        "title: Consultation on online child protection offences\n"
        "publisher: Department of Justice and Home Affairs\n"
        "date: 2026-09-01\n"
        "---\n\n"
        "# How to respond\n\n"
        "- Post: Law Reform Unit, Department of Justice and Home Affairs, Harbour Chambers\n\n"
        "# Reports of child sexual abuse material\n\n"
        "We keep every report of child sexual abuse material for two years after the investigation closes, then delete it.\n"
    )
    kept, below = chosen(tmp_path, text, matcher, name="consultation.md")
    named = [q.prompt for q in kept + below if q.prompt.startswith("The Department of Justice and Home Affairs keeps")]
    assert named and all(", then deletes it." in p for p in named), prompts(kept + below)
    assert not [q.prompt for q in kept + below if q.prompt.startswith("Department of")]


_VACANCY = """==============================================================
            NORTH HARBOUR REGIONAL CRIME BUREAU
        Child Protection Division -- Victim Identification
==============================================================

VACANCY NOTICE                                Ref: NHB/VN-7

2. THE ROLE
-----------
You will analyse newly seized series of material and compare them with known material.

3. MAIN DUTIES
--------------
  3.1  Assess new series of child sexual abuse material referred by the
       police services within 5 working days.
  3.2  Check every new series against national holdings and, through the
       NCB, against INTERPOL's database.
  3.3  Prepare submissions of identified series to the national unit.
"""


def test_a_heading_in_capitals_names_no_acronym_role_and_a_vacancy_notices_duties_are_the_posts(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _VACANCY, matcher, name="vacancy.txt")
    asked = [q.prompt for q in kept + below if "series of child sexual abuse material" in q.prompt]
    assert asked and all(p.startswith("The post holder must assess new series") for p in asked), asked


def test_a_prohibitions_false_twin_says_allowed_when_its_subject_is_a_thing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    twins = []
    for n, rule in enumerate((
            "Concerns about data protection must never delay action to protect a child at immediate risk of sexual abuse.",
            "Analysts must never download child sexual abuse material to a personal device.")):
        kept, below = chosen(tmp_path, f"# Sharing information about child sexual abuse\n\n{rule}\n", matcher, name=f"t{n}.md")
        twins += [q.prompt for q in kept + below if q.rule == "false-statement"]
    assert twins == [
        "Concerns about data protection are allowed to delay action to protect a child at immediate risk of sexual abuse.",
        "Analysts may download child sexual abuse material to a personal device.",
    ]
