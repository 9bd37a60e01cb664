"""Scaffold values an author is meant to replace, found once for checks and outputs alike.

``curriculum init`` and the built-in curriculum ship values such as "Example Police
Academy (replace with your organisation)" or "(add your local wellbeing service and
helpline here before the course)". ``validate`` warns about them (an error under
``--strict``), and the PDFs print nothing in their place rather than the instruction.
"""

from __future__ import annotations

import re

INSTRUCTION = re.compile(
    r"\s*\((?:replace (?:this )?with|add (?:your|the)\b)[^()]*\)", re.IGNORECASE)
"""A parenthesised instruction to the author: "(replace with ...)", "(add the ... here)"."""

def placeholders_in(text: str | None) -> list[str]:
    """The placeholder instructions found in ``text``."""
    if not text:
        return []
    return [m.group(0).strip() for m in INSTRUCTION.finditer(text)]


def name_or_none(text: str | None) -> str | None:
    """A name field as printed: nothing at all when it is or contains a placeholder."""
    return None if placeholders_in(text) else text


def without_placeholders(text: str | None) -> str | None:
    """Running text as printed: each placeholder instruction removed, the rest kept."""
    if not text:
        return text
    return INSTRUCTION.sub("", text)
