"""The key manifest of a set of forms: ``forms.json`` and ``forms.csv``.

One row per question per form: the form letter, the position on the form, the
question id (with its module, as ids are unique only within a module), and the
correct letter(s) (``A;C`` for a multiple-choice question with two correct options).
``forms.json`` also maps each printed letter to the package's choice identifier, so that
``curriculum analyse --key forms.json`` can grade ticked answer sheets.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import curriculum
from curriculum.forms.assemble import Form

CSV_COLUMNS = ("form", "position", "question_id", "correct_letter", "module", "type", "options")


def rows(forms: tuple[Form, ...]) -> list[dict[str, Any]]:
    """Every (form, position) with its question and correct letters."""
    return [
        {"form": form.letter, "position": item.position, "question_id": item.question.id,
         "correct_letter": ";".join(item.correct), "module": item.module,
         "type": item.question.type, "options": len(item.options)}
        for form in forms for item in form.items
    ]


def manifest_json(forms: tuple[Form, ...], seed: int, modules: list[dict[str, str]],
                  handling: str) -> str:
    """``forms.json``: the set's seed, modules, marking and every form's key."""
    choices = {(form.letter, item.position): dict(zip((letter for letter, _ in item.options),
                                                      item.choice_ids, strict=True))
               for form in forms for item in form.items}
    data = {
        "generator": f"curriculum {curriculum.__version__}",
        "seed": seed,
        "handling": handling,
        "modules": modules,
        "forms": [
            {"form": form.letter,
             "questions": [{**{k: v for k, v in row.items() if k != "form"},
                            "choices": choices[(form.letter, row["position"])]}
                           for row in rows((form,))]}
            for form in forms
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def manifest_csv(forms: tuple[Form, ...]) -> str:
    """``forms.csv``: the same key, one row per form and position."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(forms))
    return buffer.getvalue()
