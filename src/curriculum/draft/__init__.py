"""Drafting modules from source documents: ``curriculum draft``.

A deterministic, rule-based pipeline (no language model, nothing downloaded):
``reading`` (refusals, offsets) -> ``cleaning`` (lines, blocks, audit) ->
``sentences`` (pysbd, near-duplicates) -> ``facts`` -> ``themes`` -> ``questions`` and
``lists`` (rules, with ``clauses`` trimming stems and ``distractors``) -> ``modules``
(YAML) -> ``validate`` (the project's own checks) -> ``gates`` -> written by
``pipeline``. See docs/drafting.md.
"""

from __future__ import annotations

from curriculum.draft.pipeline import DraftFile, DraftResult, draft_modules

__all__ = ["DraftFile", "DraftResult", "draft_modules"]
