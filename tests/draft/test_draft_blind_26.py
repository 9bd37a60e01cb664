# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 26: layouts and sentences the twenty-third session's blind texts
showed the pipeline misreading, each on a short text of our own words with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import drafted_note

from curriculum.draft.cleaning import clean
from curriculum.draft.margins import margin_numbers
from curriculum.draft.reading import read_source

TRANSCRIPT = """IN THE COUNTY COURT AT MERLOW                 Case No. C2025/0042
(a training transcript: court, parties and statute are invented)

                          SENTENCING HEARING
              Before HIS HONOUR JUDGE ALDO PRENTISS
                   Friday 6 June 2025, Court 2

Counsel for the prosecution was Ms Ines Carbery; for the defendant,
Mr Samuel Holt. Margin references are PAGE:LINE.

                                                            Page 2

 2:1   THE CLERK:  The court is in session.
 2:2   JUDGE:  Thank you. Before I pass sentence I must
 2:3   explain the notification requirements. A registered
 2:4   offender must notify the police of any intended travel
 2:5   abroad at least seven days before departure, and must
 2:6   give the dates and the addresses where he will stay.

                                                            Page 3

 3:1   Failing to notify without reasonable excuse is an
 3:2   offence in its own right.
 3:3   MR HOLT:  I am grateful, Your Honour.
 3:4   JUDGE:  Mr Holt, does your client understand?
 3:5   MR HOLT:  He does. He has had the written notice.
 3:6   JUDGE:  Then the requirements apply from today.
"""


def _turns(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "transcript.txt"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    return [(b.speaker, " ".join(doc.display(b.start, b.end).split()))
            for b in clean(doc).blocks if b.speaker]


def test_a_transcripts_margin_numbers_and_page_breaks_leave_its_turns_whole(tmp_path: Path) -> None:
    """PAGE:LINE numbers in the margin are a locator: hidden, each speaker's turn reads as
    spoken, and a sentence cut by the page break ("Page 3") runs on over it."""
    assert _turns(tmp_path, TRANSCRIPT) == [
        ("THE CLERK", "The court is in session."),
        ("JUDGE", "Thank you. Before I pass sentence I must explain the notification requirements. A registered offender must notify the police of any intended travel abroad at least seven days before departure, and must give the dates and the addresses where he will stay. Failing to notify without reasonable excuse is an offence in its own right."),
        ("MR HOLT", "I am grateful, Your Honour."),
        ("JUDGE", "Mr Holt, does your client understand?"),
        ("MR HOLT", "He does. He has had the written notice."),
        ("JUDGE", "Then the requirements apply from today."),
    ]


def test_plain_line_numbers_are_a_margin_only_when_they_count_on_line_by_line() -> None:
    """A pleading's "1" to "6" down the margin is hidden; numbered paragraphs whose wrapped
    lines carry no number, and a short list of four, are left alone."""
    pleading = "".join(f"{n:>2}   line {n} of the pleading\n" for n in range(1, 7))
    assert [pleading[s:e].strip() for s, e in margin_numbers(pleading).numbers] == [str(n) for n in range(1, 7)]
    paragraphs = "".join(f"{n}   The {n}th point of the\n    submission, wrapped.\n" for n in range(1, 7))
    assert margin_numbers(paragraphs).numbers == []
    assert margin_numbers("".join(f"{n}   item\n" for n in range(1, 5))).numbers == []


def test_a_rule_spoken_in_a_numbered_transcript_is_asked_without_its_margin(tmp_path: Path) -> None:
    modules, _ = drafted_note(tmp_path, "transcript.txt", TRANSCRIPT)
    assert _prompts(modules) == [
        "A registered offender must notify the police of any intended travel abroad at least ____ days before departure, and must give the dates and the addresses where he will stay."]


def _prompts(modules: str) -> list[str]:
    """Every question's stem in drafted modules (``drafted_note``'s string of YAML files)."""
    docs = [yaml.safe_load("#" + part) for part in modules.split("# yaml-language-server")[1:]]
    return [" ".join(q["prompt"].split()) for d in docs for q in (d.get("quiz") or {}).get("questions", [])]
