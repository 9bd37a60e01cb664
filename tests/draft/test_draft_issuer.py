# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 15 (tissuer): whose rule is it? An agreement's rule over a role it
defines says which agreement, in the words a trainer writes (``agreement.py``); a help
centre page's policy and its "we" are the platform's its HTML title names (``author.py``);
a "you" of notes that speak to one person becomes the person a heading names
(``addressee.named_reader``). Each on a short text of our own, drafted once, with the
exact outcome."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, prompts

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

AGREEMENT = (
    '# Memorandum of Understanding between the Police Service of Northmere and the National Police of Ostravia on Missing Children\n'
    '\n'
    '## 1. Definitions\n'
    '\n'
    'In this Memorandum, "requesting Party" means the Party that asks for a search, and "assisting Party" means the other Party.\n'
    '\n'
    '## 2. Searches\n'
    '\n'
    'The assisting Party shall confirm receipt of a request within 24 hours.\n'
    '\n'
    'Requests shall be sent no later than 48 hours after the child is reported missing.\n'
)
PAGE = (
    '<html><head><title>Teen Safety Policy | Lumenchat Help Centre</title></head>\n'
    '<body>\n'
    '<h1>Teen Safety Policy</h1>\n'
    '<p>This policy applies to every chat and video call on Lumenchat.</p>\n'
    '<h2>Reports</h2>\n'
    '<p>We keep the messages of a reported chat for 60 days.</p>\n'
    '<p>Accounts of users under 16 are hidden from search for 12 months after sign-up.</p>\n'
    '</body></html>\n'
)
NOTES = (
    '# Yearly check-in by a registered person\n'
    '\n'
    '## About these notes\n'
    '\n'
    'You were given these notes when you were released. You have been told that you must keep your details up to date.\n'
    '\n'
    '## Time limits\n'
    '\n'
    'You must report a trip abroad within 4 days of coming back if you were away for more than 8 days.\n'
    '\n'
    'If you move house, you must report it within 5 days.\n'
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> dict[str, list[DraftQuestion]]:
    """Every candidate of each text, drafted once."""
    texts = {"agreement.md": AGREEMENT, "page.html": PAGE, "notes.md": NOTES}
    out = {}
    for name, text in texts.items():
        kept, below = chosen(tmp_path_factory.mktemp("issuer"), text, matcher, name)
        out[name] = kept + below
    return out


def test_an_agreements_rule_over_a_defined_role_names_the_two_parties(drafted: dict[str, list[DraftQuestion]]) -> None:
    found = prompts(drafted["agreement.md"])
    assert "Under the Northmere\u2013Ostravia memorandum of understanding, the assisting Party shall confirm receipt of a request within ____ hours." in found, found
    assert "Under the Northmere\u2013Ostravia memorandum of understanding, requests shall be sent no later than ____ hours after the child is reported missing." in found, found
    assert not any("Police Service of Northmere" in p for p in found), found


def test_a_help_centre_pages_policy_and_we_are_the_platforms(drafted: dict[str, list[DraftQuestion]]) -> None:
    found = prompts(drafted["page.html"])
    assert "Under Lumenchat's Teen Safety Policy, accounts of users under 16 are hidden from search for ____ months after sign-up." in found, found
    assert "Lumenchat keeps the messages of a reported chat for ____ days." in found, found
    assert not any("Help Centre" in p for p in found), found


def test_notes_you_is_the_person_a_heading_names_with_they_after(drafted: dict[str, list[DraftQuestion]]) -> None:
    found = prompts(drafted["notes.md"])
    assert "A registered person must report a trip abroad within ____ days of coming back if they were away for more than 8 days." in found, found


def test_a_you_whose_verb_would_change_stays_held(drafted: dict[str, list[DraftQuestion]]) -> None:
    held = next(q for q in drafted["notes.md"] if q.prompt == "If you move house, you must report it within ____ days.")
    assert '-0.50 points back: "you" is the one person the text speaks to; the stem must say whom the rule is for' in held.reasons
