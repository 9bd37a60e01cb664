"""The TLP handling marking a source carries, so that its drafts carry it too.

Police and child-protection documents are often marked under the Traffic Light Protocol
("TLP:AMBER" in a banner, a running head or a ``Classification:`` header line). A module
drafted from such a source quotes it, so the module must be handled at least as strictly:
without this, a draft took the project's default (TLP:CLEAR) and a build could publish
quotes of an AMBER report as if disclosure were unlimited.

A marking counts when it stands as a label: alone on its line or at its start ("TLP:AMBER -
law enforcement only"), after a short label ("Classification: TLP:AMBER", a running head's
"Inspectorate | TLP:GREEN"), at the end of a short line (a footer), on a line in capitals
(a banner), or as a header field (``tlp: amber``). A marking inside running text
("documents marked TLP:RED may not be forwarded") or followed by a definition
("TLP:RED: for the named recipients only") is a mention, not a label; and a document whose
labels name three or more levels explains the protocol rather than being marked by it.
TLP 1.0's WHITE is TLP 2.0's CLEAR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curriculum.draft.frontmatter import norm_key
from curriculum.draft.reading import SourceDoc
from curriculum.models import HANDLING_ORDER

_LEVEL = r"(?P<level>CLEAR|WHITE|GREEN|AMBER\s*\+\s*STRICT|AMBER|RED)"
_MARK = re.compile(r"\bTLP\s*[:\uff1a]\s*" + _LEVEL + r"\b", re.I)
_BARE = re.compile(r"^\W*(?:TLP\s*[:\uff1a]?\s*)?" + _LEVEL + r"\W*$", re.I)
_LABEL_BEFORE = re.compile(
    r"^[\W_]*(?:(?:[A-Za-z][\w/&.]*\s*){1,3}[:|\u2013\u2014-][\W_]*)?$"
)
"""Nothing, or a label of one to three words and a colon, bar or dash, before a marking."""
_DEFINED_AFTER = re.compile(r"^\s*(?:[:=]\s*\S|means\b|is\s+(?:for|used)\b)", re.I)
_UPPER_SHARE = 0.8
"""A line whose letters are at least this share capitals is a banner."""
_FIELD_KEYS = frozenset(
    {"tlp", "tlp-marking", "handling", "classification", "marking", "traffic-light-protocol"}
)
_BANNER_WORDS = 12
"""A line of at most this many words that ends with a marking is a footer or a banner."""
_SHOWN = 80
"""The audit shows a label's line up to this many characters."""
_EXPLAINS = 3
"""Labels of this many distinct levels make a document an explanation of the protocol."""


@dataclass(frozen=True)
class Marking:
    """One label found in a source: its TLP 2.0 level and the line that carries it."""

    level: str
    line: int
    text: str


def level_name(found: str) -> str:
    """``amber + strict`` -> ``TLP:AMBER+STRICT``; ``white`` -> ``TLP:CLEAR``."""
    word = re.sub(r"\s+", "", found).upper()
    return "TLP:" + ("CLEAR" if word == "WHITE" else word)


def labels(doc: SourceDoc) -> list[Marking]:
    """Every marking the source carries as a label (header fields first, then lines)."""
    found = [
        Marking(level_name(m.group("level")), doc.line_of(f.offset), f"{f.key}: {f.value}")
        for f in doc.meta.fields
        if norm_key(f.key) in _FIELD_KEYS and (m := _BARE.match(f.value)) is not None
    ]
    text = doc.text
    by_line: dict[int, list[re.Match[str]]] = {}
    for match in _MARK.finditer(text):
        by_line.setdefault(text.rfind("\n", 0, match.start()) + 1, []).append(match)
    for start, matches in by_line.items():
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        if not any(_is_label(line, line[: m.start() - start], line[m.end() - start :])
                   for m in matches):
            continue
        shown = " ".join(line.split())
        shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 3] + "..."
        # one label on a line makes the line a marking line: "Distr.: Restricted (TLP:AMBER
        # for items marked; remainder TLP:GREEN)" marks the parts it names AMBER
        found += [Marking(level_name(m.group("level")), doc.line_of(m.start()), shown)
                  for m in matches]
    return found


def _is_label(line: str, before: str, after: str) -> bool:
    if _DEFINED_AFTER.match(after):
        return False
    if _LABEL_BEFORE.match(before) is not None:
        return True
    if not re.search(r"\w", after) and len(line.split()) <= _BANNER_WORDS:
        return True
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) >= _UPPER_SHARE * len(letters)


def source_marking(doc: SourceDoc) -> tuple[Marking | None, str]:
    """The strictest label of one source, and the audit's line saying what decided it."""
    found = labels(doc)
    if not found:
        return None, "no TLP marking found"
    levels = {m.level for m in found}
    if len(levels) >= _EXPLAINS:
        shown = ", ".join(sorted(levels, key=HANDLING_ORDER.index))
        return None, (
            f"labels of {len(levels)} TLP levels ({shown}): read as an explanation "
            "of the protocol, not as the source's marking"
        )
    strictest = max(found, key=lambda m: HANDLING_ORDER.index(m.level))
    return strictest, f"marked {strictest.level} (line {strictest.line}: {strictest.text})"


def strictest(docs: list[SourceDoc], default: str) -> str | None:
    """The marking a module drafted from ``docs`` needs when it is stricter than the
    project's ``default``; None when the default already covers every source."""
    levels = [m.level for doc in docs if (m := source_marking(doc)[0]) is not None]
    if not levels:
        return None
    level = max(levels, key=HANDLING_ORDER.index)
    return level if HANDLING_ORDER.index(level) > HANDLING_ORDER.index(default) else None
