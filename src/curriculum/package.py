"""The canonical platform representation: a module or the curriculum as a JSON package.

``spec/package-format.md`` is the contract; ``package_models.py`` holds it as
pydantic models, which these functions fill in (so a package is validated as
it is built) and ``package.schema.json`` is generated from. The SCORM and bank
exporters read the same models (:func:`module_package_model`), so every platform
format shows the same content, HTML and answer keys.

What never goes into a package: trainer notes (section templates receive an
explicit allow-list of section fields, never the section itself), source file
paths and notes, and anything from a TLP:RED module.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from jinja2 import Environment

from curriculum import __version__
from curriculum.diagnostics import SourceLocation, error
from curriculum.errors import ContentError
from curriculum.i18n.catalogues import quiz_title
from curriculum.loader import LoadedModule
from curriculum.models import CurriculumConfig, Module, Section, most_restrictive
from curriculum.models import Source as AuthoredSource
from curriculum.package_items import assessment_for
from curriculum.package_models import (
    FORMAT,
    FORMAT_VERSION,
    Manifest,
    Metadata,
    Objective,
    Organization,
    OrganizationItem,
    Package,
    Resource,
    Source,
    Theme,
)
from curriculum.rendering import Xref, markdown_to_html, template_environment, xref_text
from curriculum.resolved import ResolvedModule

CURRICULUM_FALLBACK_ID = "curriculum"


def module_package(
    config: CurriculumConfig, loaded: LoadedModule, created: datetime
) -> dict[str, Any]:
    """One module as a package (JSON-ready dict, valid against ``package.schema.json``).

    Raises:
        ContentError: the module is TLP:RED (never written into a platform package).
    """
    return package_data(module_package_model(config, loaded, created))


def module_package_model(
    config: CurriculumConfig, loaded: LoadedModule, created: datetime
) -> Package:
    """One module as the typed package model: what every platform exporter reads.

    Raises:
        ContentError: the module is TLP:RED (never written into a platform package).
    """
    _refuse_red([loaded])
    module = loaded.module
    return Package(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        manifest=_module_manifest(config, module, created),
        organization=Organization(
            identifier=f"org-{module.id}", title=module.title, items=_module_items(module)
        ),
        resources=_resources(config, module),
        assessments=_assessments(loaded),
        sources=[_source(s) for s in _cited_sources(config, module)],
    )


def curriculum_package(
    config: CurriculumConfig, modules: Sequence[LoadedModule], created: datetime
) -> dict[str, Any]:
    """The whole curriculum as one package: themes, then their modules, in config order.

    Its handling marking is the most restrictive of its modules'.

    Raises:
        ContentError: a module is TLP:RED.
    """
    _refuse_red(modules)
    identifier = curriculum_identifier(config)
    package = Package(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        manifest=_curriculum_manifest(config, modules, identifier, created),
        organization=Organization(
            identifier=f"org-{identifier}", title=config.title,
            items=_theme_items(config, modules),
        ),
        resources=[r for m in modules for r in _resources(config, m.module)],
        assessments=[a for m in modules for a in _assessments(m)],
        sources=_merged_sources(config, modules),
    )
    return package_data(package)


def validate_package(data: dict[str, Any]) -> Package:
    """Re-read a package dict through the models (what the exporter checks before writing).

    Raises:
        pydantic.ValidationError: the dict is not a valid package (a bug in this tool).
    """
    return Package.model_validate(data)


def curriculum_identifier(config: CurriculumConfig) -> str:
    """A slug of the curriculum's title (ASCII), e.g. ``example-training-curriculum``."""
    folded = unicodedata.normalize("NFKD", config.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:80].strip("-")
    return slug or CURRICULUM_FALLBACK_ID


