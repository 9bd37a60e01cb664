"""Every interface string the package uses, found by Babel's Python extractor.

PDF text is keyed in :mod:`curriculum.pdf.catalogue` and the player's in
:mod:`curriculum.scorm.strings`; both mark their English msgids with ``N_`` (or
``NN_`` for a singular/plural pair), as does any other module that composes
interface text. Used by the catalogue tests (a missing string fails, named).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import curriculum

PACKAGE = Path(curriculum.__file__).parent
KEYWORDS = {"N_": None, "NN_": (1, 2), "gettext": None, "ngettext": (1, 2)}

Message = str | tuple[str, str]


def used_messages() -> dict[Message, list[str]]:
    """msgid (or singular/plural pair) -> where it is used (``file:line``)."""
    found: dict[Message, list[str]] = {}
    for path in _sources():
        for lineno, message in _extract(path):
            found.setdefault(message, []).append(f"{path.relative_to(PACKAGE)}:{lineno}")
    return found


def _sources() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        if "N_(" in code or "gettext(" in code:
            yield path


def _extract(path: Path) -> Iterator[tuple[int, Message]]:
    from babel.messages.extract import extract

    with path.open("rb") as handle:
        for lineno, message, _comments, _context in extract("python", handle, keywords=KEYWORDS):
            if isinstance(message, tuple):
                yield lineno, (message[0], message[1])
            else:
                yield lineno, message
