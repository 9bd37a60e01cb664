"""Regenerate the PDF and DOCX texts of the sixteenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w16a, w16b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-16/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-16/make.py
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
    ("Northmoor Law Reform Commission", 1, "Northmoor Law Reform Commission",
     {"a1-law-reform-report-child-abduction.html": "a1-law-reform-report-child-abduction.pdf"},
     {}),
    ("Wexmoor Police Service", 7, "DS Helen Marchetti", {},
     {"a2-osp-preservation-disclosure-request-template.docx.md":
      ("a2-osp-preservation-disclosure-request-template.docx", dt.datetime(2026, 2, 2, 10, 30))}),
    ("Vennmoor Prison and Probation Service", 3, "Public Protection Policy Team",
     {"b1-prison-service-instruction-child-contact.html":
      "b1-prison-service-instruction-child-contact.pdf"}, {}),
    ("Ashcombe and Wyle Police", 17, "Ruth Okonedo", {},
     {"b2-child-sex-offender-disclosure-scheme-guidance.docx.md":
      ("b2-child-sex-offender-disclosure-scheme-guidance.docx",
       dt.datetime(2026, 1, 14, 11, 20))}),
    ("Department for Justice and Home Affairs", 2, "Department for Justice and Home Affairs",
     {"b6-statutory-instrument-child-abduction-warning-notices.html":
      "b6-statutory-instrument-child-abduction-warning-notices.pdf"}, {}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
