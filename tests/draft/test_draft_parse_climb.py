# ruff: noqa: E501  (the parsed text is kept whole)
"""A parse whose first token is a run of spaces, its own head under the label "dep" (not
"ROOT"), as spaCy gives for a PDF line that opens with spaces: reading its words must end.
Before the fix the climb to the root compared Token objects by identity and never stopped, so
``curriculum draft`` ran forever on such a PDF (held-out-29 b1). The check runs in a child
process with a time limit, so a regression fails instead of hanging the suite."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
from curriculum.draft import nlp
from curriculum.draft.themes import doc_words
text = "  of the harbour joint panel on child exploitation and missing children. harbour joint panel on child exploitation and missing"
doc = nlp.parse([text])[0]
assert doc[0].head.i == 0 and doc[0].dep_ != "ROOT", [(t.text, t.dep_, t.head.i) for t in doc][:3]
words = doc_words(doc, 0)
print(len(words))
"""


def test_a_token_that_is_its_own_head_without_root_ends_the_climb() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 10
