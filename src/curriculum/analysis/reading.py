"""Read quiz results: a learner x question CSV, or SCORM interaction records.

Two layouts are accepted (README "Item analysis" documents them):

- **learner x question** ("wide"): a header ``learner,<question id>,<question id>...``,
  then one row per learner, each cell the learner's response in SCORM notation
  (``b``, ``a,c``, ``t``, ``l1.r2,l2.r1`` ...); an empty cell is an unanswered question.
- **interaction records** ("long"), one row per recorded interaction as LMS reports
  export them: columns for the learner, the interaction id (the question id), the
  learner's response, and optionally the type and result. Column names are matched
  case-insensitively with spaces, dots and hyphens ignored (``Learner Response``,
  ``cmi.interactions.n.student_response``, ``learner_response`` all work). When a learner
  has several records for one question, the last one in the file counts.

Nothing here grades: see ``grading.py``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError, UsageError

MAX_BYTES = 50 * 1024 * 1024

LEARNER = ("learner", "learnerid", "learnername", "student", "studentid", "studentname",
           "user", "userid", "username", "registration", "registrationid", "email")
INTERACTION = ("interactionid", "interaction", "cmiinteractionsnid", "questionid", "question",
               "id")
RESPONSE = ("learnerresponse", "studentresponse", "cmiinteractionsnlearnerresponse",
            "cmiinteractionsnstudentresponse", "response", "answer")
RESULT = ("result", "cmiinteractionsnresult")
TYPE = ("type", "interactiontype", "cmiinteractionsntype")


@dataclass
class Results:
    """Every learner's raw response per question id, as read from the file."""

    path: Path
    layout: str
    learners: list[str] = field(default_factory=list)
    answers: dict[str, dict[str, str]] = field(default_factory=dict)
    recorded: dict[tuple[str, str], str] = field(default_factory=dict)
    """The LMS's own ``result`` per (learner, question), when the file has one."""
    question_ids: dict[str, SourceLocation] = field(default_factory=dict)
    """Each question id with where it first appears (for located errors)."""


def read_results(path: Path) -> Results:
    """Read ``path`` in whichever layout its header shows."""
    rows = read_rows(path)
    header = [_key(name) for name in rows[0][1]]
    columns = _interaction_columns(header)
    if columns is not None:
        return _long(path, rows, columns)
    return _wide(path, rows)


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """``(line number, cells)`` of the non-empty rows; located errors for unreadable files."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(f"{path}: results file is {size / 1e6:.1f} MB; at most 50 MB")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"no such results file: {path}") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder; give a CSV file of results") from None
    except UnicodeDecodeError as exc:
        line = text_line(path.read_bytes()[: exc.start])
        raise _problem(path, line, 1, "the results file is not UTF-8 text",
                       "results-encoding") from None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    return _parse(path, text)


def text_line(prefix: bytes) -> int:
    """1-based line of the byte just after ``prefix``."""
    return prefix.count(b"\n") + 1


def _parse(path: Path, text: str) -> list[tuple[int, list[str]]]:
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[str]]] = []
    try:
        line = 1
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise _problem(path, reader.line_num, 1, f"not a readable CSV file: {exc}",
                       "results-csv") from None
    if not rows:
        raise _problem(path, 1, 1, "the results file is empty; it needs a header row",
                       "results-empty")
    return rows


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Comma by default; semicolon or tab files (spreadsheet exports) are sniffed."""
    first = text.split("\n", 1)[0]
    if "," not in first and (";" in first or "\t" in first):
        return csv.excel_tab if "\t" in first else _Semicolon()
    return csv.excel


class _Semicolon(csv.excel):
    delimiter = ";"


def _key(name: str) -> str:
    return re.sub(r"[\s._\-]+", "", name.strip().casefold())


def _interaction_columns(header: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for role, names in (("learner", LEARNER), ("id", INTERACTION), ("response", RESPONSE),
                        ("result", RESULT), ("type", TYPE)):
        for name in names:
            if name in header:
                found[role] = header.index(name)
                break
    if {"learner", "id", "response"} <= set(found):
        return found
    return None


def _long(path: Path, rows: list[tuple[int, list[str]]], columns: dict[str, int]) -> Results:
    results = Results(path, "interactions")
    width = len(rows[0][1])
    for line, cells in rows[1:]:
        _check_width(path, line, cells, width)
        learner = cells[columns["learner"]].strip()
        question = cells[columns["id"]].strip()
        if not learner or not question:
            missing = "learner" if not learner else "interaction id"
            raise _problem(path, line, 1, f"this record has no {missing}", "results-record")
        if learner not in results.answers:
            results.learners.append(learner)
            results.answers[learner] = {}
        results.question_ids.setdefault(question, SourceLocation(path, line, 1))
        results.answers[learner][question] = cells[columns["response"]]
        if "result" in columns:
            results.recorded[(learner, question)] = cells[columns["result"]].strip().casefold()
    return results


def _wide(path: Path, rows: list[tuple[int, list[str]]]) -> Results:
    results = Results(path, "learner x question")
    header_line, header = rows[0]
    if len(header) < 2:
        raise _problem(path, header_line, 1, "the header needs a learner column and at least "
                       "one question id (or learner, interaction id and response columns)",
                       "results-header")
    ids = [cell.strip() for cell in header[1:]]
    for index, question in enumerate(ids, 2):
        if not question or question in results.question_ids:
            what = "an empty column name" if not question else f'"{question}" a second time'
            raise _problem(path, header_line, index, f"the header has {what}", "results-header")
        results.question_ids[question] = SourceLocation(path, header_line, index)
    for line, cells in rows[1:]:
        _check_width(path, line, cells, len(header))
        learner = cells[0].strip()
        if not learner or learner in results.answers:
            what = "no learner" if not learner else f'learner "{learner}" a second time'
            raise _problem(path, line, 1, f"this row has {what}", "results-learner")
        results.learners.append(learner)
        results.answers[learner] = dict(zip(ids, cells[1:], strict=True))
    return results


def _check_width(path: Path, line: int, cells: list[str], width: int) -> None:
    if len(cells) != width:
        raise _problem(path, line, 1, f"this row has {len(cells)} cells but the header has "
                       f"{width}", "results-row")


def _problem(path: Path, line: int, col: int, message: str, code: str) -> ContentError:
    """A located problem in the results file (``col`` is the 1-based CSV column)."""
    diagnostic = error(message, SourceLocation(path, line, col), code)
    return ContentError("the results file cannot be analysed", [diagnostic])
