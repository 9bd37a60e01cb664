"""Regenerate the PDF and DOCX texts of the sixth held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's author (w6) outside the repository; in the corpus only its paths changed
(it imports ``make_corpus.py`` beside it and writes to ``held-out-6/``).

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-6/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {
    "online-child-protection-bill-explanatory-memorandum.html":
        "online-child-protection-bill-explanatory-memorandum.pdf",
}
DOCXS = {
    "travelling-offender-strategy-meeting-minutes.docx.md":
        ("travelling-offender-strategy-meeting-minutes.docx", dt.datetime(2025, 4, 2, 14, 0)),
}
AUTHOR = "Greyholm MAPPA Coordination Unit"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((AUTHOR, 2, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
