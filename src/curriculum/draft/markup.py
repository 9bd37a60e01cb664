"""Strip Markdown and HTML markup without moving a single character.

Markup characters are overwritten in place (with spaces, or with line breaks where a
block element starts) and flagged in a mask, so the rules read plain prose while every
offset still points into the original file. The mask has three values: ``VISIBLE``
(author text), ``MARKUP`` (shown as a space, never quoted) and ``PADDING`` (the tail of
an HTML entity such as ``&amp;``: dropped from displayed text).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from curriculum.draft.diffs import Diff, unified_diffs
from curriculum.draft.editorial import amendment_marks, cloze_marks, editorial_notes
from curriculum.draft.footnotes import (
    Footnote,
    bare_notes,
    citation_markers,
    html_footnotes,
    markdown_footnotes,
    plain_footnotes,
)
from curriculum.draft.margins import Margin, margin_numbers
from curriculum.draft.marks import mark_allocations
from curriculum.draft.normalise import normalise_char
from curriculum.draft.tables import Table, html_tables, markdown_tables, plain_tables, tab_tables

VISIBLE, MARKUP, PADDING = 0, 1, 2


@dataclass
class Stripped:
    """Normalised text with markup blanked, the mask, and notes for the audit."""

    text: list[str]
    mask: bytearray
    notes: list[tuple[int, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    """Line starts the syntax marks as headings without a ``#`` (setext underlines)."""
    asides: list[tuple[int, int]] = field(default_factory=list)
    """HTML side boxes read as text (``_asides``)."""
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    """A numbered transcript's page breaks (``margins.py``)."""

    def blank(self, start: int, end: int, fill: str = " ") -> None:
        """Hide ``[start, end)``: spaces, except line breaks that were already there."""
        for i in range(start, end):
            if self.text[i] not in "\r\n":
                self.text[i] = fill
            self.mask[i] = MARKUP

    def drop(self, start: int, end: int) -> None:
        """Hide ``[start, end)`` and leave no space behind in displayed text (a footnote
        marker: "referrals[^2]." reads "referrals.")."""
        for i in range(start, end):
            if self.text[i] not in "\r\n":
                self.text[i] = " "
            self.mask[i] = PADDING

    def put(self, index: int, char: str) -> None:
        """Write one visible-to-the-rules character at a hidden position."""
        self.text[index] = char


def strip_text(text: str, raw: str = "") -> Stripped:
    """Plain text has no markup, but its web addresses are not prose: their digits are
    never a year or a count, so they are hidden from the rules (and from quotes). Its
    footnote markers ("2018.[3]") leave the sentences and its notes are kept
    (``footnotes.plain_footnotes``), as in Markdown and HTML; its tables aligned with
    spaces are tables (``tables.plain_tables``), their rule lines blanked like a pipe
    table's delimiter row, and so are its sheets of tab-separated fields
    (``tables.tab_tables``)."""
    out = Stripped(list(text), bytearray(len(text)))
    _blank_urls(text, out)
    margin = margin_numbers(text)  # a numbered margin read as a table's first column
    tables, rules = plain_tables(_without(text, margin.numbers))  # made every page a table
    tabbed = [t for t in tab_tables(raw or text)  # ``raw``: the file's text before its
              # tabs became spaces (``normalise``), at the same offsets
              if not any(o.start <= t.end and t.start <= o.end for o in tables)]
    out.tables = sorted(tables + tabbed, key=lambda t: t.start)
    for start, end in rules:
        out.blank(start, end)
    _blank_margins(margin, out)
    _new_side(unified_diffs(text), out)
    notes = plain_footnotes(text)
    for start, end in notes.hide:
        if out.mask[start] == VISIBLE:
            out.drop(start, end)
    out.footnotes = [n for n in notes.notes if out.mask[n.start] == VISIBLE]
    _drop_markers(text, out)
    _setext_headings(text, out)
    return out


def _drop_markers(text: str, out: Stripped) -> None:
    """Citation markers whose notes were not found (``footnotes.citation_markers``): the
    author's text around them is prose; they leave it as the found ones do. So do an
    exam's mark allocations ("(4 marks)", "[1 mark]", "(2)": ``marks.py``), an editor's
    or a translator's notes in square brackets, a consolidated text's amendment
    brackets and a flashcard's cloze markup (``editorial.py``)."""
    marks = citation_markers(text) + mark_allocations(text) + editorial_notes(text)
    for start, end in marks + amendment_marks(text) + cloze_marks(text):
        if all(out.mask[i] == VISIBLE or text[i] in " \t" for i in range(start, end)):
            out.drop(start, end)


