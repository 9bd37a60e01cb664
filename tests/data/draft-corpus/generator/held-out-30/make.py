"""Regenerate the PDF and DOCX texts of the thirtieth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w30a, w30b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-30/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-30/make.py
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
    ("Kittiwake Children's Trust, Policy and Public Affairs", 5, "Delphine Asante-Marlow",
     {"a1-practice-direction-child-witnesses.html": "a1-practice-direction-child-witnesses.pdf"},
     {"a2-charity-consultation-response.docx.md":
      ("a2-charity-consultation-response.docx", dt.datetime(2026, 6, 26, 15, 42))}),
    ("Corriebrook Constabulary, Strategic Planning Unit", 5, "Delphine Ashworth-Nkemelu",
     {"b1-post-legislative-scrutiny-memorandum-travel-act.html":
      "b1-post-legislative-scrutiny-memorandum-travel-act.pdf",
      "b6-patent-application-missing-child-alert-system.html":
      "b6-patent-application-missing-child-alert-system.pdf"},
     {"b2-force-management-statement-csae-extract.docx.md":
      ("b2-force-management-statement-csae-extract.docx", dt.datetime(2026, 5, 30, 9, 0))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
