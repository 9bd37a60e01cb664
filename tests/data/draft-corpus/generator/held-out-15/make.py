"""Regenerate the PDF and DOCX texts of the fifteenth held-out set from their sources here.

Why a script: the held-out set must contain real PDF and DOCX files (the formats authors
bring), made from our own texts, and anyone must be able to check that the binaries say
exactly what the sources in this folder say. The output is deterministic on one machine: the
PDF's dates (and its fonts' timestamps) come from the dcterms meta of its HTML and its
identifier from the source name; the DOCX has fixed core properties and fixed ZIP entry times.

Written by the set's two authors (w15a, w15b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-15/`` (each
fictional publisher keeps its own DOCX revision and last editor). No text was changed on
retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-15/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PUBLISHERS = (
    ("Office of the Auditor General of Northmere", 7, "Tomas Reinholt",
     {"a1-audit-office-missing-children-chapter.html":
      "a1-audit-office-missing-children-chapter.pdf"}, {}),
    ("Vetting and Barring Service", 14, "Gwen Abernethy", {},
     {"a2-employer-guide-record-checks-children.docx.md":
      ("a2-employer-guide-record-checks-children.docx", dt.datetime(2026, 2, 4, 10, 30))}),
    ("Aldermoor Criminal Injuries Compensation Authority", 3,
     "Aldermoor Criminal Injuries Compensation Authority",
     {"b1-compensation-scheme-child-victims-guide.html":
      "b1-compensation-scheme-child-victims-guide.pdf"}, {}),
    ("Norvale Public Prosecution Service", 23, "K. Vandersloot", {},
     {"b2-european-arrest-warrant-guide-child-sexual-offences.docx.md":
      ("b2-european-arrest-warrant-guide-child-sexual-offences.docx",
       dt.datetime(2025, 9, 4, 14, 30))}),
    ("Home Department, Government of Estmere", 2, "Public Protection Unit",
     {"b6-consultation-response-travel-notification.html":
      "b6-consultation-response-travel-notification.pdf"}, {}),
)
"""Each fictional publisher (named in its DOCX's core properties), DOCX revision, last
editor, PDFs and DOCXs."""


if __name__ == "__main__":
    for author, revision, editor, pdfs, docxs in PUBLISHERS:
        make_held_out(__file__, pdfs, docxs, author=author, revision=revision,
                      last_modified_by=editor)
    sys.exit(0)