def iso_utc(moment: datetime) -> str:
    """``2018-11-29T00:00:00Z``: the build timestamp in UTC (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def package_data(package: Package) -> dict[str, Any]:
    """``package`` as the JSON package writes it (unset optional fields omitted, never null)."""
    return package.model_dump(mode="json", exclude_none=True)


def _refuse_red(modules: Sequence[LoadedModule]) -> None:
    """Defence in depth: the build gates TLP:RED first, with the config as fallback location."""
    problems = []
    for loaded in modules:
        if loaded.module.handling == "TLP:RED":
            where = (loaded.source_map.value_at(("handling",)) if "handling" in loaded.raw
                     else SourceLocation(loaded.path, 1, 1))
            message = (f'module "{loaded.module.id}" is marked TLP:RED and cannot be written '
                       "into a platform package")
            problems.append(error(message, where, "handling-red", "handling"))
    if problems:
        raise ContentError("TLP:RED modules cannot go into platform packages", problems)


def _module_manifest(
    config: CurriculumConfig, module: ResolvedModule, created: datetime
) -> Manifest:
    return Manifest(
        identifier=module.id,
        version=module.version,
        title=module.title,
        language=module.language,
        handling=_handling(module.handling),
        generator=f"curriculum {__version__}",
        created=iso_utc(created),
        scope="module",
        metadata=_module_metadata(config, module),
    )


def _handling(marking: str) -> Any:
    """A marking a package may carry (TLP:RED was refused before this point)."""
    assert marking != "TLP:RED"
    return marking


def _module_metadata(config: CurriculumConfig, module: ResolvedModule) -> Metadata:
    theme = next(t for t in config.themes if t.id == module.theme)
    return Metadata(
        description=_plain(module.summary) or module.title,
        keywords=list(module.keywords),
        duration=f"PT{module.duration}M",
        level=module.level,
        audience=list(module.audience),
        objectives=[Objective(identifier=o.id, text=o.text, bloom=o.bloom)
                    for o in module.objectives],
        theme=Theme(identifier=theme.id, title=theme.title_in(module.language)),
        summary_html=_html(module.summary),
        advisory_html=_html(module.advisory),
        self_care_html=_html(module.self_care),
    )


def _curriculum_manifest(
    config: CurriculumConfig, modules: Sequence[LoadedModule], identifier: str,
    created: datetime,
) -> Manifest:
    markings: list[str] = [m.module.handling for m in modules]
    markings = markings or [config.handling]
    metadata = Metadata(
        description=config.subtitle or config.title,
        keywords=sorted({k for m in modules for k in m.module.keywords}),
        duration=f"PT{sum(m.module.duration for m in modules)}M",
        audience=sorted({a for m in modules for a in m.module.audience}),
        organisation=config.organisation,
    )
    return Manifest(
        identifier=identifier,
        version=config.version,
        title=config.title,
        language=config.language,
        handling=_handling(most_restrictive(markings)),
        generator=f"curriculum {__version__}",
        created=iso_utc(created),
        scope="curriculum",
        metadata=metadata,
    )


def _plain(markdown: str | None) -> str:
    """Markdown source as one line of plain text (for catalogue descriptions)."""
    return " ".join((markdown or "").split())


def _html(markdown: str | None) -> str | None:
    return str(markdown_to_html(markdown)) if markdown else None


def _module_items(module: ResolvedModule) -> list[OrganizationItem]:
    """Sections in teaching order, then the quiz."""
    items = [
        OrganizationItem(identifier=f"section-{module.id}.{s.id}", title=s.title,
                         type="section", resource=_resource_id(module, s))
        for s in module.sections
    ]
    if module.quiz is not None:
        items.append(OrganizationItem(identifier=f"quiz-{module.id}",
                                      title=quiz_title(module.quiz.title, module.language),
                                      type="assessment", assessment=f"assess-{module.id}"))
    return items


def _theme_items(
    config: CurriculumConfig, modules: Sequence[LoadedModule]
) -> list[OrganizationItem]:
    """Themes in config order, each with its modules; themes without modules are left out."""
    items = []
    for theme in config.themes:
        children = [_module_node(config, m.module) for m in modules if m.module.theme == theme.id]
        if children:
            items.append(OrganizationItem(identifier=f"theme-{theme.id}", title=theme.title,
                                          type="theme", items=children))
    return items


def _module_node(config: CurriculumConfig, module: ResolvedModule) -> OrganizationItem:
    return OrganizationItem(
        identifier=f"module-{module.id}",
        title=module.title,
        type="module",
        handling=_handling(module.handling),
        version=module.version,
        language=module.language,
        metadata=_module_metadata(config, module),
        items=_module_items(module),
    )


def _resource_id(module: Module, section: Section) -> str:
    return f"res-{module.id}.{section.id}"


def _resources(config: CurriculumConfig, module: Module) -> list[Resource]:
    titles = {s.id: s.title for s in _source_table(config, module).values()}
    xrefs = {s.id: Xref(f"s-{s.id}", f"section {n}", str(n))
             for n, s in enumerate(module.sections, 1)}
    resources = []
    for section in module.sections:
        html = _section_html(section, titles, xrefs)
        resources.append(Resource(
            identifier=_resource_id(module, section),
            type="webcontent",
            href=f"content/{module.id}/{section.id}.html",
            html=html,
            sha256=hashlib.sha256(html.encode("utf-8")).hexdigest(),
            title=section.title,
            scenario=section.scenario,
        ))
    return resources


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return template_environment("package")


def _section_html(section: Section, source_titles: dict[str, str],
                  xrefs: dict[str, Xref]) -> str:
    """Render one section; the template sees an allow-list of fields (no trainer notes).

    Cross-references print as words ("section 3"): a package shows one section a page.
    """
    activity = section.activity
    if activity is not None:
        activity = activity.model_copy(
            update={"instructions": xref_text(activity.instructions, xrefs)})
    learner_view = {
        "title": section.title,
        "scenario": section.scenario,
        "body": xref_text(section.body, xrefs),
        "key_points": section.key_points,
        "activity": activity,
    }
    facts = [
        {"text": f.text, "as_of": f.as_of,
         "source_title": source_titles.get(f.cite.source, f.cite.source)}
        for f in section.facts
    ]
    return _environment().get_template("section.html").render(section=learner_view, facts=facts)


def _assessments(loaded: LoadedModule) -> list[Any]:
    assessment = assessment_for(loaded)
    return [] if assessment is None else [assessment]


def _source_table(config: CurriculumConfig, module: Module) -> dict[str, AuthoredSource]:
    """Sources a module may cite: config references, overridden by its own (spec)."""
    table = {ref.id: ref for ref in config.references}
    table.update({src.id: src for src in module.sources})
    return table


def _cited_sources(config: CurriculumConfig, module: Module) -> list[AuthoredSource]:
    """The module's own sources (authored order), then the references it cites (config order)."""
    own = {s.id for s in module.sources}
    cited = {f.cite.source for s in module.sections for f in s.facts}
    if module.quiz is not None:
        cited |= {q.cite.source for q in module.quiz.questions if q.cite is not None}
    refs = [r for r in config.references if r.id in cited and r.id not in own]
    return [*module.sources, *refs]


def _source(source: AuthoredSource, used_by: list[str] | None = None) -> Source:
    return Source(identifier=source.id, title=source.title, publisher=source.publisher,
                  date=source.date, url=source.url, used_by=used_by)


def _merged_sources(config: CurriculumConfig, modules: Sequence[LoadedModule]) -> list[Source]:
    """One entry per distinct document, listing the modules that cite it, sorted by id."""
    users: dict[tuple[str, str, str, str, str], list[str]] = {}
    for loaded in modules:
        for src in _cited_sources(config, loaded.module):
            key = (src.id, src.title, src.publisher or "", src.date or "", src.url or "")
            users.setdefault(key, []).append(loaded.module.id)
    merged = []
    for key in sorted(users):
        identifier, title, publisher, date, url = key
        merged.append(Source(identifier=identifier, title=title, publisher=publisher or None,
                             date=date or None, url=url or None, used_by=sorted(users[key])))
    return merged
