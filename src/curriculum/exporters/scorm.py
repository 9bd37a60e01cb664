"""``scorm12`` and ``scorm2004``: one self-contained SCORM zip per module.

See ``docs/scorm.md`` for what the zips contain and how the player talks to an LMS.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from curriculum.atomic import write_bytes_atomic
from curriculum.exporters.base import BuildContext, Exporter
from curriculum.scorm.package import scorm_zip


class _ScormExporter(Exporter):
    """Writes ``<module id>.zip`` for every module into ``build/<name>/``."""

    scorm_version: ClassVar[str]

    def export(self, ctx: BuildContext) -> list[Path]:
        written = []
        ctx.progress.start(f"{self.name} packages", len(ctx.modules))
        for loaded in ctx.modules:
            data = scorm_zip(ctx.config, loaded, ctx.timestamp, self.scorm_version)
            path = ctx.out_dir / f"{loaded.module.id}.zip"
            write_bytes_atomic(path, data)
            written.append(path)
            ctx.progress.advance()
        return written


class Scorm12Exporter(_ScormExporter):
    """SCORM 1.2 packages."""

    scorm_version = "1.2"


class Scorm2004Exporter(_ScormExporter):
    """SCORM 2004 4th edition packages."""

    scorm_version = "2004"
