# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, placement by a title that joins two subjects of which only one is a theme's
(blind review 10, X 9): the title says what the document covers, not what a sentence
under a heading that names no theme is about. Each on a short text of our own, with the
exact theme or reason."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.placement import heading_scores, place
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.subjects import other_subjects
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig


def _placed(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[str | None, str]]:
    """Every sentence-rule question's prompt -> (theme, account), read as a Markdown file."""
    (tmp_path / "paper.md").write_text(text, "utf-8")
    analysis = analyse(read_source(tmp_path / "paper.md", tmp_path), "t", matcher)
    questions: list[DraftQuestion] = sentence_rules(analysis, matcher)
    return {q.prompt: place(q, matcher) for q in questions}


def _matcher() -> ThemeMatcher:
    themes = [
        {"id": "internet-facilitated-crimes", "title": "Internet-facilitated crimes against children",
         "description": "Online solicitation, coercion and extortion.", "keywords": ["online", "grooming"]},
        {"id": "sex-offender-management", "title": "Sex offender management",
         "description": "Registers and notification, supervision, risk assessment.",
         "keywords": ["sex offender", "register", "notification"]},
    ]
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)


_PAPER = """# {title}

## Background

The inspector must check each new entry within 10 days of the request.

Councils carried out 4,120 checks in 2025, and most were completed on time.

## Reviews of the register

The manager must review each entry within 28 days of a change of address.

A notification of travel abroad is due 7 days before departure, and a notification of a new
address within 3 days.
"""

_TWO = "Vetting of Volunteer Football Coaches and Offender Notification Periods"


def test_a_title_joining_an_unthemed_subject_does_not_place_a_rule_under_a_neutral_heading(
    tmp_path: Path,
) -> None:
    """The title joins the vetting of coaches (no theme) with notification periods
    (offender management): the rule under "Background" may be the vetting's, so the title
    does not place it, and neither does the document's share of notification."""
    placed = _placed(tmp_path, _PAPER.format(title=_TWO), _matcher())
    stem = "The inspector must check each new entry within ____ days of the request."
    assert placed[stem] == (
        None,
        "its own words and section name no theme, and the document's title joins sex-offender-management with another subject (sex-offender-management 1.50)",
    )


def test_a_heading_that_agrees_with_the_titles_themed_subject_still_places_its_rule(
    tmp_path: Path,
) -> None:
    """"Reviews of the register" names offender management, the subject of the title that a theme
    names: the rule under it is placed there as before."""
    placed = _placed(tmp_path, _PAPER.format(title=_TWO), _matcher())
    stem = "The manager must review each entry within ____ days of a change of address."
    assert placed[stem] == (
        "sex-offender-management",
        "its own words name no theme clearly; the document's section heading names sex-offender-management",
    )


def test_a_title_of_one_subject_still_places_a_rule_under_a_neutral_heading(
    tmp_path: Path,
) -> None:
    """Control: "Offender Notification Periods and Reviews" is one subject ("reviews" is one
    bare noun, no subject of its own), so the title places the rule under "Background"."""
    title = "Offender Notification Periods and Reviews"
    placed = _placed(tmp_path, _PAPER.format(title=title), _matcher())
    stem = "The inspector must check each new entry within ____ days of the request."
    assert placed[stem] == (
        "sex-offender-management",
        "its own words name no theme clearly; the document's title names sex-offender-management",
    )


def test_which_titles_join_another_subject() -> None:
    """Read from the parts a coordination divides: a part with two content words of its
    own that names no theme and shares no word with the theme's description is another
    subject (its head noun is returned); "risk assessment" is offender management's by its
    description. A comma divides only a list that "and" closes: after it, a council names
    whose periods."""
    matcher = _matcher()
    theme = "sex-offender-management"
    described = frozenset({"register", "notification", "supervision", "risk", "assessment"})

    def others(title: str) -> list[str]:
        return other_subjects(title.lower(), theme, lambda t: heading_scores(t, matcher), described)

    assert others(_TWO) == ["vetting"]
    assert others("Offender Notification Periods and Reviews") == []
    assert others("Offender Notification and Risk Assessment") == []
    assert others("Offender Notification Periods") == []
    assert others("Offender Notification Periods, Marsh Vale Borough Council") == []
    assert others("Offender Notification Periods, Coach Vetting Rules and Pitch Safety") == ["rules", "safety"]


def test_a_second_subject_the_themes_sentences_speak_of_is_one_matter(
    tmp_path: Path,
) -> None:
    """Here the document's sentences on notification speak of the vetting too ("a vetting
    check of a registered sex offender"): the title's two parts are one matter, and the
    title places the rule under "Background" as for a title of one subject."""
    text = _PAPER.format(title=_TWO) + (
        "\nA sex offender who applies to coach must disclose the notification, and a vetting check shows it.\n"
    )
    placed = _placed(tmp_path, text, _matcher())
    stem = "The inspector must check each new entry within ____ days of the request."
    assert placed[stem] == (
        "sex-offender-management",
        "its own words name no theme clearly; the document's title names sex-offender-management",
    )


def _plan_matcher() -> ThemeMatcher:
    themes = [
        {"id": "internet-facilitated-crimes", "title": "Internet-facilitated crimes against children",
         "description": "Online solicitation, coercion and extortion.", "keywords": ["online", "internet"]},
        {"id": "sex-offender-management", "title": "Sex offender management",
         "description": "Registers and notification, licences and supervision, risk assessment.",
         "keywords": ["sex offender", "register", "notification"]},
        {"id": "serious-violent-crimes", "title": "Serious and violent crimes against children",
         "description": "Missing children, child death investigation.", "keywords": ["missing"]},
    ]
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)


_PLAN = """# {title}

## Conditions

The holder must report to the hostel warden within 2 hours of any arrest.

The holder must not use the internet at a library within 5 miles of a school.
"""


def test_a_title_naming_two_parts_of_a_themes_description_places_the_rules_under_it(
    tmp_path: Path,
) -> None:
    """No keyword names offender management, but a "Licence Conditions and Supervision
    Plan" names two parts of its description: the holder's rules are its, and the rule
    that says "internet" once (a bare word) goes with them, not to the internet theme."""
    placed = _placed(tmp_path, _PLAN.format(title="Licence Conditions and Supervision Plan"), _plan_matcher())
    report = "The holder must report to the hostel warden within ____ hours of any arrest."
    assert placed[report] == (
        "sex-offender-management",
        "its own words name no theme clearly; the document's title names sex-offender-management",
    )
    library = "The holder must not use the internet at a library within ____ miles of a school."
    assert placed[library][0] == "sex-offender-management"


def test_one_phrase_of_a_themes_description_in_a_title_names_no_theme(
    tmp_path: Path,
) -> None:
    """"Risk assessment" is one phrase (two adjacent words) that many fields use: the title
    names no theme, so the rule fits none (the other rule's "internet" is all of the
    document's theme words, from one sentence: no topic)."""
    placed = _placed(tmp_path, _PLAN.format(title="Hostel Risk Assessment"), _plan_matcher())
    report = "The holder must report to the hostel warden within ____ hours of any arrest."
    assert placed[report] == (
        None,
        "the rule and its title and heading say little of internet-facilitated-crimes (0.00) and the document is not mainly about it (internet-facilitated-crimes 1.50)",
    )
