"""Cue labels: who speaks, or what a line of a script is, never part of the sentence.

Transcripts, minutes, interview and e-learning scripts put a label in front of the text:
alone on the line before it ("NARRATION:", "ON SCREEN:", "Moderator:") or at the start of
the line, as initials or a role ("HV: Thank you, Dan.", "DCI M: We issue ...",
"Panellist 2 (prosecutor): The court ...", "SPEAKER A - The first ..."). Read as text, the
label heads the sentence's parse (every candidate "has no verb"), a definition under it is
missed, and facts quote it. Here it is cut off the block and kept as the block's
``speaker``, and the text after it is read as a normal sentence.

A label is recognised by its shape (one to five capitalised words, numbers or initials,
with an optional role in brackets, then a colon, or a dash for capitals) and by how the
document uses it, never by a list of words:

- alone on its line over a paragraph (a script's cue), or
- at the start of two or more lines (a dialogue's turns), or
- declared in a **speaker key**: "Assistant Chief Constable Helen Varga (HV)", "DCI M =
  Detective Chief Inspector of the Harbour unit", or
- in a document where some label heads two or more turns, any other label of the same
  shape (a panellist who speaks once);

and, at the start of a line, only when the text after it opens a sentence (a capital):
"Lesson: post the background early" is a note with its label, not a turn.

A label says who speaks until the next label or heading. A glossary's "Term: definition"
lines are each a different term, and a one-off "Decision: ..." or "Status: ..." is none of
the above, so both stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from curriculum.draft.lines import Line
from curriculum.draft.reading import SourceDoc

MIN_TURNS = 2
"""A label that heads this many lines is a dialogue's speaker, not a one-off key."""
_WORD = r"(?:[A-Z][\w.'&]*(?:-[\w.'&]+)*|\d{1,3}[A-Za-z]?)"
_CLOCK = r"\d{1,2}(?::\d{2}){1,2}"
STAMP = re.compile(r"[\[(]?" + _CLOCK + r"[\])]?")
"""A recording's time stamp ("[00:12]", "(01:02:03)", "12:03"): where a turn starts in the
audio, a locator like a paragraph number, never who speaks nor part of the sentence."""
_LABEL = re.compile(
    r"^[ \t]*(?:(?P<stamp>[\[(]" + _CLOCK + r"[\])]|" + _CLOCK + r")[ \t]*"
    r"(?:[-\u2013\u2014|][ \t]*)?)?"
    r"(?P<label>[A-Z][\w.'&]*(?:-[\w.'&]+)*(?:[ \t]+(?:of[ \t]+|the[ \t]+|and[ \t]+)?"
    + _WORD
    + r"){0,4}(?:[ \t]*\((?!" + _CLOCK + r"\))[^()\r\n]{1,50}\))?)"
    r"(?:[ \t]*(?P<after>[\[(]" + _CLOCK + r"[\])]))?"
    r"(?P<sep>[ \t]*:|[ \t]+-)(?:[ \t]+|$)(?P<rest>.*)$"
)
"""A cue label, with the time stamp a recording's transcript puts before or after it
("[00:12] PRIYA:", "00:12:03 - Dr Vos:", "Sam (04:10):"): the stamp is left out of the
label, so a speaker's turns count as one speaker whatever their times."""
_FAQ = re.compile(r"^(?:Q(?:uestion)?|A(?:nswer)?)\s*\d{0,3}$", re.I)
_KEY_EQUALS = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?P<code>[A-Z][\w.']*(?:[ \t]+[\w.']+){0,3})[ \t]*=[ \t]*"
    r"(?P<desc>[^\r\n=]{3,160}?)[ \t]*[.;]?[ \t]*$",
    re.M,
)
"""A speaker key line: "DCI M = Detective Chief Inspector of the Harbour unit"."""
_KEY_BRACKET = re.compile(
    r"(?P<desc>[A-Z][^;:()\r\n]{2,160}?(?:[\r\n]+[ \t]*[^;:()\r\n]{1,80}?)?)[ \t]*"
    r"\((?P<code>[A-Z][A-Za-z0-9.]{0,5}(?:[ \t][A-Z0-9][A-Za-z0-9.]{0,5})?)\)"
)
"""A speaker key entry: "Assistant Chief Constable Helen Varga (HV)"."""
_KEY_CAST = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,2}[ \t]*:[ \t]*"
    r"(?P<name>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,5})[ \t]*,[ \t]*"
    r"(?P<desc>[^\r\n]{3,200}?)[ \t]*$",
    re.M,
)
"""A cast line: "Guest: Detective Inspector Ana Reyes, Missing Persons Unit, Vale Police".
Its turns are labelled by a name's word ("REYES:", "Ana:"), so each word of the name keys
the whole entry."""


