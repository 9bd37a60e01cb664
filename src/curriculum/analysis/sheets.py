"""Ticked answer sheets of ``curriculum forms``, read back through the forms' key.

Layout (README "Exam forms and item analysis"): a header ``learner,form,1,2,3...``
(positions on the form), one row per learner, each cell the ticked letter(s): ``B``,
or ``A;C`` / ``A,C`` / ``AC`` for a "select all" question; an empty cell is unanswered.
``forms.json`` says which question stands at each position of each form and which
package choice each letter is, so every tick becomes the response a platform would have
recorded, keyed ``module/question``, and is graded with the packages' rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from curriculum.analysis.reading import Results, read_rows
from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError, UsageError


@dataclass(frozen=True)
class Keyed:
    """What stands at one position of one form."""

    module: str
    question: str
    choices: dict[str, str]

    @property
    def key(self) -> str:
        return f"{self.module}/{self.question}"


@dataclass(frozen=True)
class FormsKey:
    """The forms' key: form letter -> position -> question, and the modules in order."""

    path: Path
    forms: dict[str, dict[int, Keyed]]
    modules: tuple[str, ...]


def read_key(path: Path) -> FormsKey:
    """Read ``forms.json`` as ``curriculum forms`` wrote it."""
    try:
        data = json.loads(path.read_text("utf-8"))
        forms = {f["form"]: {int(q["position"]): Keyed(q["module"], q["question_id"],
                                                       dict(q["choices"]))
                             for q in f["questions"]} for f in data["forms"]}
        modules = tuple(m["id"] for m in data["modules"])
    except FileNotFoundError:
        raise UsageError(f"no such forms key: {path}") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        problem = error(f"not a forms.json written by curriculum forms ({type(exc).__name__}: "
                        f"{exc})", SourceLocation(path), "forms-key")
        raise ContentError("the forms key cannot be read", [problem]) from None
    return FormsKey(path, forms, modules)


def read_sheets(path: Path, key: FormsKey) -> Results:
    """Every learner's ticks as package responses keyed ``module/question``."""
    rows = read_rows(path)
    header_line, header = rows[0]
    if [h.strip().casefold() for h in header[:2]] != ["learner", "form"]:
        raise _problem(path, header_line, 1, "an answer-sheet file starts with the columns "
                       "learner,form then the positions 1,2,3 ...", "results-header")
    results = Results(path, "answer sheets")
    for entry in (e for form in key.forms.values() for e in form.values()):
        results.question_ids.setdefault(entry.key, SourceLocation(key.path))
    for line, cells in rows[1:]:
        _learner(results, key, path, line, header, cells)
    return results


def _learner(results: Results, key: FormsKey, path: Path, line: int, header: list[str],
             cells: list[str]) -> None:
    learner, form = cells[0].strip(), cells[1].strip().upper() if len(cells) > 1 else ""
    if not learner or learner in results.answers:
        raise _problem(path, line, 1, f'learner "{learner}" is missing or repeated',
                       "results-learner")
    if form not in key.forms:
        raise _problem(path, line, 2, f'form "{form}" is not in {key.path.name} (forms: '
                       f"{', '.join(sorted(key.forms))})", "results-form")
    results.learners.append(learner)
    answers: dict[str, str] = {}
    for column, (position, cell) in enumerate(zip(header[2:], cells[2:], strict=False), 3):
        entry = _entry(key, form, position, path, line, column)
        answers[entry.key] = _response(entry, cell, path, line, column)
    results.answers[learner] = answers


def _entry(key: FormsKey, form: str, position: str, path: Path, line: int, col: int) -> Keyed:
    try:
        return key.forms[form][int(position)]
    except (ValueError, KeyError):
        raise _problem(path, line, col, f'form {form} has no question at position '
                       f'"{position.strip()}"', "results-position") from None


def _response(entry: Keyed, cell: str, path: Path, line: int, col: int) -> str:
    """Ticked letters as the package response: choice ids (``a,c``), or ``t``/``f``."""
    letters = [c for c in re.sub(r"[\s;,]", "", cell.upper())]
    unknown = [c for c in letters if c not in entry.choices]
    if unknown:
        raise _problem(path, line, col, f'"{cell.strip()}": {entry.question} has only the '
                       f"letters {', '.join(entry.choices)}", "results-letter")
    ids = [entry.choices[c] for c in dict.fromkeys(letters)]
    if ids and ids[0] in ("true", "false"):
        return ids[0][0]
    return ",".join(ids)


def _problem(path: Path, line: int, col: int, message: str, code: str) -> ContentError:
    diagnostic = error(message, SourceLocation(path, line, col), code)
    return ContentError("the answer sheets cannot be analysed", [diagnostic])
