"""Turn a failed render into located diagnostics: which reference, which file asked for it.

WeasyPrint only knows the URL it was asked to fetch. Templates are where
references come from (author text cannot add any), so the URL, or failing
that its file name, is looked up in every template and stylesheet in effect,
then in the module file, and the first place that names it is reported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from curriculum.diagnostics import Diagnostic, SourceLocation, error
from curriculum.pdf.jobs import Refusal, RenderResult


def render_diagnostics(
    result: RenderResult, origin: Path, searched: Sequence[Path]
) -> list[Diagnostic]:
    """Diagnostics for one failed document; ``origin`` is the module (or config) file."""
    out = [_refusal(result.name, refusal, origin, searched) for refusal in result.refusals]
    for message in result.problems:
        out.append(error(f"WeasyPrint reported a problem while rendering {result.name}: "
                         f"{message}", _css_or(message, searched, origin), "pdf-render"))
    return out


def _refusal(name: str, refusal: Refusal, origin: Path, searched: Sequence[Path]) -> Diagnostic:
    found = locate(refusal.url, [*searched, origin])
    asker = "" if found is not None else " (no template or module file names it literally)"
    message = (f'refused to fetch "{refusal.url}" while rendering {name}: {refusal.reason}; '
               "PDFs may only use files inside the project or the package templates"
               f"{asker}")
    return error(message, found or SourceLocation(origin), "pdf-fetch-refused")


def needles(url: str) -> list[str]:
    """What a template may have written for ``url``: the URL, its path, its file name."""
    out = [url]
    parts = urlsplit(url)
    if parts.scheme == "file":
        path = unquote(parts.path)
        out += [path, os.path.basename(path)]
    return [n for n in dict.fromkeys(out) if n]


def locate(url: str, files: Sequence[Path]) -> SourceLocation | None:
    """The first place (file, line, column) that names ``url``, searching ``files`` in order."""
    for needle in needles(url):
        for path in files:
            found = _find(path, needle)
            if found is not None:
                return found
    return None


def _find(path: Path, needle: str) -> SourceLocation | None:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return None
    index = text.find(needle)
    if index < 0:
        return None
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return SourceLocation(path, line, col)


def _css_or(message: str, searched: Sequence[Path], origin: Path) -> SourceLocation:
    """A stylesheet's warning is located at the stylesheet (``name.css: message``)."""
    head = message.split(":", 1)[0]
    for path in searched:
        if path.name == head:
            return SourceLocation(path)
    return SourceLocation(origin)
