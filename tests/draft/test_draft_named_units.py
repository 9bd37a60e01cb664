# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, whose unit: an acronym spelled out only in the document's head is spelled out in
the stem, and a force's unit ("the team", "this team", its acronym) is named with its force.
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.themes import ThemeMatcher

# -- an acronym spelled out only in the document's head is spelled out in the stem ---------------

_KB = (
    "# Found a phone at a burglary scene\n\n"
    "Page owner: DS Imogen Varley, Digital Evidence Recovery Unit (DERU)\n\n"
    "## What to do\n\n"
    "Officers book the phone into the property store and ring DERU within 2 hours of the seizure.\n"
)


def test_an_acronym_spelled_out_only_in_the_head_is_spelled_out_in_the_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _KB, matcher)
    found = [q for q in questions if "ring the Digital Evidence Recovery Unit (DERU) within" in q.prompt]
    assert found, [q.prompt for q in questions]


def test_a_bracketed_acronym_whose_letters_the_words_before_do_not_give_is_not_spelled_out() -> None:
    from curriculum.draft.referents import _spelled_anywhere

    assert _spelled_anywhere("Owner: DS Imogen Varley, Digital Evidence Recovery Unit (DERU)") == {
        "DERU": ("Digital Evidence Recovery Unit", 25)}
    assert _spelled_anywhere("the Multi-Agency Safeguarding Hub (MASH) meets daily")["MASH"][0] == "Multi-Agency Safeguarding Hub"
    assert _spelled_anywhere("Officers in the Evidence Unit (DERU) ring daily") == {}


# -- a force's unit, named by "the team" or by its acronym, is named with its force ---------------

_FORCE = (
    "# Vacancy: Detective Constable, Missing Persons Investigation Team\n\n"
    "Ravensholt Police | Public Protection Department | Base: Dunmere Police Station\n\n"
    "## About the team\n\n"
    "The Missing Persons Investigation Team was set up in 2019 and has 14 officers.\n"
    "In the year to 31 March 2026 the team located 412 missing children within 48 hours of the report.\n"
)


def test_the_team_of_one_forces_text_is_named_with_its_force(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _FORCE, matcher)
    found = [q for q in questions if q.prompt.startswith("In the year to 31 March 2026 Ravensholt Police's Missing Persons Investigation Team located")]
    assert found, [q.prompt for q in questions]


def test_a_head_naming_two_forces_names_no_force() -> None:
    from curriculum.draft.referents import force_of

    assert force_of("Ravensholt Police | Public Protection Department | Base: Dunmere Police Station") == "Ravensholt Police"
    assert force_of("Ravensholt Police and Calder Constabulary | joint team") == ""
    assert force_of("National Crime Directorate | Base: Dunmere Police Station") == ""


def test_this_team_of_a_text_that_named_the_team_is_named(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _FORCE + "\n## Working conditions\n\nOfficers in this team work a rota of 4 days on and 4 days off.\n"
    questions = candidates(tmp_path, text, matcher)
    found = [q for q in questions if q.prompt.startswith("Officers in Ravensholt Police's Missing Persons Investigation Team work a rota of")]
    assert found, [q.prompt for q in questions]
    assert not [r for r in found[0].reasons if "this team" in r], found[0].reasons


def test_this_team_with_two_teams_named_before_and_neither_near_stays_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (_FORCE.replace("has 14 officers.", "has 14 officers. It works beside the Child Exploitation Team.")
            + "\n## Working conditions\n\n" + "The rota is agreed every spring with the staff association. " * 80
            + "\n\nOfficers in this team work a rota of 4 days on and 4 days off.\n")
    questions = candidates(tmp_path, text, matcher)
    found = [q for q in questions if "work a rota of" in q.prompt]
    assert found and all(q.prompt.startswith("Officers in this team") for q in found), [q.prompt for q in found]


# -- a name in a bracketed aside (a person's affiliation in a cover table) names no "team" --------

_VISIT = (
    "# Peer Review Visit Report: Harbour Child Identification Unit\n\n"
    "| Review team | Insp. Ada Lorne (team lead, Brackwater Police, Child Protection Unit); DS Ivo Penn (Eastmoor Victim Identification Team) |\n"
    "|---|---|\n"
    "| Visit dates | 3-5 March 2026 |\n\n"
    "## Purpose\n\n"
    "The review looked at how the unit identifies children in abuse material.\n\n"
    "## Follow-up\n\n"
    "The team asks for a progress report within 12 months of this report.\n"
)


def test_a_team_named_only_in_an_affiliation_aside_does_not_name_the_team(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, _VISIT, matcher)
    found = [q for q in questions if "asks for a progress report within" in q.prompt]
    assert found, [q.prompt for q in questions]
    assert all(q.prompt.startswith("The team asks for a progress report within") for q in found), [q.prompt for q in found]


def test_a_force_named_only_in_an_aside_is_not_the_texts_force() -> None:
    from curriculum.draft.referents import force_of

    assert force_of("| Review team | Insp. Ada Lorne (team lead, Brackwater Police, Child Protection Unit) |") == ""
    assert force_of("Brackwater Police (fictional) | Crime and Public Protection Directorate") == "Brackwater Police"
