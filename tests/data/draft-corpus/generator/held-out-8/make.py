"""Regenerate the PDF and DOCX texts of the eighth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w8a, w8b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus the two halves are one script (each half keeps its own fictional
publisher and DOCX revision) that writes to ``held-out-8/``. One change on retirement: the
treaty's official title in a2's heading is quoted (it holds terms the content brief avoids).

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-8/make.py
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
    ("Marlow Vale Police Online Child Sexual Exploitation Team", 3, None,
     {"a2-committee-concluding-observations.html": "a2-committee-concluding-observations.pdf"},
     {"a3-operational-briefing.docx.md":
      ("a3-operational-briefing.docx", dt.datetime(2025, 10, 10, 9, 0))}),
    ("Westmarch Police Public Protection Command", 2, None,
     {"b3-code-of-practice.html": "b3-code-of-practice.pdf"},
     {"b4-internal-memo.docx.md": ("b4-internal-memo.docx", dt.datetime(2025, 8, 4, 9, 0))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
