"""Regenerate the PDF and DOCX texts of the twenty-fifth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w25a, w25b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-25/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-25/make.py
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
    ("Tallowfield Digital Forensics Ltd", 4, "Tobias Venn-Harcourt",
     {"a1-charging-standard-online-child-exploitation.html":
      "a1-charging-standard-online-child-exploitation.pdf"},
     {"a2-experts-joint-statement-digital-evidence.docx.md":
      ("a2-experts-joint-statement-digital-evidence.docx", dt.datetime(2026, 2, 6, 16, 45))}),
    ("Haldmoor Police Federation", 4, "Maren Holloway-Reid",
     {"b1-bilingual-implementing-arrangement-parallel-text.html":
      "b1-bilingual-implementing-arrangement-parallel-text.pdf",
      "b6-research-conference-poster-missing-child-reporting.html":
      "b6-research-conference-poster-missing-child-reporting.pdf"},
     {"b2-staff-association-member-guidance-letter.docx.md":
      ("b2-staff-association-member-guidance-letter.docx", dt.datetime(2026, 3, 16, 10, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
