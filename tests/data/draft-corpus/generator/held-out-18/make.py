"""Regenerate the PDF and DOCX texts of the eighteenth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

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

# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher),
# PDFs, DOCXs.
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


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
