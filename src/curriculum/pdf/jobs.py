"""What passes between the build and the render processes (plain, picklable, no WeasyPrint)."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Refusal:
    """A reference the fetcher would not serve, and why."""

    url: str
    reason: str


@dataclass(frozen=True)
class RenderJob:
    """One document to render: its HTML, stylesheets and what the fetcher may read."""

    name: str
    """Output file name, e.g. ``module.learner.pdf``."""
    html: str
    base_url: str
    stylesheets: tuple[str, ...]
    """Paths of CSS files (already resolved through the template overrides)."""
    roots: tuple[str, ...]
    """Folders the fetcher serves files from."""
    epoch: int
    """Build timestamp, exported as SOURCE_DATE_EPOCH while fonts are written."""


@dataclass
class RenderResult:
    """The PDF bytes, or the problems that stopped the document."""

    name: str
    pdf: bytes = b""
    pages: int = 0
    problems: list[str] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the document rendered without a warning or a refused reference."""
        return not self.problems and not self.refusals


def render_in_worker(job: RenderJob) -> RenderResult:
    """Pool entry point: imports the renderer (and WeasyPrint) in the worker only.

    On a worker's first job, what it inherited (WeasyPrint's modules) is
    frozen out of the garbage collector's scans, which otherwise revisit it
    during every render.
    """
    from curriculum.pdf.renderer import render

    if not _frozen:
        gc.freeze()
        _frozen.append(True)
    return render(job)


_frozen: list[bool] = []
