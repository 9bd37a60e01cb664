# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, recall: the time limits of a party's undertakings in an agreement or a procedure
("When the Police receive a referral ..., the Police will:" + "(b) notify Children's Services
within one working day ..."; blind review 23a, a2 6.2(b) and (c), never asked). A lead-in's
"will" under a condition that names the case is a standing duty, as "must" is; a bare "The team
will:" is a plan. A lettered item's own letter is not shown, a bare verb the tagger reads as
present ("notify") is still a bare verb, and a lead-in whose condition makes the stem too long
is shown from its subject. Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from test_draft_duties import led

from curriculum.draft.themes import ThemeMatcher

REFERRALS = (
    "Referrals from online sources\n\n"
    "{lead}\n\n"
    "- (a) grade the referral by the risk to a child;\n"
    "- (b) notify the local authority within one working day if a child is identified; and\n"
    "- (c) hold a strategy meeting within two working days where a child is at risk.\n"
)
CONDITION = "When the unit receives a referral about a child living in the county, the unit will:"
ASIDE = (
    "When Fenwick Police receive a referral about a child living in the county (for example a tip "
    "passed on by a national clearing house, which collects the reports that service providers "
    "in other countries are required by their own laws to make about apparent abuse material), "
    "Fenwick Police will:"
)


def test_a_promise_under_a_condition_sets_the_items_time_limits(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = led(tmp_path, REFERRALS.format(lead=CONDITION), matcher)
    notify = next(q for q in kept + below if "local authority" in q.prompt)
    assert notify.prompt == "When the unit receives a referral about a child living in the county, the unit will notify the local authority within ____ if a child is identified."
    assert [o for o, right in notify.options if right] == ["one working day"]
    meeting = next(q for q in kept + below if "strategy meeting" in q.prompt)
    assert meeting.prompt == "When the unit receives a referral about a child living in the county, the unit will hold a strategy meeting within ____ where a child is at risk."
    assert [o for o, right in meeting.options if right] == ["two working days"]


def test_a_condition_too_long_to_show_leaves_the_subject_and_its_promise(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = led(tmp_path, REFERRALS.format(lead=ASIDE), matcher)
    notify = next(q for q in kept + below if "local authority" in q.prompt)
    assert notify.prompt == "Fenwick Police will notify the local authority within ____ if a child is identified."
    assert notify.stem_rule == "sentence, lead-in carried from line 3"


def test_a_promise_with_no_case_is_a_plan_not_a_duty(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = led(tmp_path, REFERRALS.format(lead="Next year the unit will:"), matcher)
    assert not [q for q in kept + below if "local authority" in q.prompt or "strategy meeting" in q.prompt]
