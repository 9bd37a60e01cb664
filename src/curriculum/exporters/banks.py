"""Question-bank formats: ``qti21``, ``moodle``, ``gift`` (a file per module) and ``cc``.

Each reads the module's typed package model, the same one the JSON package is
written from, so the TLP:RED refusal and the answer rules are shared.
"""

from __future__ import annotations

from abc import abstractmethod
from pathlib import Path

from curriculum.atomic import write_bytes_atomic
from curriculum.exporters.base import BuildContext, Exporter
from curriculum.package import module_package_model
from curriculum.package_models import Package


class _BankExporter(Exporter):
    """Writes ``<module id>.<suffix>`` per module that has a quiz."""

    suffix: str

    def export(self, ctx: BuildContext) -> list[Path]:
        written = []
        ctx.progress.start(f"{self.name} banks", len(ctx.modules))
        for loaded in ctx.modules:
            package = module_package_model(ctx.config, loaded, ctx.timestamp)
            data = self.render(package, ctx)
            if data is not None:
                path = ctx.out_dir / f"{loaded.module.id}.{self.suffix}"
                write_bytes_atomic(path, data)
                written.append(path)
            ctx.progress.advance()
        return written

    @abstractmethod
    def render(self, package: Package, ctx: BuildContext) -> bytes | None:
        """The file's bytes, or None when the module has no quiz."""


class Qti21Exporter(_BankExporter):
    """IMS QTI 2.1 content packages (``docs/qti21.md``)."""

    suffix = "zip"

    def render(self, package: Package, ctx: BuildContext) -> bytes | None:
        from curriculum.banks.qti21_package import qti21_zip

        return qti21_zip(package, ctx.timestamp)


class MoodleExporter(_BankExporter):
    """Moodle XML question banks (``docs/moodle.md``)."""

    suffix = "xml"

    def render(self, package: Package, ctx: BuildContext) -> bytes | None:
        from curriculum.banks.moodle import moodle_xml

        return moodle_xml(package)


class GiftExporter(_BankExporter):
    """GIFT question banks (``docs/gift.md``)."""

    suffix = "gift"

    def render(self, package: Package, ctx: BuildContext) -> bytes | None:
        from curriculum.banks.gift import gift_text

        return gift_text(package)


class CartridgeExporter(Exporter):
    """One IMS Common Cartridge 1.1 for the whole curriculum (``docs/cc.md``)."""

    def export(self, ctx: BuildContext) -> list[Path]:
        from curriculum.banks.cartridge import cartridge_zip
        from curriculum.package import curriculum_identifier

        ctx.progress.start("cc cartridge", len(ctx.modules) + 1)
        modules = []
        for loaded in ctx.modules:
            modules.append(module_package_model(ctx.config, loaded, ctx.timestamp))
            ctx.progress.advance()
        identifier = curriculum_identifier(ctx.config)
        data = cartridge_zip(identifier, ctx.config.title, ctx.config.language, modules,
                             ctx.timestamp)
        path = ctx.out_dir / f"{identifier}.imscc"
        write_bytes_atomic(path, data)
        ctx.progress.advance()
        return [path]
