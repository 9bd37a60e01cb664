"""``curriculum draft``: sources and themes in, validated draft modules out.

Order of work: read every source (refusing images and broken files), analyse it, run
the question rules, give each question and fact its theme, build one module per theme,
validate every module through the same model and checks as hand-written ones, run
the quality gates, and only then write. Nothing is written when anything fails, and
no existing file is replaced without ``force``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from curriculum.config import CONFIG_NAME, find_project_root, load_config
from curriculum.diagnostics import Diagnostic, SourceLocation, error
from curriculum.draft import nlp, sourced
from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.assertion import asserts
from curriculum.draft.audit import audit_markdown, metrics_json
from curriculum.draft.choosing import balance_themes, cap, choose, explain_empty
from curriculum.draft.definitions import definition_rules
from curriculum.draft.exam_choice import exam_rules
from curriculum.draft.gates import GateReport, check_questions
from curriculum.draft.giveaway import hold_cues, keep_answers
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.lists import list_rules
from curriculum.draft.modules import (
    AUDIT_NAME,
    METRICS_NAME,
    ThemeMaterial,
    build_module,
    module_id,
    question_snippet,
    reference_for,
    to_yaml,
)
from curriculum.draft.placement import (
    clear_shares,
    context_theme,
    document_shares,
    heading_scores,
    lead_themes,
    place,
)
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.row_facts import form_entry
from curriculum.draft.row_sweeps import redraw
from curriculum.draft.sentences import Sentence
from curriculum.draft.table_values import table_value_rules
from curriculum.draft.themes import ThemeMatcher
from curriculum.draft.usage_tables import usage_rules
from curriculum.draft.validate import validate_drafts
from curriculum.errors import ContentError, UsageError
from curriculum.fileset import write_set
from curriculum.models import CurriculumConfig, Theme
from curriculum.schema import SCHEMA_DIR
from curriculum.schema_errors import diagnostics_from_validation
from curriculum.yamlio import YamlLoadError, parse_yaml_mapping, read_yaml_file


@dataclass
class DraftFile:
    """One written draft and its gate report."""

    path: Path
    theme: str
    sufficient: bool
    facts: int
    questions: int
    report: GateReport


@dataclass
class DraftResult:
    """What the command prints: each draft, the audit and metrics files, the warnings."""

    drafts: list[DraftFile]
    audit: Path
    metrics: Path
    unassigned: int
    overall: GateReport
    warnings: list[Diagnostic] = field(default_factory=list)
    extracted: list[Path] = field(default_factory=list)
    """Texts extracted from PDF and DOCX sources, written for the drafts to cite."""
    below_threshold: int = 0
    rejected: int = 0


def draft_modules(
    start: Path,
    sources: Sequence[Path],
    themes_file: Path | None,
    out: Path | None,
    force: bool,
    model: str | None = None,
) -> DraftResult:
    """Draft one module per theme from ``sources``; see the module docstring."""
    root = find_project_root(start)
    loaded = load_config(root)
    if loaded.config is None:
        raise ContentError(f"{CONFIG_NAME} has errors; fix them first", loaded.diagnostics)
    config = loaded.config
    themes = _themes(themes_file, config)
    out_dir = out if out is not None else root / config.modules
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out {out_dir} is a file; give a folder for the drafts")
    nlp.use_model(model or config.draft_model)
    sourced.use(config.draft_sources, config.draft_audience)
    matcher = ThemeMatcher(themes)
    analyses = _analyses(sources, root, config, matcher, out_dir)
    candidates = [q for a in analyses for q in rules_for(a, matcher)]
    _settle_themes(analyses, matcher)
    questions, below = choose(candidates, lambda q: question_theme(q, matcher) is not None)
    materials, unassigned = _assign(themes, analyses, questions, matcher)
    below += hold_cues(materials)  # no stem shows another's answer (``giveaway.py``)
    below += cap(materials)
    below = balance_themes(materials, below, candidates)
    explain_empty(materials, below, lambda q: question_theme(q, matcher))
    keep_answers(materials)  # no stem spells out an acronym another question asks for
    redraw(materials)  # rows of one table asked together do not share their options
    extracted = extracted_texts(analyses)
    rejected: list[Rejected] = []
    while True:
        files = _render(materials, analyses, config, out_dir, root)
        try:
            warnings = validate_drafts(root, files, extracted)
        except ContentError as exc:
            faulty = _faulty(exc, files)
            if not faulty:
                raise
            rejected += _reject(faulty, materials, unassigned)
            continue
        snippets = {q.qid: question_snippet(q) for q in unassigned}
        quotes = _written_quotes(files, snippets)
        overall = check_questions([q for m in materials for q in m.questions] + unassigned,
                                  quotes)
        if overall.ok:
            break
        failed = {f.question.qid: f"failed the gate {f.gate!r}: {f.detail}"
                  for f in overall.failures}
        rejected += _reject(failed, materials, unassigned)
    _mark_used(materials, unassigned)
    extra = {
        out_dir / AUDIT_NAME: audit_markdown(
            analyses, materials, unassigned, overall, snippets, below, rejected
        ),
        out_dir / METRICS_NAME: metrics_json(
            analyses, materials, unassigned, overall, len(below), len(rejected)
        ),
        **{root / rel: text for rel, text in extracted.items()},
    }
    write_set(
        {**{p: t for p, (t, _) in files.items()}, **extra},
        replace_existing=force,
        usage=out is not None,
    )
    drafts = [
        DraftFile(
            path,
            m.theme.id,
            m.sufficient,
            len(m.facts),
            len(m.questions),
            check_questions(m.questions, quotes),
        )
        for (path, _), m in zip(files.items(), materials, strict=True)
    ]
    return DraftResult(
        drafts,
        out_dir / AUDIT_NAME,
        out_dir / METRICS_NAME,
        len(unassigned),
        overall,
        warnings,
        [root / rel for rel in extracted],
        len(below),
        len(rejected),
    )


def rules_for(analysis: Analysis, matcher: ThemeMatcher) -> list[DraftQuestion]:
    """Every candidate question of one source: sentence, list, definition, glossary,
    procedure, table-value, terminology-table and exam-item rules, in that order."""
    return (
        sentence_rules(analysis, matcher)
        + list_rules(analysis)
        + definition_rules(analysis)
        + glossary_rules(analysis)
        + procedure_rules(analysis)
        + table_value_rules(analysis)
        + usage_rules(analysis)
        + exam_rules(analysis)
    )


@dataclass
class Rejected:
    """A candidate dropped because its module would not validate or it failed a gate."""

    question: DraftQuestion
    reason: str


def _faulty(exc: ContentError, files: dict[Path, tuple[str, list[DraftQuestion]]]) -> dict[
    str, str
]:
    """Question id -> problem, for every validation error that lies inside a question."""
    out: dict[str, str] = {}
    for diag in exc.diagnostics:
        match = re.match(r"^quiz\.questions\[(\d+)\]", diag.key_path)
        entry = files.get(diag.location.path)
        if match is None or entry is None or int(match.group(1)) >= len(entry[1]):
            return {}  # a problem outside the questions: a bug, not a bad candidate
        out.setdefault(entry[1][int(match.group(1))].qid, diag.message)
    return out


def _reject(
    faulty: dict[str, str], materials: list[ThemeMaterial], unassigned: list[DraftQuestion]
) -> list[Rejected]:
    out = []
    for material in materials:
        out += [Rejected(q, faulty[q.qid]) for q in material.questions if q.qid in faulty]
        material.questions = [q for q in material.questions if q.qid not in faulty]
    out += [Rejected(q, faulty[q.qid]) for q in unassigned if q.qid in faulty]
    unassigned[:] = [q for q in unassigned if q.qid not in faulty]
    return out


def _mark_used(materials: list[ThemeMaterial], unassigned: list[DraftQuestion]) -> None:
    for material in materials:
        for analysis, index in material.facts:
            analysis.used.add(index)
    for question in [q for m in materials for q in m.questions] + unassigned:
        analysis = question.analysis
        analysis.used.add(question.sentence.index)
        starts = [start for start, _ in question.items]  # a list question's items
        if question.carried is not None:
            starts.append(question.carried.start)  # a lead-in or sentence shown before
        for start in starts:
            unit = analysis.sentence_at(start)
            if unit is not None:
                analysis.used.add(unit.index)


def _themes(themes_file: Path | None, config: CurriculumConfig) -> list[Theme]:
    if themes_file is None:
        return list(config.themes)
    try:
        document = read_yaml_file(themes_file)
    except YamlLoadError as exc:
        raise ContentError(f"cannot read themes from {themes_file}", exc.diagnostics) from None
    data = document.data.get("themes")
    if not isinstance(data, list) or not data:
        where = SourceLocation(themes_file, 1, 1)
        raise ContentError(
            f"no themes in {themes_file}",
            [error('expected a "themes:" list with at least one theme', where, "draft-themes")],
        )
    try:  # checked as a config holding just these themes, so errors point into the file
        return list(CurriculumConfig.model_validate({"title": "themes", "themes": data}).themes)
    except ValidationError as exc:
        raise ContentError(
            f"themes in {themes_file} have errors",
            diagnostics_from_validation(exc, document.data, document.source_map, CurriculumConfig),
        ) from None


def _analyses(
    sources: Sequence[Path],
    root: Path,
    config: CurriculumConfig,
    matcher: ThemeMatcher,
    out_dir: Path,
) -> list[Analysis]:
    if not sources:
        raise UsageError("give at least one source file, e.g. curriculum draft sources/*.txt")
    seen: dict[Path, None] = {}
    for path in sources:
        seen.setdefault(path.resolve() if path.exists() else path, None)
    analyses: list[Analysis] = []
    ids: set[str] = {r.id for r in config.references}
    names: set[str] = set()
    for path in seen:
        doc = read_source(path, root, _extract_target(out_dir, path, names))
        ref = reference_for(doc.rel, config)
        source_id = ref.id if ref is not None else _unique_id(_slug(path.stem), ids)
        ids.add(source_id)
        analyses.append(analyse(doc, source_id, matcher))
    return analyses


EXTRACTED_FOLDER = "sources"
"""Sub-folder of the drafts' folder for text extracted from PDF and DOCX sources."""


