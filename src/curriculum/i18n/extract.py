"""Every interface string the package uses, found by Babel's extractors.

Templates are read with Jinja2's extractor (``_``, ``gettext``, ``ngettext``),
Python code with Babel's (``N_``), the player with Babel's JavaScript extractor
(``t``). Used by the catalogue tests and to refresh the PO files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import curriculum

PACKAGE = Path(curriculum.__file__).parent
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "t": None}


def used_messages() -> dict[str | tuple[str, str], list[str]]:
    """msgid (or singular/plural pair) -> where it is used (``file:line``)."""
    found: dict[str | tuple[str, str], list[str]] = {}
    for path, method in _sources():
        for lineno, message in _extract(path, method):
            found.setdefault(message, []).append(f"{path.relative_to(PACKAGE)}:{lineno}")
    return found


def _sources() -> Iterator[tuple[Path, str]]:
    for path in sorted((PACKAGE / "templates" / "pdf").glob("*.j2")):
        yield path, "jinja2.ext:babel_extract"
    for path in sorted(PACKAGE.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        if "N_(" in code or "gettext(" in code:
            yield path, "python"


def _extract(path: Path, method: str) -> Iterator[tuple[int, str | tuple[str, str]]]:
    from babel.messages.extract import extract

    with path.open("rb") as handle:
        for lineno, message, _comments, _context in extract(
                method, handle, keywords=KEYWORDS, options={"extensions": ""}):
            if isinstance(message, tuple):
                yield lineno, (message[0], message[1])
            else:
                yield lineno, message
