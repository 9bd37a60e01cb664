"""Cross-references in author Markdown name a section of the same module.

``[](#section-id)`` prints "section 3" with a link in the PDFs and "section 3"
in packages; such a reference (empty text, or text with ``#`` for the number) to
an id the module does not have is an error here, not an empty link in print. An
ordinary in-page link with its own words (``[top](#top)``) to an unknown id is a
warning: modules written before cross-references keep validating.
"""

from __future__ import annotations

from collections.abc import Iterator

from curriculum.checks.context import CheckContext, at_value
from curriculum.checks.references import suggest
from curriculum.diagnostics import Diagnostic
from curriculum.loader import LoadedModule
from curriculum.xrefs import XREF_LINK
from curriculum.yamlio import KeyPath


def check_cross_references(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Every ``[...](#id)`` in a module's Markdown names one of its section ids."""
    for loaded in ctx.modules():
        known = [s.id for s in loaded.module.sections]
        for key_path, text in _markdown_fields(loaded):
            for match in XREF_LINK.finditer(text):
                text, target = match.group(1), match.group(2)
                if target not in known:
                    message = (f'cross-reference to unknown section "{target}"'
                               f"{suggest(target, known)}")
                    numbered = not text or "#" in text
                    yield at_value(loaded.source_map, key_path, message, "unknown-xref",
                                   warn=not numbered)


def _markdown_fields(loaded: LoadedModule) -> Iterator[tuple[KeyPath, str]]:
    module = loaded.module
    if module.summary:
        yield ("summary",), module.summary
    for index, section in enumerate(module.sections):
        yield ("sections", index, "body"), section.body
        if section.trainer_notes:
            yield ("sections", index, "trainer_notes"), section.trainer_notes
        if section.activity:
            yield ("sections", index, "activity", "instructions"), section.activity.instructions
