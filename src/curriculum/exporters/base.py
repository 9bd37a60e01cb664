"""What an output format is: a small class with a ``name`` and an ``export`` method."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from curriculum.loader import LoadedModule, Project
from curriculum.models import CurriculumConfig


class Progress(Protocol):
    """Progress reporting; the CLI passes a rich progress bar, the library a no-op."""

    def start(self, label: str, total: int) -> None: ...

    def advance(self, amount: int = 1) -> None: ...


class NullProgress:
    """Reports nothing (library use, tests)."""

    def start(self, label: str, total: int) -> None:
        return None

    def advance(self, amount: int = 1) -> None:
        return None


@dataclass(frozen=True)
class BuildContext:
    """Everything an exporter may read. It writes only under ``out_dir``.

    ``out_dir`` is inside the staging folder: the build swaps it into place only
    when every exporter has succeeded, so a failed build never touches the last
    one. ``cache_dir`` (for render caches) is in the staging folder too, carried
    over from the last build with hard links: replace files there, never write
    into them. ``previous_dir`` is the last successful output of this format
    (may not exist; read only).
    """

    project: Project
    config: CurriculumConfig
    modules: tuple[LoadedModule, ...]
    timestamp: datetime
    out_dir: Path
    cache_dir: Path
    previous_dir: Path
    jobs: int
    progress: Progress

    @property
    def root(self) -> Path:
        return self.project.root

    @property
    def templates_dir(self) -> Path:
        """The project's template overrides folder (may not exist)."""
        return self.project.root / self.config.templates


class Exporter(ABC):
    """One output format.

    Its name, summary and whether it is a platform package are declared once, in
    its registry entry (:data:`curriculum.exporters.REGISTRY`); the build hands the
    name in, so a class never repeats what the entry says.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        """The ``--format`` value and the ``build/<name>/`` folder."""

    @abstractmethod
    def export(self, ctx: BuildContext) -> list[Path]:
        """Write this format's files under ``ctx.out_dir``; return them."""
