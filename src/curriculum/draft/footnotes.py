"""Footnotes: markers out of the sentences, note texts kept and tied to their markers.

A marker glued into a stem ("officers[^1] were trained", "officers1 were trained") is
noise a learner reads; a note's text dropped as a link definition is material lost
without trace. Markers are found here so the markup stripper can blank them, and each
note's text becomes a :class:`Footnote` the cleaner turns into a block of its own,
labelled and pointing back at the line of its first marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Footnote:
    """One note: its label, its text's offsets and the offsets of its markers."""

    label: str
    start: int
    end: int
    refs: list[int] = field(default_factory=list)


@dataclass
class Found:
    """Footnotes, and the spans the stripper must blank (markers, note prefixes)."""

    notes: list[Footnote] = field(default_factory=list)
    hide: list[tuple[int, int]] = field(default_factory=list)


_MD_REF = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")
_MD_DEF = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*", re.M)
_INDENTED = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]+\S[^\r\n]*)")


def markdown_footnotes(text: str) -> Found:
    """``[^label]`` markers and ``[^label]: text`` notes (indented lines continue a note)."""
    found = Found()
    by_label: dict[str, Footnote] = {}
    for match in _MD_DEF.finditer(text):
        end = _line_end(text, match.end())
        while (more := _INDENTED.match(text, end)) is not None:
            end = more.end()
        note = Footnote(match.group("label"), match.end(), end)
        by_label.setdefault(note.label, note)
        found.notes.append(note)
        found.hide.append((match.start(), match.end()))
    for match in _MD_REF.finditer(text):  # "(?!:)": a note's own label is not a marker
        found.hide.append((match.start(), match.end()))
        if match.group("label") in by_label:
            by_label[match.group("label")].refs.append(match.start())
    return found


_PLAIN_LABEL = r"(?:\d{1,3}|[a-z]|\*{1,3}|\u2020|\u2021)"
_PLAIN_DEF = re.compile(r"^ {0,3}\[(?P<label>" + _PLAIN_LABEL + r")\][ \t]+(?=\S)", re.M)
_PLAIN_REF = re.compile(r"(?<=[^\s\[(])\[(?P<label>" + _PLAIN_LABEL + r")\]")
"""A marker is glued to the word or mark before it ("2018.[3]", "cases[a]"); a
paragraph's own number ("[12] The court ...") opens its line and is no marker."""
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u2070"
_SUP_DEF = re.compile(r"^ {0,3}(?P<label>[" + _SUPERSCRIPTS + r"]{1,3})[ \t]+(?=\S)", re.M)
_SUP_REF = re.compile(r"(?<=[^\s" + _SUPERSCRIPTS + r"])(?P<label>[" + _SUPERSCRIPTS + r"]{1,3})")


def plain_footnotes(text: str) -> Found:
    """Plain text's notes: ``[3]`` or ``\u00b3`` glued after a word, with a line ``[3] note``
    (or ``\u00b3 note``) after it that starts the note.

    A marker counts only when a note with its label follows it, and a note only when a
    marker before it points at it: a bracketed number alone is a paragraph number, a
    citation or a list item, and is left as it is.
    """
    found = Found()
    for definition, reference in ((_PLAIN_DEF, _PLAIN_REF), (_SUP_DEF, _SUP_REF)):
        refs: dict[str, list[tuple[int, int]]] = {}
        for match in reference.finditer(text):
            refs.setdefault(match.group("label"), []).append((match.start(), match.end()))
        for match in definition.finditer(text):
            before = [r for r in refs.get(match.group("label"), []) if r[0] < match.start()]
            if not before:
                continue
            end = _line_end(text, match.end())
            while (more := _INDENTED.match(text, end)) is not None:
                end = more.end()
            found.notes.append(Footnote(match.group("label"), match.end(), end,
                                        [start for start, _ in before]))
            found.hide.append((match.start(), match.end()))
            found.hide += before
            refs[match.group("label")] = [r for r in refs[match.group("label")] if r not in before]
    found.notes.sort(key=lambda n: n.start)
    found.hide = sorted(set(found.hide))
    return found


def _line_end(text: str, offset: int) -> int:
    found = re.compile(r"\r|\n").search(text, offset)
    return found.start() if found else len(text)


_SUP = re.compile(r"<sup\b[^>]*>(?P<body>.*?)</sup\s*>", re.I | re.S)
_HREF = re.compile(r"href\s*=\s*[\"']#(?P<target>[^\"']+)[\"']", re.I)
_SHORT = re.compile(r"^\s*[\[(]?\s*[\w*\u2020\u2021]{1,4}\s*[\])]?\s*$")
_REF_LINK = re.compile(
    r"<a\b[^>]*href\s*=\s*[\"']#(?P<target>(?:fn|footnote|note|endnote)[^\"']*)[\"'][^>]*>"
    r"(?P<body>.*?)</a\s*>",
    re.I | re.S,
)
_BACKLINK = re.compile(
    r"<a\b[^>]*href\s*=\s*[\"']#(?:fnref|footnote-ref|ref|noteref)[^\"']*[\"'][^>]*>.*?</a\s*>"
    r"|<a\b[^>]*>\s*(?:\u21a9\ufe0e?|\^|&#8617;|&#x21a9;)\s*</a\s*>",
    re.I | re.S,
)
_TAGS = re.compile(r"<[^>]*>")


def html_footnotes(text: str) -> Found:
    """``<sup>`` markers (and ``#fn`` links), and the elements they point at by ``id``."""
    found = Found()
    targets: dict[str, list[int]] = {}
    taken: list[tuple[int, int]] = []
    for match in _SUP.finditer(text):
        body = match.group("body")
        if not _SHORT.match(_TAGS.sub("", body)):
            continue
        found.hide.append((match.start(), match.end()))
        taken.append((match.start(), match.end()))
        href = _HREF.search(body)
        if href is not None:
            targets.setdefault(href.group("target"), []).append(match.start())
    for match in _REF_LINK.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if _SHORT.match(_TAGS.sub("", match.group("body"))):
            found.hide.append((match.start(), match.end()))
            targets.setdefault(match.group("target"), []).append(match.start())
    elements = {m.group("id"): m for m in _ID_ELEMENT.finditer(text)} if targets else {}
    for target, refs in targets.items():
        if target in elements:
            start, end = _element_body(text, elements[target])
            found.notes.append(Footnote(target, start, end, refs))
    for match in _BACKLINK.finditer(text):
        found.hide.append((match.start(), match.end()))
    found.notes.sort(key=lambda n: n.start)
    return found


_ID_ELEMENT = re.compile(
    r"<(?P<tag>li|p|div|dd|span|section)\b[^>]*\bid\s*=\s*[\"'](?P<id>[^\"']+)[\"'][^>]*>", re.I
)


def _element_body(text: str, opening: re.Match[str]) -> tuple[int, int]:
    closing = re.compile(r"</" + opening.group("tag") + r"\s*>", re.I).search(text, opening.end())
    return opening.end(), closing.start() if closing else len(text)
