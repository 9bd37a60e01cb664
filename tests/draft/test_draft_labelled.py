# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 18: a glossary entry is asked only when its text says what its term is,
among terms of its own kind. A list of "Label: text" lines whose texts are clauses,
instructions or names (a proposal's provisions, a list of short names) is held with the
reason; an entry describing a person among things is held, and is no option of theirs.
Each on a short text of our own."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def entries(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[dict[str, DraftQuestion], set[str]]:
    """Each glossary question by its key, and the keys of those kept for a module."""
    path = tmp_path / "text.md"
    path.write_text(text, "utf-8")
    questions = glossary_rules(analyse(read_source(path, tmp_path), "t", matcher))
    kept, _ = choose(questions)
    by_key = {next(t for t, ok in q.options if ok): q for q in questions}
    return by_key, {next(t for t, ok in q.options if ok) for q in kept}


def held(q: DraftQuestion) -> str:
    return next((r for r in q.reasons if r.startswith("not worth asking: ")), "")


PROPOSAL = (
    "# Reporting of abuse material by online services: proposal\n\n"
    "The preferred option places a duty on every large service.\n\n"
    "## Main elements of the preferred option\n\n"
    "- Coverage: messaging services, video platforms and file hosts with users in the country.\n"
    "- Reporting: the service tells the national agency about each image it finds.\n"
    "- Deadline: the report reaches the agency within two days of the find.\n"
    "- Retention: copies of the reported account's data kept for six months after the report.\n"
    "- Silence: services must not warn the account holder before the agency has acted.\n")


def test_a_proposals_labelled_provisions_are_no_glossary(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions, kept = entries(tmp_path, PROPOSAL, matcher)
    assert set(questions) == {"Coverage", "Reporting", "Deadline", "Retention", "Silence"}
    assert kept == set()
    whole = ("3 of the 5 entries of its list are clauses, instructions or names, not definitions: "
             "the labels head the parts of one thing (a plan's or a proposal's provisions) or "
             "shorten names, not terms a glossary defines")
    assert held(questions["Retention"]) == f"not worth asking: {whole}"
    assert held(questions["Silence"]) == (
        'not worth asking: its text is a clause about the label (a subject with a finite verb: '
        '"services must not warn the account holder before ..."), not what the term is; ' + whole)
    assert held(questions["Deadline"]).startswith(
        'not worth asking: its text is a clause about the label (a subject with a finite verb: '
        '"the report reaches the agency within two days ..."), not what the term is; ')
    assert all(q.score <= 0.45 for q in questions.values())


TRADE = (
    "# Terms used in this guide\n\n"
    "- Hash value: a short code computed from a file, which changes if a single bit of the file changes.\n"
    "- Triage: the first review of seized devices to decide which ones to examine first.\n"
    "- Known material: files that investigators have already seen and categorised.\n"
    "- Write blocker: a device placed between a disk and a computer so that nothing on the disk can be altered.\n"
    "- Case officer: the investigator who keeps the file of a case and answers for its decisions.\n")


def test_a_person_among_things_is_held_and_no_option_of_theirs(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions, kept = entries(tmp_path, TRADE, matcher)
    assert kept == {"Hash value", "Triage", "Known material", "Write blocker"}
    assert held(questions["Case officer"]) == (
        "not worth asking: fewer than two other terms of its glossary are of its kind (person) "
        "to offer as options")
    things = {"Hash value", "Triage", "Known material", "Write blocker"}
    for key in things:
        assert {t for t, _ in questions[key].options} <= things and len(questions[key].options) == 4
        assert not held(questions[key])


def test_a_clause_in_a_glossary_of_phrases_is_held_alone(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = TRADE.replace(
        "- Case officer: the investigator who keeps the file of a case and answers for its decisions.\n",
        "- Dual review: two analysts grade every image before it is added to the database.\n")
    questions, kept = entries(tmp_path, text, matcher)
    assert kept == {"Hash value", "Triage", "Known material", "Write blocker"}
    assert held(questions["Dual review"]) == (
        'not worth asking: its text is a clause about the label (a subject with a finite verb: '
        '"two analysts grade every image before it is ..."), not what the term is')


def test_a_list_of_short_names_is_no_glossary(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Annual report of the child protection unit\n\n"
        "## Names used in this report\n\n"
        "- The Unit: the Regional Child Protection Unit of the Northern District Police.\n"
        "- The Board: the Northern District Safeguarding Board.\n"
        "- The Register: the Northern District Register of Child Protection Plans.\n"
        "- Partners: the police, children's services and schools of the district.\n")
    questions, kept = entries(tmp_path, text, matcher)
    assert kept == set()
    assert held(questions["The Board"]).startswith(
        'not worth asking: its text is a name ("the Northern District Safeguarding Board"): the term '
        "is a short name the document gives one body or thing, not a term of the trade defined")


def test_a_status_among_things_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Terms used in the missing children report\n\n"
        "- Missing episode: a period in which the whereabouts of a child are unknown to the carer.\n"
        "- Return interview: a conversation with the child after an episode to learn why the child left.\n"
        "- Strategy discussion: a call between the police and children's services to plan the search.\n"
        "- Found: located alive and confirmed safe by the police.\n")
    questions, kept = entries(tmp_path, text, matcher)
    assert kept == {"Missing episode", "Return interview", "Strategy discussion"}
    assert held(questions["Found"]) == (
        "not worth asking: fewer than two other terms of its glossary are of its kind (state) "
        "to offer as options")
    assert all("Found" not in {t for t, _ in q.options} for k, q in questions.items() if k != "Found")
