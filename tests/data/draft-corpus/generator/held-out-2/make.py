"""Regenerate the PDF and DOCX texts of the second held-out set from their sources here.

Why a script: the held-out set must contain real PDF and DOCX files (the formats authors
bring), made from our own texts, and anyone must be able to check that the binaries say
exactly what the sources in this folder say. The output is deterministic: document dates are
fixed (dcterms meta in the HTML, core properties for the DOCX), ZIP entry times are fixed and
the PDF identifier is derived from the source name, so two runs give byte-identical files.

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


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PDFS, DOCXS, author=BODY, revision=3))
