"""Rules beyond the schema: each a small function yielding located diagnostics.

The registry below is explicit (no discovery by import side effects); each rule's
code appears in brackets at the end of its messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from curriculum.checks.citations import check_quotes, check_source_entries, normalise_quote
from curriculum.checks.context import CheckContext
from curriculum.checks.formats import check_formats
from curriculum.checks.ids import (
    check_module_id_matches_file,
    check_unique_config_ids,
    check_unique_ids_in_modules,
    check_unique_module_ids,
)
from curriculum.checks.languages import check_interface_languages
from curriculum.checks.lint import check_item_writing, check_lint_settings
from curriculum.checks.placeholders import check_placeholders
from curriculum.checks.plan import check_minutes_add_up
from curriculum.checks.questions import check_draw, check_objectives_assessed, check_question_rules
from curriculum.checks.references import (
    check_citation_sources_exist,
    check_objectives_exist,
    check_theme_exists,
)
from curriculum.checks.translations import check_translations
from curriculum.checks.wording import check_terminology
from curriculum.checks.xrefs import check_cross_references
from curriculum.diagnostics import Diagnostic
from curriculum.loader import Project

Rule = Callable[[CheckContext], Iterable[Diagnostic]]

RULES: tuple[Rule, ...] = (
    check_module_id_matches_file,
    check_unique_module_ids,
    check_unique_ids_in_modules,
    check_unique_config_ids,
    check_theme_exists,
    check_objectives_exist,
    check_citation_sources_exist,
    check_question_rules,
    check_draw,
    check_source_entries,
    check_quotes,
    check_objectives_assessed,
    check_terminology,
    check_minutes_add_up,
    check_formats,
    check_lint_settings,
    check_item_writing,
    check_placeholders,
    check_interface_languages,
    check_cross_references,
    check_translations,
)


def run_checks(project: Project, pending: Mapping[str, str] | None = None) -> list[Diagnostic]:
    """Every rule over the whole project; order of the result is the rules' order.

    ``pending`` maps project-relative paths of source texts about to be written (text
    ``curriculum draft`` extracted from a PDF or DOCX) to their text, so the drafts that
    cite them are checked before anything is written.
    """
    ctx = CheckContext(project)
    for rel, text in (pending or {}).items():
        ctx.source_texts[rel] = normalise_quote(text)
        ctx.path_problems[rel] = None
    found: list[Diagnostic] = []
    for rule in RULES:
        found.extend(rule(ctx))
    return found
