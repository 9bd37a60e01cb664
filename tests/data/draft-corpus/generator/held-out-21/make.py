"""Regenerate the PDF and DOCX texts of the twenty-first held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w21a, w21b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-21/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-21/make.py
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
    ("Corrindale Police Service, Equality, Diversity and Inclusion Unit", 4, "L. Quaye",
     {"a1-tender-specification-image-triage-software.html":
      "a1-tender-specification-image-triage-software.pdf"},
     {"a2-equality-impact-assessment-online-child-exploitation-policy.docx.md":
      ("a2-equality-impact-assessment-online-child-exploitation-policy.docx",
       dt.datetime(2026, 9, 22, 10, 40))}),
    ("Estrelian National Police, Child Online Exploitation Command", 4, "",
     {"b1-regional-human-rights-court-judgment.html":
      "b1-regional-human-rights-court-judgment.pdf",
      "b6-liaison-officer-quarterly-report.html":
      "b6-liaison-officer-quarterly-report.pdf"},
     {"b2-suspect-interview-plan-template.docx.md":
      ("b2-suspect-interview-plan-template.docx", dt.datetime(2026, 2, 2, 10, 15))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
