"""Regenerate the PDF and DOCX texts of the twenty-fourth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w24a, w24b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-24/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-24/make.py
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
    ("Policing and Child Safeguarding Review, Editorial Office", 2, "",
     {"a1-counsel-opinion-jurisdiction-live-streaming.html":
      "a1-counsel-opinion-jurisdiction-live-streaming.pdf"},
     {"a2-peer-review-report-victim-identification.docx.md":
      ("a2-peer-review-report-victim-identification.docx", dt.datetime(2026, 9, 3, 11, 5))}),
    ("Carrow Estuary Police, Covert Authorities Bureau", 5, "H. Quist",
     {"b1-prosecution-skeleton-argument-unduly-lenient-sentence.html":
      "b1-prosecution-skeleton-argument-unduly-lenient-sentence.pdf",
      "b6-peer-review-mutual-evaluation-report-chapter.html":
      "b6-peer-review-mutual-evaluation-report-chapter.pdf"},
     {"b2-online-covert-operation-authorisation-application.docx.md":
      ("b2-online-covert-operation-authorisation-application.docx",
       dt.datetime(2026, 11, 10, 14, 25))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
