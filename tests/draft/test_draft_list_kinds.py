"""List questions take options only from sibling lists of the same kind: never from a table
of contents (the document's own headings), never from a list under another heading; a
lead-in that stops on "including" is asked as "..., including which of the following?"
(blind review 20 b2: "..., including. Which of the following was one of them?" against
"How to read this guidance", "Age assurance duties")."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import DATA

from curriculum.draft.analysis import analyse
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

GUIDE = """# Guidance for hosting services

## Contents

- Scope
- Reporting abuse
- Keeping records

## Scope

This guidance applies to every hosting service with users in the country.

## Reporting abuse

A host must report any abusive material it finds on its servers, including:

- images of child sexual abuse;
- grooming messages sent to a child;
- threats to share intimate images.

Other material the abuse team handled included spam campaigns, malware links and phishing pages.

## Keeping records

A host must keep the following records:

- server logs;
- account identifiers;
- payment details.
"""

PARTS = """# Handbook for school safeguarding leads

The handbook has three parts:

- Spotting the signs
- Talking to the child
- Making a referral

Other topics included training records, case conferences and policy audits.

## Spotting the signs

Staff should watch for sudden changes in mood and unexplained gifts.

## Talking to the child

Listen, do not promise secrecy, and write down what the child said.

## Making a referral

Refer the case to children's social care on the same day.
"""


def listed(tmp_path: Path, text: str) -> list[DraftQuestion]:
    path = tmp_path / "guide.md"
    path.write_text(text, "utf-8")
    themes = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    matcher = ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)
    return list_rules(analyse(read_source(path, tmp_path), "src", matcher))


def test_no_option_comes_from_the_contents_or_another_section(tmp_path: Path) -> None:
    questions = listed(tmp_path, GUIDE)
    options = {t for q in questions for t, _ in q.options}
    assert options, "the reporting list has siblings in its own section"
    assert not options & {"Scope", "Reporting abuse", "Keeping records"}  # the contents
    assert not options & {"Server logs", "Account identifiers", "Payment details"}
    wrong = {t for q in questions for t, ok in q.options if not ok and q.rule == "list-member"}
    assert wrong <= {"Spam campaigns", "Malware links", "Phishing pages"}
    # the records list has no sibling of its kind under its heading: it is not asked
    assert all("records" not in q.prompt for q in questions)


def test_a_lead_in_on_including_is_asked_as_one_question(tmp_path: Path) -> None:
    questions = listed(tmp_path, GUIDE)
    member = next(q for q in questions if q.rule == "list-member")
    assert member.prompt == (
        "A host must report any abusive material it finds on its servers, including which of"
        " the following?")
    assert next(t for t, ok in member.options if ok) in {
        "Images of child sexual abuse", "Grooming messages sent to a child",
        "Threats to share intimate images"}
    assert not any("including." in q.prompt for q in questions)
    assert "list-not-member" not in {q.rule for q in questions}  # no set named to be outside


def test_a_list_of_the_documents_own_headings_is_never_asked(tmp_path: Path) -> None:
    questions = listed(tmp_path, PARTS)  # its items are the headings that follow: structure
    assert not any("three parts" in q.prompt for q in questions)
    options = {t for q in questions for t, _ in q.options}
    assert not options & {"Spotting the signs", "Talking to the child", "Making a referral"}
