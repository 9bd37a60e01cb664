"""The JSON package (v1) as pydantic models: the contract with learning platforms.

Top-level names follow `spec/package-format.md` exactly; names may be added,
never renamed. The package code fills these models in, so every package is
validated by construction, and `package.schema.json` is generated from the
same definitions: the schema a platform reads cannot drift from what we write.
Each field's docstring becomes its description in the schema.

Optional fields are omitted from the JSON when unset (never written as
`null`), and the schema says so: see :class:`_OmitNullSchema`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from curriculum import __version__

FORMAT: Literal["curriculum-package"] = "curriculum-package"
FORMAT_VERSION: Literal["1.0"] = "1.0"
SCHEMA_ID = "https://curriculum.invalid/schemas/v1/package.schema.json"

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]*$", max_length=200)]
Html = str
Handling = Literal["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT"]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Points = Annotated[int, Field(gt=0)]


class _Model(BaseModel):
    """Base: unknown keys are errors, no silent conversion (packages are re-validated)."""

    model_config = ConfigDict(extra="forbid", strict=True, use_attribute_docstrings=True)


class Objective(_Model):
    """A learning objective of a module; questions name the one they assess."""

    identifier: Identifier
    """Id that question items use in `objective`."""
    text: str
    """The objective as plain text (escape it when showing it as HTML)."""
    bloom: str | None = None
    """Level in Bloom's taxonomy, when the author gave one."""


class Theme(_Model):
    """The curriculum theme a module belongs to."""

    identifier: Identifier
    """Theme id."""
    title: str
    """Theme title (plain text)."""


class Metadata(_Model):
    """Catalogue metadata (maps to SCORM/LOM general and educational fields).

    Module packages fill every field that the author set; the curriculum package
    gives a description, the summed duration and the union of keywords and audiences.
    """

    description: str
    """Plain-text description: the module's summary, or the curriculum's subtitle or title."""
    keywords: list[str] = Field(default_factory=list)
    """Catalogue keywords (plain text)."""
    duration: Annotated[str, StringConstraints(pattern=r"^PT\d+M$")]
    """Planned length as an ISO 8601 duration in minutes, e.g. `PT90M`."""
    level: Literal["foundation", "intermediate", "advanced"] | None = None
    """Level of the module (module packages only)."""
    audience: list[str] = Field(default_factory=list)
    """Who the material is for (plain text)."""
    objectives: list[Objective] = Field(default_factory=list)
    """Learning objectives, in authored order (module packages only)."""
    theme: Theme | None = None
    """The module's theme (module packages only)."""
    organisation: str | None = None
    """Organisation that issues the curriculum (curriculum package, when configured)."""
    summary_html: Html | None = None
    """The module's summary as HTML (generated from Markdown; safe to insert)."""
    advisory_html: Html | None = None
    """Content advisory to show BEFORE the learner starts the module (HTML)."""
    self_care_html: Html | None = None
    """Self-care note to show AFTER the learner finishes the module (HTML)."""


class Manifest(_Model):
    """What the package is: identity, version, language, handling marking, provenance."""

    identifier: Identifier
    """Stable id of the package: the module id, or a slug of the curriculum title."""
    version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")]
    """Semantic version of the module (or of the curriculum)."""
    title: str
    """Title (plain text)."""
    language: str
    """BCP 47 language tag of the content, e.g. `en`."""
    handling: Handling
    """TLP 2.0 handling marking; a curriculum package carries the most restrictive marking
    of its modules. TLP:RED material is never written into a package."""
    generator: Annotated[str, StringConstraints(pattern=r"^curriculum \S+$")]
    """The tool and version that wrote the package, e.g. `curriculum 0.1.0`."""
    created: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    """Build timestamp, ISO 8601 UTC. Comes from SOURCE_DATE_EPOCH or the curriculum's
    `date`, never the clock, so that rebuilding gives identical bytes."""
    scope: Literal["module", "curriculum"]
    """`module` for a one-module package, `curriculum` for the whole curriculum."""
    metadata: Metadata
    """Catalogue metadata."""


class OrganizationItem(_Model):
    """A node of the organisation tree (like a SCORM `<item>`)."""

    identifier: Identifier
    """Unique within the package: `theme-<theme>`, `module-<module>`,
    `section-<module>.<section>` or `quiz-<module>`."""
    title: str
    """Title shown in the table of contents (plain text)."""
    type: Literal["theme", "module", "section", "assessment"]
    """`theme` and `module` nodes group children; `section` nodes point at a resource,
    `assessment` nodes at an assessment."""
    resource: Identifier | None = None
    """For `section` nodes: the identifier of the resource holding the content."""
    assessment: Identifier | None = None
    """For `assessment` nodes: the identifier of the assessment."""
    handling: Handling | None = None
    """For `module` nodes: the module's own handling marking."""
    version: str | None = None
    """For `module` nodes: the module's semantic version."""
    language: str | None = None
    """For `module` nodes: the module's BCP 47 language tag."""
    metadata: Metadata | None = None
    """For `module` nodes: the module's catalogue metadata (as in its own package)."""
    items: list[OrganizationItem] | None = None
    """Children, in teaching order (`theme` and `module` nodes only)."""


