"""Regenerate the PDF and DOCX texts of the twenty-seventh held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w27a, w27b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-27/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-27/make.py
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
    ("Dunstanholme Regional Police Academy, International Programmes Office", 3,
     "Ines Trelawney-Okafor",
     {"a1-working-group-best-practice-document.html":
      "a1-working-group-best-practice-document.pdf"},
     {"a2-task-force-joining-instructions.docx.md":
      ("a2-task-force-joining-instructions.docx", dt.datetime(2026, 4, 6, 10, 30))}),
    ("Dravenholt Constabulary, Commercial and Contracts Team", 5, "Imran Castellanos-Webb",
     {"b1-taskforce-joining-instructions.html": "b1-taskforce-joining-instructions.pdf",
      "b6-intergovernmental-policy-brief-child-trafficking.html":
      "b6-intergovernmental-policy-brief-child-trafficking.pdf"},
     {"b2-service-level-agreement-digital-forensics.docx.md":
      ("b2-service-level-agreement-digital-forensics.docx", dt.datetime(2026, 3, 19, 14, 20))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