def _blank_margins(margin: Margin, out: Stripped) -> None:
    """A transcript's or a pleading's line numbers in the margin and its page headers
    (``margins.py``) leave the text; a table's numbered column stays the table's."""
    for start, end in margin.numbers:
        if all(m == VISIBLE for m in out.mask[start:end]):
            out.blank(start, end)
    for start, end in margin.breaks:  # the page header ("Page 5") goes with the numbers
        if all(m == VISIBLE for m in out.mask[start:end]):
            out.blank(start, end)
    out.page_breaks += margin.breaks


def _new_side(diff: Diff, out: Stripped) -> None:
    """A unified diff is read as the version it produces (``diffs.py``): its headers and
    its kept lines' markers are hidden, and each run of removed lines is hidden and joined
    over like a transcript's page break, so a sentence runs on into its new ending."""
    for start, end in diff.headers:
        out.blank(start, end)
    for start, end in diff.markers:
        out.drop(start, end)
    for start, end in diff.removed:
        out.blank(start, end)
        out.page_breaks.append((start - 1, end))
    out.page_breaks.sort()


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` made spaces, at the same offsets."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_URL = re.compile(r"(?<![\w@/])(?:https?://|www\.)[^\s<>\"'`]+", re.I)


def _blank_urls(text: str, out: Stripped) -> None:
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?)]}'\"")
        if out.mask[match.start()] == VISIBLE:
            out.blank(match.start(), match.start() + len(url))


def strip_markdown(text: str) -> Stripped:
    """Blank Markdown syntax: heading marks stay as ``#`` so lines can be classified."""
    out = Stripped(list(text), bytearray(len(text)))
    _blank_fenced_code(text, out)
    _tables_and_notes(text, out)
    _blank_margins(margin_numbers(text), out)
    for pattern in _MD_WHOLE:
        for match in pattern.finditer(text):
            out.blank(match.start(), match.end())
            if match.group(0).startswith("!"):
                out.notes.append((match.start(), "image reference ignored"))
    _struck_and_tags(text, out)
    for match in _MD_LINK.finditer(text):
        out.blank(match.start(), match.start() + 1)
        out.blank(match.start("close"), match.end())
    for pattern in _MD_DELIMS:  # emphasis and code marks leave no space when shown:
        for match in pattern.finditer(text):  # "**within 4 hours**." reads "within 4 hours."
            out.drop(match.start("a"), match.end("a"))
            out.drop(match.start("b"), match.end("b"))
    for match in _MD_HEADING.finditer(text):
        for i in range(match.start("marks"), match.end("marks")):
            out.mask[i] = MARKUP  # keep '#' in the text; hide it from quotes and display
    for match in _MD_QUOTE_MARK.finditer(text):
        out.blank(match.start("mark"), match.end("mark"))
    _setext_headings(text, out)
    _tab_titles(text, out)
    _blank_urls(text, out)
    return out


_TAB = re.compile(r'^(?P<open>[ \t]*===[!+]?[ \t]+")(?P<title>[^"\n]+)(?P<close>"[ \t]*)$', re.M)
"""A tab's title in MkDocs' tabbed content (``=== "United States"``)."""


def _tab_titles(text: str, out: Stripped) -> None:
    """A page of tabs (one per jurisdiction, per product, per audience) heads each tab's
    text with its title: read as a heading ("United States"), it says whose rules the text
    under it states; read as text, the marker and quotes made it a quotation."""
    for match in _TAB.finditer(text):
        if out.mask[match.start("title")] != VISIBLE:
            continue
        out.blank(match.start("open"), match.end("open"))
        out.blank(match.start("close"), match.end("close"))
        out.headings.append(text.rfind("\n", 0, match.start()) + 1)


def _tables_and_notes(text: str, out: Stripped) -> None:
    """Pipe tables (pipes and delimiter rows blanked) and footnotes (markers blanked)."""
    tables, pipes, delimiters = markdown_tables(text)
    out.tables = [t for t in tables if out.mask[t.start] == VISIBLE]
    for index in pipes:
        out.blank(index, index + 1)
    for start, end in delimiters:
        out.blank(start, end)
    notes = markdown_footnotes(text)
    if not notes.notes:
        bare_notes(text, notes)  # "1 The ..." notes copied in with their markers
    for start, end in notes.hide:
        if out.mask[start] == VISIBLE:  # not inside a code block
            out.drop(start, end)
    out.footnotes = [n for n in notes.notes if n.start < len(text) and out.mask[n.start] == VISIBLE]
    _drop_markers(text, out)


