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
    bare_notes(text, found)
    found.notes.sort(key=lambda n: n.start)
    found.hide = sorted(set(found.hide))
    return found


_BARE_DEF = re.compile(r"^ {0,3}(?P<label>\d{1,3})[ \t]+(?=[A-Z\"\u201c(])", re.M)
_NEXT_LINE = re.compile(r"(?:\r\n|\r|\n)(?![ \t]*(?:\r\n|\r|\n|$|\d{1,3}[ \t]))[^\r\n]*")


def bare_notes(text: str, found: Found) -> None:
    """Notes printed as a bare number and the note's text ("1 The threshold was raised
    ..."), as a PDF's or a typescript's notes are copied into plain text, whose markers
    are a bare or bracketed number glued to the text ("measures.1 The", "2018.[2]"): a
    line that opens with the label of such a marker before it starts a note, which runs
    on to a blank line or the next note's number. Read as a paragraph, the note's number
    was fused into its first word ("1 The ...")."""
    taken = {n.label for n in found.notes}
    refs: dict[str, list[int]] = {}
    for start, end in citation_markers(text):
        label = re.sub(r"\D", "", text[start:end])
        if label and text[start:end].strip("[]().") == label:
            refs.setdefault(label, []).append(start)
    for match in _BARE_DEF.finditer(text):
        label = match.group("label")
        before = [r for r in refs.get(label, []) if r < match.start()]
        if not before or label in taken:
            continue
        end = _line_end(text, match.end())
        while (more := _NEXT_LINE.match(text, end)) is not None:
            end = more.end()
        found.notes.append(Footnote(label, match.end(), end, before))
        found.hide.append((match.start(), match.end()))
        taken.add(label)


_CLOSERS = ".,;:!?)\"'\u2019\u201d"
_BRACKETED = re.compile(
    r"(?<=[\w%*" + re.escape(_CLOSERS) + r"])"
    r"(?:\[\d{1,3}(?:[ ]?[,\u2013-][ ]?\d{1,3})*\])+"
    r"(?=[\s" + re.escape(_CLOSERS) + r"]|$)"
)
"""One or more numeric citation markers glued to the word or mark before them ("scene.[1]",
"2018.[2][6]", "conduct,[3] and", "[4, 7]"); a paragraph number opens its line, a link's
text is followed by its address, and a reference link's label follows a bracket: none is
glued and followed by a space or a mark."""
_RAISED_AFTER_MARK = re.compile(
    r"(?<=[" + re.escape(_CLOSERS) + r"])[" + _SUPERSCRIPTS + r"]{1,3}(?=[\s" + re.escape(_CLOSERS)
    + r"]|$)"
)
_RAISED_AFTER_WORD = re.compile(
    r"(?<=[a-z]{3})[" + _SUPERSCRIPTS + r"]{1,3}(?=[\s" + re.escape(_CLOSERS) + r"]|$)"
)
"""A superscript digit after a mark, or after a word of three letters or more, is a note's
marker; after "m" or "km" it is a unit's power ("40 m\u00b2"), and stays."""
_DIGIT_AFTER_STOP = re.compile(
    r"(?<![\w.])(?P<word>[a-z]{3,}|(?:19|20)\d\d)\.(?P<mark>\d{1,3}|\(\d{1,3}\))"
    r"(?=[ \t\r\n]+[A-Z\"\u201c])"
)
"""A note's number glued to a sentence's full stop, after a word or a year ("twice.3 The",
"in 2023.(4) Every"); after other figures it is a decimal ("4.3 The") and stays."""
_ABBREVIATED = frozenset({
    "para", "paras", "art", "arts", "fig", "figs", "vol", "vols", "sec", "secs", "reg",
    "regs", "sch", "chap", "app", "ref", "refs", "nos", "ibid", "cit", "col", "cols", "ver",
    "rev", "edn"})
"""Words whose full stop marks an abbreviation before a number ("para.3", "fig.2"): the
number is what they refer to, not a note's marker."""


_SPACED = re.compile(
    r"(?<=[\w)\]\"'\u201d])(?<!\bat)(?<!\bpara)(?<!\bparas)(?<!\bparagraph)(?<!\bsee)"
    r"(?<!\bin) (?:\[\d{1,3}(?:[ ]?[,\u2013-][ ]?\d{1,3})*\])+(?=[.,;:])")
"""A numeric citation set off by a space before a sentence's mark, as a paper in the IEEE
style writes it ("identified through ICSE [1].", "wellness programmes [4]."): the space
goes with it. A paragraph cited by its number ("at [18],", "see [4].") is a reference, not a
marker, and stays (blind review 32, b6: the marker was left in two stems)."""


def citation_markers(text: str) -> list[tuple[int, int]]:
    """Footnote and citation markers, whether or not their notes are found: a bracketed
    number glued after a word or a mark ("2018.[3] Next", "abuse,[1] and"), a superscript
    after a mark or a word ("found.\u00b9", "victims\u00b2"), and a bare number or a number
    in brackets glued to a sentence's full stop before the next sentence ("twice.3 Then",
    "twice.(3) Then"). A marker refers the reader to a note; left in, it glues two
    sentences into one (the tokenizer reads "scene.[1" as one word, so the sentence does
    not end) or sits inside a stem as noise. Blanked, the full stop before it ends the
    sentence, and the note, where the document has one, is read on its own."""
    spans = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    spans += [(m.start(), m.end()) for m in _SPACED.finditer(text)]
    spans += [(m.start(), m.end()) for m in _RAISED_AFTER_MARK.finditer(text)]
    spans += [(m.start(), m.end()) for m in _RAISED_AFTER_WORD.finditer(text)]
    spans += [(m.start("mark"), m.end("mark")) for m in _DIGIT_AFTER_STOP.finditer(text)
              if m.group("word") not in _ABBREVIATED]
    return sorted(set(spans))


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
