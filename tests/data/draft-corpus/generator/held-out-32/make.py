"""Regenerate the PDF and DOCX texts of the thirty-second held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w32a, w32b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-32/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-32/make.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import make_held_out  # the corpus's one generator

# Each a make_corpus.Publisher: name, DOCX revision, last editor (None: the publisher;
# "": none named), PDFs, DOCXs.
PUBLISHERS = (
    ("Okehurst Constabulary, Public Protection Command", 4, "Maren Oduya",
     {"a1-university-module-descriptor-online-exploitation.html":
      "a1-university-module-descriptor-online-exploitation.pdf"},
     {"a2-peer-support-scheme-guidance-trim-online-exploitation-unit.docx.md":
      ("a2-peer-support-scheme-guidance-trim-online-exploitation-unit.docx",
       dt.datetime(2025, 3, 3, 9, 30))}),
    ("Lyndmere Children's Safeguarding Partnership, Business Support", 6, "Jessamy Amberley-Fox",
     {"b1-recruitment-brochure-child-exploitation-unit.html":
      "b1-recruitment-brochure-child-exploitation-unit.pdf",
      "b6-conference-proceedings-short-paper-vid-wellbeing.html":
      "b6-conference-proceedings-short-paper-vid-wellbeing.pdf"},
     {"b2-strategy-meeting-action-log-missing-child.docx.md":
      ("b2-strategy-meeting-action-log-missing-child.docx", dt.datetime(2026, 11, 9, 15, 20))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
