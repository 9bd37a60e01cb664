"""Regenerate the PDF and DOCX texts of the seventh held-out set from their sources here.

Why a script: the held-out set must contain real PDF and DOCX files (the formats authors
bring), made from our own texts, and anyone must be able to check that the binaries say
exactly what the sources in this folder say. The output is deterministic on one machine: the
PDF's dates (and its fonts' timestamps) come from the dcterms meta of its HTML and its
identifier from the source name; the DOCX has fixed core properties and fixed ZIP entry times.

Written by the set's two authors (w7a, w7b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus the two halves are one script (each half keeps its own fictional
publisher) that writes to ``held-out-7/``.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-7/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

HALVES = (
    ("Harrowfield Constabulary Policy Unit",
     {"a4-safeguarding-practice-review-summary.html":
      "a4-safeguarding-practice-review-summary.pdf"},
     {"a1-force-general-order.docx.md":
      ("a1-force-general-order.docx", dt.datetime(2025, 6, 16, 9, 0))}),
    ("Kestrel Valley Police Child Online Protection Team",
     {"b2-mla-request-guidance.html": "b2-mla-request-guidance.pdf"},
     {"b4-family-information-leaflet.docx.md":
      ("b4-family-information-leaflet.docx", dt.datetime(2025, 9, 15, 9, 0))}),
)
"""Each half's fictional publisher (named in its DOCX's core properties), PDFs and DOCXs."""


if __name__ == "__main__":
    for author, pdfs, docxs in HALVES:
        make_held_out(__file__, pdfs, docxs, author=author, revision=3)
    sys.exit(0)