def _extract_target(out_dir: Path, path: Path, taken: set[str]) -> Path:
    """``<out>/sources/<name>.md`` for a PDF or DOCX (``report.pdf.md``), one per name."""
    name, n = f"{path.name}.md", 2
    while name in taken:
        name, n = f"{path.stem}-{n}{path.suffix}.md", n + 1
    taken.add(name)
    return out_dir / EXTRACTED_FOLDER / name


def extracted_texts(analyses: list[Analysis]) -> dict[str, str]:
    """Project-relative path to text, for every source read from a PDF or DOCX."""
    return {a.doc.rel: a.doc.raw for a in analyses if a.doc.origin is not None}


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:72].rstrip("-")
    return slug or "source"


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _settle_themes(analyses: list[Analysis], matcher: ThemeMatcher) -> None:
    """Each statement that names no theme of its own takes its lead-in's, or its section's
    or title's (``context_theme``), once the document's shares of its sentences' own words
    are taken: before the questions are chosen, so that the choice among a sentence's
    questions can prefer one that reaches a module."""
    for analysis in analyses:
        document_shares(analysis, matcher)  # the shares of the sentences' own words
        clear_shares(analysis, matcher)
        for sentence in analysis.kept():
            if not analysis.is_statement(sentence):
                continue
            found = [] if analysis.themes.get(sentence.index) else lead_themes(analysis, sentence)
            found = found or context_theme(analysis, sentence, matcher)  # title and heading
            if found:
                analysis.themes[sentence.index] = found


