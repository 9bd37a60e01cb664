"""Render this folder's HTML files to the PDFs the column tests read (WeasyPrint, the
corpus generator's ``make_pdf``): ``python tests/draft/data/columns/make.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "data" / "draft-corpus" / "generator"))

from make_corpus import make_pdf  # noqa: E402

if __name__ == "__main__":
    for source in sorted(HERE.glob("*.html")):
        make_pdf(source, source.with_suffix(".pdf"))
