"""Caption files (SubRip ``.srt``, WebVTT ``.vtt``, or either saved as ``.txt``) read as speech.

A training video's captions are a source authors bring, but a caption file cuts every
sentence into numbered, timed cues of one or two short lines. Read as plain text, each cue
is a paragraph, so a stem ends where a cue ends ("The accepted principles of ____ say that no
action."), and a speaker's label ("SGT MARSH:") looks like a header line. Read as what it is,
the cues' words are joined into one paragraph per speaker's turn, and what is not speech
(cue numbers, timings, WebVTT's header, notes and styles, markup tags, positioning codes and
descriptions of sounds such as "[SOFT MUSIC]") is left out. The speaker's label is left out
of the paragraph too: it names who speaks, not what is said. The result is written beside the
drafts like a PDF's text (``reading.py``), so every quote stays checkable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.draft.extracted import Extracted, refuse

CAPTION_SUFFIXES = frozenset({".srt", ".vtt"})

_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
_TIMING = re.compile(rf"^\s*({_TIME})\s*-->\s*({_TIME})(?:\s.*)?$")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_TAG = re.compile(r"</?(?:[biu]|c(?:\.[\w.-]+)?|ruby|rt|lang(?:\s[^>]*)?"
                  r"|v(?:\.[\w.-]+)?(?:\s[^>]*)?|\d{1,2}:[\d:.]+)>")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_POSITION = re.compile(r"\{\\[^}]*\}")
_SOUND = re.compile(r"^\s*(?:\[[^\]]*\]|\([^)]*\)|[\u266a\u266b#*]+.*)\s*$")
"""A line that is only a description of sound or music: "[SOFT MUSIC]", "(applause)", "♪ ..."."""
_SPEAKER = re.compile(r"^\s*(?:-\s*)?((?:[A-Z][A-Z'.\-]*\s?){1,4}(?:\s?\d)?)\s*:\s+(?=\S)")
"""A speaker's label in capitals at a line's start ("NARRATOR: ", "SGT MARSH: ", "DR ADEYEMI: ")."""
_TURN = re.compile(r"^\s*(?:>>+|-)\s+")
"""A new speaker with no name: ">> " (broadcast captions) or "- " (two speakers in one cue)."""
_BROKEN = re.compile(r"\w-$")
"""A line that ends inside a hyphenated word ("research-" / "based"): captions never split
a word at a hyphen they add, so the hyphen is the word's own and the line joins with no space."""
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d)\]]*$")
_PAUSE = 2.0
"""Seconds of silence after a finished sentence that end a paragraph (a new scene or topic)."""


@dataclass
class _Cue:
    start: float
    end: float
    lines: list[str]


@dataclass
class _Turn:
    speaker: str
    words: list[str] = field(default_factory=list)


def is_captions(path: Path, text: str) -> bool:
    """A caption file: by its suffix, by WebVTT's signature, or (a ``.txt`` export) because
    most of its blocks are cues with a timing line."""
    if path.suffix.lower() in CAPTION_SUFFIXES or text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    blocks = [b for b in _BLOCK_BREAK.split(text.replace("\r\n", "\n")) if b.strip()]
    timed = sum(1 for b in blocks if any(_TIMING.match(line) for line in b.split("\n")[:3]))
    return timed >= 3 and timed >= 0.6 * len(blocks)


def extract_captions(path: Path, text: str) -> Extracted:
    """The speech of a caption file as paragraphs of Markdown, one per speaker's turn."""
    cues = _cues(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    turns = _turns(cues)
    paragraphs = [" ".join(t.words) for t in turns if t.words]
    if not paragraphs:
        raise refuse(path, "this caption file holds no caption text", "draft-no-text")
    body = "\n\n".join(_escape(p) for p in paragraphs) + "\n"
    speakers = sorted({t.speaker for t in turns if t.speaker})
    who = f", speakers {', '.join(speakers)}" if speakers else ""
    note = (
        f"read as captions: {len(cues)} cues joined into {len(paragraphs)} paragraphs{who}; "
        "cue numbers, timings, speaker labels and sound descriptions left out"
    )
    return Extracted("captions", body, notes=[(0, note)])


def _cues(text: str) -> list[_Cue]:
    cues = []
    for block in _BLOCK_BREAK.split(text):
        lines = block.split("\n")
        for index, line in enumerate(lines[:3]):
            timing = _TIMING.match(line)
            if timing:
                start, end = (_seconds(timing.group(i)) for i in (1, 2))
                cues.append(_Cue(start, end, [x for x in lines[index + 1:] if x.strip()]))
                break
    return cues


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    return float(sum(float(p) * 60**i for i, p in enumerate(reversed(parts))))


def _turns(cues: list[_Cue]) -> list[_Turn]:
    """Cue lines joined into turns: a new turn at every speaker's label or dash, at a WebVTT
    voice other than the current one (a voice tag is repeated on each of its cues), and after
    a finished sentence followed by a pause or a sound description."""
    turns = [_Turn("")]
    last_end = None
    for cue in cues:
        if last_end is not None and cue.start - last_end >= _PAUSE and _finished(turns[-1]):
            turns.append(_Turn(turns[-1].speaker))
        last_end = cue.end
        for raw in cue.lines:
            _add_line(turns, raw)
    return turns


def _add_line(turns: list[_Turn], raw: str) -> None:
    voice = _VOICE.search(raw)
    line = _POSITION.sub("", _TAG.sub("", raw)).strip()
    if not line or _SOUND.match(line):
        if _finished(turns[-1]):
            turns.append(_Turn(turns[-1].speaker))
        return
    speaker = _SPEAKER.match(line)
    if speaker:
        line = line[speaker.end():]
        turns.append(_Turn(speaker.group(1).strip()))
    elif voice and voice.group(1).strip() != turns[-1].speaker:
        turns.append(_Turn(voice.group(1).strip()))
    elif _TURN.match(line):
        line = _TURN.sub("", line, count=1)
        turns.append(_Turn(""))
    words = turns[-1].words
    line = " ".join(line.split())
    if words and _BROKEN.search(words[-1]) and line[:1].isalpha():
        words[-1] += line
    else:
        words.append(line)


def _finished(turn: _Turn) -> bool:
    return not turn.words or bool(_SENTENCE_END.search(turn.words[-1]))


def _escape(paragraph: str) -> str:
    """Speech as Markdown text: a paragraph that would open a heading, a list or a quote in
    Markdown ("# 1 priority", "1. First", "> ") is escaped, so it stays a paragraph."""
    paragraph = re.sub(r"^(\d+)([.)]\s)", r"\1\\\2", paragraph)
    return re.sub(r"^(#|>|[-+*]\s)", r"\\\1", paragraph)
