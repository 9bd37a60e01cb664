"""Regenerate the PDF and DOCX texts of the twenty-sixth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w26a, w26b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-26/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-26/make.py
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
    ("Vellacourt International Criminal Law Moot Society", 3, "Aurelie Strand-Mbeki",
     {"a1-law-review-note-online-solicitation.html":
      "a1-law-review-note-online-solicitation.pdf"},
     {"a2-moot-court-competition-problem.docx.md":
      ("a2-moot-court-competition-problem.docx", dt.datetime(2025, 11, 3, 10, 30))}),
    ("Teravel Data Protection Authority", 3, "Oskar Brenwick",
     {"b1-official-gazette-notices-page.html": "b1-official-gazette-notices-page.pdf",
      "b6-trifold-leaflet-online-coercion-families.html":
      "b6-trifold-leaflet-online-coercion-families.pdf"},
     {"b2-data-protection-authority-decision-letter.docx.md":
      ("b2-data-protection-authority-decision-letter.docx", dt.datetime(2026, 2, 11, 14, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
