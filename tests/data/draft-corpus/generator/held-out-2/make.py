"""Regenerate the PDF and DOCX texts of the second held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-2/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

PDFS = {"sentencing-and-supervision-guide.html": "sentencing-and-supervision-guide.pdf"}
DOCXS = {
    "missing-and-trafficked-children-protocol.docx.md":
        ("missing-and-trafficked-children-protocol.docx", dt.datetime(2024, 6, 18, 9, 0)),
}
BODY = "Eastmoor Safeguarding Partnership"
"""The fictional publisher named in the DOCX's core properties."""
PUBLISHERS = ((BODY, 3, None, PDFS, DOCXS),)  # make_corpus.Publisher


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