@dataclass
class Cue:
    """A label cut off the start of a line."""

    label: str
    """As written, without its colon: "HV", "Panellist 2 (prosecutor)", "NARRATION"."""
    text_start: int
    """Where the text after the label starts (the line's end for a label alone)."""
    alone: bool


@dataclass
class Cues:
    """The cue labels of one document, by the offset of their line's start."""

    at: dict[int, Cue] = field(default_factory=dict)
    persist: bool = False
    """Two or more different labels head the text (a dialogue or a script): a label then
    speaks until the next label or heading; otherwise only for its own paragraph (a
    recurring page footer "OFFICIAL: ..." speaks for nothing after it)."""
    key: dict[str, str] = field(default_factory=dict)
    """A speaker key: label (case-folded, role in brackets dropped) -> who it is."""


def norm(label: str) -> str:
    """The label compared across turns: "Panellist 2 (prosecutor)" is "panellist 2"."""
    return " ".join(re.sub(r"\([^()]*\)", " ", label).split()).casefold()


def _shown(doc: SourceDoc, line: Line) -> str:
    """The line with markup as spaces, the same length (offsets stay the file's)."""
    return doc.shown(line.start, line.end)


def speaker_key(doc: SourceDoc) -> dict[str, str]:
    """Who each code stands for, from "Name, role (CODE)" and "CODE = role" entries."""
    key: dict[str, str] = {}
    for match in _KEY_EQUALS.finditer(doc.text):
        key.setdefault(norm(match.group("code")), " ".join(match.group("desc").split()))
    for match in _KEY_BRACKET.finditer(doc.text):
        desc = " ".join(match.group("desc").split())
        key.setdefault(norm(match.group("code")), desc)
    shown = doc.shown()
    for match in _KEY_CAST.finditer(shown):
        name = " ".join(match.group("name").split())
        entry = f"{name}, {' '.join(match.group('desc').split())}"
        for word in [name, *name.split()]:
            key.setdefault(norm(word), entry)
    return key


def _candidate(doc: SourceDoc, line: Line) -> tuple[re.Match[str], bool] | None:
    """A label of the right shape at the start of a paragraph line (or of a question
    heading or a header line, which only count as turns), and whether it stands alone.
    A dash follows only a label in capitals ("SPEAKER A - ...")."""
    if line.kind not in ("para", "label", "heading", "metadata"):
        return None
    shown = _shown(doc, line)
    match = _LABEL.match(shown)
    if match is None or (_FAQ.match(match.group("label")) and not _QUESTIONER.match(
            match.group("label"))):
        return None  # an FAQ's "A:" is a locator (``cleaning``); its "Q:" is weighed below
    label, rest = match.group("label"), match.group("rest").strip()
    if match.group("sep").strip() == "-" and (not rest or re.sub(r"\([^()]*\)", "", label)
                                              != re.sub(r"\([^()]*\)", "", label).upper()):
        return None
    if rest.endswith(":") and len(rest.split()) <= 6:
        return None  # "Venue: Room 3:" or a key-value pair, not a turn
    return match, not rest


