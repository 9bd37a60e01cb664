# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, themes by what a sentence is about: a one-word theme term inside a condition,
a relative clause or a participle's restriction, or one of coordinated adjectives, grades
or narrows the sentence's topic and counts half; the main clause says what the sentence
is about. Each on a short text of our own, with the exact theme or reason."""

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
    """Every sentence-rule question's prompt -> (theme, account); ``name``: read as that
    file (a Markdown one, say), else as plain text."""
    if name:
        (tmp_path / name).write_text(text, "utf-8")
        analysis = analyse(read_source(tmp_path / name, tmp_path), "t", matcher)
    else:
        analysis = analysed(tmp_path, text, matcher)
    questions: list[DraftQuestion] = sentence_rules(analysis, matcher)
    return {q.prompt: place(q, matcher) for q in questions}


def test_a_degree_adjective_in_a_condition_does_not_place_a_providers_rule(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"serious" grades the risk that opens the rule; the rule is about a provider's answer
    to a request, which no theme of the test curriculum names: it fits no theme."""
    text = (
        "Asking a provider for account records\n\n"
        "An investigator may send a preservation request to the provider through its portal at any time. "
        "Where a child faces a risk of death or serious injury, the provider must answer an urgent request within 1 hour.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "Where a child faces a risk of death or serious injury, the provider must answer an urgent request within ____ hour."
    assert placed[stem] == (None, "no theme reaches 1.0 (serious-violent-crimes 0.50)")


def test_a_word_in_a_restriction_does_not_place_the_order_it_restricts(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"restricting internet use" says what the order forbids; the sentence is about the
    order, and the next sentence (its breach) is no longer pulled along by the document's
    share of that one word."""
    text = (
        "Case notes for trainers\n\n"
        "The judge imposed a court order on the man for 10 years, restricting internet use and contact with children. "
        "Breach of the order carries a maximum penalty of 5 years' imprisonment.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    imposed = "The judge imposed a court order on the man for ____ years, restricting internet use and contact with children."
    assert placed[imposed] == (None, "no theme reaches 1.0 (internet-facilitated-crimes 0.50)")
    breach = "Breach of the order carries a maximum penalty of ____ years' imprisonment."
    assert placed[breach] == (None, "no theme reaches 1.0 (no theme words)")


def test_a_sentence_whose_theme_word_sits_in_a_restriction_takes_its_documents_theme(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "Managing registered sex offenders: a desk guide\n\n"
        "The court may impose an order for 10 years, restricting internet use and contact with children.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "The court may impose an order for ____ years, restricting internet use and contact with children."
    assert placed[stem][0] == "sex-offender-management"


def test_a_phrase_in_a_condition_still_names_its_theme(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Only a one-word term is discounted: "a registered sex offender" names its topic
    wherever it stands, while the word "online" in the main clause's restriction counts half."""
    text = (
        "Desk notes\n\n"
        "If a registered sex offender travels abroad, the officer must tell the receiving country within 3 days, using the online form.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "If a registered sex offender travels abroad, the officer must tell the receiving country within ____ days, using the online form."
    assert placed[stem][0] == "sex-offender-management"


def test_the_main_clause_weighs_a_one_word_term_in_full(matcher: ThemeMatcher) -> None:
    main = matcher.scores(text_words("Officers found the missing child after two days."))
    aside = matcher.scores(text_words("Officers found the boy, who had been missing for two days."))
    assert [(m.theme, m.score) for m in main] == [("serious-violent-crimes", 1.0)]
    assert [(m.theme, m.score) for m in aside] == [("serious-violent-crimes", 0.5)]


_HANDBOOK = """# Duty officer's handbook

## Missing children

The duty officer must grade every report within 30 minutes of the first call.

## Court work

The clerk must file the papers within 5 days.
"""


def test_a_first_sections_heading_is_no_title_for_the_sections_after_it(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"## Missing children" stands over the first text, but "## Court work" is of the same
    level: it heads its own section only. Its one keyword places the rule under it (the
    title names no theme); the clerk's rule under the next heading fits no theme."""
    placed = _placed(tmp_path, _HANDBOOK, matcher, "handbook.md")
    graded = "The duty officer must grade every report within ____ minutes of the first call."
    assert placed[graded] == (
        "serious-violent-crimes",
        "its own words name no theme clearly; the document's section heading names serious-violent-crimes",
    )
    filed = "The clerk must file the papers within ____ days."
    assert placed[filed] == (None, "no theme reaches 1.0 (no theme words)")


def test_a_subtitle_of_another_level_still_says_what_the_document_is_about(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = _HANDBOOK.replace("## Missing children", "## Guidance for officers handling missing children")
    text = text.replace("## Court work", "### Court work")
    placed = _placed(tmp_path, text, matcher, "handbook.md")
    filed = "The clerk must file the papers within ____ days."
    assert placed[filed] == (
        "serious-violent-crimes",
        "its own words name no theme clearly; the document's title names serious-violent-crimes",
    )


def test_a_title_and_heading_never_override_a_rule_that_clearly_names_another_theme(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The handbook and its section are about offender management; the first rule is
    about online grooming, which it names: the title and heading weigh only among the
    themes a rule names, so it goes to the internet theme (it tied before)."""
    text = (
        "# Sex offender management handbook\n\n## Registered sex offenders\n\n"
        "Officers must report any online grooming of a child to the hotline within 24 hours. "
        "The offender manager must visit each registered sex offender at home every 6 months.\n"
    )
    placed = _placed(tmp_path, text, matcher, "handbook.md")
    report = "Officers must report any online grooming of a child to the hotline within ____ hours."
    assert placed[report][0] == "internet-facilitated-crimes"
    visit = "The offender manager must visit each registered sex offender at home every ____ months."
    assert placed[visit][0] == "sex-offender-management"


def test_a_headings_one_word_does_not_outweigh_a_title_that_names_another_theme(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "# Managing registered sex offenders\n\n## Online contact\n\n"
        "The manager must read the contact log within 7 days of each home visit.\n\n"
        "## Visits\n\nThe manager must record each visit within 2 days.\n"
    )
    placed = _placed(tmp_path, text, matcher, "guide.md")
    stem = "The manager must read the contact log within ____ days of each home visit."
    assert placed[stem] == (
        "sex-offender-management",
        "its own words name no theme clearly; the document's title names sex-offender-management",
    )


def test_one_sentence_naming_a_theme_does_not_make_a_document_mainly_about_it(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The one sentence on travelling sex offenders is all of this note's theme matches, but
    one sentence is no document's topic: the group's meetings fit no theme."""
    text = (
        "Notes on the model law\n\n"
        "Travelling sex offenders can be prosecuted at home for offences committed abroad. "
        "The drafting group met 14 times in 2024.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    assert placed["The drafting group met ____ times in 2024."] == (
        None,
        "the sentence itself says little of sex-offender-management (0.00) and the document is not mainly about it (sex-offender-management 1.50)",
    )
    assert placed["____ can be prosecuted at home for offences committed abroad."][0] == "sex-offender-management"


def _themes(*themes: dict[str, object]) -> ThemeMatcher:
    return ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": list(themes)}).themes)


def test_a_sentence_whose_own_nouns_name_another_theme_is_not_placed_by_its_title(
    tmp_path: Path,
) -> None:
    """The notes are about online grooming, but the breach of an offender's order is what
    the last sentence is about (two nouns of offender management's description, one of
    them its subject): the title does not place it, and the document's share alone does
    not either, so it fits no theme rather than the wrong one."""
    matcher = _themes(
        {"id": "internet-facilitated-crimes", "title": "Internet-facilitated crimes against children",
         "description": "Online solicitation, coercion and extortion.", "keywords": ["online", "grooming"]},
        {"id": "sex-offender-management", "title": "Sex offender management",
         "description": "Registers, orders on offenders and their breach, supervision.",
         "keywords": ["sex offender", "register"]},
    )
    text = (
        "# Online grooming: notes for investigators\n\n"
        "Online grooming is the most common online offence reported to the unit. "
        "Groomers move children to encrypted apps within days.\n\n"
        "Breach of the order carries a maximum penalty of 5 years' imprisonment.\n"
    )
    placed = _placed(tmp_path, text, matcher, "notes.md")
    assert placed["Breach of the order carries a maximum penalty of ____ years' imprisonment."] == (
        None, "no theme leads by 0.5 (internet-facilitated-crimes 1.50, sex-offender-management 1.20)"
    )


def test_one_title_word_is_no_sentence_of_support_for_a_documents_theme(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """"identification" alone is a word of a theme's title, not the title naming it: with one
    sentence on the ICSE database, the guide is not mostly about victim identification, so
    a rule that names nothing fits no theme."""
    text = (
        "A guide to identification parades\n\n"
        "Analysts search the ICSE database for series of images. "
        "The officer must book the parade room within 2 days.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    theme, account = placed["The officer must book the parade room within ____ days."]
    assert theme is None
    assert account.startswith("the rule and its title and heading say little of child-victim-identification (0.50)")


def test_provider_preservation_and_subscriber_data_are_the_internet_themes(
    tmp_path: Path,
) -> None:
    """The repository's own themes: a preservation request to a provider is internet-
    facilitated crime's evidence, though no sentence says "online"."""
    config = yaml.safe_load((Path(__file__).parents[2] / "curriculum.yaml").read_text("utf-8"))
    matcher = ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": config["themes"]}).themes)
    text = (
        "Requests for account records\n\n"
        "The provider keeps subscriber details for 90 days after an account is closed. "
        "The investigator must send a preservation request to the provider within 24 hours of identifying the account.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "The investigator must send a preservation request to the provider within ____ hours of identifying the account."
    assert placed[stem][0] == "internet-facilitated-crimes"


def test_a_plain_text_banner_between_rule_lines_is_the_title_that_places_a_rule(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """A script that opens with a banner (a rule line, its issuer and name in capitals,
    another rule line) and a header of fields: the header reader took the rule line for
    the title, which named no theme, so a rule that names none fits no theme. The banner's
    lines are the title: "REPORT OF A MISSING CHILD" places the rule."""
    rule, thin = "=" * 60, "-" * 60
    text = (
        f"{rule}\n NORTHFIELD POLICE - CONTACT CENTRE\n DESK SCRIPT DS-3: REPORT OF A MISSING CHILD\n{rule}\n"
        f" Doc ref : NP/DS-3          Version : 2.0\n Issued  : 01/02/2026\n{thin}\n\n"
        " Do not close the log until the child is found and a welfare visit has been arranged (within 48 hours of return).\n"
    )
    placed = _placed(tmp_path, text, matcher)
    stem = "Do not close the log until the child is found and a welfare visit has been arranged (within ____ hours of return)."
    assert placed[stem] == ("serious-violent-crimes", "its own words name no theme clearly; the document's title names serious-violent-crimes")


def test_a_rule_on_how_to_answer_the_document_is_not_placed_by_its_theme(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """A tender for a victim identification tool: its rule on how bidders answer points at
    the document's own parts and names nothing of any theme's matter, so the title does not
    carry it into victim identification; its rule on the images stays there by the title."""
    text = (
        "Tender for a victim identification database\n\n"
        "Bidders must answer each question below within 5 working days of the briefing. "
        "The supplier must delete every copied image within 30 days of the end of the contract.\n"
    )
    placed = _placed(tmp_path, text, matcher)
    answer = "Bidders must answer each question below within ____ working days of the briefing."
    assert placed[answer] == (None, "its own words name no theme, and it is about the document's own paperwork ('each question below'), not a theme's matter")
    delete = "The supplier must delete every copied image within ____ days of the end of the contract."
    assert placed[delete] == ("child-victim-identification", "its own words name no theme clearly; the document's title names child-victim-identification")
