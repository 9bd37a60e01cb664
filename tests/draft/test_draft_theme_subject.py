# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, placement by what a sentence is about, its heading chain and its document's
subject: never by a keyword inside a name (a site, an Act, a unit spelled out before its
initials), never by a bare word that two themes share, and a verb keyword only when the
act is done to the theme's own subject. Each on a short text of our own, with the exact
theme or reason."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import analysed

from curriculum.draft.analysis import analyse
from curriculum.draft.placement import place
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher, text_words
from curriculum.models import CurriculumConfig


def _placed(
    tmp_path: Path, text: str, matcher: ThemeMatcher, name: str = ""
) -> dict[str, tuple[str | None, str]]:
    """Every sentence-rule question's prompt -> (theme, account)."""
    if name:
        (tmp_path / name).write_text(text, "utf-8")
        analysis = analyse(read_source(tmp_path / name, tmp_path), "t", matcher)
    else:
        analysis = analysed(tmp_path, text, matcher)
    questions: list[DraftQuestion] = sentence_rules(analysis, matcher)
    return {q.prompt: place(q, matcher) for q in questions}


def _themes(*themes: dict[str, object]) -> ThemeMatcher:
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": list(themes)}).themes)


def _repository() -> ThemeMatcher:
    config = yaml.safe_load((Path(__file__).parents[2] / "curriculum.yaml").read_text("utf-8"))
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": config["themes"]}).themes)


def _scores(matcher: ThemeMatcher, text: str) -> list[tuple[str, float]]:
    return [(m.theme, m.score) for m in matcher.scores(text_words(text))]


def test_a_verb_keyword_counts_only_when_done_to_the_themes_subject(matcher: ThemeMatcher) -> None:
    """"identify" is victim identification when children are identified, not when a judge
    identifies a starting point or a worker a child's needs."""
    assert _scores(matcher, "The judge must identify the starting point before sentence.") == []
    assert _scores(matcher, "The worker will identify the needs of the family.") == []
    assert _scores(matcher, "Analysts identify the children shown in new images.") == [
        ("child-victim-identification", 1.0)
    ]


def test_an_agent_noun_is_of_its_verbs_family(matcher: ThemeMatcher) -> None:
    """"registrants" are people on a register: the keyword's family, at a variant's weight."""
    assert _scores(matcher, "Registrants report to the desk.") == [("sex-offender-management", 0.5)]


def test_words_spelled_out_before_their_initials_are_a_name(matcher: ThemeMatcher) -> None:
    """The unit's and the order's names hold theme words ("management", "prevention") but
    say nothing of what the sentence is about."""
    assert _scores(matcher, "Staff may call the trauma risk management (TRiM) team at any time.") == []
    assert _scores(matcher, "The judge made a Sexual Harm Prevention Order (SHPO) for ten years.") == []
    assert _scores(matcher, "Analysts search the ICSE database every day.") == [
        ("child-victim-identification", 2.0)
    ]


def test_a_title_word_that_another_themes_description_holds_says_neither(tmp_path: Path) -> None:
    """"victim" is a word of one theme's title and of another's description (victims and
    witnesses in court): it says neither, so a victim-care rule is not victim
    identification, and not court work either by that one word."""
    matcher = _themes(
        {"id": "child-victim-identification", "title": "Child victim identification",
         "description": "Identifying children depicted in abuse images.", "keywords": ["victim identification"]},
        {"id": "serious-violent-crimes", "title": "Serious and violent crimes against children",
         "description": "Missing children, and child victims and witnesses in proceedings.",
         "keywords": ["missing"]},
    )
    assert _scores(matcher, "A victim support officer calls the family.") == []
    placed = _placed(tmp_path, "Support notes\n\nThe victim support officer must call the family within 2 days.\n", matcher)
    assert placed["The victim support officer must call the family within ____ days."] == (
        None, "no theme reaches 1.0 (no theme words)"
    )


_STATUTE = """<!DOCTYPE html>
<html><head><title>Public Order Act 2023 - Northmere Legislation Online</title>
<meta property="og:site_name" content="Northmere Legislation Online"></head>
<body>
<h1>Public Order Act 2023</h1>
<p>This Act sets the rules for public assemblies in the city.</p>
<h2>Part 1</h2>
<h3>Assemblies</h3>
<p>An organiser must give the police notice of a march at least 6 days before it takes place.</p>
</body></html>
"""


