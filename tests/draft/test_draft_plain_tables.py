# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, plain-text tables aligned with spaces: the header row is column names, never a
sentence; a totals row under a rule is a row, never a heading; each body row is a unit that
carries its column headers, never joined with the next into one pseudo-sentence. Prose with
two spaces between its sentences is no table. Likewise a checklist of "[ ]" boxes is a list
and a run of "NAME - what it is" lines is one unit a line. Short texts of our own, exact
outcomes."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.cleaning import clean
from curriculum.draft.lists import list_rules
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.tables import row_unit
from curriculum.draft.themes import ThemeMatcher

NOTE = """HARBOUR POLICE LOST PROPERTY NOTE

Items handed in at the harbour desks, by year:

Item                       2024    2025   Change
-------------------------  ----    ----   ------
Passports                    41      52     +27%
Mobile phones               118     104     -12%
-------------------------  ----    ----   ------
Total                       159     156      -2%

Passports handed in rose by a quarter in 2025.
"""


def blocks(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / "note.txt"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    out = clean(doc)
    shown = []
    for b in out.blocks:
        words = row_unit(b.cells, doc.display) if b.kind == "row" else doc.display(b.start, b.end)
        shown.append((b.line, b.kind, words))
    return shown + [(d.line, "dropped", d.reason) for d in out.dropped]


def test_a_space_aligned_table_is_read_as_a_table(tmp_path: Path) -> None:
    assert blocks(tmp_path, NOTE) == [
        (3, "para", "Items handed in at the harbour desks, by year:"),
        (7, "row", "Item: Passports; 2024: 41; 2025: 52; Change: +27%"),
        (8, "row", "Item: Mobile phones; 2024: 118; 2025: 104; Change: -12%"),
        (10, "row", "Item: Total; 2024: 159; 2025: 156; Change: -2%"),
        (12, "para", "Passports handed in rose by a quarter in 2025."),
        (1, "dropped", "title (used as the source title)"),
        (5, "dropped", "table header: column names, given with each row"),
    ]


def test_a_table_without_a_rule_line_is_read_by_its_header_columns(tmp_path: Path) -> None:
    text = ("Ferry checks\n\nThe checks made at the ferry gate:\n\n"
            "  Month    Vehicles   Children found\n"
            "  May      1,204      3\n"
            "  June     1,388      5\n\n"
            "Every child found was taken to a place of safety.\n")
    assert [b for b in blocks(tmp_path, text) if b[1] == "row"] == [
        (6, "row", "Month: May; Vehicles: 1,204; Children found: 3"),
        (7, "row", "Month: June; Vehicles: 1,388; Children found: 5"),
    ]


def test_prose_with_two_spaces_between_sentences_is_no_table(tmp_path: Path) -> None:
    text = ("Harbour desk\n\nThe desk opened in 2019.  It serves the ferry port.\n"
            "Staff record each item.  Owners are called the same day.\n"
            "Unclaimed items go to the station.  They are kept there for 28 days.\n")
    assert [b[1] for b in blocks(tmp_path, text)] == ["para", "dropped"]


def test_a_checklist_of_boxes_is_a_list(tmp_path: Path) -> None:
    """"[ ] ..." lines are list items with their boxes left out, not one run-on sentence."""
    text = ("Harbour desk\n\nAt the end of each shift the desk officer checks that:\n"
            "[ ] every found item is logged within 1 hour\n[x] the safe is locked\n"
            "[ ] the log is signed\n")
    assert blocks(tmp_path, text)[:4] == [
        (3, "para", "At the end of each shift the desk officer checks that:"),
        (4, "bullet", "every found item is logged within 1 hour"),
        (5, "bullet", "the safe is locked"),
        (6, "bullet", "the log is signed"),
    ]


def test_label_dash_lines_are_one_unit_each(tmp_path: Path) -> None:
    """A list of "NAME - what it is" lines is read line by line, as "Name: value" lines
    are, never as one pseudo-sentence; a single such line in prose stays prose."""
    text = ("Harbour desk systems\n\nSYSTEMS\nTIDELOG - the harbour's found-property record\n"
            "PX-2 - the form for items handed to the police\n\n"
            "The desk uses TIDELOG - the harbour's found-property record - for every item.\n")
    assert blocks(tmp_path, text)[:4] == [
        (3, "heading", "SYSTEMS"),
        (4, "row", "TIDELOG: the harbour's found-property record"),
        (5, "row", "PX-2: the form for items handed to the police"),
        (7, "para",
         "The desk uses TIDELOG - the harbour's found-property record - for every item."),
    ]


SEIZURE = """Harbour unit seizure procedure

Officers of the harbour unit who seize a device from a vessel follow this procedure.

Task                                   Owner               Time limit
-------------------------------------  ------------------  ----------------------------
Notify the duty inspector              Arresting officer   Within 1 hour of the seizure
Send the device to the forensic unit   Exhibits officer    Within 3 days of the seizure

Devices are kept in the exhibits store until the forensic unit collects them. Every arresting officer must notify the duty inspector within 1 hour of a seizure from a vessel.
"""


def test_a_plain_task_table_gives_its_limits_once(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Each row of a plain-text task table is a duty with its time limit; the prose
    sentence that states the first row's limit again asks the same fact, so the limit is
    asked once: from the prose sentence, whose "the duty inspector" is generic in a rule
    (``stemcheck._procedural``) and which ranks above the row's label read as a stem."""
    path = tmp_path / "seizure.txt"
    path.write_text(SEIZURE, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    kept, rest = choose(sentence_rules(analysis, matcher) + list_rules(analysis)
                        + procedure_rules(analysis))
    assert [(q.rule, q.prompt) for q in kept] == [
        ("true-statement", "Every arresting officer must notify the duty inspector within 1 hour of a seizure from a vessel."),
        ("time-limit", "Exhibits officer must send the device to the forensic unit within ____ of the seizure."),
    ]
    restated = [q for q in rest if q.sentence.line == 7 and q.rule == "time-limit"]
    assert restated and any("asks the same fact (1 hour)" in r for r in restated[0].reasons)


def test_a_table_caption_is_a_heading(tmp_path: Path) -> None:
    """"Table 2: ..." over a table is the rows' title, never a sentence; a sentence that
    opens with "Table 2 shows" stays a sentence."""
    text = ("Harbour desk figures\n\nThe harbour desks log every item handed in.\n\n"
            "Table 2: Items handed in at the harbour desks, 2024 to 2025\n"
            "Item        2024   2025\n"
            "Passports     41     52\n"
            "Phones       118    104\n\n"
            "Table 2 shows that fewer phones were handed in.\n")
    assert blocks(tmp_path, text)[:5] == [
        (3, "para", "The harbour desks log every item handed in."),
        (5, "heading", "Table 2: Items handed in at the harbour desks, 2024 to 2025"),
        (7, "row", "Item: Passports; 2024: 41; 2025: 52"),
        (8, "row", "Item: Phones; 2024: 118; 2025: 104"),
        (10, "para", "Table 2 shows that fewer phones were handed in."),
    ]


def test_a_header_whose_column_names_wrap_is_one_header(tmp_path: Path) -> None:
    """Blind review 10 (V2): the second line of a wrapped header was read as a body row
    ("review within begin within ..."); it completes the column names."""
    text = ("Ferry gate timings\n\nThe times the ferry gate procedure sets:\n\n"
            "  Alert level   First vehicle     Gate to\n"
            "                check within      close within\n"
            "  RED           5 minutes         10 minutes\n"
            "  AMBER         15 minutes        30 minutes\n\n"
            "Every check is written in the gate log.\n")
    shown = blocks(tmp_path, text)
    assert [b for b in shown if b[1] == "row"] == [
        (7, "row", "Alert level: RED; First vehicle check within: 5 minutes; Gate to close within: 10 minutes"),
        (8, "row", "Alert level: AMBER; First vehicle check within: 15 minutes; Gate to close within: 30 minutes"),
    ]
    assert (6, "dropped", "table header: column names, given with each row") in shown


HEADER_BLOCK = """HARBOUR OMBUDSMAN (fictional)
Decision on a complaint

Our reference:      HO/2026/0031
Complainant:        Ms Tara Holt
Organisation:       Harbour Police
Subject:            Delay in searching for a missing teenager at the ferry port
Investigator:       Mr Kit Dale
Reviewer:           Ms Pia Orme
Date of decision:   Tuesday 3 March 2026
Outcome:            UPHELD

The harbour police must begin a search for a missing child within one hour of the report.
"""


def test_a_header_block_goes_on_past_the_head_lines(tmp_path: Path) -> None:
    """Blind review 10 (V2): the ninth and tenth lines of a letter's header block were
    read as rows, so its date of decision was lost as the document's date; and the
    subject line says what the text is about."""
    path = tmp_path / "decision.txt"
    path.write_text(HEADER_BLOCK, "utf-8")
    out = clean(read_source(path, tmp_path))
    assert str(out.doc_date) == "2026-03-03"
    assert out.subject == "Delay in searching for a missing teenager at the ferry port"
    assert [(b.line, b.kind) for b in out.blocks] == [(2, "heading"), (13, "para")]


ROTA = """HARBOUR UNIT DRILL PLAN

The drill tests the harbour unit's response to a child found alone on a ferry.

No  Time  Scene  From -> To      Message / Expected action           Obj
--- ----- ------ --------------- ----------------------------------  ---
01  09:15 Deck 2 Crew -> Desk    Message: a child of about eight is  1
                                 found alone in the lounge.
                                 Expected: officer attends; child
                                 kept with one adult in view.
02  09:40 Desk   Desk -> Duty    Message: no adult claims the child. 2
                                 Expected: missing-person check.

Every child found alone must be handed to an officer within 1 hour.
"""


def test_a_table_whose_cells_wrap_is_left_out_not_read_as_prose(tmp_path: Path) -> None:
    """Columns over a rule of dash runs with single spaces between them, and rows whose
    cells go on over lines with the first column empty: the rows cannot be read with
    their headers, so every line is the table's, none a pseudo-sentence of times, names
    and half phrases ("09:40 Desk Desk -> Duty Message: no adult claims the child. 2
    Expected: ...")."""
    assert blocks(tmp_path, ROTA) == [
        (3, "para", "The drill tests the harbour unit's response to a child found alone on a ferry."),
        (14, "para", "Every child found alone must be handed to an officer within 1 hour."),
        (1, "dropped", "title (used as the source title)"),
        (5, "dropped", "table header: column names of a table whose cells wrap"),
        *[(n, "dropped", "table row whose cells wrap over lines: not read as prose")
          for n in range(7, 13)],
    ]


LEVELS = """Harbour desk access levels

The desk system has three levels of access:

  Level        Can do                       Approved by
  -----------  ---------------------------  ------------
  Read         view the found-property      Desk
               log                          sergeant
  Write        add and close entries;       Harbour
               print receipts               inspector
  Admin        all of the above             Inspector

Every account is reviewed every 6 months.
"""


def test_a_table_whose_wrapped_cells_look_like_rows_is_left_out(tmp_path: Path) -> None:
    """A row's cells that go on over the next line fill two columns there, so that line
    fits the columns like a row, but it has no name under the first column: it is the
    row above going on, never a row "Can do: log; Approved by: sergeant" of its own. The
    table is left out as a table, as one with single-cell continuation lines is."""
    assert blocks(tmp_path, LEVELS) == [
        (3, "para", "The desk system has three levels of access:"),
        (13, "para", "Every account is reviewed every 6 months."),
        (1, "dropped", "title (used as the source title)"),
        (5, "dropped", "table header: column names of a table whose cells wrap"),
        *[(n, "dropped", "table row whose cells wrap over lines: not read as prose")
          for n in range(7, 12)],
    ]
