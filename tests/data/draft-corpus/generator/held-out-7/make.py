"""Regenerate the PDF and DOCX texts of the seventh held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

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

# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher),
# PDFs, DOCXs.
PUBLISHERS = (
    ("Harrowfield Constabulary Policy Unit", 3, None,
     {"a4-safeguarding-practice-review-summary.html":
      "a4-safeguarding-practice-review-summary.pdf"},
     {"a1-force-general-order.docx.md":
      ("a1-force-general-order.docx", dt.datetime(2025, 6, 16, 9, 0))}),
    ("Kestrel Valley Police Child Online Protection Team", 3, None,
     {"b2-mla-request-guidance.html": "b2-mla-request-guidance.pdf"},
     {"b4-family-information-leaflet.docx.md":
      ("b4-family-information-leaflet.docx", dt.datetime(2025, 9, 15, 9, 0))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