def test_the_publishers_site_name_in_a_title_places_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Legislation" is a keyword of offender management, but here it is a word of the
    site that publishes every statute: the march notice fits no theme."""
    placed = _placed(tmp_path, _STATUTE, matcher, "act.html")
    notice = [v for k, v in placed.items() if "notice of a march at least ____ days" in k]
    assert notice == [(None, "no theme reaches 1.0 (no theme words)")]


def test_the_name_of_a_law_in_a_title_places_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The title names an Act whose name holds a theme keyword ("Online"); the duty on
    landlords in it names no theme of its own, so it fits none."""
    text = (
        "Online Marketplaces Act 2025: duties of landlords\n\n"
        "A landlord must repair a broken boiler within 14 days of a tenant's complaint.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = ("Under the Online Marketplaces Act 2025, a landlord must repair a broken boiler "
            "within ____ days of a tenant's complaint.")  # the Act the title opens with
    assert placed[stem] == (None, "no theme reaches 1.0 (no theme words)")


_GUIDE = """# Desk guide for the unit

Read this guide before your first shift.

## Missing children

### First hour

The unit closed 312 cases in 2024.

## Court work

### Listing

The clerk closed 40 files in 2024.
"""


def test_a_sentence_takes_the_theme_of_the_heading_its_section_stands_under(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The figure names no theme and neither does its own heading ("First hour"), but the
    heading above it does ("Missing children"): it is placed there, a figure as well as a
    rule. The clerk's figure under "Court work" fits no theme."""
    placed = _placed(tmp_path, _GUIDE, matcher, "guide.md")
    assert placed["The unit closed ____ cases in 2024."] == (
        "serious-violent-crimes",
        "its own words name no theme clearly; the document's heading above its section names serious-violent-crimes",
    )
    theme, _ = placed["The clerk closed ____ files in 2024."]
    assert theme is None


def test_notification_by_offenders_is_offender_management() -> None:
    """The repository's own themes: a penalty for failing to notify, with no other theme
    word, is offender management."""
    matcher = _repository()
    assert _scores(matcher, "Failing to comply with the notification requirements is an offence.") == [
        ("sex-offender-management", 1.0)
    ]
    assert _scores(matcher, "A notifiable offender must attend a police station.")[0][0] == "sex-offender-management"


def test_a_title_that_names_two_themes_does_not_place_by_the_first(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The title names online grooming and offenders' travel; the appeal rule under a
    country's heading names neither, so it fits no theme rather than the first one."""
    text = (
        "# Online grooming offences and offender travel: a briefing\n\n"
        "The briefing compares three countries.\n\n"
        "## Northland\n\n"
        "A refusal may be appealed within 28 days.\n"
    )
    placed = _placed(tmp_path, text, matcher, "briefing.md")
    theme, account = placed["A refusal may be appealed within ____ days."]
    assert theme is None
    assert account.startswith("the rule and its title and heading say little of internet-facilitated-crimes")


_CONSOLIDATED = """# Children and the criminal law: a consolidated text

This text sets out the law as amended.

## 1. Interpretation

A young person under 16 years cannot agree to any sexual act.

## 2. Solicitation of a child

Meeting a child after contact by message is an offence.

## 3. Duties of sex offenders

A registered sex offender must notify the police of a new address within 3 days. A registered sex offender must notify the police of any foreign travel 7 days ahead. A registered sex offender who breaks these duties commits an offence.
"""


def test_a_documents_share_does_not_place_a_section_its_headings_leave_open(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """Most of the text's theme words are in its part on offenders' duties, but another
    section is headed by another theme (solicitation): the age rule, under a heading that
    names none, is not offender management by the document's share. It fits no theme."""
    placed = _placed(tmp_path, _CONSOLIDATED, matcher, "law.md")
    assert placed["A young person under 16 years cannot agree to any sexual act."] == (
        None,
        "its own words, title and section name no theme, and the document's sections are of more than sex-offender-management (sex-offender-management 1.30, internet-facilitated-crimes 0.20)",
    )
    assert placed["A registered sex offender must notify the police of a new address within ____ days."][0] == "sex-offender-management"
