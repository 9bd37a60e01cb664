"""``--format pdf``: printable handouts for trainers (WeasyPrint, imported only to render).

See ``curriculum.pdf`` for the parts and docs/handouts.md for what each PDF contains.
"""

from __future__ import annotations

from pathlib import Path

from curriculum.exporters.base import BuildContext, Exporter


class PdfExporter(Exporter):
    """Learner handout, trainer edition, quiz sheet and answer key per module, and a course book."""

    def export(self, ctx: BuildContext) -> list[Path]:
        """Write ``build/pdf/``: cached PDFs are copied, the rest rendered in parallel."""
        from curriculum.pdf.handouts import export

        return export(ctx)
