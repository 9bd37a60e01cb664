# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, small tables (blind review 10, R7/V2c/V4c/V6): a table of two or three rows
never gave a table-value question, because a column of three rows has too few values to
be each other's options; a cell with a note in brackets after its length was never a
value at all. Here a small table's cell is asked when its header can carry a stem, with
the column's other values, then the table's other values of the same kind, then lengths
people set as options; a noted length is an option, never asked. Short tables of our
own, with the exact questions drafted."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.modules import ThemeMaterial
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.row_sweeps import redraw, spread
from curriculum.draft.table_values import table_value_rules
from curriculum.draft.themes import ThemeMatcher


def asked(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return table_value_rules(analyse(read_source(path, tmp_path), "t", matcher))


CHARGES = """# Case file: Operation Larkspur

## 2. Offences charged

| Offence | Statute | Court | Maximum penalty |
|---|---|---|---|
| 1. Possession of indecent photographs of a child, 03/02/2025 to 14/04/2025 | Criminal Justice Act 1988, s.160 | Either way | 5 years' imprisonment |
| 2. Distribution of indecent photographs of a child, 10/04/2025 | Protection of Children Act 1978, s.1 | Either way | 10 years' imprisonment |
"""


def test_a_two_row_table_of_offences_asks_each_maximum_penalty_under_its_law(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The row's item number and the case's dates leave the offence's name; the statute
    column says whose maximum it is; "imprisonment" follows the blank, and the options
    are lengths: the other row's, then the lengths people set nearest the answer."""
    questions = asked(tmp_path, "case.md", CHARGES, matcher)
    assert [(q.prompt, q.options) for q in questions] == [
        ("For possession of indecent photographs of a child (Criminal Justice Act 1988, s.160), the maximum penalty is ____ imprisonment.",
         [("3 years", False), ("5 years", True), ("7 years", False), ("10 years", False)]),
        ("For distribution of indecent photographs of a child (Protection of Children Act 1978, s.1), the maximum penalty is ____ imprisonment.",
         [("5 years", False), ("7 years", False), ("10 years", True), ("15 years", False)]),
    ]
    doc = questions[0].analysis.doc
    assert doc.display(*questions[0].key) == "5 years"


TIMINGS = """# Missing children: first hours

## Escalation timings

| Grade | Supervisor review within | Search to begin within | Welfare check |
|---|---|---|---|
| Urgent | 20 minutes | 1 hour | Once an hour |
| Standard | 1 hour | 6 hours | Not set |
| Routine | 4 hours | as directed | Not set |
"""


def test_a_three_row_timings_table_asks_its_limits_with_the_tables_other_limits(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A header ending on "within" takes the blank after it, made a clause ("the supervisor
    review is due within", "the search is to begin within": a stem with a verb); a column's two other values
    are topped up with the nearest limit of another column ("6 hours" for "20 minutes",
    after "1 hour" and "4 hours" of its own column). "as directed" is no length and
    "Once an hour" is alone in its column: neither is asked."""
    questions = asked(tmp_path, "missing.md", TIMINGS, matcher)
    assert [(q.prompt, [o for o, _ in q.options], [o for o, right in q.options if right]) for q in questions] == [
        ("Where the grade is urgent, the supervisor review is due within ____.",
         ["20 minutes", "1 hour", "4 hours", "6 hours"], ["20 minutes"]),
        ("Where the grade is standard, the supervisor review is due within ____.",
         ["20 minutes", "1 hour", "4 hours", "6 hours"], ["1 hour"]),
        ("Where the grade is routine, the supervisor review is due within ____.",
         ["20 minutes", "1 hour", "4 hours", "6 hours"], ["4 hours"]),
        ("Where the grade is urgent, the search is to begin within ____.",
         ["20 minutes", "1 hour", "4 hours", "6 hours"], ["1 hour"]),
        ("Where the grade is standard, the search is to begin within ____.",
         ["20 minutes", "1 hour", "4 hours", "6 hours"], ["6 hours"]),
    ]


NOTED = """# Registration periods

## Table 3: How long a registered person must keep notifying

| Order | Period for adults | Period under 18 |
|---|---|---|
| Life sentence | Indefinite (review after 15 years) | Indefinite (review after 8 years) |
| Custody of 2 years or more | 10 years | 5 years |
| Custody under 2 years | 7 years | 3 years |
| Community order | 5 years (caution: 2 years) | Half the adult period |
"""


def test_a_length_with_a_note_in_brackets_is_an_option_for_the_other_rows_never_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Indefinite (review after 15 years)" and "5 years (caution: 2 years)" are lengths
    with a note a stem without it would lose: not asked, but their lengths are true
    values of the column and fill the other rows' options. A header cut on a group of
    people ("Period under 18") takes no stem in a small column: nothing is asked there."""
    questions = asked(tmp_path, "periods.md", NOTED, matcher)
    assert [(q.prompt, q.options) for q in questions] == [
        ("Where the order is custody of 2 years or more, the period for adults is ____.",
         [("5 years", False), ("7 years", False), ("10 years", True), ("indefinite", False)]),
        ("Where the order is custody under 2 years, the period for adults is ____.",
         [("5 years", False), ("7 years", True), ("10 years", False), ("indefinite", False)]),
    ]


def test_a_one_row_table_and_a_header_cut_short_give_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """One row is a fact, not a table to learn; a header that stops on an adjective
    ("First supervisory", a heading wrapped over two lines) cannot carry a stem."""
    text = (
        "## Timings\n\n"
        "| Grade | Supervisor review within |\n|---|---|\n| Urgent | 20 minutes |\n\n"
        "## Other timings\n\n"
        "| Grade | First supervisory | Search to |\n|---|---|---|\n"
        "| Urgent | 20 minutes | 1 hour |\n| Standard | 1 hour | 6 hours |\n"
    )
    assert asked(tmp_path, "cut.md", text, matcher) == []


ROUTES = """# Protocol between the harbour police and the lifeboat station

## Passing on information

| Information | From | To | Time limit |
|---|---|---|---|
| Location of a missing swimmer | Police | Station | 15 minutes |
| Description of a suspect vessel | Station | Police | 1 hour |
| Debrief notes | Either | Either | 5 working days |
"""


def test_a_small_sharing_table_says_who_passes_the_item_to_whom(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"From" and "To" columns say which way a limit runs: " (from the police to the
    station)"; a row whose ends say the same ("Either") names none."""
    questions = asked(tmp_path, "protocol.md", ROUTES, matcher)
    assert [q.prompt for q in questions] == [
        "Where the information is location of a missing swimmer (from the police to the station), the time limit is ____.",
        "Where the information is description of a suspect vessel (from the station to the police), the time limit is ____.",
        "Where the information is debrief notes, the time limit is ____.",
    ]


def test_a_section_heading_is_not_fused_into_a_row_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A heading over the table that says nothing the columns measure ("TIMINGS FOR BOAT
    SEARCHES" over "Grade | Launch within") stays out of the stem: no bracketed tail
    (blind review 14, class 3)."""
    text = (
        "# Harbour rescue\n\nTIMINGS FOR BOAT SEARCHES\n\n| Grade | Launch within |\n|---|---|\n"
        "| Red | 10 minutes |\n| Amber | 30 minutes |\n| Green | 2 hours |\n"
    )
    assert [q.prompt for q in asked(tmp_path, "boats.md", text, matcher)][:1] == [
        "Where the grade is red, the launch is due within ____.",
    ]


def test_a_limit_header_becomes_a_clause_so_the_stem_has_a_verb(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A header naming what is timed ("Inspector review every") is a label, not a
    clause: the stem says what happens ("the inspector review takes place every ____")
    rather than ending on a verbless noun phrase that no reviewer would keep."""
    text = (
        "# Missing persons\n\n## Review timings\n\n| Risk level | Inspector review every |\n"
        "|---|---|\n| High | 2 hours |\n| Medium | 6 hours |\n| Low | 12 hours |\n"
    )
    assert [q.prompt for q in asked(tmp_path, "reviews.md", text, matcher)][:1] == [
        "Where the risk level is high, the inspector review takes place every ____.",
    ]



SWEEP = """# Marina watch: how we deal with calls

## How we deal with calls

| Kind of call | Target time to first response |
|---|---|
| A child in the water | 5 minutes |
| A boat taking on water | 30 minutes |
| A missing dinghy | 4 hours |
| Lost property | 24 hours |
"""


def test_a_heading_that_is_a_clause_stays_out_and_rows_asked_together_get_their_own_options(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "How we deal with calls" is the section's question, not what the values measure:
    no tail. In one module, each row's wrong options are drawn around its own answer and
    are never another asked row's answer, so no row is answered by elimination."""
    questions = asked(tmp_path, "marina.md", SWEEP, matcher)
    assert [q.prompt for q in questions] == [
        "Where the kind of call is a child in the water, the target time to first response is ____.",
        "Where the kind of call is a boat taking on water, the target time to first response is ____.",
        "Where the kind of call is a missing dinghy, the target time to first response is ____.",
        "Where the kind of call is lost property, the target time to first response is ____.",
    ]
    redraw([ThemeMaterial(matcher.themes[0], questions=questions[:2])])
    assert [q.options for q in questions] == [
        [("5 minutes", True), ("10 minutes", False), ("15 minutes", False), ("20 minutes", False)],
        [("20 minutes", False), ("30 minutes", True), ("45 minutes", False), ("60 minutes", False)],
        [("5 minutes", False), ("30 minutes", False), ("4 hours", True), ("24 hours", False)],
        [("5 minutes", False), ("30 minutes", False), ("4 hours", False), ("24 hours", True)],
    ]  # the others are in no module with another row: their column's values stay their options


PENALTIES = """# Harbour byelaws compared

## Maximum fines for harbour offences

| Area | Offence | Maximum fine period |
|---|---|---|
| Northport | Mooring without a permit | 6 months |
| Southport | Mooring without a permit | 3 months |
| Eastport | Mooring without a permit | 12 months |
| Westport | Mooring without a permit | 2 months |
"""


def test_a_heading_that_names_what_the_values_are_about_leads_the_stem_in_words(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A noun phrase that shares a word with the columns and adds its own ("Maximum fines
    for harbour offences" over "Maximum fine period") says what the values are about: it
    leads the stem ("For ..., in Northport, ..."), never as a bracket after it."""
    questions = asked(tmp_path, "ports.md", PENALTIES, matcher)
    assert [q.prompt for q in questions][:1] == [
        "For maximum fines for harbour offences, in Northport, the maximum fine period is ____.",
    ]


def test_a_tables_second_row_waits_for_the_first_question_of_every_other_section(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The cap's order (one source's questions in one theme, best first) takes the first
    question of each section, a table counting as one, before a table's second row: a
    prose rule ranked below the rows is not crowded out by them."""
    text = SWEEP + (
        "\n## On the pontoons\n\nVolunteers must not take a child onto a boat without a "
        "parent's consent.\n"
    )
    path = tmp_path / "marina.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    rows = table_value_rules(analysis)
    prose = [q for q in sentence_rules(analysis, matcher) if q.rule.endswith("statement")]
    assert [q.prompt for q in spread([*rows, *prose])] == [
        "Where the kind of call is a child in the water, the target time to first response is ____.",
        "Volunteers may take a child onto a boat without a parent's consent.",
        "Where the kind of call is a boat taking on water, the target time to first response is ____.",
        "Where the kind of call is a missing dinghy, the target time to first response is ____.",
        "Where the kind of call is lost property, the target time to first response is ____.",
    ]
