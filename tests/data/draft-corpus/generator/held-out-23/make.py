"""Regenerate the PDF and DOCX texts of the twenty-third held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w23a, w23b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-23/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-23/make.py
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
    ("Ulverin Police Service, Information Management Unit", 3, "",
     {"a1-scope-of-accreditation-schedule.html": "a1-scope-of-accreditation-schedule.pdf"},
     {"a2-police-social-care-data-sharing-agreement.docx.md":
      ("a2-police-social-care-data-sharing-agreement.docx", dt.datetime(2026, 4, 1, 9, 30))}),
    ("Saferline Trust", 6, "I. Farraday-Kell",
     {"b1-case-management-directions-order-child-witness.html":
      "b1-case-management-directions-order-child-witness.pdf",
      "b6-police-ombudsman-complaint-decision.html":
      "b6-police-ombudsman-complaint-decision.pdf"},
     {"b2-hotline-charity-board-paper.docx.md":
      ("b2-hotline-charity-board-paper.docx", dt.datetime(2026, 10, 8, 15, 40))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
