"""Regenerate the PDF and DOCX texts of the ninth held-out set from their sources here.

Why a script: the held-out set must contain real PDF and DOCX files (the formats authors
bring), made from our own texts, and anyone must be able to check that the binaries say
exactly what the sources in this folder say. The output is deterministic on one machine: the
PDF's dates (and its fonts' timestamps) come from the dcterms meta of its HTML and its
identifier from the source name; the DOCX has fixed core properties and fixed ZIP entry times.

Written by the set's two authors (w9a, w9b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-9/`` (each
fictional publisher keeps its own DOCX revision). No text was changed on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-9/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PUBLISHERS = (
    ("Ashby Vale Police Information Assurance Unit", 3,
     {"a2-digital-forensic-report.html": "a2-digital-forensic-report.pdf"},
     {"a3-data-protection-impact-assessment.docx.md":
      ("a3-data-protection-impact-assessment.docx", dt.datetime(2025, 4, 22, 9, 0))}),
    ("Judicial Studies Board of Aldermoor", 2,
     {"b1-bench-book-chapter.html": "b1-bench-book-chapter.pdf"}, {}),
    ("Westreach Police Service Learning and Development Department", 2, {},
     {"b2-training-needs-survey-report.docx.md":
      ("b2-training-needs-survey-report.docx", dt.datetime(2025, 8, 18, 9, 0))}),
)
"""Each fictional publisher (named in its DOCX's core properties), DOCX revision, PDFs and
DOCXs."""


if __name__ == "__main__":
    for author, revision, pdfs, docxs in PUBLISHERS:
        make_held_out(__file__, pdfs, docxs, author=author, revision=revision)
    sys.exit(0)