def _setext_headings(text: str, out: Stripped) -> None:
    """``Title`` over ``=====`` (or ``-----``): a heading, when it opens a block or is
    short and has no final punctuation (a paragraph's last line is not a heading)."""
    for match in _SETEXT_RULE.finditer(text):
        end = match.start() - 1  # the line break before the rule line
        if end <= 0:
            continue
        if text[end] == "\n" and text[end - 1] == "\r":
            end -= 1
        start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
        line = text[start:end]
        if not line.strip() or line.lstrip().startswith(("#", "|", "-", "*", "+", ">")):
            continue
        if out.mask[start]:
            continue
        before = text[max(0, start - 4) : start]
        opens = start == 0 or before.endswith(("\n\n", "\r\n\r\n", "\r\r"))
        short = len(line.split()) <= 10 and not re.search(r"[.!?,;:]\s*$", line)
        if not (opens or short):
            continue
        out.blank(match.start("rule"), match.end("rule"))
        out.headings.append(start)


def _struck_and_tags(text: str, out: Stripped) -> None:
    """Struck-through text (``~~old~~``, GitHub and pad Markdown) is what the author
    deleted: a superseded figure or a done action, never the document's current word, so
    it is hidden whole, as a diff's removed lines are (``diffs.py``). An emoji shortcode
    (``:white_check_mark:``) and a pad's author or time tag (``[name=j.doe]``) are markup
    that leaves no trace."""
    for match in _MD_STRUCK.finditer(text):
        if all(m == VISIBLE for m in out.mask[match.start():match.end()]):
            out.blank(match.start(), match.end())
    for pattern in (_MD_SHORTCODE, _PAD_TAG):
        for match in pattern.finditer(text):
            if all(m == VISIBLE for m in out.mask[match.start():match.end()]):
                out.drop(match.start(), match.end())


_MD_STRUCK = re.compile(r"(?<!~)~~(?=\S)[^~\n]+?(?<=\S)~~(?!~)")
_MD_SHORTCODE = re.compile(r"(?<![\w:/]):[a-z][a-z0-9_+-]*:(?![\w:/])")
_PAD_TAG = re.compile(r"\[(?:name|time|color)=[^\]\n]*\]")


def _blank_fenced_code(text: str, out: Stripped) -> None:
    for match in _MD_FENCE.finditer(text):
        out.blank(match.start(), match.end())
        out.notes.append((match.start(), "code block ignored"))


_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?^ {0,3}\1[ \t\r]*$", re.M | re.S)
_MD_WHOLE = (
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # images: refused, never quoted
    re.compile(r"<https?://[^>\s]+>"),  # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>"),  # inline HTML
    re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+[^\n]*$", re.M),  # link definitions
)
_MD_LINK = re.compile(r"\[(?=[^\]\n]+\])[^\]\n]+(?P<close>\]\([^)\n]*\))")
_MD_DELIMS = (
    re.compile(r"(?P<a>\*\*|__)(?=\S)[^\n]+?(?<=\S)(?P<b>(?P=a))"),
    re.compile(r"(?<![\w*])(?P<a>\*)(?=[^\s*])[^*\n]+?(?<=[^\s*])(?P<b>\*)(?![\w*])"),
    re.compile(r"(?<![\w_])(?P<a>_)(?=[^\s_])[^_\n]+?(?<=[^\s_])(?P<b>_)(?![\w_])"),
    re.compile(r"(?P<a>`+)[^`\n]+?(?P<b>(?P=a))"),
)
_MD_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})(?=[ \t\r]|$)", re.M)
_MD_QUOTE_MARK = re.compile(r"^ {0,3}(?P<mark>>+ ?)", re.M)
_SETEXT_RULE = re.compile(r"^ {0,3}(?P<rule>=+|-{2,})[ \t]*$", re.M)


# -- HTML ---------------------------------------------------------------------------------

