"""What the handout templates see: plain, read-only views of a module, one per edition.

The learner view is built without trainer notes, and quiz views without
answers, so a template (built in or a project override) cannot print what
its edition must not contain: the data is simply not there. Reference numbers
are given here, once, in order of first citation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from curriculum.models import Citation, CurriculumConfig, Module, Section, Source
from curriculum.placeholders import without_placeholders
from curriculum.resolved import ResolvedModule

Edition = Literal["learner", "trainer"]


@dataclass(frozen=True)
class ReferenceView:
    """One numbered entry of a document's reference list."""

    number: int
    title: str
    authors: tuple[str, ...]
    publisher: str | None
    date: str | None
    url: str | None
    annotation: str | None
    """Printed for readers; the source's author-only ``notes`` never reach a template."""


@dataclass(frozen=True)
class CitationView:
    """A citation as printed: its reference number, the source title, quote and locator."""

    number: int
    title: str
    quote: str | None
    locator: str | None


@dataclass(frozen=True)
class FactView:
    """A sourced statement with its reference number."""

    text: str
    citation: CitationView
    as_of: str | None


@dataclass(frozen=True)
class ActivityView:
    """A classroom activity (instructions are Markdown, rendered by the template)."""

    title: str
    minutes: int
    instructions: str


@dataclass(frozen=True)
class SectionView:
    """A section; ``trainer_notes`` is None in the learner edition, whatever the author wrote."""

    id: str
    number: int
    """The section's number as printed (1, 2, 3 ...), in headings, contents and references."""
    title: str
    body: str
    minutes: int | None
    key_points: tuple[str, ...]
    facts: tuple[FactView, ...]
    scenario: bool
    activity: ActivityView | None
    trainer_notes: str | None


@dataclass(frozen=True)
class ObjectiveView:
    """A learning objective."""

    text: str
    bloom: str | None


@dataclass(frozen=True)
class ModuleView:
    """Everything a handout prints about a module except its quiz."""

    id: str
    title: str
    theme: str
    version: str
    language: str
    handling: str
    duration: int
    level: str
    audience: tuple[str, ...]
    keywords: tuple[str, ...]
    summary: str | None
    advisory: str | None
    self_care: str | None
    objectives: tuple[ObjectiveView, ...]
    sections: tuple[SectionView, ...]


class References:
    """Numbers sources in order of first citation; the numbered list goes at the end.

    Built with :func:`module_references`, the numbers are the module's: a source is
    [3] in the handout, the trainer edition and the answer key alike, and each
    document lists only the sources it cites.
    """

    def __init__(self, sources: dict[str, Source], numbers: dict[str, int] | None = None
                 ) -> None:
        self._sources = sources
        self._numbers: dict[str, int] = dict(numbers or {})
        self._cited: set[str] = set()

    def cite(self, citation: Citation) -> CitationView:
        """The printed form of ``citation``, numbering its source on first use."""
        number = self._numbers.setdefault(citation.source, len(self._numbers) + 1)
        self._cited.add(citation.source)
        source = self._sources.get(citation.source)
        title = source.title if source else citation.source
        return CitationView(number, title, citation.quote, citation.locator)

    def listing(self) -> tuple[ReferenceView, ...]:
        """The sources this document cites, by number."""
        out = []
        for source_id, number in sorted(self._numbers.items(), key=lambda item: item[1]):
            if source_id not in self._cited:
                continue
            source = self._sources.get(source_id)
            if source is None:
                out.append(ReferenceView(number, source_id, (), None, None, None, None))
            else:
                out.append(ReferenceView(number, source.title, tuple(source.authors),
                                         publisher_shown(source.authors, source.publisher),
                                         source.date, source.url, source.annotation))
        return tuple(out)


def publisher_shown(authors: Sequence[str], publisher: str | None) -> str | None:
    """The publisher, or None when it only repeats the authors.

    A corporate author is usually its own publisher: "INTERPOL (2018). *Title*.
    INTERPOL." says the same name twice, so the second one is left out (as APA does).
    Compared without case, punctuation and "and", so "ECPAT International and
    INTERPOL" repeats the authors ``["ECPAT International", "INTERPOL"]``.
    """
    if publisher is None or not authors:
        return publisher
    return None if _name_key(publisher) == _name_key(" ".join(authors)) else publisher


def _name_key(text: str) -> str:
    return re.sub(r"\band\b|[\W_]+", "", text.casefold())


def module_references(module: Module, config: CurriculumConfig) -> References:
    """A numbering of every source the module cites: facts in order, then quiz questions."""
    numbers: dict[str, int] = {}
    cited = [f.cite.source for s in module.sections for f in s.facts]
    if module.quiz is not None:
        cited += [q.cite.source for q in module.quiz.questions if q.cite]
    for source_id in cited:
        numbers.setdefault(source_id, len(numbers) + 1)
    return References(sources_of(module, config), numbers)


def sources_of(module: Module, config: CurriculumConfig) -> dict[str, Source]:
    """The sources a module may cite: the curriculum's references, its own winning a clash."""
    found = {source.id: source for source in config.references}
    found.update({source.id: source for source in module.sources})
    return found


def theme_title(module: Module, config: CurriculumConfig) -> str:
    """The title of the module's theme (its id if the theme is somehow missing)."""
    language = module.language or config.language
    return next((t.title_in(language) for t in config.themes if t.id == module.theme),
                module.theme)


def module_view(
    module: ResolvedModule, config: CurriculumConfig, edition: Edition, references: References
) -> ModuleView:
    """The module as ``edition`` prints it; facts are numbered through ``references``."""
    sections = tuple(_section(s, n, edition, references)
                     for n, s in enumerate(module.sections, 1))
    return ModuleView(
        id=module.id,
        title=module.title,
        theme=theme_title(module, config),
        version=module.version,
        language=module.language,
        handling=module.handling,
        duration=module.duration,
        level=module.level.capitalize(),
        audience=tuple(module.audience),
        keywords=tuple(module.keywords),
        summary=module.summary,
        advisory=without_placeholders(module.advisory),
        self_care=without_placeholders(module.self_care),
        objectives=tuple(ObjectiveView(o.text, o.bloom) for o in module.objectives),
        sections=sections,
    )


def _section(section: Section, number: int, edition: Edition, references: References
             ) -> SectionView:
    activity = section.activity
    return SectionView(
        id=section.id,
        number=number,
        title=section.title,
        body=section.body,
        minutes=section.minutes,
        key_points=tuple(section.key_points),
        facts=tuple(FactView(f.text, references.cite(f.cite), f.as_of) for f in section.facts),
        scenario=section.scenario,
        activity=ActivityView(activity.title, activity.minutes, activity.instructions)
        if activity else None,
        trainer_notes=section.trainer_notes if edition == "trainer" else None,
    )
