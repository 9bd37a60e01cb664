# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, task and deadline tables: a row that says what is done, by whom and by when
("Notify the duty inspector | Arresting officer | Within 1 hour of the seizure") is a
duty with a time limit, asked like a prose duty's (``table_limits.py``). Short tables of
our own, with the exact questions that reach the module and the rows that give none."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def limits(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(procedure_rules(analysis))


OWNERS = """# Seized phones: time limits

| Task | Owner | Time limit |
|---|---|---|
| Notify the duty inspector of the seizure | Arresting officer | Within 1 hour of the seizure |
| Preservation request to the service provider | Single Point of Contact | Within 24 hours of the report |
| Photographs of the screen | Arresting officer | Before the phone is moved |
"""


def test_a_task_owner_and_time_limit_row_is_a_duty_with_its_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = limits(tmp_path, "card.md", OWNERS, matcher)
    assert [(q.prompt, q.options) for q in kept] == [
        ("The arresting officer must notify the duty inspector of the seizure within ____ of the seizure.",
         [("1 hour", True), ("2 hours", False), ("4 hours", False), ("6 hours", False)]),
    ]
    # an action that is no verb reads as a label and a limit: held for the author to word
    # ("Before the phone is moved" is no limit of N units)
    assert [(q.prompt, q.reasons[0]) for q in below] == [
        ("Time limit for preservation request to the service provider (Single Point of Contact): within ____ of the report.",
         "-0.40 a table row read as a label and a limit, not a sentence: an author writes who must do what")]
    doc = kept[0].analysis.doc
    assert doc.raw[kept[0].quote[0] : kept[0].quote[1]] == (
        "Notify the duty inspector of the seizure | Arresting officer | Within 1 hour of the seizure"
    )
    assert doc.display(*kept[0].key) == "1 hour"


CARD = """<html><head><title>Seized phones card</title></head><body>
<h1>Seized phones</h1>
<p>Keep this card with your notebook.</p>
<h2>Deadlines</h2>
<table>
<tr><th>Task</th><th>Deadline</th></tr>
<tr><td>Exhibit label attached to the bag</td><td>Before the phone leaves the scene</td></tr>
<tr><td>Request to the service provider to preserve the account</td><td>Within 12 hours of the seizure</td></tr>
<tr><td>Examination request form to the forensic laboratory</td><td>Within 5 working days</td></tr>
</table>
<h2>Results</h2>
<table>
<tr><th>Quarter</th><th>Phones examined</th></tr>
<tr><td>First</td><td>31</td></tr>
<tr><td>Second</td><td>44</td></tr>
</table>
</body></html>
"""


