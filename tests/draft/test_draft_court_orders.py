# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 11a (R1): a court order against an offender gave no question.
Its title is the order's name, so "this order" is the document itself, not a pointer to
an earlier sentence; a breach penalty's "that offence" is the offence the sentence before
creates; the order's rules are offender management when that theme's description names
orders (the order's name is masked as a law's, so its words said nothing); and a duration
"from today ... until <date>" gives its length away. Short texts of our own, with the
exact outcome."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import run

from curriculum.draft.placement import title_scores
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = [
    {"id": "internet-facilitated-crimes", "title": "Internet-facilitated crimes against children",
     "description": "Online solicitation, coercion and extortion, and the evidential response.",
     "keywords": ["online", "internet", "grooming"]},
    {"id": "sex-offender-management", "title": "Sex offender management",
     "description": "Registers and notification, offenders' orders and their breach, supervision.",
     "keywords": ["sex offender", "register", "notification"]},
]

ORDER = """---
title: "Youth Contact Restriction Order"
---

# Youth Contact Restriction Order

## Terms

The person named above must not use any online chat service to contact a child.

This order lasts for 6 years from today, until 1 March 2032.

## Breach

Breaking any term of this order without good reason is an offence under section 12 of the
Harbour Safety Act 2029. A person convicted of that offence is liable to imprisonment for up
to 4 years.
"""


def drafted(project: Path, text: str) -> tuple[str, str]:
    config = {"title": "Order tests", "themes": THEMES, "draft_audience": "local"}
    (project / "curriculum.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    (project / "sources" / "order.md").write_text(text, "utf-8")
    result = run("draft", "sources/order.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    module = (project / "drafts" / "sex-offender-management-draft.yaml").read_text("utf-8")
    return " ".join(module.split()), (project / "drafts" / "draft-audit.md").read_text("utf-8")


def test_a_breach_penalty_names_the_order_and_its_offence(project: Path) -> None:
    module, audit = drafted(project, ORDER)
    assert ("Breaking any term of the Youth Contact Restriction Order without good reason is an offence under"
            " section 12 of the Harbour Safety Act 2029. A person convicted of that offence is liable to"
            " imprisonment for up to") in module
    assert 'points back: "this order"' not in audit
    assert 'points back: "that offence"' not in audit


def test_a_duration_from_today_until_a_date_is_not_asked(project: Path) -> None:
    module, audit = drafted(project, ORDER)
    assert "for ____ years from today" not in module
    assert "both ends of the period are in the stem" in audit


def test_an_order_named_by_one_themes_description_is_that_themes() -> None:
    """An order is a kind offender management's description names; an Act is named by
    no description, and a title naming neither places nothing."""
    matcher = ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": THEMES}).themes)
    assert title_scores("Youth Contact Restriction Order", matcher) == {"sex-offender-management": 0.75}
    assert title_scores("Youth Contact Act 2031", matcher) == {}
    assert title_scores("Youth Contact Review", matcher) == {}


PROHIBITIONS = """---
title: "Youth Contact Restriction Order"
---

# Youth Contact Restriction Order

The court orders that the respondent is prohibited from doing any of the following.

## Messaging

Using any messaging app unless he has given the police the account name within 2 days of opening the account.

## Schools

Entering the grounds of any school, save that he may attend a parents' evening.

Loitering near a school gate.
"""


def test_an_orders_gerund_prohibition_is_asked_with_who_is_prohibited(project: Path) -> None:
    """The item has no subject of its own: the lead-in's "the respondent is prohibited
    from" and the order's name go in front, and its limit is the prohibition's."""
    module, audit = drafted(project, PROHIBITIONS)
    assert ("prompt: Under the Youth Contact Restriction Order, the respondent is prohibited from"
            " using any messaging app unless he has given the police the account name within ____"
            " days of opening the account.") in module
    assert "has no subject in the stem" not in audit


def test_a_gerund_item_after_other_text_has_no_lead(project: Path) -> None:
    """A sentence that is no item of the run stands between: the lead-in is not the item's."""
    text = PROHIBITIONS.replace("## Schools", "## Schools\n\nThe police keep a list of schools.")
    text = text.replace("## Messaging\n", "## Messaging\n\nThe police explained the order.\n")
    module, _ = drafted(project, text)
    assert "the respondent is prohibited from using any messaging app" not in module