def find_cues(doc: SourceDoc, lines: list[Line]) -> Cues:
    """Every line whose start is a cue label (see the module docstring)."""
    found: list[tuple[int, re.Match[str], bool]] = []
    for index, line in enumerate(lines):
        got = _candidate(doc, line)
        if got is not None:
            found.append((index, *got))
    key = speaker_key(doc)
    counts: dict[str, int] = {}
    for _, match, _ in found:
        counts[norm(match.group("label"))] = counts.get(norm(match.group("label")), 0) + 1
    dialogue = any(n >= MIN_TURNS for n in counts.values())
    talk = conversation(counts)
    if not talk:  # an FAQ's "Q:" heads its answer (``layout.question_heading``)
        found = [f for f in found if not _QUESTIONER.match(f[1].group("label"))]
    cues = Cues(key={k: v for k, v in key.items() if k in counts})
    for index, match, alone in found:
        label = " ".join(match.group("label").split())
        name = norm(label)
        if lines[index].kind == "metadata" or (lines[index].kind == "heading" and not (
                talk and _plain(doc, lines[index]) and (counts[name] >= MIN_TURNS or name in key
                                                        or _QUESTIONER.match(name)))):
            continue  # a header line, a marked-up heading or a heading with a label of its
            # own ("TRANSCRIPT - MEDIA BRIEFING") only counts as a turn
        line = lines[index]
        if alone:
            after = _next_content(lines, index)
            if after is None or after.kind not in ("para", "label"):
                continue  # a list's lead-in
            if _candidate(doc, after) is not None:
                continue  # a label over another label
        elif not _opens(match) or (counts[name] < MIN_TURNS and name not in key
                                   and not dialogue):
            continue  # "Lesson: post the background ...": a label of a note, kept with it
        start = line.start + (match.start("rest") if not alone else len(_shown(doc, line)))
        cues.at[line.start] = Cue(label, start, alone)
    cues.persist = len({norm(c.label) for c in cues.at.values()}) >= MIN_TURNS
    return cues


def _opens(match: re.Match[str]) -> bool:
    """The text after the label opens a sentence ("Panellist 2: The court ..."), not a
    value or a note ("Status: approved at meeting 8", "Lesson: post the background ...").
    A turn may open on the dash or dots of an interruption ("SIO: -- I'm not going ...")."""
    rest = match.group("rest").strip()
    if _INTERRUPTED.match(rest):
        return True  # "Q3: -- just, is he known to police?": a turn cut into
    return bool(rest) and (rest[0].isupper() or rest[0] in "\"'([")


_INTERRUPTED = re.compile(r"^(?:--+|[\u2013\u2014]|\.{3}|\u2026)[ \t]*")
_QUESTIONER = re.compile(r"^Q(?:uestion)?[ \t]*\d{0,3}$", re.I)
"""A questioner's label in a transcript ("Q5:", "Q:"), an FAQ's question label elsewhere."""


def conversation(counts: dict[str, int]) -> bool:
    """Two or more speakers other than a questioner ("Q5") each head two turns or more: a
    transcript or a script, where "Q5: Will there be ...?" is a journalist's turn, not an
    FAQ's heading over the next answer."""
    return sum(1 for label, n in counts.items()
               if n >= MIN_TURNS and not _QUESTIONER.match(label)) >= MIN_TURNS


def _plain(doc: SourceDoc, line: Line) -> bool:
    """A heading read from its shape alone (a question line, a short line), not marked up
    as one ("## ...", a DOCX or HTML heading)."""
    return line.start not in doc.heading_starts and not doc.text[
        line.start : line.end].lstrip().startswith("#")


def labelled_turn(text: str) -> bool:
    """A line that opens with a speaker's label and goes on with what is said ("HV: Sorry,
    can you use the microphone?", "JOURNALIST: Will there be an alert?"): a turn of a
    dialogue, whatever it asks, never an FAQ's heading. An FAQ's own "Q:" or "Q3." is not
    a speaker (``layout.question_text`` reads the question without it)."""
    match = _LABEL.match(text)
    return match is not None and not _FAQ.match(match.group("label")) and _opens(match)


def _next_content(lines: list[Line], index: int) -> Line | None:
    for after in lines[index + 1 :]:
        if after.kind != "blank":
            return after
    return None
