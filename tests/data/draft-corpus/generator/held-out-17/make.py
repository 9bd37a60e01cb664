"""Regenerate the PDF and DOCX texts of the seventeenth held-out set from their sources here.

Why a script: the held-out set must contain real PDF and DOCX files (the formats authors
bring), made from our own texts, and anyone must be able to check that the binaries say
exactly what the sources in this folder say. The output is deterministic on one machine: the
PDF's dates (and its fonts' timestamps) come from the dcterms meta of its HTML and its
identifier from the source name; the DOCX has fixed core properties and fixed ZIP entry times.

Written by the set's two authors (w17a, w17b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-17/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-17/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PUBLISHERS = (
    ("Ministry of Justice of the Republic of Kestria", 3, "A. Brenn",
     {"a1-regulatory-impact-assessment.html": "a1-regulatory-impact-assessment.pdf"},
     {"a2-extradition-request-cover-letter.docx.md":
      ("a2-extradition-request-cover-letter.docx", dt.datetime(2026, 2, 16, 11, 5))}),
    ("Kingsbeck Academy, Marlow Vale Learning Trust", 3, "Priya Oduya",
     {"b1-peer-assessment-mission-report-victim-identification.html":
      "b1-peer-assessment-mission-report-victim-identification.pdf",
      "b6-country-evaluation-report-child-trafficking.html":
      "b6-country-evaluation-report-child-trafficking.pdf"},
     {"b2-dsl-annual-report-to-governors.docx.md":
      ("b2-dsl-annual-report-to-governors.docx", dt.datetime(2025, 9, 29, 16, 5))}),
)
"""Each writer's publisher (named in its DOCX's core properties), DOCX revision, last editor,
PDFs and DOCXs (a PDF's author comes from its HTML's meta)."""


if __name__ == "__main__":
    for author, revision, editor, pdfs, docxs in PUBLISHERS:
        make_held_out(__file__, pdfs, docxs, author=author, revision=revision,
                      last_modified_by=editor)
    sys.exit(0)
