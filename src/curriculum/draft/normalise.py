"""Length-preserving normalisation: every offset in the result is an offset in the file.

Provenance must point into the original file, so nothing here may add or remove a
character: each replacement is one code point for one code point (curly quotes to
straight ones, dashes to ``-``, any Unicode digit to its ASCII digit, odd spaces to a
space). Quotes written into drafts are always sliced from the *raw* text; the
normalised text is what the rules read.
"""

from __future__ import annotations

import re
import unicodedata

_CHARMAP: dict[int, str] = {
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x201F: '"',
    0x00AB: '"',
    0x00BB: '"',
    0x2033: '"',
    0x2018: "'",
    0x2019: "'",
    0x201A: "'",
    0x201B: "'",
    0x2032: "'",
    0x00A0: " ",
    0x2007: " ",
    0x202F: " ",
    0x200B: " ",
    0x200E: " ",
    0x200F: " ",
    0x061C: " ",
    0xFEFF: " ",
    0x2009: " ",
    0x200A: " ",
    0x2002: " ",
    0x2003: " ",
    0x3000: " ",
    0x0009: " ",
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2015: "-",
    0x2212: "-",
    0x060C: ",",
    0x066B: ".",
    0x066C: ",",
    0x061B: ";",
    0x2026: ".",
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    0x000B: "\n",
    0x000C: "\n",
}


_LONE_CR = re.compile(r"\r(?!\n)")
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")
"""A Unicode decimal digit (category Nd) other than an ASCII one."""


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


def normalise_char(char: str) -> str:
    """One character in, exactly one character out."""
    mapped = _CHARMAP.get(ord(char))
    if mapped is not None:
        return mapped
    if ord(char) > 127 and unicodedata.category(char) == "Nd":
        return str(unicodedata.decimal(char))
    return char


def normalise(raw: str) -> str:
    """The text the rules read; ``len(normalise(raw)) == len(raw)`` always holds."""
    if raw.isascii():
        out = raw.replace("\t", " ").replace("\f", "\n").replace("\v", "\n")
    else:  # what normalise_char does, a whole text at a time (a call per character was slow)
        out = _NON_ASCII_DIGIT.sub(_ascii_digit, raw.translate(_CHARMAP))
    out = _LONE_CR.sub("\n", out)  # old Mac line ends: one character for one
    if len(out) != len(raw):  # pragma: no cover - guarded by the table above
        raise AssertionError("normalisation changed the text's length")
    return out


def is_non_latin(text: str) -> bool:
    """True when most letters are outside the Latin script (e.g. an Arabic date line)."""
    if text.isascii():
        return False  # every ASCII letter is Latin (cleaning asks this of every line)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin * 2 < len(letters)


def script_languages(text: str) -> list[str]:
    """dateparser languages to try for a line, chosen by its script (fast and offline)."""
    names = {unicodedata.name(c, "").split(" ")[0] for c in text if c.isalpha()}
    table = {"ARABIC": "ar", "CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he", "CJK": "zh"}
    found = [code for script, code in table.items() if script in names]
    return found or ["en", "fr", "es", "de"]
