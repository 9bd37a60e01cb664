"""Draft questions and facts into module documents (plain dicts, then YAML).

A draft is an ordinary module: ``<theme-id>-draft.yaml`` with ``id: <theme-id>-draft``
(so it never clashes with a hand-written module), one section per source holding the
theme's sentences as cited facts, and a quiz whose questions each cite the exact
sentence with its provenance. A theme with too little material gets a module that
says so and nothing else: the tool never invents content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from curriculum.characters import printable_data
from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import md_escape
from curriculum.draft.items import run_in_label
from curriculum.draft.marking import strictest
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import SourceDoc
from curriculum.draft.row_facts import row_fact
from curriculum.draft.sentences import Sentence
from curriculum.draft.tables import row_unit
from curriculum.models import HANDLING_ORDER, CurriculumConfig, Source, Theme
from curriculum.yamlio import dump_yaml

OBJECTIVE = "recall-source-facts"
DRAFT_SUFFIX = "-draft"
AUDIT_NAME = "draft-audit.md"
METRICS_NAME = "draft-metrics.json"


@dataclass
class ThemeMaterial:
    """What the sources gave one theme."""

    theme: Theme
    facts: list[tuple[Analysis, int]] = field(default_factory=list)
    questions: list[DraftQuestion] = field(default_factory=list)
    mentions: list[tuple[Analysis, int]] = field(default_factory=list)
    note: str = ""
    """Why the theme has facts but no question, when that is so."""

    @property
    def sufficient(self) -> bool:
        """At least one question, or two cited sentences: less is not a module."""
        return bool(self.questions) or len(self.facts) >= 2


def unit_text(doc: SourceDoc, sentence: Sentence) -> str:
    """What learners read for a sentence; a table row with its column headers; a list
    item with its lead-in (``joined_item``), unless the item is a labelled field ("**Age
    group:** infant / child"): a form's field and its values, whose label is no object of
    the lead-in's verb ("For each file, the analyst completes:")."""
    if sentence.block is not None and sentence.block.cells:
        return row_unit(sentence.block.cells, doc.display)
    if sentence.joined and sentence.label is None and run_in_label(
            doc, sentence.start, sentence.end) is None:
        return joined_item(sentence.joined, doc.display(sentence.start, sentence.end),
                           sentence.parsed)
    return doc.display(sentence.start, sentence.end)


_ITEM_END = re.compile(r"(?:[;,]\s*(?:and/or|and|or))?[\s;,.:]*$", re.I)


def joined_item(lead: str, item: str, parsed: Any = None) -> str:
    """A list item shown as the sentence it makes with its lead-in ("Staff must record:"
    + "the caller's name;" -> "Staff must record the caller's name."). Why: an item whose
    subject and verb are in its lead-in ("the caller's name;") is a bare noun phrase
    alone, and a fact made of it says not what the list is (review 16, b2: nine such
    facts). The list's connector ("; or") and the item's own stop give way to a full
    stop; the item's capital is lowered unless the parse (the item's share of the joined
    sentence) reads its first word as a name, or it is in capitals ("ICSE")
    (``leadins.py`` already joined the two only when they parse as one sentence)."""
    body = _ITEM_END.sub("", " ".join(item.split()))
    words = [t for t in parsed if not t.is_space] if parsed is not None else []
    name = not words or words[0].pos_ == "PROPN" or words[0].text.isupper()
    if body[:1].isupper() and not name:
        body = body[:1].lower() + body[1:]
    return f"{lead} {body}."


def module_id(theme: Theme) -> str:
    return f"{theme.id}{DRAFT_SUFFIX}"[:80]


def source_entry(analysis: Analysis, config: CurriculumConfig | None) -> dict[str, Any]:
    """The module's ``sources`` entry: the config reference for that file, if there is one;
    else title, date, publisher and url from the document's front matter where it has them.

    A PDF or DOCX is cited through the text extracted from it (``path``), and the entry
    records the original file and its sha256 (``extracted_from``).
    """
    doc = analysis.doc
    ref = reference_for(doc.rel, config)
    if ref is None and doc.origin is not None:
        ref = reference_for(doc.origin.rel, config)
    if ref is not None:
        entry = {k: v for k, v in ref.model_dump(exclude_none=True).items()}
    else:
        entry = {"id": analysis.source_id, "title": analysis.cleaned.title or doc.path.name}
        if analysis.cleaned.doc_date is not None:
            entry["date"] = analysis.cleaned.doc_date.isoformat()
        if doc.meta.publisher:
            entry["publisher"] = doc.meta.publisher
        if doc.meta.url:
            entry["url"] = doc.meta.url
    entry["path"] = doc.rel
    if doc.origin is not None:
        entry["extracted_from"] = {"path": doc.origin.rel, "sha256": doc.origin.sha256}
    order = ("id", "title", "path", "publisher", "date", "url", "notes", "extracted_from")
    return {k: entry[k] for k in order if k in entry}


def reference_for(rel: str, config: CurriculumConfig | None) -> Source | None:
    if config is None:
        return None
    for ref in config.references:
        if ref.path is not None and ref.path.replace("\\", "/").lstrip("./") == rel:
            return ref
    return None


def cite(analysis: Analysis, span: tuple[int, int]) -> dict[str, Any]:
    """A citation with exact provenance (and, for a PDF, the page the quote starts on)."""
    doc = analysis.doc
    provenance: dict[str, Any] = {
        "sha256": doc.sha256,
        "line": doc.line_of(span[0]),
        "start": span[0],
        "end": span[1],
    }
    page = doc.page_of(span[0])
    if page is not None:
        provenance["page"] = page
    return {
        "source": analysis.source_id,
        "quote": doc.raw[span[0] : span[1]],
        "provenance": provenance,
    }


def build_module(
    material: ThemeMaterial, analyses: list[Analysis], config: CurriculumConfig | None
) -> dict[str, Any]:
    """The module document for one theme (sufficient material or not)."""
    theme = material.theme
    if not material.sufficient:
        return _marked(_too_little(material, analyses), analyses, config)
    used = _used_sources(material)
    sections = [_section(material, a) for a in used]
    questions = [question_dict(q) for q in material.questions]
    module: dict[str, Any] = {
        "id": module_id(theme),
        "title": f"{theme.title} (draft)",
        "theme": theme.id,
        "version": "0.1.0",
        "duration": _duration(len(material.facts), len(questions)),
        "level": "foundation",
        "audience": ["investigators"],
        "summary": (
            f"Draft made by `curriculum draft` from {_plural(len(used), 'source')}: "
            f"{_plural(len(material.facts), 'cited fact')} and "
            f"{_plural(len(questions), 'quiz question')}, each quoting the sentence it came "
            "from. Review, rewrite and delete before use; the duration is an estimate."
        ),
        "objectives": [
            {
                "id": OBJECTIVE,
                "text": (
                    f"Recall the facts on {theme.title[:1].lower() + theme.title[1:]} reported in "
                    "the sources."
                ),
            }
        ],
        "sources": [source_entry(a, config) for a in used],
        "sections": sections,
    }
    if questions:
        groups = {q["group"] for q in questions}
        module["quiz"] = {
            "pass_mark": 80,
            "shuffle": True,
            "draw": len(groups),
            "questions": questions,
        }
    return _marked(module, used, config)


def _marked(
    module: dict[str, Any], analyses: list[Analysis], config: CurriculumConfig | None
) -> dict[str, Any]:
    """The module with the strictest TLP marking of the sources it quotes, placed after
    ``version``, when that is stricter than the project's default (``marking.py``)."""
    default = config.handling if config is not None else HANDLING_ORDER[0]
    level = strictest([a.doc for a in analyses], default)
    if level is None:
        return module
    out: dict[str, Any] = {}
    for key, value in module.items():
        out[key] = value
        if key == "version":
            out["handling"] = level
    return out


def _used_sources(material: ThemeMaterial) -> list[Analysis]:
    seen: dict[str, Analysis] = {}
    for analysis, _ in material.facts:
        seen.setdefault(analysis.source_id, analysis)
    for question in material.questions:
        seen.setdefault(question.analysis.source_id, question.analysis)
    return list(seen.values())


def _section(material: ThemeMaterial, analysis: Analysis) -> dict[str, Any]:
    doc = analysis.doc
    indexes = [i for a, i in material.facts if a is analysis]
    facts = []
    notes = []
    for index in indexes:
        sentence = analysis.sentences[index]
        shown = row_fact(analysis, sentence) if sentence.kind == "row" and sentence.block \
            else unit_text(doc, sentence)
        fact: dict[str, Any] = {
            "text": md_escape(shown),
            "cite": cite(analysis, doc.quote_span(sentence.start, sentence.end)),
        }
        facts.append(fact)
        hits = next(
            (m.terms for m in analysis.themes.get(index, []) if m.theme == material.theme.id), ()
        )
        notes.append(f"- line {sentence.line}: {md_escape(', '.join(hits))}")
    body = _body(material, analysis, indexes)
    section: dict[str, Any] = {
        "id": _slug(f"from-{analysis.source_id}"),
        "title": f"From: {md_escape(analysis.cleaned.title or doc.path.name)}",
        "body": body,
    }
    if facts:
        section["facts"] = facts
        section["trainer_notes"] = "Sentences matched this theme by these words:\n\n" + "\n".join(
            notes
        )
    return section


def _body(material: ThemeMaterial, analysis: Analysis, indexes: list[int]) -> str:
    doc = analysis.doc
    date = analysis.cleaned.doc_date
    origin = f"`{doc.rel}`" + (f", dated {date.isoformat()}" if date else "")
    lines = [
        f"Drafted from {origin}. Each fact below quotes the source and records its exact "
        "position; check it against the source, rewrite it for learners and delete what "
        "does not belong in this module."
    ]
    labels: dict[str, list[str]] = {}
    names = {
        "count": "Figures",
        "year": "Years",
        "date": "Dates",
        "acronym": "Acronyms",
        "person": "People and roles",
        "person_label": "People and roles",
        "org": "Organisations",
    }
    for index in indexes:
        for fact in analysis.facts.get(index, []):
            if fact.kind in names and material.theme.id in analysis.fact_themes.get(fact.span, []):
                label = md_escape(fact.label)
                bucket = labels.setdefault(names[fact.kind], [])
                if label not in bucket:
                    bucket.append(label)
    for name, values in labels.items():
        lines.append(f"**{name}:** " + "; ".join(values) + ".")
    if material.note:
        lines.append(material.note)
    return "\n\n".join(lines) + "\n"


def _too_little(material: ThemeMaterial, analyses: list[Analysis]) -> dict[str, Any]:
    theme = material.theme
    names = ", ".join(f"`{a.doc.rel}`" for a in analyses)
    words = ", ".join(theme.keywords) if theme.keywords else "none set"
    body = [
        f"The sources given to `curriculum draft` ({names}) held too little material on "
        f"this theme: {_plural(len(material.facts), 'sentence')} matched its title or "
        f"keywords ({md_escape(words)}) and no question could be drafted. Nothing has been "
        "invented to fill the gap: add a source on this theme and draft again, or write "
        "this module by hand."
    ]
    for analysis, index in material.facts:
        sentence = analysis.sentences[index]
        text = md_escape(analysis.doc.display(sentence.start, sentence.end))
        body.append(f"`{analysis.doc.rel}` line {sentence.line} matched: {text}")
    for analysis, index in material.mentions:
        sentence = analysis.sentences[index]
        text = md_escape(analysis.doc.display(sentence.start, sentence.end))
        body.append(
            f"`{analysis.doc.rel}` line {sentence.line} names the theme only in a list item: {text}"
        )
    return {
        "id": module_id(theme),
        "title": f"{theme.title} (draft: too little source material)",
        "theme": theme.id,
        "version": "0.1.0",
        "duration": 15,
        "level": "foundation",
        "audience": ["investigators"],
        "summary": "Not drafted: the sources held too little material on this theme.",
        "objectives": [
            {
                "id": "not-drafted",
                "text": (
                    "Not drafted: the sources held too little material on this theme to draft "
                    "objectives from."
                ),
            }
        ],
        "sections": [
            {
                "id": "too-little-material",
                "title": "Too little source material",
                "body": "\n\n".join(body) + "\n",
            }
        ],
    }


def _one_line(text: str) -> str:
    """An answer or option taken from a wrapped line ("International Centre\nfor Missing
    ...") is one line: a learner types it, and a player shows it, without the break."""
    return " ".join(text.split())


def question_dict(q: DraftQuestion) -> dict[str, Any]:
    """One quiz question as the authoring format writes it."""
    data: dict[str, Any] = {
        "id": q.qid,
        "type": q.qtype,
        "prompt": q.prompt,
        "objective": OBJECTIVE,
    }
    if q.qtype in ("single_choice", "multiple_choice"):
        data["options"] = [
            {"text": md_escape(_one_line(t)), "correct": True}
            if ok
            else {"text": md_escape(_one_line(t))}
            for t, ok in q.options
        ]
    elif q.qtype == "fill_blank":
        data["answers"] = list(dict.fromkeys(_one_line(a) for a in q.answers))
    elif q.qtype == "ordering":
        data["items"] = [_one_line(a) for a in q.answers]
    else:
        data["answer"] = bool(q.truth)
    data["explanation"] = q.explanation
    data["cite"] = cite(q.analysis, q.quote)
    data["tags"] = ["draft", q.rule]
    if q.as_of:
        data["as_of"] = q.as_of
    data["group"] = q.group
    return data


def question_snippet(q: DraftQuestion) -> str:
    """The question as YAML an author can paste into a module's quiz (audit file)."""
    return dump_yaml(printable_data({"question": question_dict(q)}))


def to_yaml(
    module: dict[str, Any], notes: dict[str, list[str]], origin: str, schema: str = ""
) -> str:
    """YAML text with a comment above each question: its rule and what to check.

    ``schema`` is the module schema's path relative to the draft, for editors (the
    same first line that ``init`` and ``new`` write).
    """
    header = (
        (f"# yaml-language-server: $schema={schema}\n" if schema else "")
        + f"# Drafted by `curriculum draft` from {origin}.\n"
        "# Every item needs an author's review before use; see draft-audit.md.\n"
    )
    text = dump_yaml(printable_data(module), header)  # no control character of a source
    for qid, lines in notes.items():
        pattern = re.compile(r"^(?P<indent> *)- id: " + re.escape(qid) + r"$", re.M)
        match = pattern.search(text)
        if match is None:
            continue
        indent = match.group("indent")
        comment = "".join(f"{indent}# {line}\n" for line in lines)
        text = text[: match.start()] + comment + text[match.start() :]
    return text


def _duration(facts: int, questions: int) -> int:
    minutes = 10 + 2 * facts + questions
    return max(15, (minutes + 4) // 5 * 5)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80].rstrip("-") or "source"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