def _assign(
    themes: list[Theme],
    analyses: list[Analysis],
    questions: list[DraftQuestion],
    matcher: ThemeMatcher,
) -> tuple[list[ThemeMaterial], list[DraftQuestion]]:
    materials = {t.id: ThemeMaterial(t) for t in themes}
    for analysis in analyses:
        for sentence in analysis.kept():
            for match in analysis.themes.get(sentence.index, []):
                if (
                    (analysis.is_statement(sentence)
                     or (sentence.in_quote and sentence.kind == "para"))
                    and _asserts(analysis, sentence)
                ) or (sentence.kind == "row" and not form_entry(analysis, sentence)):
                    materials[match.theme].facts.append((analysis, sentence.index))
                elif sentence.kind == "bullet":
                    materials[match.theme].mentions.append((analysis, sentence.index))
    unassigned = []
    for question in questions:
        theme = question_theme(question, matcher)
        if theme is None:
            question.unplaced = why_no_theme(question, matcher)
            unassigned.append(question)
        else:
            materials[theme].questions.append(question)
    return list(materials.values()), unassigned


def _asserts(analysis: Analysis, sentence: Sentence) -> bool:
    """A fact must assert something: no question the text asks, no line without a clause
    (page furniture, a list of names, a label; ``assertion.py``)."""
    return asserts(sentence.text(analysis.doc), sentence.parsed)


