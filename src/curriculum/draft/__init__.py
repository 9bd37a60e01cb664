"""Drafting modules from source documents: ``curriculum draft``.

A deterministic pipeline, offline (spaCy's English pipeline ships in an installed package):
``reading`` (refusals, offsets) -> ``cleaning`` (lines, blocks, audit) -> ``sentences``
(spaCy, repeats, near-duplicates) -> ``nlp`` (parse) -> ``facts`` -> ``themes`` ->
``questions`` and ``lists`` (rules, with ``clauses`` trimming stems and ``distractors``) ->
``scoring`` and ``choosing`` -> ``modules`` (YAML) -> ``validate`` (the project's own
checks) -> ``gates`` -> written by ``pipeline``. See docs/drafting.md.
"""

from __future__ import annotations

from curriculum.draft.pipeline import DraftFile, DraftResult, draft_modules

__all__ = ["DraftFile", "DraftResult", "draft_modules"]
