# ruff: noqa: E501  (expected texts are kept whole so they read as the file holds them)
"""Issue #9, blind review 21: a caption file (SubRip, WebVTT, or either saved as text) is read
as speech, one paragraph per speaker's turn, not one paragraph per timed cue; its cue
numbers, timings, labels, tags and sound descriptions are left out, and the text the drafts
cite is written beside them (``captions.py``). Short texts of our own."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from draft_fixtures import REPO, drafted_note, run

from curriculum.draft.reading import read_source

_SRT = """1
00:00:00,800 --> 00:00:02,400
[GENTLE MUSIC]

2
00:00:02,900 --> 00:00:05,100
TRAINER: Every report of a missing
child is taken at once. There is

3
00:00:05,200 --> 00:00:08,000
no waiting period before a report
is accepted, whatever the child's age.

4
00:00:08,100 --> 00:00:10,300
- Even if the child often goes missing?
- Even then. A risk-

5
00:00:10,400 --> 00:00:12,900
based grading follows the report.

6
00:00:16,000 --> 00:00:19,500
Officers must refer the report to the
on-call investigator within 2 hours.
"""

_SRT_SPEECH = (
    "Every report of a missing child is taken at once. There is no waiting period before a "
    "report is accepted, whatever the child's age.\n\n"
    "Even if the child often goes missing?\n\n"
    "Even then. A risk-based grading follows the report.\n\n"
    "Officers must refer the report to the on-call investigator within 2 hours.\n")

_VTT = """WEBVTT - induction module

STYLE
::cue { color: white; }

NOTE This file was checked by the captioning team.

intro-1
00:01.000 --> 00:04.000 align:start position:10%
<v Duty Inspector>Preserve the device <i>exactly</i> as found.</v>

00:04.500 --> 00:07.000
{\\an8}<v Duty Inspector>Keep a record of
everyone who handles it.</v>

00:07.200 --> 00:09.000
>> Thank you, Inspector.
"""


def _read(tmp_path: Path, name: str, text: str) -> tuple[str, str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path, tmp_path / "out" / f"{name}.md")
    assert doc.origin is not None and doc.origin.rel == name
    return doc.raw, doc.origin.fmt


def test_subrip_cues_become_speakers_turns(tmp_path: Path) -> None:
    assert _read(tmp_path, "video.srt", _SRT) == (_SRT_SPEECH, "captions")


def test_webvtt_headers_notes_styles_voices_and_tags_are_left_out(tmp_path: Path) -> None:
    speech = ("Preserve the device exactly as found. Keep a record of everyone who handles it.\n\n"
              "Thank you, Inspector.\n")
    assert _read(tmp_path, "video.vtt", _VTT) == (speech, "captions")


def test_captions_saved_as_text_are_found_by_their_cues(tmp_path: Path) -> None:
    assert _read(tmp_path, "captions-export.txt", _SRT) == (_SRT_SPEECH, "captions")


def test_a_text_that_quotes_one_timing_line_is_still_a_text(tmp_path: Path) -> None:
    text = ("Minutes of the review\n\nThe recording ran 00:00:01,000 --> 00:05:00,000 and was kept.\n\n"
            "Officers must refer a report within 2 hours.\n")
    path = tmp_path / "minutes.txt"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    assert doc.origin is None and doc.raw == text


def test_a_drafted_question_reads_across_cues_and_its_text_is_written_beside_the_drafts(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "first-response.srt", _SRT)
    assert "Officers must refer the report to the on-call investigator within ____ hours." in modules
    assert "read as captions: 6 cues joined into 4 paragraphs, speakers TRAINER; cue numbers, timings, speaker labels and sound descriptions left out" in audit
    written = tmp_path / "drafts" / "sources" / "first-response.srt.md"
    assert written.read_text("utf-8") == _SRT_SPEECH


def test_a_caption_file_with_no_speech_is_a_located_error(tmp_path: Path) -> None:
    shutil.copyfile(REPO / "curriculum.yaml", tmp_path / "curriculum.yaml")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "silent.srt").write_text(
        "1\n00:00:01,000 --> 00:00:03,000\n[MUSIC]\n\n2\n00:00:03,500 --> 00:00:05,000\n(applause)\n", "utf-8")
    here = Path.cwd()
    try:
        os.chdir(tmp_path)
        result = run("draft", "sources/silent.srt", "--out", "drafts")
    finally:
        os.chdir(here)
    assert result.exit_code != 0
    assert "sources/silent.srt: error: this caption file holds no caption text" in result.output
    assert not (tmp_path / "drafts").exists()
