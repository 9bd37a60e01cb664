"""Regenerate the PDF and DOCX texts of the fourteenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w14a, w14b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-14/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-14/make.py
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
    ("Merrowland National Health Service", 7, "Dr Imogen Trask",
     {"a1-health-service-forensic-examination-guideline.html":
      "a1-health-service-forensic-examination-guideline.pdf"}, {}),
    ("Ministry of Justice of the Republic of Estvania", 14,
     "Central Authority for International Child Abduction", {},
     {"a2-central-authority-hague-return-guidance.docx.md":
      ("a2-central-authority-hague-return-guidance.docx", dt.datetime(2026, 3, 12, 10, 30))}),
    ("Ministry of Justice and Community Safety (Westmarra)", 4, "Offender Notification Unit",
     {"b1-notification-form-guidance-notes.html": "b1-notification-form-guidance-notes.pdf"},
     {}),
    ("Harrowgate and Lune Police", 7, "Sandra Ellery", {},
     {"b2-vid-tool-statement-of-requirements.docx.md":
      ("b2-vid-tool-statement-of-requirements.docx", dt.datetime(2026, 11, 9, 11, 40))}),
    ("Government Printer, Republic of Aldermoor", 1, "Office of the Parliamentary Counsel",
     {"b6-sexual-offences-amendment-act.html": "b6-sexual-offences-amendment-act.pdf"}, {}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
