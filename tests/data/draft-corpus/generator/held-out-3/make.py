"""Regenerate the PDF and DOCX texts of the third held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's author (i9w3) with its own copy of the generator; in the corpus it
calls ``make_corpus.py``'s ``make_pdf``/``make_docx`` (same bytes, checked by sha256).

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-3/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {
    "victim-identification-training-handbook.html": "victim-identification-training-handbook.pdf",
}
DOCXS = {
    "offender-management-policy.docx.md":
        ("offender-management-policy.docx", dt.datetime(2025, 2, 3, 9, 0)),
}
AUTHOR = "Kestrel Valley Police, Public Protection Command"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((AUTHOR, 3, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
