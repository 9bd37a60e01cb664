# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, a proposal's items (``proposed.py``): what a consultation paper puts forward
("The Ministry prefers Option B, with these features:", "The Ministry proposes to:", "We
propose that ...", a section headed as the proposal) is no rule in force, and is held back
with that reason, not asked as law and not called one past case; the law in force that the
same paper states is asked. Each class on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp, proposed
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "paper.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


_PAPER = (
    "# Registered sex offenders and online accounts: a consultation\n\n"
    "Ministry of Home Affairs, Republic of Varnland (fictional)\n\n"
    "Published: 9 January 2026\n\n"
    "## 1. Where we are now\n\n"
    "Under the Offender Registration Act 2015, a registered sex offender must tell the police of every new home address within 5 days of moving.\n\n"
    "## 2. What we want to change\n\n"
    "The Ministry prefers Option B, with these features:\n\n"
    "1. A registered sex offender must tell the police of every new online account within 2 days of opening it.\n"
    "2. Failure to tell the police would be an offence with a maximum penalty of 18 months' imprisonment.\n\n"
    "We propose that a registered sex offender must show the police any new phone within 10 days of buying it.\n"
)

_HELD = "not worth asking: part of a proposal"


def test_a_proposals_items_are_held_back_and_the_law_in_force_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, _PAPER, matcher)
    assert [q.prompt for q in kept if q.rule == "count"] == [
        "Under the Offender Registration Act 2015, a registered sex offender must tell the police of every new home address within ____ days of moving."]
    items = {q.prompt: q for q in below if q.rule == "count"}
    # the paper's own country says whose the proposed rule would be (``country.py``)
    account = items["In the Republic of Varnland, a registered sex offender must tell the police of every new online account within ____ days of opening it."]
    assert ('not worth asking: part of a proposal (an item of "The Ministry prefers Option B, with these features:"): '
            "a rule put forward, not one in force") in account.reasons
    penalty = items["In the Republic of Varnland, failure to tell the police would be an offence with a maximum penalty of ____ months' imprisonment."]
    assert any(r.startswith(_HELD) for r in penalty.reasons)
    assert not [r for r in penalty.reasons if "past event" in r]  # a proposal, not one case
    phone = [q for q in below if q.rule == "count" and "any new phone within ____ days" in q.prompt]
    assert phone and all("not worth asking: part of a proposal (the sentence proposes it): a rule put forward, "
                         "not one in force" in q.reasons for q in phone)
    assert all(q.score <= 0.45 for q in [account, penalty, *phone])


def test_a_section_headed_as_the_proposal_holds_its_rules_but_not_the_present_law(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _PAPER.replace("## 2. What we want to change\n\nThe Ministry prefers Option B, with these features:\n\n", "## 2. The Ministry's proposal\n\n").replace(
        "We propose that a registered sex offender must show the police any new phone within 10 days of buying it.\n",
        "At present, a registered sex offender must tell the police of a new car within 14 days.\n")
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept if q.rule == "count"]
    assert not [p for p in prompts if "online account" in p]
    [account] = [q for q in below if q.rule == "count" and "online account" in q.prompt]
    assert ('not worth asking: part of a proposal (under "The Ministry\'s proposal"): a rule put forward, not one in force'
            in account.reasons)
    car = [q for q in [*kept, *below] if "new car" in q.prompt]
    assert car and not [r for q in car for r in q.reasons if r.startswith(_HELD)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ministry proposes to:", True),
    ("We propose that an offender must report within two days.", True),
    ("The Government prefers Option 3, with these features:", True),
    ("The Ministry does not propose to change the period.", False),
    ("The inquiry proposed a new duty in 2019.", False),  # a past proposal, history
    ("Many victims prefer a female officer.", False),  # no option picked
    ("The panel recommends that officers record every call.", False),  # ``own.py``'s
    ("The adult intentionally proposes to meet a child under 16.", False),  # an offence
    ("The analyst proposes a priority and the team leader confirms it.", False),  # practice
    ("The Department of Justice proposes a new offence.", True),
])
def test_which_sentences_propose(text: str, expected: bool) -> None:
    [parsed] = nlp.parse([text])
    assert proposed.proposing(parsed) is expected


_RESPONSE = (
    "# Offenders and online accounts: the Government's response\n\n"
    "## Proposal 1: Report every new online account\n\n"
    "Under the proposal, an offender would report each new online account within 7 days. Most of those who answered agreed.\n\n"
    "Decision: The Government will proceed. A registered sex offender must tell the police of each new online account within 3 days of opening it.\n"
)


def test_a_decision_under_a_proposals_heading_is_the_outcome_not_the_proposal(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Review 15b class 6: in a consultation response, the sentences after "Decision:" in
    their paragraph are what was decided, not what was put forward, though they sit under
    the proposal's heading; the rule put forward above them is still held back."""
    kept, below = drafted(tmp_path, _RESPONSE, matcher)
    counts = {q.prompt: q for q in [*kept, *below] if q.rule == "count"}
    decided = counts["A registered sex offender must tell the police of each new online account within ____ days of opening it."]
    assert not [r for r in decided.reasons if r.startswith(_HELD)]
    put = [q for p, q in counts.items() if "within ____ days." in p and "would report" in p]
    assert put and all(any(r.startswith(_HELD) for r in q.reasons) for q in put)
