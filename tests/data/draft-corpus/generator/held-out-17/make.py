"""Regenerate the PDF and DOCX texts of the seventeenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w17a, w17b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-17/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-17/make.py
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
    ("Ministry of Justice of the Republic of Kestria", 3, "A. Brenn",
     {"a1-regulatory-impact-assessment.html": "a1-regulatory-impact-assessment.pdf"},
     {"a2-extradition-request-cover-letter.docx.md":
      ("a2-extradition-request-cover-letter.docx", dt.datetime(2026, 2, 16, 11, 5))}),
    ("Kingsbeck Academy, Marlow Vale Learning Trust", 3, "Priya Oduya",
     {"b1-peer-assessment-mission-report-victim-identification.html":
      "b1-peer-assessment-mission-report-victim-identification.pdf",
      "b6-country-evaluation-report-child-trafficking.html":
      "b6-country-evaluation-report-child-trafficking.pdf"},
     {"b2-dsl-annual-report-to-governors.docx.md":
      ("b2-dsl-annual-report-to-governors.docx", dt.datetime(2025, 9, 29, 16, 5))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
