"""Cross-references between sections in author Markdown: ``[](#section-id)``.

Kept free of Jinja2 and markdown-it so that ``validate`` can check them cheaply;
``curriculum.rendering`` turns them into links for print.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple


class Xref(NamedTuple):
    """Where a cross-reference ``[](#id)`` points, and what it prints."""

    anchor: str
    label: str
    """What an empty link prints, e.g. "section 3"."""
    number: str
    """What ``#`` in the link text becomes: ``[Sections #](#a)`` prints "Sections 3"."""


XREF_LINK = re.compile(r"\[([^\]]*)\]\(#([^)\s]+)\)")
"""A cross-reference in author Markdown: ``[](#section-id)`` or ``[Section #](#section-id)``."""


def xref_text(markdown: str, xrefs: Mapping[str, Xref]) -> str:
    """Cross-references resolved to plain words ("section 3"), for outputs without links."""
    def resolve(match: re.Match[str]) -> str:
        target = xrefs.get(match.group(2))
        if target is None:
            return match.group(0)
        text = match.group(1)
        return text.replace("#", target.number) if text else target.label

    return XREF_LINK.sub(resolve, markdown)
