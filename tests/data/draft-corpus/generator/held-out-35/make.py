"""Regenerate the PDF and DOCX texts of the thirty-fifth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w35a, w35b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-35/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-35/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher;
# "": none named), PDFs, DOCXs.
PUBLISHERS = (
    ("Hollowmead Constabulary, People Services", 4, "Corinna Vale-Ashdown",
     {"a1-consular-guidance-note-child-sex-offences-child-victims.html":
      "a1-consular-guidance-note-child-sex-offences-child-victims.pdf"},
     {"a2-performance-development-review-vid-officer.docx.md":
      ("a2-performance-development-review-vid-officer.docx", dt.datetime(2027, 3, 29, 10, 15))}),
    ("Felbridge Borough Council, Children's Commissioning and Partnerships", 4,
     "Odile Pennant-Marsh",
     {"b1-child-death-review-panel-annual-report.html":
      "b1-child-death-review-panel-annual-report.pdf",
      "b6-bank-financial-crime-briefing-child-exploitation-payments.html":
      "b6-bank-financial-crime-briefing-child-exploitation-payments.pdf"},
     {"b2-service-specification-return-home-interviews.docx.md":
      ("b2-service-specification-return-home-interviews.docx", dt.datetime(2028, 2, 21, 11, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
