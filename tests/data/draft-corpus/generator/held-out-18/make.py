"""Regenerate the PDF and DOCX texts of the eighteenth held-out set from their sources here.

Why a script: the held-out set must contain real PDF and DOCX files (the formats authors
bring), made from our own texts, and anyone must be able to check that the binaries say
exactly what the sources in this folder say. The output is deterministic on one machine: the
PDF's dates (and its fonts' timestamps) come from the dcterms meta of its HTML and its
identifier from the source name; the DOCX has fixed core properties and fixed ZIP entry times.

Written by the set's two authors (w18a, w18b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-18/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-18/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PUBLISHERS = (
    ("Department of Home Affairs and Public Protection, Republic of Ardenvale", 4,
     "H. Marchetti",
     {"a1-treaty-body-views-individual-communication.html":
      "a1-treaty-body-views-individual-communication.pdf"},
     {"a2-ministerial-submission-offender-travel.docx.md":
      ("a2-ministerial-submission-offender-travel.docx", dt.datetime(2026, 3, 4, 16, 40))}),
    ("University of Ravensholt, Faculty of Social Sciences", 4, "O. Petrakis",
     {"b1-internal-audit-seized-digital-devices.html":
      "b1-internal-audit-seized-digital-devices.pdf",
      "b6-general-comment-law-enforcement-digital-environment.html":
      "b6-general-comment-law-enforcement-digital-environment.pdf"},
     {"b2-research-ethics-application-investigator-interviews.docx.md":
      ("b2-research-ethics-application-investigator-interviews.docx",
       dt.datetime(2026, 2, 9, 17, 40))}),
)
"""Each writer's publisher (named in its DOCX's core properties), DOCX revision, last editor,
PDFs and DOCXs (a PDF's author comes from its HTML's meta)."""


if __name__ == "__main__":
    for author, revision, editor, pdfs, docxs in PUBLISHERS:
        make_held_out(__file__, pdfs, docxs, author=author, revision=revision,
                      last_modified_by=editor)
    sys.exit(0)
