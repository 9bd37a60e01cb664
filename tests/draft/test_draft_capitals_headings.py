# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 24 (structure): a plain text's numbered section heading in capitals
("2. KEY TASKS") right over its text, with no blank line or rule under it, is a heading,
not a one-item list: the duties under it are the post holder's, as under an underlined
"3. MAIN DUTIES" (blind review 23, a5). A numbered line in capitals over more capitals (a
telegram-style message) is left as it was. On short texts of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.analysis import analyse
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

_JOB = """COASTAL POLICE SERVICE
JOB DESCRIPTION: ONLINE CHILD EXPLOITATION INVESTIGATOR

1. PURPOSE OF THE JOB
The investigator investigates online child sexual exploitation and abuse.

2. KEY TASKS
  a) Review every CyberTipline referral within 24 hours of receipt and grade its risk to the child.
  b) Refer a child at immediate risk to the duty inspector within 1 hour.
  c) Send preservation requests to service providers within 48 hours of identifying an account.
"""


def test_a_numbered_heading_in_capitals_over_its_text_is_a_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _JOB, matcher, name="job.txt")
    asked = [q.prompt for q in kept + below if "duty inspector" in q.prompt]
    assert asked and all(p.startswith("The post holder must refer a child at immediate risk") for p in asked), prompts(kept + below)


def test_a_numbered_line_in_capitals_over_capitals_is_not_a_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("URGENT DIFFUSION\n\n1. SUMMARY\nMISSING CHILD AGED 7 LAST SEEN AT THE FERRY TERMINAL.\n\n"
            "2. REQUEST\nPlease search the ferry passenger lists within 24 hours.\n")
    path = tmp_path / "diffusion.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    headings = {s.heading for s in analysis.sentences}
    assert "2. REQUEST" in headings or "REQUEST" in headings, headings
    assert not {h for h in headings if "SUMMARY" in h}, headings