class Organization(_Model):
    """The one organisation tree: sections then the quiz; for the curriculum, themes then
    modules, each module with its sections and quiz."""

    identifier: Identifier
    """`org-` followed by the manifest identifier."""
    title: str
    """Title of the tree (plain text)."""
    items: list[OrganizationItem]
    """Top-level nodes, in teaching order."""


class Resource(_Model):
    """The content of one section, as a ready-to-show HTML fragment."""

    identifier: Identifier
    """`res-<module>.<section>`; organisation items point here."""
    type: Literal["webcontent"]
    """Always `webcontent` (as in SCORM)."""
    href: str
    """Suggested file name if a platform stores the fragment as a file:
    `content/<module>/<section>.html`."""
    html: Html
    """The section: title (`<h2>`), fictional-scenario label, body, key points, facts with
    their sources, activity. Generated from Markdown with raw HTML disabled: author text
    cannot inject markup or script. No `<html>`/`<body>` wrapper, no images, only
    http(s), mailto and in-page links."""
    sha256: Sha256
    """SHA-256 of the UTF-8 bytes of `html` (to detect changed content on re-import)."""
    title: str
    """Section title (plain text)."""
    scenario: bool
    """True when the section is a fictional case scenario (the HTML labels it so)."""


class Choice(_Model):
    """An option the learner can pick (choice questions), or an item to place (ordering,
    matching)."""

    identifier: Identifier
    """Id used in `correct_response` and `feedback`."""
    html: Html
    """What the learner reads (inline HTML)."""


class Cite(_Model):
    """Where a question's answer comes from (an entry of `sources`)."""

    source: Identifier
    """Identifier of an entry of the package's `sources`."""
    locator: str | None = None
    """Where in the source (article, section, page), when given."""


class ItemBase(_Model):
    """Fields every assessment item has."""

    identifier: Identifier
    """The question id, unique within the assessment; use it to record answers."""
    points: Points
    """Points for a fully correct answer."""
    prompt_html: Html
    """The question (HTML)."""
    objective: Identifier | None = None
    """The objective (`manifest.metadata.objectives`) this item assesses."""
    explanation_html: Html | None = None
    """Why the answer is right: show it after the learner answers."""
    feedback_html: Html | None = None
    """General feedback: show it after the learner answers."""
    tags: list[str] = Field(default_factory=list)
    """Free labels for filtering and statistics."""
    group: Identifier | None = None
    """Items sharing a group give each other's answers away: a drawn attempt takes at
    most one item of each group."""
    as_of: str | None = None
    """Date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) of a figure that changes over time."""
    cite: Cite | None = None
    """The source of the answer."""


class ChoiceItem(ItemBase):
    """Pick one (`single_choice`) or all that apply (`multiple_choice`)."""

    type: Literal["single_choice", "multiple_choice"]
    """Question type."""
    choices: list[Choice]
    """The options in authored order (shuffle them when the assessment says `shuffle`)."""
    correct_response: Annotated[list[Identifier], Field(min_length=1)]
    """Identifiers of the correct choices. Correct when the selected set equals this set."""
    feedback: dict[str, Html] = Field(default_factory=dict)
    """Per-choice feedback (HTML), keyed by choice identifier; show it when chosen."""


class TrueFalseItem(ItemBase):
    """A statement that is true or false."""

    type: Literal["true_false"]
    """Question type."""
    correct_response: Annotated[list[bool], Field(min_length=1, max_length=1)]
    """`[true]` or `[false]`."""


class FillBlankItem(ItemBase):
    """A prompt with one blank (three or more underscores, `____`) to fill in."""

    type: Literal["fill_blank"]
    """Question type."""
    correct_response: Annotated[list[str], Field(min_length=1)]
    """Accepted answers. Correct when the answer equals one of them ignoring case and
    surrounding white space."""


class NumericResponse(_Model):
    """A number and the accepted distance from it."""

    value: int | float
    """The correct value."""
    tolerance: Annotated[int | float, Field(ge=0)]
    """Correct when `abs(answer - value) <= tolerance` (0: exact)."""


