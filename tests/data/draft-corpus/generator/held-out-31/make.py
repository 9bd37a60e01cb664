"""Regenerate the PDF and DOCX texts of the thirty-first held-out set from their sources here.

Why a script, and how its bytes stay the same from run to run: ``make_corpus.py``,
whose ``make_held_out`` this script calls with the set's data.

Written by the set's two authors (w31a, w31b) outside the repository as ``make-a.py`` and
``make-b.py``; in the corpus they are one script that writes to ``held-out-31/`` (each
writer's fictional publisher keeps its own DOCX revision and last editor). No text was changed
on retirement.

Run (read-only use of the project's venv, which has WeasyPrint and python-docx)::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-31/make.py
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
    ("Glenharrow Police Service, International Deployment Unit", 4, "Mirela Okoye-Brandt",
     {"a1-police-budget-estimates-child-protection-programme.html":
      "a1-police-budget-estimates-child-protection-programme.pdf"},
     {"a2-pre-deployment-briefing-pack-liaison-post.docx.md":
      ("a2-pre-deployment-briefing-pack-liaison-post.docx", dt.datetime(2027, 9, 14, 9, 30))}),
    ("Quendal University, Centre for Safeguarding Research", 3, "Dr Ines Calderholt-Mwangi",
     {"b1-business-continuity-plan-child-abuse-reporting-line.html":
      "b1-business-continuity-plan-child-abuse-reporting-line.pdf",
      "b6-council-scrutiny-committee-report-missing-trafficked-children.html":
      "b6-council-scrutiny-committee-report-missing-trafficked-children.pdf"},
     {"b2-research-interview-topic-guide-missing-trafficked-children.docx.md":
      ("b2-research-interview-topic-guide-missing-trafficked-children.docx",
       dt.datetime(2026, 3, 3, 10, 30))}),
)


if __name__ == "__main__":
    sys.exit(make_held_out(__file__, PUBLISHERS))
