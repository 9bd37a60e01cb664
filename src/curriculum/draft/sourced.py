"""A question must say whose rule or figure it asks: a law, a treaty, a study, or a body
of the field that officers elsewhere can rely on.

The built-in curriculum trains officers from many countries. A rule or figure that only
the source's own organisation sets ("Each report is acknowledged within 10 working days",
"Units should repeat the assessment every 12 months", "2C prepares requests for Green
Notices for the NCB") is true of that office and of no use to an officer of another. Blind
reviews bear this out across every kind of document: of 138 reviewed questions from eight
rounds, those whose stem named a recognised body, a law or a dated study were kept or kept
after an edit four times in five; those naming none, two times in five.

So a candidate is held back (``Score.hold``) unless its stem, read with its answer in
place, names one of these:

- a **recognised source of the field**: a body, a shared tool or an instrument listed in
  ``data/field_sources.yaml`` (INTERPOL and its Notices and databases, Europol, UNODC,
  NCMEC, the FBI, the Lanzarote and Budapest Conventions, ...) or in the project's
  ``draft_sources`` (curriculum.yaml), whole words, as written;
- a **law or treaty by its citation**: an Act, Convention, Protocol, Directive or
  Regulation with its year, an article ("Art. 3(c)", "Article 1") or a section ("section
  22", "s. 9", "§ 2258A"), unless the stem itself calls it fictional or invented;
- a **dated study**: a study, survey, meta-analysis, review or evaluation with its year,
  or an author-year citation ("(Mitchell et al., 2022)").

A project that trains the staff of the office whose procedures its sources are sets
``draft_audience: local`` in curriculum.yaml: its own rules are then the point, and
nothing is held for naming no source.

A document published by a recognised body (its metadata's publisher or author), or
whose title names one's own meeting, report or release ("Tackling child sexual abuse focus
of INTERPOL experts meeting"), speaks for that body or of its work: every sentence of an
INTERPOL news release is INTERPOL's. A title that only names a tool of one ("Using INTERPOL
Notices: a guide for Northshire officers") does not: the guide is Northshire's. The reason in
the audit says what is missing, so an author who knows the rule holds elsewhere can
promote the candidate.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from curriculum.draft.author import author_of
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.stemcheck import Score

REASON = ("names no law, treaty, dated study or recognised body of the field that sets or "
          "reports it: a rule or figure of the source's own organisation, which officers "
          "elsewhere do not use")

_YEAR = r"(?:1[89]|20)\d\d"
_INSTRUMENT = re.compile(
    rf"\b(?:Act|Law|Code|Convention|Protocol|Directive|Regulations?|Treaty|Statute|"
    rf"Ordinance)\b[^.;]{{0,60}}?\b{_YEAR}\b"
    rf"|\b{_YEAR}\b[^.;]{{0,5}}\b(?:Act|Convention|Protocol|Directive|Regulations?)\b"
    r"|\bArt(?:icle|\.)\s*\d|\b[Ss]ection\s+\d|\bs\.\s*\d|§")
_STUDY = re.compile(
    rf"\b(?:study|studies|survey|meta-analysis|research|review|evaluation|trial)\b"
    rf"[^.;]{{0,60}}?\b{_YEAR}\b"
    rf"|\b{_YEAR}\b[^.;]{{0,30}}?\b(?:study|survey|meta-analysis|research)\b"
    rf"|\bet\s+al\.?,?\s+\(?{_YEAR}"
    rf"|\([A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?,?\s+{_YEAR}\)", re.I)
_FICTIONAL = re.compile(r"\b(?:fictional|fictitious|invented|hypothetical|imaginary)\b", re.I)


_extra: tuple[str, ...] = ()
"""The project's own recognised names (``draft_sources`` in curriculum.yaml)."""
_local = False
"""``draft_audience: local``: the office's own staff, for whom its own rules are the point."""


def use(names: list[str], audience: str = "international") -> None:
    """This run's settings from curriculum.yaml: the project's ``draft_sources``, added to
    the built-in names, and its ``draft_audience``."""
    global _extra, _local
    _extra = tuple(n.strip() for n in names if n.strip())
    _local = audience == "local"


def _recognised() -> re.Pattern[str]:
    return _pattern(_extra)


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """``data/field_sources.yaml``'s names by group (bodies, tools, instruments, research),
    read once per process."""
    text = resources.files("curriculum").joinpath("data/field_sources.yaml").read_text("utf-8")
    return {str(group): tuple(str(n) for n in names) for group, names in
            yaml.safe_load(text).items()}


def _builtin() -> tuple[str, ...]:
    return tuple(n for names in _groups().values() for n in names)


@cache
def _pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of every recognised name, longest first, each a whole word."""
    names = sorted({*_builtin(), *extra}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def names_a_source(term: str) -> bool:
    """Whether an author keyword is the name of a recognised body, law or study (not a tool
    of the work, such as a Notice or a database): such a keyword places the facts that
    name it in its theme, but a blank on the name asks only who or which law, never what
    the work does (``questions._key_terms``)."""
    return term in _sources_not_tools()


@cache
def _sources_not_tools() -> frozenset[str]:
    return frozenset(n for group, names in _groups().items() if group != "tools" for n in names)


def sourced(text: str) -> str:
    """What in ``text`` says whose rule or figure it is ("body", "law", "study"), or ""."""
    if _recognised().search(text):
        return "body"
    if _INSTRUMENT.search(text) and not _FICTIONAL.search(text):
        return "law"
    if _STUDY.search(text):
        return "study"
    return ""


def shown(q: DraftQuestion) -> str:
    """The stem as a learner reads it, with the keyed answer in the blank."""
    doc = q.analysis.doc
    answer = doc.display(*q.key)
    return q.prompt.replace("____", answer, 1) if "____" in q.prompt else f"{q.prompt} {answer}"


def _published_by_recognised(q: DraftQuestion) -> bool:
    """Whether the document itself is a recognised body's (see the module docstring)."""
    analysis = q.analysis
    cached: bool | None = analysis.__dict__.get("_recognised_publisher")
    if cached is None:
        author = author_of(analysis)
        names = (analysis.doc.meta.publisher, author.name if author is not None else "")
        title = analysis.cleaned.title or analysis.doc.meta.title or ""
        cached = any(_recognised().search(n) for n in names if n) or _own_event(title)
        analysis.__dict__["_recognised_publisher"] = cached
    return cached


_EVENT = re.compile(
    r"^(?:\w+\s+){0,2}?(?:experts?|specialists?|annual|global|regional)?\s*(?:meeting|"
    r"conference|summit|symposium|workshop|report|release|statement|review|study|survey|"
    r"operation|guidelines?|guidance|assessment|bulletin|news)s?\b", re.I)


def _own_event(title: str) -> bool:
    """A title that names a recognised body's own event or paper: the body's name, then
    within two words a meeting, report, release, study ... ("Tackling child sexual abuse
    focus of INTERPOL experts meeting", "Europol report on ..."). A title that only names a
    body's tool ("Using INTERPOL Notices: a local guide") is no such thing."""
    return any(_EVENT.match(title[m.end():].lstrip()) for m in _recognised().finditer(title))


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold a candidate whose stem names no source beyond the document's own organisation
    (for an international audience: ``use``)."""
    if _local or result.fatal or result.held:
        return
    if sourced(shown(q)) or _published_by_recognised(q):
        return
    result.hold(REASON)
