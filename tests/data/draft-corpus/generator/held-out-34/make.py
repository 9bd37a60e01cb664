"""Regenerate the PDF and DOCX texts of the thirty-fourth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w34a, w34b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-34/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-34/make.py
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
    ("Hartsmere Police, Schools and Youth Engagement Team", 3, "Priya Delacourt-Mensah",
     {"a1-party-manifesto-chapter-child-protection.html":
      "a1-party-manifesto-chapter-child-protection.pdf"},
     {"a2-school-prevention-officer-toolkit.docx.md":
      ("a2-school-prevention-officer-toolkit.docx", dt.datetime(2024, 9, 2, 9, 30))}),
    ("National Police Training Institute of Veyrandia, Curriculum Design Office", 4,
     "Annika Solberg-Mwale",
     {"b1-first-actions-wall-chart.html": "b1-first-actions-wall-chart.pdf",
      "b6-safeguarding-partnership-year-planner-2027.html":
      "b6-safeguarding-partnership-year-planner-2027.pdf"},
     {"b2-victim-identification-course-curriculum-map.docx.md":
      ("b2-victim-identification-course-curriculum-map.docx", dt.datetime(2027, 3, 9, 14, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
