"""Plain author text as print shows it: typographic quotes and dashes, hashes in monospace.

Markdown fields get the same treatment from markdown-it's typographer (see
``curriculum.rendering``); this module handles the fields that are plain text
(key points, facts, options, titles), so straight and curly quotes never sit
side by side on a page. Quotes follow the document's language (the catalogue's
``quotes``).
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_OPENS_AFTER = re.compile(r"(^|[\s(\[{\u2014\u2013/])$")
_HASH = re.compile(r"\b[0-9a-fA-F]{32,}\b")
_LONG = re.compile(r"[^\s\u00a0]{30,}")
_DASH = re.compile(r"(?<=\s)--?(?=\s)")
APOSTROPHE = "\u2019"


_PUNCTUATION = re.compile(
    r"^([(\[\"'\u201c\u2018\u00ab]*)(.*?)([.,;:!?)\]\"'\u201d\u2019\u00bb]*)$", re.S)


def split_punctuation(token: str) -> tuple[str, str, str]:
    """``("9f86...08").`` -> ``("(", "9f86...08", ").")``: the word without what wraps it."""
    match = _PUNCTUATION.match(token)
    assert match is not None  # the pattern matches any string
    return match.group(1), match.group(2), match.group(3)


def smart_quotes(text: str, quotes: str) -> str:
    """Straight quotes to the language's typographic ones; `` - `` between words to a dash."""
    double_open, double_close, _, single_close = tuple(quotes)
    out: list[str] = []
    single_is_open = False
    for index, char in enumerate(text):
        opens = bool(_OPENS_AFTER.search(text[:index][-1:] if index else ""))
        if char == '"':
            out.append(double_open if opens else double_close)
        elif char == "'":
            out.append(_single(text, index, opens, single_is_open, quotes))
            if opens:
                single_is_open = True
            elif out[-1] == single_close:
                single_is_open = False
        else:
            out.append(char)
    return _DASH.sub("\u2013", "".join(out))


def _single(text: str, index: int, opens: bool, single_is_open: bool, quotes: str) -> str:
    """A straight single quote: an opening quote, an apostrophe, or a closing quote.

    A quote between two letters ("l'enfant", "INTERPOL's") is always an apostrophe (U+2019),
    whatever the language's closing single quote is (French closes with a double comma
    quote, which must never appear inside a word); after a word it closes a quote only
    when one is open.
    """
    if opens:
        return quotes[2]
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return APOSTROPHE
    return quotes[3] if single_is_open else APOSTROPHE


def prose(text: str | None, quotes: str) -> Markup:
    """Escaped plain text: typographic quotes, hex digests in monospace, long words breakable."""
    if not text:
        return Markup("")
    parts: list[str] = []
    last = 0
    typeset = smart_quotes(text, quotes)
    for match in _LONG.finditer(typeset):
        parts.append(str(escape(typeset[last:match.start()])))
        before, word, after = split_punctuation(match.group(0))
        parts.append(str(escape(before)))
        if _HASH.fullmatch(word):
            parts.append(f'<code class="hash">{word}</code>')
        else:
            parts.append(f'<span class="long">{escape(word)}</span>')
        parts.append(str(escape(after)))
        last = match.end()
    parts.append(str(escape(typeset[last:])))
    return Markup("".join(parts))
