"""Regenerate the PDF and DOCX texts of the twentieth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w20a, w20b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-20/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-20/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher),
# PDFs, DOCXs.
PUBLISHERS = (
    ("Kellbrook Constabulary, Legal Services", 5, "J. Marrable",
     {"a1-after-action-review-joint-operation.html":
      "a1-after-action-review-joint-operation.pdf"},
     {"a2-production-order-application-template.docx.md":
      ("a2-production-order-application-template.docx",
       dt.datetime(2026, 2, 11, 14, 25))}),
    ("Communications and Online Safety Authority (COSA)", 3, "T. Varga",
     {"b1-police-crime-commissioner-annual-report.html":
      "b1-police-crime-commissioner-annual-report.pdf",
      "b6-charity-trustees-annual-report-accounts.html":
      "b6-charity-trustees-annual-report-accounts.pdf"},
     {"b2-regulator-guidance-age-assurance-reporting.docx.md":
      ("b2-regulator-guidance-age-assurance-reporting.docx",
       dt.datetime(2026, 6, 30, 11, 20))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
