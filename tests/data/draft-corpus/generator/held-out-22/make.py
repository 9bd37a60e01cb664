"""Regenerate the PDF and DOCX texts of the twenty-second held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w22a, w22b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-22/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-22/make.py
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
    ("Office of the Chief Inspector of Constabulary for Albrenna", 3, None,
     {"a1-thematic-inspection-report-chapter.html": "a1-thematic-inspection-report-chapter.pdf"},
     {}),
    ("Office of the Public Prosecutor of Solverra, International Cooperation Division", 5,
     "T. Ekwueme-Stahl",
     {},
     {"a2-mutual-legal-assistance-letter-of-request.docx.md":
      ("a2-mutual-legal-assistance-letter-of-request.docx", dt.datetime(2026, 10, 14, 11, 5))}),
    ("Brannock Valley Police, Victim Care Unit", 4, "K. Mallory",
     {"b1-search-warrant-application-digital-devices-checklist.html":
      "b1-search-warrant-application-digital-devices-checklist.pdf",
      "b6-un-special-rapporteur-end-of-mission-statement.html":
      "b6-un-special-rapporteur-end-of-mission-statement.pdf"},
     {"b2-parent-carer-rights-letter-template.docx.md":
      ("b2-parent-carer-rights-letter-template.docx", dt.datetime(2026, 1, 14, 11, 20))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
