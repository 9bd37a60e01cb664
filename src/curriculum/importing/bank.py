"""What every bank reader returns: items in the package model, where each came from,
and located notes on what was not carried over.

The readers (``gift.py``, ``moodle.py``, ``qti21.py``) produce package items (HTML
text, the same model our exporters read), so a round trip compares like with like;
``module.py`` then turns them into the Markdown an author edits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from curriculum.diagnostics import Diagnostic, SourceLocation, warning
from curriculum.package_models import AssessmentItem

MAX_BANK_BYTES = 20 * 1024 * 1024
"""A bank larger than this is refused before it is parsed (the largest Moodle course
banks we know of are a few MB)."""
MAX_POINTS = 100
NOTE = "import-left-out"


@dataclass
class Imported:
    """One question read from a bank and where it starts."""

    item: AssessmentItem
    location: SourceLocation


@dataclass
class Bank:
    """A question bank as read: its questions, objectives (categories) and notes."""

    path: Path
    title: str | None = None
    """The module or quiz title the bank names, if any."""
    module_id: str | None = None
    """The module id the bank names (our exporters write it), if any."""
    objectives: dict[str, str] = field(default_factory=dict)
    """Objective id -> text, from the bank's categories (Moodle XML, GIFT)."""
    items: list[Imported] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)
    pass_mark: int | None = None
    ids: set[str] = field(default_factory=set)

    def note(self, message: str, location: SourceLocation) -> None:
        """Record something that could not be carried over (reported, never fatal)."""
        self.notes.append(warning(message, location, NOTE))

    def unique_id(self, wanted: str | None, fallback: str) -> str:
        """A question id that is a slug and not yet used in this bank."""
        base = slug(wanted or "") or fallback
        candidate, number = base, 2
        while candidate in self.ids:
            candidate = f"{base[:75]}-{number}"
            number += 1
        self.ids.add(candidate)
        return candidate


def slug(text: str, limit: int = 80) -> str:
    """Lowercase letters, digits and single hyphens (the module format's ids)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return words[:limit].rstrip("-")


def points(value: float, bank: Bank, location: SourceLocation) -> int:
    """Points as the module format has them (whole, 1..100); a change is noted."""
    whole = min(MAX_POINTS, max(1, round(value)))
    if whole != value:
        bank.note(f"points {value:g} became {whole} (whole points from 1 to 100)", location)
    return whole


def built_or_noted(make: Callable[[], AssessmentItem | None],
                   note: Callable[[str], None]) -> AssessmentItem | None:
    """The item ``make`` builds, or None with a note: a bank may hold a shape the module
    format cannot (pydantic refuses it), which leaves that one question out, never the bank."""
    try:
        return make()
    except ValidationError as exc:
        note(f"not a question the module format can hold ({first_error(exc)}); left out")
        return None


def first_error(exc: Any) -> str:
    """The first problem of a pydantic ``ValidationError``, in a few words."""
    errors = exc.errors()
    if not errors:
        return "invalid"
    where = ".".join(str(part) for part in errors[0].get("loc", ()))
    return f"{where}: {errors[0].get('msg', 'invalid')}" if where else errors[0].get("msg", "")


def common(identifier: str, prompt_html: str, **fields: Any) -> dict[str, Any]:
    """The fields of an item every reader fills; the others keep their defaults."""
    values: dict[str, Any] = {"identifier": identifier, "points": 1, "prompt_html": prompt_html}
    values.update({k: v for k, v in fields.items() if v is not None})
    return values