def test_a_two_column_deadline_table_names_the_limit_by_its_header(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """An action that is no verb ("Examination request form ...") is named by the limit's
    header; "form" in it is a noun, never a body's founding (trivia)."""
    kept, below = limits(tmp_path, "card.html", CARD, matcher)
    assert kept == []  # labels and limits, held below the threshold for the author to word
    assert [(q.prompt, [o for o, right in q.options if right]) for q in below] == [
        ("Deadline for request to the service provider to preserve the account: within ____ of the seizure.", ["12 hours"]),
        ("Deadline for examination request form to the forensic laboratory: within ____.", ["5 working days"]),
    ]  # the results table gives no time limit


def test_a_time_limit_in_the_first_column_or_without_a_header_is_not_a_duty(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "| Within 2 hours of the arrest | Notify the custody sergeant |\n"
        "|---|---|\n"
        "| Within 6 hours of the arrest | Review the detention |\n"
        "| Within 12 hours | Review the detention again |\n"
    )
    kept, below = limits(tmp_path, "rows.md", text, matcher)
    assert not kept and not below


SITUATIONS = """<html><head><title>Harbour club: reporting concerns about children</title></head><body>
<h2>When to act</h2>
<table>
<tr><th>Situation</th><th>Action by the welfare officer</th><th>Time limit</th></tr>
<tr><td>A coach is accused of sending sexual messages to a child</td><td>Tell the police and the league's safeguarding lead</td><td>Within 2 hours</td></tr>
<tr><td>Photos of a swimmer posted on a public page without consent</td><td>Ask the site to remove the photos; tell the parents</td><td>Within 48 hours</td></tr>
<tr><td>The boat left the harbour without a register</td><td>Record the names of the crew</td><td>Within 3 days</td></tr>
</table>
</body></html>
"""


def test_a_situation_action_and_limit_row_is_the_owners_duty_in_that_situation(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A first cell that says when (a clause in the present, or a noun phrase) and an
    action cell that is an order whose header names its owner read as one duty: "Where
    <clause>, <owner> must <order> within ____." or "For <noun phrase>, ...". The order
    stops at its semicolon (a second duty). A past event in the first cell ("The boat
    left ...") is no situation: that row stays a label and a limit."""
    kept, below = limits(tmp_path, "club.html", SITUATIONS, matcher)
    assert [(q.prompt, [o for o, right in q.options if right]) for q in kept + below] == [
        ("Where a coach is accused of sending sexual messages to a child, the welfare officer must tell the police and the league's safeguarding lead within ____.", ["2 hours"]),
        ("For photos of a swimmer posted on a public page without consent, the welfare officer must ask the site to remove the photos within ____.", ["48 hours"]),
        ("Time limit for the boat left the harbour without a register (Record the names of the crew): within ____.", ["3 days"]),
    ]
    assert [q.stem_rule for q in kept + below] == ["table row", "table row", "table row, label"]


WHEN_TABLE = """# Junior football club: safeguarding

## Reporting a concern

| Situation | Action by the club secretary | Time limit |
|---|---|---|
| A player is in danger at an away match | Call the police and the league's welfare lead | Immediately |
| A volunteer is named in a complaint about a child | Suspend the volunteer from coaching | The same day |
| Messages from an adult to a junior player are found on the club's group chat | Report the messages to the league | Within 48 hours |
| A parent complains about team selection | Write to the parent with the decision | Response within 10 working days |
| A child is in immediate danger at training | Call 999 | Immediately |
"""


def test_a_situation_tables_limit_column_gives_each_row_its_options(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A limit column that says when in four or more ways ("Immediately", "The same
    day", "Within 48 hours", "Response within 10 working days") gives every situation
    row those ways as its options, in the table's order, the word before "within" left
    out; a row whose situation echoes its limit ("immediate danger" -> "Immediately")
    gives it away and is not asked."""
    kept, below = limits(tmp_path, "club.md", WHEN_TABLE, matcher)
    column = ["immediately", "the same day", "within 48 hours", "within 10 working days"]
    assert [(q.prompt, [o for o, _ in q.options], [o for o, right in q.options if right]) for q in kept + below] == [
        ("Where a player is in danger at an away match, the club secretary must call the police and the league's welfare lead ____.", column, ["immediately"]),
        ("Where a volunteer is named in a complaint about a child, the club secretary must suspend the volunteer from coaching ____.", column, ["the same day"]),
        ("Where messages from an adult to a junior player are found on the club's group chat, the club secretary must report the messages to the league ____.", column, ["within 48 hours"]),
        ("Where a parent complains about team selection, the club secretary must write to the parent with the decision ____.", column, ["within 10 working days"]),
    ]
    doc = kept[0].analysis.doc
    assert [doc.display(*q.key) for q in kept + below] == ["Immediately", "The same day", "Within 48 hours", "within 10 working days"]


def test_a_row_named_by_a_number_says_no_situation(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"2 | Suspect in a position of trust | within 7 days": the first cell is a grade,
    not a situation, so the row is no "For 2, suspect ..." duty; a label at most."""
    text = (
        "## Grades\n\n| Grade | When it applies | Target |\n|---|---|---|\n"
        "| 1 | Suspect with access to children now | within 4 hours |\n"
        "| 2 | Suspect in a position of trust, no known current access | within 7 days |\n"
    )
    kept, below = limits(tmp_path, "grades.md", text, matcher)
    assert not [q for q in kept + below if q.prompt.startswith("For ")]


HOLDERS = """# Mooring licences: telling the harbour office

| What has happened | When the licence holder must report |
|---|---|
| Change of mooring | Within 5 days of the change |
| Sale of the licensed boat | Within 14 days of the sale |
"""


def test_a_limit_header_that_states_a_duty_makes_each_event_row_a_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A two-column table whose limit header is a clause of duty ("When the licence holder
    must report") reads each event row as that duty with its limit, a sentence, not "When
    the licence holder must report for change of mooring: within ____" (blind review 14b,
    R1: a table of limits at a glance)."""
    kept, below = limits(tmp_path, "holders.md", HOLDERS, matcher)
    assert sorted((q.prompt, q.stem_rule) for q in kept + below) == [
        ("For change of mooring, the licence holder must report within ____ of the change.", "table row"),
        ("For sale of the licensed boat, the licence holder must report within ____ of the sale.", "table row"),
    ]
