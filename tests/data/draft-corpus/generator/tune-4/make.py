"""Regenerate the PDF and DOCX texts of the tune-4 set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's author (wt4) outside the repository; in the corpus it calls the shared
generator (whose DOCX builder learnt ``###`` headings for the briefing paper's numbered
subsections) and writes to ``tune-4/``.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/tune-4/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {"risk-tool-scoring-manual.html": "risk-tool-scoring-manual.pdf"}
DOCXS = {
    "parliamentary-briefing-paper.docx.md":
        ("parliamentary-briefing-paper.docx", dt.datetime(2025, 6, 9, 8, 30)),
}
AUTHOR = "House of Representatives Library, Commonwealth of Tessaly"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((AUTHOR, 3, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
