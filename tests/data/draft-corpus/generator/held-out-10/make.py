"""Regenerate the PDF and DOCX texts of the tenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w10a, w10b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-10/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-10/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

CPS = "Crown Prosecution Service Marlshire Area Complex Casework Unit"
# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher),
# PDFs, DOCXs.
PUBLISHERS = (
    ("Northfold Probation Service, Eastgate PDU", 2, "F. Achterberg",
     {"a2-prevention-of-future-deaths-report.html": "a2-prevention-of-future-deaths-report.pdf"},
     {"a3-offender-licence-and-supervision-plan.docx.md":
      ("a3-offender-licence-and-supervision-plan.docx", dt.datetime(2025, 2, 12, 14, 30))}),
    ("Inspectorate of Constabulary for Brennland", 1, None,
     {"b1-compliance-audit-report.html": "b1-compliance-audit-report.pdf"}, {}),
    (CPS, 2, None, {},
     {"b2-charging-advice-case-summary.docx.md":
      ("b2-charging-advice-case-summary.docx", dt.datetime(2026, 1, 14, 16, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