_DROP_ELEMENTS = (
    "script",
    "style",
    "noscript",
    "svg",
    "nav",
    "footer",
    "form",
    "template",
    "iframe",
    "object",
    "select",
    "button",
    "del",  # text the author struck out: superseded, never the current word
    "s",
    "strike",
)
_BLOCK_TEXT = (
    "p div section article aside main header figure figcaption blockquote pre table tr ul "
    "ol dl dt dd address hr title body html head"
)
_BLOCK = frozenset(_BLOCK_TEXT.split())
_DROP = re.compile(
    r"<(?P<name>" + "|".join(_DROP_ELEMENTS) + r")\b[^>]*>.*?</(?P=name)\s*>",
    re.I | re.S,
)
_COMMENT = re.compile(r"<!--.*?-->|<![^>]*>|<\?[^>]*>", re.S)
_TAG = re.compile(r"</?(?P<name>[A-Za-z][A-Za-z0-9]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def strip_html(text: str) -> Stripped:
    """Blank tags, comments, scripts and page furniture; decode entities in place."""
    out = Stripped(list(text), bytearray(len(text)))
    for pattern in (_COMMENT, _DROP):
        for match in pattern.finditer(text):
            if not _already_hidden(out, match.start()):
                out.blank(match.start(), match.end())
    _asides(text, out)
    notes = html_footnotes(text)
    for start, end in notes.hide:
        if not _already_hidden(out, start):
            out.drop(start, end)
    out.footnotes = [n for n in notes.notes if not _already_hidden(out, n.start)]
    out.tables = [t for t in html_tables(text) if not _already_hidden(out, t.start)]
    _drop_markers(text, out)
    for match in _TAG.finditer(text):
        if _already_hidden(out, match.start()):
            continue
        _blank_tag(out, match)
    for match in _ENTITY.finditer(text):
        if _already_hidden(out, match.start()):
            continue
        decoded = html.unescape(match.group(0))
        if decoded == match.group(0):
            continue
        out.text[match.start()] = normalise_char(decoded[0]) if decoded else " "
        for i in range(match.start() + 1, match.end()):
            out.text[i] = " "
            out.mask[i] = PADDING
    _blank_urls(text, out)
    return out


_ASIDE = re.compile(r"<aside\b[^>]*>(?P<body>.*?)</aside\s*>", re.I | re.S)
_LINK_TEXT = re.compile(r"<a\b[^>]*>(?P<text>.*?)</a\s*>", re.I | re.S)
_WORD = re.compile(r"\w+")


def _asides(text: str, out: Stripped) -> None:
    """An ``<aside>`` is a side box: a feature's "Key facts" (labelled figures), a
    definition, a case study. Its text is the document's and is read like any other; a
    heading inside it titles the box only (``SourceDoc.asides``). A box whose words are
    mostly link text ("Related stories", "More from this section") is page furniture: it is
    blanked, and the audit says so, since every text block must reach the facts or the
    audit."""
    for match in _ASIDE.finditer(text):
        if _already_hidden(out, match.start()):
            continue
        body = match.group("body")
        words = len(_WORD.findall(_TAG.sub(" ", body)))
        linked = sum(len(_WORD.findall(_TAG.sub(" ", m.group("text"))))
                     for m in _LINK_TEXT.finditer(body))
        if words == 0 or linked * 2 >= words:
            out.blank(match.start(), match.end())
            out.notes.append((match.start(), "side box of links ignored (page furniture)"))
        else:
            out.asides.append((match.start(), match.end()))


def _already_hidden(out: Stripped, index: int) -> bool:
    return out.mask[index] != VISIBLE


_INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "time", "u", "var"})
"""Elements that run inside a line: a browser shows no space for their tags, so neither
does a stem ("within <strong>24 hours</strong>." reads "within 24 hours.")."""


def _blank_tag(out: Stripped, match: re.Match[str]) -> None:
    name = match.group("name").lower()
    start, end = match.start(), match.end()
    if name in _INLINE:
        out.drop(start, end)
        return
    out.blank(start, end)
    closing = match.group(0).startswith("</")
    if name == "img":
        out.notes.append((start, "image ignored"))
    if name == "br":
        out.put(start, "\n")
    elif name == "li" and not closing:
        out.put(start, "\n")
        out.put(start + 1, "\u2022")
    elif re.fullmatch(r"h[1-6]", name) or name == "caption":  # a caption titles its table
        out.put(start, "\n")
        out.put(start + 1, "\n")
        if not closing:
            out.put(start + 2, "#")
    elif name in _BLOCK or name == "li":
        out.put(start, "\n")
        out.put(start + 1, "\n")
