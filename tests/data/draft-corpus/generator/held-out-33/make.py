"""Regenerate the PDF and DOCX texts of the thirty-third held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w33a, w33b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-33/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-33/make.py
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
    ("Caldercourt Police Examinations Board", 3, "Tamsin Oyelaran-Pike",
     {"a1-modern-slavery-statement-hotel-group.html": "a1-modern-slavery-statement-hotel-group.pdf"},
     {"a2-chief-examiners-report-specialist-investigator-paper.docx.md":
      ("a2-chief-examiners-report-specialist-investigator-paper.docx",
       dt.datetime(2027, 5, 14, 10, 30))}),
    ("Oxenhythe Borough Council, Children's Services", 3, "Imogen Tredgold-Asare",
     {"b1-role-play-exercise-pack-child-witness-interview.html":
      "b1-role-play-exercise-pack-child-witness-interview.pdf",
      "b6-myths-and-facts-factsheet-crimes-against-children.html":
      "b6-myths-and-facts-factsheet-crimes-against-children.pdf"},
     {"b2-return-home-interview-record-missing-child.docx.md":
      ("b2-return-home-interview-record-missing-child.docx", dt.datetime(2027, 3, 18, 9, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
