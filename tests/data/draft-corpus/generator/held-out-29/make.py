"""Regenerate the PDF and DOCX texts of the twenty-ninth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w29a, w29b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-29/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-29/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher;
# "": none named), PDFs, DOCXs.
PUBLISHERS = (
    ("Wintermarsh Constabulary, People Services (Specialist Crime Induction)", 6,
     "Rosalind Achebe-Thorne",
     {"a1-parole-board-decision-summary.html": "a1-parole-board-decision-summary.pdf"},
     {"a2-new-starter-induction-checklist-online-child-exploitation-team.docx.md":
      ("a2-new-starter-induction-checklist-online-child-exploitation-team.docx",
       dt.datetime(2025, 8, 27, 14, 10))}),
    ("Drumvale Constabulary, Change and Portfolio Office", 6, "Rhiannon Falkner-Osei",
     {"b1-multi-agency-panel-standing-orders.html": "b1-multi-agency-panel-standing-orders.pdf",
      "b6-annual-statistical-return-form-guidance.html":
      "b6-annual-statistical-return-form-guidance.pdf"},
     {"b2-business-case-specialist-unit.docx.md":
      ("b2-business-case-specialist-unit.docx", dt.datetime(2025, 10, 17, 10, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
