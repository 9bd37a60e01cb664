# ruff: noqa: E501  (expected stems and facts are kept whole so they read as learners see them)
"""Issue #9, review 16 (X 4): a question or fact drawn from a table row or a list item
carries what the table or list is about. A table's lead-in right above it ("Search response
times ...:") names what a one-word column header ("Target") measures, and leads the stem;
a one-word column with nothing over the table to name it is not asked (the gates hold it,
with the reason, in the audit); a list item whose subject and verb are in its lead-in is a
module fact only with that lead-in in front (``modules.joined_item``). One short text of our
own, drafted once. A table row's fact is led by the lead-in over its table; a row with a
tick box is a filled-in form's entry, no fact (``row_facts.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import drafted_note

_TEXT = """# Missing child reports: force procedure

## 4. Search and records

When a child is reported missing, the call handler must grade the risk at once and tell the duty inspector.

Officers visiting a registered sex offender at home should check:

- the registered sex offender's notified address and any second home;
- every device the registered sex offender uses for internet access; and
- the names of children living at or visiting the registered sex offender's address.

Search response times for missing children (from the first call):

| Case type | Target | Maximum |
|---|---|---|
| Child under 12 | 1 hour | 2 hours |
| Child aged 12 to 15 | 4 hours | 8 hours |
| Child aged 16 or 17 | 12 hours | 24 hours |
| Child seen after the call | 48 hours | 72 hours |

## 5. Later steps

| Case type | Debrief | Closure |
|---|---|---|
| Child under 12 | 6 hours | 14 days |
| Child aged 12 to 15 | 3 days | 21 days |
| Child aged 16 or 17 | 5 days | 28 days |
| Child seen after the call | 10 days | 42 days |

## 6. Home visit record

| Registered sex offender risk factor | Present | Absent | Notes |
|---|---|---|---|
| Contact with children online | \u2612 | \u2610 | Two new chat accounts found on the registered sex offender's phone |

## 7. Notification

Notification periods for registered sex offenders (from the date of release):

| Sentence | Adult period | Youth period |
|---|---|---|
| Sex offender sentenced to prison for 30 months or more | Indefinite | Indefinite |
| Sex offender sentenced to prison for less than 30 months | 10 years | 5 years |

## 8. Visit form

For each registered sex offender visit, the officer completes:

- **Visit type:** announced or unannounced registered sex offender visit.
- **Devices seen:** Yes or No (registered sex offender's phone and computer). The registered sex offender must show the officer every device in the home.
"""
_BARE = ("fatal: a table row asked under a one-word column header, and no caption, heading "
         "or lead-in over the table says what its values are")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    root: Path = tmp_path_factory.mktemp("table-context")
    modules, audit = drafted_note(root, "note.md", _TEXT)
    return " ".join(modules.split()), " ".join(audit.split())


def test_a_list_item_fact_carries_its_lead_in(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    for fact in (
        "- text: Officers visiting a registered sex offender at home should check the registered sex offender's notified address and any second home. cite:",
        "- text: Officers visiting a registered sex offender at home should check every device the registered sex offender uses for internet access. cite:",
        "- text: Officers visiting a registered sex offender at home should check the names of children living at or visiting the registered sex offender's address. cite:",
    ):
        assert fact in modules, modules
    assert "- text: the registered sex offender's" not in modules  # never the bare item
    assert "quote: the registered sex offender's notified address and any second home;" in modules


def test_a_lead_in_over_the_table_names_a_one_word_column(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    for stem in (
        "For search response times for missing children, where the case type is child aged 16 or 17, the target is ____.",
        "For search response times for missing children, where the case type is child aged 12 to 15, the maximum is ____.",
    ):
        assert stem in modules, modules
    assert "Where the case type is child under 12, the target is" not in modules + audit


@pytest.mark.parametrize("stem", [
    r"Where the case type is child under 12, the closure is \_\_\_\_.",
    r"Where the case type is child aged 12 to 15, the debrief is \_\_\_\_.",
    r"Where the case type is child seen after the call, the closure is \_\_\_\_.",
])
def test_a_one_word_column_with_nothing_over_it_is_not_asked(drafted: tuple[str, str], stem: str) -> None:
    modules, audit = drafted
    at = audit.find(stem)
    assert at >= 0, audit
    assert _BARE in audit[at : at + 400]
    assert stem.replace("\\", "") not in modules


def test_a_row_fact_is_led_by_the_lead_in_over_its_table(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    assert ("- text: 'Notification periods for registered sex offenders (from the date of release): Sentence: "
            "Sex offender sentenced to prison for less than 30 months; Adult period: 10 years; Youth period: 5 years'") in modules, modules


def test_a_row_with_a_tick_box_is_no_fact(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    assert "Contact with children online" not in modules
    assert ("- line 35: an entry of a filled-in form (a tick box): one case's record, not a fact to learn "
            "(names sex-offender-management): Contact with children online") in audit


def test_a_labelled_field_is_not_joined_to_its_lead_in(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    assert "- text: Yes or No (registered sex offender's phone and computer). cite:" in modules, modules
    assert "the officer completes yes or No" not in modules
