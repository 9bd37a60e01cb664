"""Regenerate the PDF and DOCX texts of the fifteenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w15a, w15b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-15/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-15/make.py
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
    ("Office of the Auditor General of Northmere", 7, "Tomas Reinholt",
     {"a1-audit-office-missing-children-chapter.html":
      "a1-audit-office-missing-children-chapter.pdf"}, {}),
    ("Vetting and Barring Service", 14, "Gwen Abernethy", {},
     {"a2-employer-guide-record-checks-children.docx.md":
      ("a2-employer-guide-record-checks-children.docx", dt.datetime(2026, 2, 4, 10, 30))}),
    ("Aldermoor Criminal Injuries Compensation Authority", 3,
     "Aldermoor Criminal Injuries Compensation Authority",
     {"b1-compensation-scheme-child-victims-guide.html":
      "b1-compensation-scheme-child-victims-guide.pdf"}, {}),
    ("Norvale Public Prosecution Service", 23, "K. Vandersloot", {},
     {"b2-european-arrest-warrant-guide-child-sexual-offences.docx.md":
      ("b2-european-arrest-warrant-guide-child-sexual-offences.docx",
       dt.datetime(2025, 9, 4, 14, 30))}),
    ("Home Department, Government of Estmere", 2, "Public Protection Unit",
     {"b6-consultation-response-travel-notification.html":
      "b6-consultation-response-travel-notification.pdf"}, {}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
