"""Regenerate the PDF and DOCX texts of the twenty-eighth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w28a, w28b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-28/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-28/make.py
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
    ("Cairnholt Digital Forensics LLP", 4, "Ilse Marchbank-Oduya",
     {"a1-annotated-reading-list-investigators-course.html":
      "a1-annotated-reading-list-investigators-course.pdf"},
     {"a2-expert-witness-statement-digital-forensics.docx.md":
      ("a2-expert-witness-statement-digital-forensics.docx", dt.datetime(2026, 10, 9, 16, 20))}),
    ("Selsworth Constabulary, Learning and Talent Team", 4, "Nadia Okonkwo-Pryce",
     {"b1-industry-coalition-white-paper-grooming-detection.html":
      "b1-industry-coalition-white-paper-grooming-detection.pdf",
      "b6-amicus-curiae-brief-online-solicitation-appeal.html":
      "b6-amicus-curiae-brief-online-solicitation-appeal.pdf"},
     {"b2-train-the-trainer-facilitator-guide-missing-trafficked-children.docx.md":
      ("b2-train-the-trainer-facilitator-guide-missing-trafficked-children.docx",
       dt.datetime(2025, 5, 6, 10, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
