"""The explicit registry of output formats.

Entries name their class by import path so that a format's dependencies load
only when it is built (WeasyPrint, for one, takes 0.4 s to import and needs
Pango): ``curriculum --help``, ``validate`` and JSON builds stay fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from curriculum.errors import UsageError

if TYPE_CHECKING:  # the registry stays light: ``--help`` lists formats without loading them
    from curriculum.exporters.base import Exporter


@dataclass(frozen=True)
class ExporterEntry:
    """A format's name, its class (``module:Class``) and one line for ``--help``."""

    name: str
    target: str
    summary: str
    platform: bool

    def load(self) -> type[Exporter]:
        module_name, _, class_name = self.target.partition(":")
        cls: type[Exporter] = getattr(importlib.import_module(module_name), class_name)
        return cls


REGISTRY: tuple[ExporterEntry, ...] = (
    # Default build order: registry order.
    ExporterEntry(
        "json", "curriculum.exporters.json_package:JsonExporter",
        "JSON package per module and for the curriculum, with its schema",
        platform=True,
    ),
    ExporterEntry(
        "scorm12", "curriculum.exporters.scorm:Scorm12Exporter",
        "SCORM 1.2 zip per module (self-contained player)",
        platform=True,
    ),
    ExporterEntry(
        "scorm2004", "curriculum.exporters.scorm:Scorm2004Exporter",
        "SCORM 2004 (4th edition) zip per module (self-contained player)",
        platform=True,
    ),
    ExporterEntry(
        "cc", "curriculum.exporters.banks:CartridgeExporter",
        "IMS Common Cartridge 1.1: pages, QTI 1.2 quizzes and banks",
        platform=True,
    ),
    ExporterEntry(
        "qti21", "curriculum.exporters.banks:Qti21Exporter",
        "IMS QTI 2.1 content package per module quiz",
        platform=True,
    ),
    ExporterEntry(
        "moodle", "curriculum.exporters.banks:MoodleExporter",
        "Moodle XML question bank per module quiz (Moodle 4.4+)",
        platform=True,
    ),
    ExporterEntry(
        "gift", "curriculum.exporters.banks:GiftExporter",
        "GIFT question bank per module quiz (the types GIFT can say)",
        platform=True,
    ),
    ExporterEntry(
        "pdf", "curriculum.exporters.pdf:PdfExporter",
        "PDF handouts: learner, trainer, quiz, answer key, course book",
        platform=False,
    ),
)


def format_names() -> list[str]:
    """Names of every available format, in registry (and default build) order."""
    return [entry.name for entry in REGISTRY]


def entry_for(name: str) -> ExporterEntry:
    """The registry entry for ``name``; an unknown name lists the available ones."""
    for entry in REGISTRY:
        if entry.name == name:
            return entry
    from curriculum.schema_errors import closest_choice

    guess = closest_choice(name, format_names())
    hint = f'; did you mean "{guess}"?' if guess else ""
    raise UsageError(
        f'unknown format "{name}"; available formats: {", ".join(format_names())}{hint}'
    )
