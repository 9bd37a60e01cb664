"""Regenerate the PDF and DOCX texts of the fifth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's author (i9w5) outside the repository; in the corpus only its paths
changed (it imports ``make_corpus.py`` beside it and writes to ``held-out-5/``).

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-5/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {
    "covert-online-operations-guideline.html": "covert-online-operations-guideline.pdf",
}
DOCXS = {
    "information-sharing-agreement.docx.md":
        ("information-sharing-agreement.docx", dt.datetime(2025, 3, 20, 9, 0)),
}
AUTHOR = "Ashcombe and Vale MAPPA Strategic Management Board"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((AUTHOR, 3, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