class NumericItem(ItemBase):
    """A number, correct within a tolerance."""

    type: Literal["numeric"]
    """Question type."""
    correct_response: NumericResponse
    """The value and tolerance."""
    unit: str | None = None
    """Unit to show next to the answer field (plain text), e.g. `hours`."""


class MatchingItem(ItemBase):
    """Match each left entry with one right entry."""

    type: Literal["matching"]
    """Question type."""
    lefts: list[Choice]
    """Prompts, in authored order, identified `l1`, `l2` ..."""
    rights: list[Choice]
    """Answers, in a neutral order (never the pairing order), identified `r1`, `r2` ..."""
    correct_response: Annotated[
        list[Annotated[list[Identifier], Field(min_length=2, max_length=2)]], Field(min_length=2)
    ]
    """`[left, right]` identifier pairs. Correct when every pair is matched."""


class OrderingItem(ItemBase):
    """Put the choices in the right order."""

    type: Literal["ordering"]
    """Question type."""
    choices: list[Choice]
    """The entries in a neutral deterministic order that is never the correct order."""
    correct_response: Annotated[list[Identifier], Field(min_length=2)]
    """Choice identifiers in the correct order. Correct when the learner's order equals it."""


class ShortAnswerItem(ItemBase):
    """A written answer that a person grades; never scored automatically."""

    type: Literal["short_answer"]
    """Question type."""
    model_answer_html: Html
    """What a good answer contains, for the person who grades it."""


AssessmentItem = Annotated[
    ChoiceItem
    | TrueFalseItem
    | FillBlankItem
    | NumericItem
    | MatchingItem
    | OrderingItem
    | ShortAnswerItem,
    Field(discriminator="type"),
]


class Assessment(_Model):
    """A module's quiz: items, scoring and how an attempt is assembled."""

    identifier: Identifier
    """`assess-<module>`; the organisation's `assessment` node points here."""
    title: str
    """Heading of the quiz (plain text)."""
    mastery_score: Annotated[int, Field(ge=1, le=100)]
    """Percent needed to pass: `passed` when the scaled score (0..100) is >= this."""
    shuffle: bool
    """Shuffle items and their choices for each attempt."""
    draw: Annotated[int, Field(gt=0)] | None = None
    """Items drawn per attempt from the pool (absent: all items)."""
    mode: Literal["exam", "practice"] = "exam"
    """`exam`: grade once, on submit. `practice`: the learner may also check each item on its
    own and see its feedback at once."""
    attempts: Annotated[int, Field(ge=0, le=100)] = 1
    """Attempts a learner may make; `0` means no limit. Each attempt draws anew."""
    retry: Literal["if_failed", "always"] = "if_failed"
    """When a further attempt is offered: only after a fail, or always."""
    points_possible: Annotated[int, Field(ge=0)]
    """Sum of `points` of the auto-graded items (`short_answer` excluded): the raw
    score's maximum when every item is presented."""
    items: list[AssessmentItem]
    """The items (the pool when `draw` is set), in authored order."""


class Source(_Model):
    """A document the content cites."""

    identifier: Identifier
    """Id that `cite.source` uses."""
    title: str
    """Full title (plain text)."""
    publisher: str | None = None
    """Who published it."""
    date: str | None = None
    """Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
    url: str | None = None
    """Where it can be read (http or https)."""
    used_by: list[Identifier] | None = None
    """Curriculum package only: the modules citing this entry (two modules may use the same
    identifier for different documents)."""


class Package(_Model):
    """A curriculum package (format v1): one module, or the whole curriculum."""

    format: Literal["curriculum-package"]
    """Always `curriculum-package`."""
    format_version: Literal["1.0"]
    """Version of this format. Minor versions add fields; a major version renames."""
    manifest: Manifest
    """Identity, language, handling marking and metadata."""
    organization: Organization
    """The organisation tree (table of contents)."""
    resources: list[Resource]
    """Section content, one entry per section, in teaching order."""
    assessments: list[Assessment]
    """The quizzes (none when a module has no quiz)."""
    sources: list[Source]
    """Documents cited by facts and questions."""


class _OmitNullSchema(GenerateJsonSchema):
    """Optional fields are omitted when unset, never `null`: say so in the schema."""

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        inner = schema["schema"]
        if schema.get("default", ...) is None and inner["type"] == "nullable":
            return self.generate_inner(inner["schema"])
        result = super().default_schema(schema)
        result.pop("default", None)
        return result


def package_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of a package, as written to `package.schema.json`."""
    body = Package.model_json_schema(mode="serialization", schema_generator=_OmitNullSchema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "$comment": f"Package format {FORMAT_VERSION}; generated by curriculum {__version__}; "
        "see docs/json-package.md.",
        **body,
    }