def question_theme(q: DraftQuestion, matcher: ThemeMatcher) -> str | None:
    """A list question by its items, or by the theme its lead-in or heading names when
    the items that carry theme words all carry that one (an ordering question, whose items
    are names of steps, by its lead-in); any other by ``placement.place``."""
    analysis = q.analysis
    if q.items and q.qtype != "ordering":
        themes = set()
        for start, end in q.items:
            item = analysis.sentence_at(start)
            words = analysis.words_in(item, [(start, end)]) if item is not None else []
            best = matcher.assign(words)
            themes.add(best[0].theme if best else None)
        if len(themes) == 1 and None not in themes:
            return themes.pop()
        named = _list_subject(q, matcher)
        return named if named is not None and themes - {None} <= {named} else None
    theme, _ = place(q, matcher)
    return theme


def _list_subject(q: DraftQuestion, matcher: ThemeMatcher) -> str | None:
    """The one theme a list's lead-in, or else its heading, names ("Signs that a child is
    being groomed online:"): the list is about it even when some items carry no theme
    words of their own ("gifts", "secrecy")."""
    found = q.analysis.themes.get(q.sentence.index, [])
    if len(found) == 1:
        return found[0].theme
    scores = sorted(heading_scores(q.sentence.heading, matcher).items(), key=lambda kv: -kv[1])
    if scores and scores[0][1] >= 1.0 and (len(scores) == 1 or scores[0][1] - scores[1][1] >= 0.5):
        return scores[0][0]  # the bar and the lead a question's own placement needs
    return None


def why_no_theme(q: DraftQuestion, matcher: ThemeMatcher) -> str:
    """The audit's plain reason a question went to no theme."""
    if q.items and q.qtype != "ordering":
        return "its list's items do not all belong to one theme"
    return place(q, matcher)[1]


def _render(
    materials: list[ThemeMaterial],
    analyses: list[Analysis],
    config: CurriculumConfig,
    out_dir: Path,
    root: Path,
) -> dict[Path, tuple[str, list[DraftQuestion]]]:
    origin = ", ".join(a.doc.rel for a in analyses)
    files: dict[Path, tuple[str, list[DraftQuestion]]] = {}
    schema = _schema_ref(root, out_dir)
    for material in materials:
        module = build_module(material, analyses, config)
        notes = {q.qid: _notes(q) for q in material.questions}
        path = out_dir / f"{module_id(material.theme)}.yaml"
        files[path] = (to_yaml(module, notes, origin, schema), material.questions)
    return files


def _schema_ref(root: Path, out_dir: Path) -> str:
    """The project's module schema as seen from the drafts' folder (for editors)."""
    target = root.resolve() / SCHEMA_DIR / "module.schema.json"
    return Path(os.path.relpath(target, out_dir.resolve())).as_posix()


def _notes(q: DraftQuestion) -> list[str]:
    lines = [
        f"draft rule {q.rule}, from {q.analysis.doc.rel} line {q.sentence.line}; "
        f"stem: {q.stem_rule}"
    ]
    if q.sentence.also:
        lines.append("the same sentence is also at line " + ", ".join(map(str, q.sentence.also)))
    lines.append(f"score {q.score:.2f}" + (f": {'; '.join(q.reasons)}" if q.reasons else ""))
    return lines + [f"CHECK: {w}" for w in q.warnings]


def _written_quotes(
    files: dict[Path, tuple[str, list[DraftQuestion]]], snippets: dict[str, str]
) -> dict[str, str]:
    """Each question's quote as it reads back from the YAML text about to be written
    (a module, or the audit's snippet for a question that fits no theme)."""
    quotes: dict[str, str] = {}
    for path, (text, _) in files.items():
        data = parse_yaml_mapping(text, path).data
        for question in (data.get("quiz") or {}).get("questions", []):
            quotes[question["id"]] = question["cite"]["quote"]
    for qid, snippet in snippets.items():
        data = parse_yaml_mapping(snippet, Path(AUDIT_NAME)).data
        quotes[qid] = data["question"]["cite"]["quote"]
    return quotes


