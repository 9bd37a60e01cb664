"""Regenerate the PDF and DOCX texts of the eleventh held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w11a, w11b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-11/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-11/make.py
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
    ("Fenwick Shire Constabulary (fictional)", 1, None,
     {"a4-staff-wellbeing-policy.html": "a4-staff-wellbeing-policy.pdf"}, {}),
    ("Crown Court at Harrowmere (fictional)", 2, None, {},
     {"a1-sexual-harm-prevention-order.docx.md":
      ("a1-sexual-harm-prevention-order.docx", dt.datetime(2026, 2, 13, 15, 30))}),
    ("Brackwater Police HR Recruitment (fictional)", 4, None, {},
     {"a5-job-description-person-specification.docx.md":
      ("a5-job-description-person-specification.docx", dt.datetime(2025, 10, 20, 9, 0))}),
    ("Brackenshaw Constabulary Public Protection Unit", 1, None,
     {"b2-completed-risk-assessment-form.html": "b2-completed-risk-assessment-form.pdf"}, {}),
    ("National Centre for Child Protection Online, International Programmes", 4, None, {},
     {"b5-project-funding-proposal.docx.md":
      ("b5-project-funding-proposal.docx", dt.datetime(2026, 9, 30, 11, 15))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
