"""Regenerate the PDF and DOCX texts of the nineteenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w19a, w19b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-19/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-19/make.py
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
    ("Sarnland National Police Service, Information Assurance Unit", 4, "S. Achterberg",
     {"a1-memorandum-of-understanding-police-hotline.html":
      "a1-memorandum-of-understanding-police-hotline.pdf"},
     {"a2-data-protection-impact-assessment-hash-sharing.docx.md":
      ("a2-data-protection-impact-assessment-hash-sharing.docx",
       dt.datetime(2026, 4, 29, 15, 10))}),
    ("The Saltbridge Trust", 3, "P. Venn",
     {"b1-statistics-bulletin-recorded-offences-children.html":
      "b1-statistics-bulletin-recorded-offences-children.pdf",
      "b6-detective-exam-paper-marking-scheme.html":
      "b6-detective-exam-paper-marking-scheme.pdf"},
     {"b2-funding-call-online-exploitation-projects.docx.md":
      ("b2-funding-call-online-exploitation-projects.docx",
       dt.datetime(2026, 11, 16, 10, 5))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
