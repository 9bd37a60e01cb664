# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 27: a question's wrong options are of the answer's kind (rubric 8).
Each test is a short text of our own words with the exact options, or the audit's reason."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from draft_fixtures import analysed, chosen, drafted_note

from curriculum.draft.choosing import choose
from curriculum.draft.definitions import definition_rules
from curriculum.draft.giveaway import hold_cues
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

PEOPLE = (
    "Separated minors are children who reach the country without a parent or a legal guardian.\n\n"
    "Persistent offenders are people who have been convicted of three or more sexual offences.\n\n"
    "Transient offenders are persons who move between regions to avoid supervision.\n"
)


def _options(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[list[str], float, list[str]]]:
    questions = definition_rules(analysed(tmp_path, text, matcher))
    choose(questions)
    return {next(t for t, ok in q.options if ok): (sorted(t for t, ok in q.options if not ok), q.score, q.reasons)
            for q in questions}


def test_a_class_of_children_is_never_asked_among_offender_labels(tmp_path: Path, matcher: ThemeMatcher) -> None:
    found = _options(tmp_path, PEOPLE, matcher)
    wrong, score, reasons = found["Separated minors"]
    # "____ are children who ...": an offender label is ruled out by the stem's own noun
    assert wrong == [] and score == 0
    assert "fatal: fewer than two other terms of the same kind to offer as options" in reasons
    # and a class of offenders takes no children (nor the vocabulary's singular terms)
    assert all("minor" not in w.lower() and "child" not in w.lower()
               for w, _, _ in found.values() for w in w)


def test_a_plural_term_takes_plural_options_only(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Bait scripts are messages that an offender copies to many children at once.\n\n"
            "Lure accounts are profiles that offenders create to pose as young people.\n\n"
            "Mirror sites are copies of a website that offenders set up when the first is removed.\n\n"
            "A burner handset is a phone that an offender uses for a short time and then discards.\n")
    found = _options(tmp_path, text, matcher)
    # "____ are messages ...": a singular "Burner handset" would not agree with "are"
    assert found["Bait scripts"][0] == ["Lure accounts", "Mirror sites"]
    wrong, score, reasons = found["Burner handset"]
    assert wrong == [] and score == 0
    assert "fatal: fewer than two other terms of the same kind to offer as options" in reasons


def test_a_term_blanked_where_it_only_qualifies_the_noun_after_it_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    held = _key_term(tmp_path / "a", "Moderators must pass every live streaming report to the duty analyst before the end of the shift.\n", matcher)
    assert held.prompt == "Moderators must pass every ____ report to the duty analyst before the end of the shift."
    # "____ report": "abuse report", "urgent report" fit as well (rubric 2)
    assert held.score == 0
    assert 'fatal: several terms fit the blank: it only qualifies "report" after it ("____ report")' in held.reasons
    asked = _key_term(tmp_path / "b", "Offenders increasingly use live streaming to abuse children in other countries for payment.\n", matcher)
    assert asked.prompt == "Offenders increasingly use ____ to abuse children in other countries for payment."
    assert not any(r.startswith("fatal: several terms") for r in asked.reasons)


def _key_term(folder: Path, text: str, matcher: ThemeMatcher) -> DraftQuestion:
    folder.mkdir()
    kept, below = chosen(folder, "# Moderation desk\n\n" + text, matcher)
    [found] = [q for q in kept + below if q.rule == "key-term"]
    return found


NOTICES = """# Offender travel

A Green Notice gives warnings about people who have committed sexual offences against children and are likely to repeat them in other countries. It is the main tool for tracking travelling sex offenders.

Registered sex offenders must report any travel abroad at least seven days before departure.
"""


def test_no_stem_of_a_module_shows_another_questions_answer(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "notes.md", NOTICES)
    written = " ".join(modules.split())
    assert "prompt: A ____ gives warnings about people who have committed sexual offences" in written
    # the second term's stem carries the first sentence whole in front of "It is ...":
    # "A Green Notice gives warnings ..." would hand the learner the first blank's answer
    assert "main tool for tracking ____" not in written
    held = [line for line in audit.splitlines() if "give each other away" in line]
    assert len(held) == 1 and "**Answer:** travelling sex offenders" in held[0]
    assert 'one stem shows the other\'s answer: "Green Notice"' in held[0]


def _false_twin(folder: Path, text: str, matcher: ThemeMatcher) -> DraftQuestion:
    folder.mkdir()
    kept, below = chosen(folder, "# Data preservation\n\n" + text, matcher)
    [found] = [q for q in kept + below if q.rule == "false-statement"]
    return found


def test_a_false_length_is_one_such_rules_set(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # 90 days -> 60 or 120 days (the lengths preservation rules set), never 140 or 220
    days = _false_twin(tmp_path / "days", "A service provider must keep preserved account data for 90 days after a preservation order is served.\n", matcher)
    assert days.replacement == "120"
    assert days.prompt == "A service provider must keep preserved account data for 120 days after a preservation order is served."
    # never a figure the document writes elsewhere (12 here), nor one far off (8 is a third
    # of 24): 24 hours -> 36, not 14
    hours = _false_twin(tmp_path / "hours", "An offender must renew the registration every 24 hours while staying at a temporary address. A stay of 12 nights or more needs a new address.\n", matcher)
    assert hours.replacement == "36"


def test_a_figure_named_in_a_stem_about_something_else_is_no_cue(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Referrals\n\n"
            "Every referral from a school must be risk-assessed within 24 hours of receipt by the duty sergeant.\n\n"
            "Call handlers log each abandoned call within 24 hours of its end in the control room system.\n")
    kept, below = chosen(tmp_path, text, matcher)
    [asked] = [q for q in kept if q.prompt.startswith("Every referral from a school must be risk-assessed within ____ hours")]
    [other] = [q for q in below if q.prompt.startswith("Call handlers log each abandoned call within 24 hours of its end")]

    module = SimpleNamespace(questions=[asked, other])
    # "within 24 hours of" shows in the other stem, but the two stems share almost no words
    assert hold_cues([module]) == []  # type: ignore[list-item]
