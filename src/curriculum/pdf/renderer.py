"""HTML to PDF bytes with WeasyPrint: one render per document, warnings treated as errors.

Each process (the build process itself, or a pool worker) keeps one
``FontConfiguration`` and the parsed stylesheets, so a document costs only its
own layout and PDF writing. Everything WeasyPrint logs at WARNING or above
(broken CSS, a missing glyph, a skipped resource) fails the document: a
handout that silently lost its page footer is worse than no handout.

This module imports WeasyPrint at the top; the exporter imports it only when
something has to be rendered.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from curriculum.pdf.fetcher import FetchRefused, SafeFetcher
from curriculum.pdf.jobs import RenderJob, RenderResult

PDF_VARIANT = "pdf/ua-1"
"""Tagged PDF with the document language and title: screen readers, reading order."""


class _Collect(logging.Handler):
    """Keeps the messages WeasyPrint logs while one document renders."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


_fonts: list[Any] = []
_styles: dict[tuple[str, str, tuple[str, ...]], tuple[Any, list[str]]] = {}


def _font_config() -> Any:
    if not _fonts:
        _fonts.append(FontConfiguration())
    return _fonts[0]


@contextmanager
def _captured() -> Iterator[_Collect]:
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@contextmanager
def _source_date_epoch(epoch: int) -> Iterator[None]:
    """fontTools (WeasyPrint's fallback subsetter) stamps fonts with the clock otherwise."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _stylesheet(path: str, fetcher: SafeFetcher) -> tuple[Any, list[str]]:
    """A parsed stylesheet and the warnings parsing gave, cached by path, content and roots.

    The roots are part of the key because the stylesheet keeps the fetcher it
    was parsed with: a later build in this process with other roots gets its own.
    """
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    key = (path, digest, fetcher.roots)
    if key not in _styles:
        with _captured() as log:
            css = CSS(filename=path, url_fetcher=fetcher, font_config=_font_config())
        _styles[key] = (css, [f"{os.path.basename(path)}: {m}" for m in log.messages])
    return _styles[key]


def render(job: RenderJob) -> RenderResult:
    """Render one document to tagged PDF bytes; never raises for content problems."""
    result = RenderResult(job.name)
    fetcher = SafeFetcher(job.roots)
    try:
        with _source_date_epoch(job.epoch), _captured() as log:
            sheets = [_stylesheet(path, fetcher) for path in job.stylesheets]
            for _css, warnings in sheets:
                result.problems += warnings
            document = HTML(string=job.html, base_url=job.base_url, url_fetcher=fetcher).render(
                stylesheets=[css for css, _ in sheets], font_config=_font_config()
            )
            pdf = document.write_pdf(pdf_variant=PDF_VARIANT)
    except FetchRefused as refused:
        result.refusals = list(dict.fromkeys([*fetcher.refusals, refused.refusal]))
        return result
    except Exception as exc:  # WeasyPrint failing on a project's template or CSS
        result.problems.append(f"WeasyPrint stopped with {type(exc).__name__}: {exc}")
        return result
    result.problems += log.messages
    result.refusals = list(fetcher.refusals)
    if result.ok:
        result.pdf, result.pages = pdf, len(document.pages)
    return result
