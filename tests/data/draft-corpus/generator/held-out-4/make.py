"""Regenerate the PDF and DOCX texts of the fourth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's author (i9w4) to run outside the repository; in the corpus it finds
``make_corpus.py`` beside its parent folder and writes to ``held-out-4/`` (same bytes,
checked by sha256).

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-4/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {
    "model-legislation-commentary.html": "model-legislation-commentary.pdf",
}
DOCXS = {
    "prosecutors-practice-note.docx.md":
        ("prosecutors-practice-note.docx", dt.datetime(2025, 1, 14, 9, 0)),
}
AUTHOR = "Office of the Director of Public Prosecutions, Policy Division"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((AUTHOR, 2, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
