# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the document's own process, second round (``own.py``): a case's own timetable
and a product's own settings and performance (blind review 23: b1's "Any change of view
shall be notified to the Court within 2 working days" and "The defence statement shall be
served by 1 October 2026", a6's "Sets older than 30 days trigger an amber banner" and
"Large sets ... can take up to 20 minutes", b2's row "P4 - Not illegal / out of remit",
all dropped as trivia, rubric 7). What the same documents teach about the work, a standing
practice for child witnesses or what a match means, is asked as before. Each class on a
short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp, own
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher))


_ORDER = (
    "# Case Management Directions Order - R v Alder Grange - Child Witness\n\n"
    "## A. Special measures\n\n"
    "The prosecution shall arrange a familiarisation visit for each child witness of sexual abuse not less than 7 days before the pre-recorded hearing.\n\n"
    "Any change in the child witness's view of special measures shall be notified to the Court within 2 working days.\n\n"
    "## B. Disclosure\n\n"
    "The defence statement on the child sexual abuse counts shall be served by 1 October 2026 (28 days after initial disclosure).\n"
)


def test_a_cases_own_timetable_is_not_asked_and_its_standing_practice_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, "order.md", _ORDER, matcher)
    assert [q.prompt for q in kept] == [
        "The prosecution shall arrange a familiarisation visit for each child witness of sexual abuse not less than 7 days before the pre-recorded hearing."]
    notified = [q for q in below if "notified to the Court" in q.prompt]
    served = [q for q in below if "defence statement" in q.prompt]
    assert len(notified) == 2 and len(served) == 2
    assert all('not worth asking: a step of this case\'s own proceedings ("notified" ... "Court" ... "2 working days"): '
               "the directions of one case, not a practice that holds in every case" in q.reasons for q in notified)
    assert all('not worth asking: a deadline on one day of the calendar ("by 1 October 2026"): this proceeding\'s or '
               "process's own timetable, not a rule that holds in every case" in q.reasons for q in served)


@pytest.mark.parametrize(("sentence", "case", "held"), [
    ("The defence statement shall be served by 1 October 2026.", False, True),
    ("Defence counsel shall serve draft questions on the Court and the intermediary by 16.10.2026.", False, True),
    ("The intermediary's report shall be served on the defence by 4pm on 24 September 2026.", False, True),
    ("Applications must reach the bureau by March 3, 2027.", False, True),
    ("Any change of view shall be notified to the Court within 2 working days.", True, True),
    ("The defence shall reply to the prosecution within 14 days.", True, True),
    # a span in a document of no one case: a standing rule of procedure
    ("Any change of view shall be notified to the Court within 2 working days.", False, False),
    # what a party does for a witness, or notice to the police: practice
    ("The prosecution shall arrange a familiarisation visit for each witness not less than 7 days before the hearing.", True, False),
    ("The defendant must notify the police within 3 days of any change of address.", True, False),
    ("The defence may inspect the material at the police unit on not less than 3 working days' notice.", True, False),
    # a day that comes back every year, a month, a law's commencement
    ("Providers must submit a report by 31 January each year.", False, False),
    ("The Commission will issue guidance by June 2027.", False, False),
    ("The Sex Offender Travel Act will come into force on 1 July 2026.", False, False),
    ("The new rules will come into force on 1 July 2026.", False, False),
    ("The suspect was arrested on 4 March 2026.", False, False),
])
def test_a_step_of_one_proceedings_own_timetable(sentence: str, case: bool, held: bool) -> None:
    assert bool(own.own_timetable(nlp.parse([sentence])[0], case)) is held


@pytest.mark.parametrize(("title", "case"), [
    ("Case Management Directions Order - R v Alder Grange - Child Witness", True),
    ("Decision on Complaint PO/2026/0582 - Handling of a report of online grooming", True),
    ("Smith v Westmoor Constabulary: judgment", True),
    ("Practice Direction: ground rules hearings", False),
    ("Sexual Harm Prevention Order", False),
    ("Victims' Code: a summary for families", False),
])
def test_which_titles_name_one_case(title: str, case: bool) -> None:
    assert own.one_case(title) is case


_GUIDE = (
    "# HarbourScan 3.1 - User Guide\n\n"
    "## Loading hash sets\n\n"
    "Hash sets of child sexual abuse material older than 30 days trigger an amber banner; hash sets older than 90 days block new jobs.\n\n"
    "Large hash sets of child sexual abuse material can take up to 20 minutes to load.\n\n"
    "## Reviewing matches\n\n"
    "An examiner must confirm each perceptual match of child sexual abuse material within 2 working days before it is counted.\n"
)


def test_a_products_own_interface_and_times_are_not_asked_and_its_practice_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, "guide.md", _GUIDE, matcher)
    assert [q.prompt for q in kept] == [
        "An examiner must confirm each perceptual match of child sexual abuse material within ____ working days before it is counted."]
    banner = [q for q in below if "banner" in q.prompt]
    load = [q for q in below if "to load" in q.prompt]
    assert len(banner) == 3 and len(load) == 2
    assert all('not worth asking: the product\'s own interface ("banner" in its user guide): how this one program '
               "behaves, not what it teaches about the work" in q.reasons for q in banner)
    assert all('not worth asking: the product\'s own processing time ("take" in its user guide): how this one program '
               "behaves, not what it teaches about the work" in q.reasons for q in load)


@pytest.mark.parametrize(("sentence", "title", "held"), [
    ("Sets older than 30 days trigger an amber banner.", "SiftLine 4.2 - User Guide", True),
    ("Click the Verify button before the import.", "SiftLine 4.2 - User Guide", True),
    ("By default, thumbnails are shown in greyscale and at 64 px.", "SiftLine 4.2 - User Guide", True),
    ("Large sets can take up to 20 minutes.", "SiftLine 4.2 - Release notes", True),
    # what the guide teaches about the work
    ("A robust match is an investigative lead, not an identification.", "SiftLine 4.2 - User Guide", False),
    ("The program must only be run against a verified forensic image.", "SiftLine 4.2 - User Guide", False),
    ("An investigator can take up to 20 minutes to review a series.", "SiftLine 4.2 - User Guide", False),
    # a manual of the work is no product's documentation
    ("Sets older than 30 days trigger an amber banner.", "Hashing and triage: a training manual", False),
])
def test_a_products_own_settings_and_performance(sentence: str, title: str, held: bool) -> None:
    assert bool(own.own_product(nlp.parse([sentence])[0], own.product_guide(title))) is held


@pytest.mark.parametrize(("stem", "held"), [
    ("Where the priority is P4 - Not illegal / out of remit, the time limit is ____.", True),
    ("Reports outside the scope of the hotline are answered within ____ working days.", True),
    ("Where the priority is P2 - Identifiable child or new material, the time limit is ____.", False),
    ("Where the priority is P4 (not illegal / out of remit), the time limit is ____.", True),  # the row as drafted now
    ("Offences committed outside the jurisdiction can be prosecuted where the offender is a national.", False),
])
def test_a_services_handling_of_what_is_out_of_its_remit(stem: str, held: bool) -> None:
    reason = own.out_of_remit(stem)
    assert bool(reason) is held
    if held:
        assert "its own handling of what is not its business" in reason
