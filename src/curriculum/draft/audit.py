"""The audit file (Markdown, for the author) and the metrics file (JSON, for CI).

Neither ends in ``.yaml``: a folder of drafts is validated with ``curriculum validate
drafts/``, which reads every ``.yaml`` file as a module. Both are deterministic: no
timestamps, no absolute paths, keys in a fixed order.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape
from curriculum.draft.cleaning import Dropped
from curriculum.draft.depth import DEPTH_BUDGET
from curriculum.draft.facts import names_only
from curriculum.draft.gates import GateReport, figures
from curriculum.draft.guidance import announces_plan
from curriculum.draft.marking import source_marking
from curriculum.draft.modules import ThemeMaterial, module_id
from curriculum.draft.own import recruiting
from curriculum.draft.placement import rule_sentence
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.row_facts import FORM_ENTRY, form_entry
from curriculum.draft.sentences import Sentence

if TYPE_CHECKING:
    from curriculum.draft.pipeline import Rejected



def _draft_line(material: ThemeMaterial) -> str:
    """One module's line in "Drafts", with why a drafted theme has no question.

    Why: a theme with material and none of its candidates at the threshold takes none below
    it (``choosing.explain_empty``; the old top-up promoted candidates blind reviews then
    dropped). Its module says why, but an author reading the audit first saw only "0
    questions" and had to open the module to learn which candidate came closest and what
    held it back: the audit, where the candidates are, now says it too."""
    status = "drafted" if material.sufficient else "too little material (not drafted)"
    line = (f"- `{module_id(material.theme)}.yaml`: {status}; "
            f"{_plural(len(material.facts), 'fact')}, "
            f"{_plural(len(material.questions), 'question')}")
    if not (material.sufficient and material.note):
        return line
    note = material.note.replace("in draft-audit.md", 'under "Candidates below the threshold"')
    return f"{line}. {note}"


def audit_markdown(
    analyses: list[Analysis],
    materials: list[ThemeMaterial],
    unassigned: list[DraftQuestion],
    report: GateReport,
    snippets: dict[str, str],
    below: list[DraftQuestion] | None = None,
    rejected: list[Rejected] | None = None,
) -> str:
    """Every decision the author may want to undo, per source, then the questions."""
    out = [
        "# Draft audit",
        "",
        "Written by `curriculum draft`. Lines the drafts did not use, why, and the "
        "questions that fit no theme. Nothing here is shown to learners.",
        "",
    ]
    placed = {(id(q.analysis), q.sentence.index) for m in materials for q in m.questions}
    for analysis in analyses:
        out += _source_part(analysis, {i for a, i in placed if a == id(analysis)})
    out += ["## Drafts", ""]
    out += [_draft_line(material) for material in materials]
    out += ["", "## Sentences of themes with too little material", ""]
    thin = [(m, a, i) for m in materials if not m.sufficient for a, i in m.facts]
    out += [
        f"- {m.theme.id}: `{a.doc.rel}` line {a.sentences[i].line}: "
        f"{md_escape(a.doc.display(a.sentences[i].start, a.sentences[i].end))}"
        for m, a, i in thin
    ] or ["None."]
    out += ["", "## Candidates below the threshold", ""]
    out += _below_lines(below or [])
    out += ["", "## Candidates dropped by the module checks or gates", ""]
    out += [
        f"- `{r.question.qid}` ({r.question.rule}, `{r.question.analysis.doc.rel}` line "
        f"{r.question.sentence.line}): {md_escape(r.reason)}"
        for r in rejected or []
    ] or ["None."]
    out += ["", "## Questions that fit no theme", ""]
    if not unassigned:
        out.append("None.")
    out.append(
        "These were drafted and passed the gates but match no theme's title or "
        "keywords. Move any you want into a module by hand (or add keywords and "
        "draft again)."
    )
    out.append("")
    for question in unassigned:
        out += _question_lines(question, snippets[question.qid])
    out += ["## Questions with something to check", ""]
    flagged = [q for m in materials for q in m.questions if q.warnings]
    flagged += [q for q in unassigned if q.warnings]
    out += [f"- `{q.qid}`: {md_escape('; '.join(q.warnings))}" for q in flagged] or ["None."]
    out += [
        "",
        "## Quality gates",
        "",
        "```",
        *(line.strip() for line in report.lines()),
        "```",
        "",
    ]
    return "\n".join(out)


def _source_part(analysis: Analysis, placed: set[int]) -> list[str]:
    """One source's part of the audit. ``placed`` are its sentences a module question was
    drafted from: a question's placement reads more than its sentence's own words (its
    lead-in, its heading, the document's subject), so such a sentence can have no theme of
    its own and still sit in a module; listed as fitting no theme as well, it left the
    reader unsure which list to believe (blind review 15b, class 9)."""
    doc, cleaned = analysis.doc, analysis.cleaned
    out = [
        f"## `{doc.rel}`",
        "",
        *_origin_lines(analysis),
        f"- sha256: `{doc.sha256}`",
        f"- read as: {doc.kind}",
        f"- lines: {doc.line_count}",
        f"- handling: {md_escape(source_marking(doc)[1])}",
        f"- title: {md_escape(cleaned.title or '(none found)')}"
        + (f" (line {cleaned.title_line})" if cleaned.title_line else ""),
        f"- document date: {cleaned.doc_date.isoformat() if cleaned.doc_date else 'none found'}"
        + (
            f" (line {cleaned.date_line}: {md_escape(cleaned.date_text)})"
            if cleaned.date_line
            else ""
        ),
        f"- sentences: {len(analysis.sentences)}, kept: "
        f"{len(analysis.kept()) + len(analysis.unexamined)} (repeats and "
        f"near-duplicates removed), used in a fact or question: {len(analysis.used)}",
        *_depth_lines(analysis),
        "",
    ]
    for offset, note in doc.notes:
        out.append(f"- line {doc.line_of(offset)}: {note}")
    out += ["", "### Lines not used as text", ""]
    out += _dropped_lines(analysis)
    if analysis.unexamined:
        out += ["", "### Sentences not examined in depth", ""]
        out += _listed(analysis.unexamined)
    out += ["", "### Sentences that fit no theme", ""]
    loose = [
        s for s in analysis.kept()
        if not analysis.themes.get(s.index) and analysis.is_statement(s) and s.index not in placed
    ]
    out += [
        f"- line {s.line}: {md_escape(doc.display(s.start, s.end))}"
        + (" (a rule: neither its words nor the document's title and heading name a theme)"
           if rule_sentence(s) else "")
        for s in loose
    ] or ["None."]
    out += ["", "### Other units not used", ""]
    listed = {s.index for s in loose}
    unused = [s for s in analysis.kept() if s.index not in analysis.used | listed]
    out += [
        f"- line {s.line}: {md_escape(unused_reason(analysis, s))}: "
        f"{md_escape(shorten(doc.display(s.start, s.end)))}"
        for s in unused
    ] or ["None."]
    out.append("")
    return out


def unused_reason(analysis: Analysis, sentence: Sentence) -> str:
    """Why a unit the draft kept went into no fact and no question (every line of a
    source is accounted for: used, or listed with its reason)."""
    text = analysis.doc.display(sentence.start, sentence.end)
    themes = [m.theme for m in analysis.themes.get(sentence.index, [])]
    fits = f"names {', '.join(themes)}" if themes else "fits no theme"
    if sentence.unjoined:
        return f"{sentence.unjoined} ({fits})"
    if sentence.kind == "bullet" and not sentence.whole:
        year = analysis.cleaned.doc_date.year if analysis.cleaned.doc_date else None
        if announces_plan(sentence.heading, year):
            return (f'an item of a plan (under "{shorten(" ".join(sentence.heading.split()))}"): '
                    f"what a body undertakes to do, not a rule ({fits})")
        return f"a list item, not a sentence: read only with its list ({fits})"
    if text.rstrip().endswith(":"):
        return f"introduces a list, read with it ({fits})"
    if sentence.in_quote:
        return f"inside quotation marks: an opinion, not a fact ({fits})"
    if any(f.kind == "person_label" for f in analysis.facts.get(sentence.index, [])):
        return "a caption label (a name and a role)"
    if names_only(sentence.parsed):
        return "names and roles with no verb (who, never what): not a fact"
    if recruiting(sentence.heading):
        return ("the document's own recruitment or business with its reader (how to apply, "
                "pay, how to respond, its privacy notice): not a fact of the work")
    if form_entry(analysis, sentence):
        return f"{FORM_ENTRY} ({fits})"
    if sentence.kind == "row":
        return f"a table row ({fits})"
    if len(text.split()) < 5:
        return f"too short to stand alone as a fact ({fits})"
    return fits


MAX_DROPPED_LISTED = 200
"""Lines listed one by one; past this the audit counts them by reason (a 2 MB source once
gave a 2.2 MB audit)."""
MAX_ECHO = 100
"""Characters of a dropped line shown: enough to find it, never the whole line."""


def _depth_lines(analysis: Analysis) -> list[str]:
    """Says how much of a very large source was not examined in depth, and why."""
    if not analysis.unexamined:
        return []
    return [
        f"- not examined in depth: {_plural(len(analysis.unexamined), 'sentence')} "
        f"({sum(len(d.text) for d in analysis.unexamined):,} characters). The sentences a "
        f"rule or theme could use come to more than {DEPTH_BUDGET:,} characters, so they "
        "were ranked by cheap cues (theme words, figures, definitions, obligations), "
        "theme by theme in turn, and only those within that budget were parsed; no fact, "
        "theme or question comes from the rest (listed below). Split the source to have "
        "every part examined."
    ]


def _dropped_lines(analysis: Analysis) -> list[str]:
    """Lines dropped while reading, and the headings (context, never text)."""
    doc = analysis.doc
    headings = [
        Dropped(line.number, "heading: the context of the text under it, not a sentence",
                doc.display(line.start, line.end))
        for line in analysis.cleaned.lines
        if line.kind == "heading" and doc.display(line.start, line.end)
    ]
    return _listed(sorted([*analysis.dropped, *headings], key=lambda d: d.line))


def _listed(dropped: list[Dropped]) -> list[str]:
    if not dropped:
        return ["None."]
    out = [
        f"- line {d.line}: {md_escape(d.reason)}: {md_escape(shorten(d.text))}"
        for d in dropped[:MAX_DROPPED_LISTED]
    ]
    rest = dropped[MAX_DROPPED_LISTED:]
    if rest:
        counts: dict[str, int] = {}
        for item in rest:
            reason = item.reason.split(" of line ")[0].split(" line ")[0].split(",")[0]
            counts[reason] = counts.get(reason, 0) + 1
        summary = "; ".join(f"{md_escape(r)}: {n}" for r, n in sorted(counts.items()))
        out.append(
            f"- and {_plural(len(rest), 'more line')} (lines {rest[0].line} to "
            f"{rest[-1].line}), not listed one by one: {summary}"
        )
    return out


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """At most ``limit`` characters, cut at a word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip() + " \u2026"


def _origin_lines(analysis: Analysis) -> list[str]:
    doc = analysis.doc
    out = []
    if doc.origin is not None:
        pages = f", {_plural(len(doc.page_starts), 'page')}" if doc.page_starts else ""
        out += [
            f"- text extracted from `{doc.origin.rel}` ({doc.origin.fmt.upper()}{pages}, "
            f"sha256 `{doc.origin.sha256}`); the drafts cite this text",
        ]
    meta = doc.meta
    if meta.fields:
        shown = ", ".join(
            f"{md_escape(v)}" for v in (meta.title, meta.date_text, meta.publisher, meta.url) if v
        )
        out.append(f"- front matter ({meta.shape}): {shown or 'no title, date or url'}")
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _below_lines(below: list[DraftQuestion]) -> list[str]:
    if not below:
        return ["None."]
    out = [
        "Drafted, but held back: each scored below the threshold for the reasons given. "
        "To use one, copy it from here into a module and fix what the reasons say.",
        "",
    ]
    for q in sorted(below, key=lambda q: (-q.score, q.analysis.doc.rel, q.sentence.line, q.qid)):
        out.append(
            f"- `{q.qid}` ({q.rule}, `{q.analysis.doc.rel}` line {q.sentence.line}), score "
            f"{q.score:.2f}: {md_escape(shorten(q.prompt))} **Answer:** "
            f"{md_escape(shorten(_answer(q)))} **Why:** {md_escape('; '.join(q.reasons))}"
        )
    return out


def _answer(q: DraftQuestion) -> str:
    if q.answers:
        return q.answers[0]
    if q.truth is not None:
        return "true" if q.truth else "false"
    return "; ".join(t for t, ok in q.options if ok)


def _question_lines(q: DraftQuestion, snippet: str) -> list[str]:
    doc = q.analysis.doc
    lines = snippet.splitlines()[1:]  # drop the "question:" key
    item = ["- " + lines[0][2:]] + ["  " + line[2:] for line in lines[1:]]
    return [
        f"### `{q.qid}` ({q.rule}, `{doc.rel}` line {q.sentence.line})",
        "",
        *([f"Why no theme: {md_escape(q.unplaced)}.", ""] if q.unplaced else []),
        "```yaml",
        *item,
        "```",
        "",
    ]


def metrics_json(
    analyses: list[Analysis],
    materials: list[ThemeMaterial],
    unassigned: list[DraftQuestion],
    report: GateReport,
    below: int = 0,
    rejected: int = 0,
) -> str:
    """The figures of the quality gates, per source, per draft and overall."""
    everything = [q for m in materials for q in m.questions] + unassigned
    data: dict[str, Any] = {
        "sources": {
            a.doc.rel: {
                "sha256": a.doc.sha256,
                "kind": a.doc.kind,
                "date": a.cleaned.doc_date.isoformat() if a.cleaned.doc_date else None,
                "lines": a.doc.line_count,
                "lines_dropped": len(a.cleaned.dropped),
                "near_duplicates_dropped": len(a.dropped) - len(a.cleaned.dropped),
                "sentences": len(a.sentences),
                "sentences_kept": len(a.kept()),
                "sentences_used": len(a.used),
                "sentences_not_examined": len(a.unexamined),
            }
            for a in analyses
        },
        "drafts": {
            module_id(m.theme): {
                "status": "drafted" if m.sufficient else "too-little-material",
                "facts": len(m.facts),
                "questions": len(m.questions),
                "figures": figures(m.questions),
            }
            for m in materials
        },
        "unassigned_questions": len(unassigned),
        "candidates_below_threshold": below,
        "candidates_rejected_by_checks": rejected,
        "hard_gates": {
            gate: {"checked": total, "failed": sum(1 for f in report.failures if f.gate == gate)}
            for gate, total in sorted(report.checked.items())
        },
        "figures": figures(everything),
        "questions_by_rule": _by_rule(everything),
    }
    return json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def _by_rule(questions: list[DraftQuestion]) -> dict[str, int]:
    out: dict[str, int] = {}
    for q in questions:
        out[q.rule] = out.get(q.rule, 0) + 1
    return dict(sorted(out.items()))
