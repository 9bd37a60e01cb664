# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 28: the item itself (rubric 2, 3, 8). Each test is a short text of our
own words with the exact stem, option or false value, or the audit's reason."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed, chosen, drafted_note

from curriculum.draft.questions import DraftQuestion, false_statement
from curriculum.draft.scoring import score
from curriculum.draft.themes import ThemeMatcher

NOTICES = """# Offender travel

Green Notices reach police forces in other countries; they give nobody a power of arrest.

INTERPOL describes a Green Notice as a warning to police forces abroad about people convicted of sexual offences against children who are likely to offend again when they travel.

Registered sex offenders must report any travel abroad at least seven days before departure.
"""


def test_one_term_is_asked_once_in_a_module_by_its_fullest_description(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "notes.md", NOTICES)
    written = " ".join(modules.split())
    # "____ reach police forces in other countries" is true of every INTERPOL notice: the
    # stem that says what sets a Green Notice apart is the one asked, wherever it stands
    assert "INTERPOL describes a ____ as a warning to police forces abroad" in written
    assert "____ reach police forces in other countries" not in written
    held = [line for line in audit.splitlines() if "ask for the same term" in line]
    assert len(held) == 1 and "reach police forces in other countries" in held[0]
    assert '("Green Notices")' in held[0] and "describes it more fully" in held[0]


def _false_twin(folder: Path, text: str, matcher: ThemeMatcher, value: str = "24") -> DraftQuestion:
    """The false twin of the text's first sentence's figure ``value``, as ``truth.balance``
    makes it when the module's true/false items are almost all true."""
    folder.mkdir()
    analysis = analysed(folder, text, matcher)
    sentence = analysis.kept()[0]
    [fact] = [f for f in analysis.facts[sentence.index] if f.kind == "count" and f.value == value]
    twin = false_statement(analysis, sentence, fact, [])
    assert twin is not None
    return twin


def test_a_number_written_only_in_another_time_unit_does_not_push_a_false_length_off_its_ladder(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "every 12 months" is no figure in hours: the 24-hour limit's false value is the
    # next length such limits are set in below it, "12 hours", never "14 hours"
    months = _false_twin(tmp_path / "months", "Every new referral is risk assessed by the duty sergeant within 24 hours of receipt. Sergeants refresh their triage training every 12 months.\n", matcher)
    assert months.replacement == "12"
    assert months.prompt == "Every new referral is risk assessed by the duty sergeant within 12 hours of receipt."
    # nor is a time of day's "12" a length ("Updated 17:05:12" in a header)
    clock = _false_twin(tmp_path / "clock", "Every new referral is risk assessed by the duty sergeant within 24 hours of receipt. Sergeants refresh their triage training every 12 months. Page updated 17:05:12 by the duty desk.\n", matcher)
    assert clock.replacement == "12"
    # a 12 the document writes in hours, or bare, is still never the false value
    hours = _false_twin(tmp_path / "hours", "Every new referral is risk assessed by the duty sergeant within 24 hours of receipt. Night shifts last 12 hours.\n", matcher)
    assert hours.replacement != "12"


def test_a_false_age_is_another_age_rules_set(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # 12 -> 14 (an age such rules set), never "24 years of age", which no rule on criminal
    # responsibility sets and a learner rules out without knowing the rule
    responsibility = _false_twin(tmp_path / "twelve", "In the pilot area, the age of criminal responsibility is 12 years of age for every offence.\n", matcher, "12")
    assert responsibility.replacement == "14"
    # 16 -> 14 or 18, two years off at least: never 11
    witness = _false_twin(tmp_path / "sixteen", "At the first interview, a witness who is 16 years of age is offered a registered intermediary.\n", matcher, "16")
    assert witness.replacement in ("14", "18")


def test_within_the_previous_months_is_an_upper_limit_too(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "within the previous 18 months" is met by a check 9 months ago: read as true of a
    # 12-month rule; the false value is on the strict side, lower
    check = _false_twin(tmp_path / "previous", "Each analyst must have had a welfare check within the previous 12 months before joining the unit.\n", matcher, "12")
    assert check.replacement == "9"
    assert check.prompt == "Each analyst must have had a welfare check within the previous 9 months before joining the unit."


SHARES = """# Online reports

In 2025 the regional hotline forwarded 640 reports to police, of which 160 (25%) concerned live streaming of abuse.

Police recorded 2,200 online grooming offences in 2025, up 10% from 2,000 in 2024.

Of 300 referrals to the unit in 2025, 40% came from schools.
"""


def test_a_figure_the_stem_gives_through_a_share_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, SHARES, matcher)
    counts = {q.prompt: q for q in kept + below if q.rule == "count"}
    # 2,000 and 10% more is 2,200: the learner works it out, and "up" rules out any option
    # below 2,000
    rise = counts["Police recorded ____ online grooming offences in 2025, up 10% from 2,000 in 2024."]
    assert rise.score == 0
    assert "fatal: the stem's other figures give the source's 2,200 through a share (2,200 is 2,000 changed by 10%): the answer can be worked out" in rise.reasons
    # a share beside one other figure ties nothing: 40% of 300 is not written
    sample = counts["Of ____ referrals to the unit in 2025, 40% came from schools."]
    assert not any("through a share" in r for r in sample.reasons)


def test_a_false_figure_that_contradicts_its_own_share_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "forwarded 960 reports ..., of which 160 (25%)": 160 is not 25% of 960, so the item
    # is keyed False by arithmetic, not by knowing the figure
    twin = _false_twin(tmp_path / "part", SHARES.split("\n\n", 1)[1], matcher, "640")
    assert twin.replacement != "640"
    judged = score(twin)
    assert judged.final == 0
    assert "fatal: the stem's other figures give the source's 640 through a share (160 is 25% of 640): the changed figure contradicts them" in judged.reasons
