"""Regenerate the PDF and DOCX texts of the tune-5 set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's author (wt5) outside the repository; in the corpus it calls the shared
generator and writes to ``tune-5/``.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/tune-5/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {"sentencing-guideline-excerpt.html": "sentencing-guideline-excerpt.pdf"}
DOCXS = {"training-handout.docx.md": ("training-handout.docx", dt.datetime(2025, 9, 1, 9, 0))}
AUTHOR = "Northfell Police Training College"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((AUTHOR, 2, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
