"""Regenerate the PDF and DOCX texts of the ninth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w9a, w9b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-9/`` (each
fictional publisher keeps its own DOCX revision). No text was changed on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-9/make.py
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
    ("Ashby Vale Police Information Assurance Unit", 3, None,
     {"a2-digital-forensic-report.html": "a2-digital-forensic-report.pdf"},
     {"a3-data-protection-impact-assessment.docx.md":
      ("a3-data-protection-impact-assessment.docx", dt.datetime(2025, 4, 22, 9, 0))}),
    ("Judicial Studies Board of Aldermoor", 2, None,
     {"b1-bench-book-chapter.html": "b1-bench-book-chapter.pdf"}, {}),
    ("Westreach Police Service Learning and Development Department", 2, None, {},
     {"b2-training-needs-survey-report.docx.md":
      ("b2-training-needs-survey-report.docx", dt.datetime(2025, 8, 18, 9, 0))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
