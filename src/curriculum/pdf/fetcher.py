"""The only way a PDF render may read anything: regular files under allowed folders.

WeasyPrint's default fetcher follows ``http:`` and any ``file:`` path, and a
``<link rel=attachment>`` embeds the file it names into the PDF. Templates are
project-editable, so this fetcher is the security boundary: it serves
``data:`` URLs and ``file:`` URLs whose real path (symlinks resolved) is a
regular file of bounded size inside the project or the package's templates,
and refuses everything else by aborting the render. The refusals are kept so
the build can report each one, located, instead of WeasyPrint's log warning.

This module imports WeasyPrint at the top: import it only where rendering
happens (``curriculum.pdf.renderer``).
"""

from __future__ import annotations

import mimetypes
import os
import stat
from collections.abc import Sequence
from typing import NoReturn
from urllib.parse import unquote, urlsplit

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from curriculum.pdf.jobs import Refusal

MAX_BYTES = 32 * 1024 * 1024
"""Largest file a template may pull in (fonts and images are far smaller)."""


class FetchRefused(FatalURLFetchingError):  # type: ignore[misc]  # WeasyPrint is untyped
    """Raised inside WeasyPrint to stop the render at the first refused reference."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(f"refused {refusal.url}: {refusal.reason}")
        self.refusal = refusal


def file_url_path(url: str) -> str:
    """The local path a ``file:`` URL names (query and fragment dropped)."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise ValueError(f"file URL names another host ({parts.netloc})")
    return unquote(parts.path)


def inside(path: str, roots: Sequence[str]) -> bool:
    """True when the real ``path`` lies within one of the real ``roots``."""
    return any(os.path.commonpath([path, root]) == root for root in roots)


def read_allowed_file(url: str, roots: Sequence[str]) -> bytes:
    """The bytes of the regular file ``url`` names; raises :class:`Refused` otherwise.

    The file is opened first and checked through its descriptor, so a path
    swapped between the check and the read cannot slip a device or FIFO in;
    ``O_NONBLOCK`` keeps a FIFO from hanging the open.
    """
    try:
        path = os.path.realpath(file_url_path(url))
    except ValueError as exc:
        raise Refused(Refusal(url, str(exc))) from None
    if not inside(path, roots):
        raise Refused(Refusal(url, "outside the project and the package templates"))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise Refused(Refusal(url, f"cannot open: {exc.strerror}")) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Refused(Refusal(url, "not a regular file"))
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise Refused(Refusal(url, f"larger than {MAX_BYTES // (1024 * 1024)} MB"))
    return data


class Refused(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


class SafeFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint is untyped
    """Serves ``data:`` and allowed local files; every other reference stops the render."""

    def __init__(self, roots: Sequence[str]) -> None:
        super().__init__(allowed_protocols={"data"}, timeout=5, allow_redirects=False)
        self.roots = tuple(os.path.realpath(root) for root in roots)
        self.refusals: list[Refusal] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        """Serve ``url`` or raise :class:`FetchRefused` (which WeasyPrint lets through)."""
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            self._refuse(Refusal(url, f"{scheme}: references are not allowed"))
        try:
            data = read_allowed_file(url, self.roots)
        except Refused as exc:
            self._refuse(exc.refusal)
        content_type = mimetypes.guess_type(file_url_path(url))[0] or "application/octet-stream"
        return URLFetcherResponse(url, data, {"Content-Type": content_type})

    def _refuse(self, refusal: Refusal) -> NoReturn:
        self.refusals.append(refusal)
        raise FetchRefused(refusal)
