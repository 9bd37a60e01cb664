"""Editorial notes in square brackets: an editor's or a translator's words, never the text's.

A translated law, an annotated statute or an edited extract puts its editor's notes
inside the sentences it reproduces: "... shall be punished by imprisonment of one to
five years [the memorandum says this covers viewing; the Code does not define it]." Read
as part of the sentence, such a note broke it: a full stop inside the note ended the
sentence mid-bracket ("unbalanced brackets"), a negation in the note negated the
penalty, a transliterated word in it was read as an English pronoun, and a question
built on the sentence would show the note to learners. Here a note is left out of the
text the rules read, as footnote markers and mark allocations are (``markup``), so the
sentence reads as the law does; the quote stops before it (quotes hold no hidden text).

A note is a square bracket that stands apart after a word (a space before it) and closes
a clause: only a footnote mark, punctuation or the end of the line follows it (never a
colon before it: "keywords: [a, b, c]" is a list). It holds
three words or more, so a bare citation or "[sic]" is not one. A bracket after a word
that cannot end a phrase ("scared of [the man]", "said that [the unit] ..."), an
editor's insertion that the sentence needs, stays.
"""

from __future__ import annotations

import re

_NOTE = re.compile(
    r"(?<=[\w'\u2019.,;)\"\u201d*])(?P<gap>[ \t]+)\[(?P<body>[^\[\]\n]{8,600})\]"
    r"(?=[\u00b9\u00b2\u00b3\u2070-\u2079]*(?:[ \t]*[.,;:!?\"\u201d')]|[ \t]*$))",
    re.M,
)
_WORD = re.compile(r"[^\W\d_]+")
_BEFORE_WORD = re.compile(r"([^\W\d_]+)\W*$")
_OPEN_ENDED_TEXT = (
    "a an the of to in on at by for from with without into onto about as than that which who "
    "whom whose and or but nor if whether is are was were be been being his her their its "
    "our my your this these those such any every each no"
)
_OPEN_ENDED = frozenset(_OPEN_ENDED_TEXT.split())
"""Words after which a phrase cannot end: a bracket after them is an insertion the
sentence needs ("by [the defendant]"), never a note beside a whole clause."""


def editorial_notes(text: str) -> list[tuple[int, int]]:
    """The spans of the text's editorial notes (module docstring), each with the spaces
    before it, so the sentence around it reads as it would without it."""
    out = []
    for match in _NOTE.finditer(text):
        if len(_WORD.findall(match.group("body"))) < 3:
            continue
        before = _BEFORE_WORD.search(text, max(0, match.start() - 40), match.start())
        if before is not None and before.group(1).lower() in _OPEN_ENDED:
            continue
        out.append((match.start("gap"), match.end()))
    return out


_AMENDED = re.compile(
    r"\[(?P<mark>(?:<sup\b[^>]*>[ \t]*)[FCEIMX]\d{1,3}[ \t]*</sup\s*>[ \t]?"
    r"|[FCEIMX]\d{1,3}(?:[ \t]|(?=[^\w\]])))"
    r"(?P<body>[^\[\]\r\n]{1,600}?)\]"
)
"""An amendment's brackets in a consolidated text: "[F5 10 years]" (or the marker as a
superscript, ``[<sup>F5</sup>10 years]``) around words an amending act inserted or
substituted, the marker naming its note in the "Textual amendments" block (F), or a
modification (C), extent (E), commencement (I), marginal citation (M) or editorial (X)
note. The words are the law's; the brackets and the marker are the publisher's."""


def amendment_marks(text: str) -> list[tuple[int, int]]:
    """The spans of an amendment's opening bracket with its marker and of its closing
    bracket (``_AMENDED``): left in, they stood in a stem around the answer ("within
    \\[ ____ hours\\]", blind review 24a). A bracket with no marker is no amendment's."""
    spans = []
    for match in _AMENDED.finditer(text):
        spans.append((match.start(), match.start() + 1))
        if not match.group("mark").startswith("<"):
            spans.append((match.start("mark"), match.end("mark")))
        spans.append((match.end() - 1, match.end()))
    return spans


_CLOZE = re.compile(r"\{\{c\d{1,2}::(?P<answer>[^{}:]+(?::(?!:)[^{}:]*)*)(?P<hint>::[^{}]*)?\}\}")
"""A flashcard's cloze deletion, "{{c1::25 May 2000}}" or "{{c2::1 July 2010::date}}"."""


def cloze_marks(text: str) -> list[tuple[int, int]]:
    """The spans of a cloze deletion's braces, number and hint around its answer: a deck of
    revision cards exported as text writes its facts as "adopted on {{c1::25 May 2000}}".
    The answer is the card's words and stays; the markup is the card tool's, and left in it
    broke the sentence ("{{c1::25" read as a word, the date lost)."""
    spans = []
    for match in _CLOZE.finditer(text):
        spans.append((match.start(), match.start("answer")))
        spans.append((match.end("answer"), match.end()))
    return spans
