"""Regenerate the PDF and DOCX texts of the thirteenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w13a, w13b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-13/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-13/make.py
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
    ("Online Safety Commission", 1, "Online Safety Commission",
     {"a1-regulator-enforcement-notice.html": "a1-regulator-enforcement-notice.pdf"}, {}),
    ("Competent Authority for Trafficking Identification", 4, "Jonas Whitcombe", {},
     {"a2-nrm-decision-letter.docx.md":
      ("a2-nrm-decision-letter.docx", dt.datetime(2026, 11, 3, 11, 42))}),
    ("Halvard Institute for Policing and Justice", 7, "Ingrid Solvang", {},
     {"b1-donor-quarterly-progress-report.docx.md":
      ("b1-donor-quarterly-progress-report.docx", dt.datetime(2025, 10, 24, 14, 30))}),
    ("Judiciary of the Province of Lorrimer", 3, "Office of the Registrar",
     {"b2-court-practice-direction-ground-rules.html":
      "b2-court-practice-direction-ground-rules.pdf"}, {}),
    ("Caerlonia Press Standards Council", 2, "Caerlonia Press Standards Council",
     {"b6-press-council-reporting-guidelines.html":
      "b6-press-council-reporting-guidelines.pdf"}, {}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
