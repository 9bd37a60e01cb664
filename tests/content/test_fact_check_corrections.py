"""The built-in curriculum keeps the corrections of the independent fact-check (issue 16).

Police officers act on what these modules say, so each corrected statement is pinned
wherever it can appear: a module body paragraph, a key point, a fact, trainer notes, an
activity or any part of a quiz question. The rules are written for the class of
statement (for example "whoever explains who may join the OPSC names signatories"), not
for one sentence, so a later edit that brings the old wording back in another place
fails here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from curriculum.loader import LoadedModule, Project, load_project
from curriculum.models import Question, Section

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Unit:
    """One piece of text a learner or trainer reads as a whole, with where it comes from."""

    where: str
    text: str

    def __post_init__(self) -> None:
        # One line (``_norm``), so "^(?=.*A)(?=.*B)" finds A and B anywhere in it. Without
        # the "^", re.search tries the lookaheads at every position, each a scan to the end
        # of the text: seconds per test, for the same answer.
        assert "\n" not in self.text, self.where

    def has(self, pattern: str) -> bool:
        return re.search(pattern, self.text) is not None


def _norm(text: str) -> str:
    """Case-folded text with white space collapsed, so wrapping never hides a phrase."""
    return " ".join(text.split()).casefold()


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a dumped model (prompts, options, feedback, pairs, cites ...)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _paragraphs(markdown: str | None) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", markdown or "") if p.strip()]


def _section_parts(name: str, section: Section) -> Iterator[Unit]:
    """Paragraph-sized units of a section: body and notes paragraphs, key points, facts."""
    where = f"{name} section {section.id}"
    for paragraph in _paragraphs(section.body):
        yield Unit(f"{where} body", _norm(paragraph))
    for point in section.key_points:
        yield Unit(f"{where} key point", _norm(point))
    for fact in section.facts:
        yield Unit(f"{where} fact", _norm(fact.text))
    for paragraph in _paragraphs(section.trainer_notes):
        yield Unit(f"{where} trainer notes", _norm(paragraph))
    if section.activity is not None:
        for paragraph in _paragraphs(section.activity.instructions):
            yield Unit(f"{where} activity", _norm(paragraph))


def _question_unit(name: str, question: Question) -> Unit:
    """A whole question: stem, options, feedback, explanation, pairs, items and citation."""
    text = " | ".join(_strings(question.model_dump(exclude={"id", "type", "objective"})))
    return Unit(f"{name} question {question.id}", _norm(text))


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(REPO)


@pytest.fixture(scope="module")
def modules(project: Project) -> dict[str, LoadedModule]:
    return {loaded.module.id: loaded for loaded in project.modules}


def _questions(modules: dict[str, LoadedModule]) -> Iterator[tuple[str, Question]]:
    for name, loaded in modules.items():
        if loaded.module.quiz is not None:
            for question in loaded.module.quiz.questions:
                yield name, question


def _small_units(modules: dict[str, LoadedModule]) -> list[Unit]:
    """Paragraphs, key points, facts, objectives and whole questions of every module."""
    units: list[Unit] = []
    for name, loaded in modules.items():
        module = loaded.module
        units.append(Unit(f"{name} summary", _norm(module.summary or "")))
        units += [Unit(f"{name} objective {o.id}", _norm(o.text)) for o in module.objectives]
        for section in module.sections:
            units += _section_parts(name, section)
    units += [_question_unit(name, q) for name, q in _questions(modules)]
    return units


def _section_units(modules: dict[str, LoadedModule]) -> list[Unit]:
    """Whole sections (everything a trainer teaches under one heading) and whole questions."""
    units = [
        Unit(f"{name} section {s.id}", " ".join(u.text for u in _section_parts(name, s)))
        for name, loaded in modules.items()
        for s in loaded.module.sections
    ]
    return units + [_question_unit(name, q) for name, q in _questions(modules)]


def _question(modules: dict[str, LoadedModule], module_id: str, question_id: str) -> Question:
    quiz = modules[module_id].module.quiz
    assert quiz is not None
    return next(q for q in quiz.questions if q.id == question_id)


def _offending(units: list[Unit], when: str, must: list[str]) -> list[str]:
    """Units that match ``when`` but miss one of the ``must`` patterns."""
    return [
        f"{u.where}: missing {pattern!r}"
        for u in units
        if u.has(when)
        for pattern in must
        if not u.has(pattern)
    ]


# Must fix 1: the OPSC is open to CRC parties AND signatories (OPSC Art. 13).


def test_the_opsc_is_never_said_to_be_open_only_to_crc_parties(
    modules: dict[str, LoadedModule],
) -> None:
    only_parties = (
        r"only (?:the )?(?:states )?(?:parties to the (?:crc|convention on the rights)|crc parties)"
        r"|open only to (?:the )?crc|only (?:crc )?parties (?:to the crc )?can join"
    )
    assert [u.where for u in _small_units(modules) if u.has(only_parties)] == []


def test_whoever_explains_who_may_join_the_opsc_names_signatories(
    modules: dict[str, LoadedModule],
) -> None:
    # "OPSC" and a word about joining in the same clause (no comma, full stop or semicolon).
    joining = (
        r"\bopsc\b[^.;,]{0,60}\b(?:join|open (?:only )?to|accession|accede)"
        r"|(?:join|accede)[^.;,]{0,60}\bopsc\b"
    )
    units = _small_units(modules)
    assert _offending(units, joining, [r"\bsign(?:ed|ator)"]) == []
    assert len([u for u in units if u.has(joining)]) >= 2, "the accession rule is taught"


def test_the_section_that_teaches_the_opsc_states_its_accession_rule(
    modules: dict[str, LoadedModule],
) -> None:
    teaching = [
        (name, s)
        for name, loaded in modules.items()
        for s in loaded.module.sections
        if any(f.cite.source == "opsc" for f in s.facts)
    ]
    assert teaching
    for name, section in teaching:
        body = _norm(section.body.replace("*", ""))
        assert "party to the crc or has signed it (art. 13)" in body, f"{name} {section.id}"


def test_the_opsc_accession_fact_cites_article_13(modules: dict[str, LoadedModule]) -> None:
    opsc_facts = [
        f
        for loaded in modules.values()
        for s in loaded.module.sections
        for f in s.facts
        if f.cite.source == "opsc"
    ]
    assert opsc_facts, "the module that teaches the OPSC cites it"
    art13 = [f for f in opsc_facts if f.cite.locator == "Art. 13"]
    assert art13 and all("party to the crc or has signed it" in _norm(f.text) for f in art13), (
        "a fact states the accession rule of OPSC Art. 13 in its own words"
    )


# Must fix 2: the missing-children item tests one study, and its feedback matches it.


def test_an_item_on_one_washington_study_does_not_mix_in_the_other(
    modules: dict[str, LoadedModule],
) -> None:
    studies = {"1997": r"\b2006\b|follow-up", "2006": r"\b1997\b"}
    checked, mixed = [], []
    for name, question in _questions(modules):
        if question.cite is None or question.cite.source != "washington-ag-abduction-murder":
            continue
        prompt = _norm(question.prompt)
        named = [year for year in studies if year in prompt]
        if len(named) != 1:
            continue
        checked.append(question.id)
        rest = _norm(" | ".join(_strings(question.model_dump(exclude={"prompt"}))))
        if re.search(studies[named[0]], rest):
            mixed.append(f"{name} {question.id} names the {named[0]} study but cites the other")
    assert mixed == []
    assert "missing-why-act-at-once" in checked


def test_the_1997_item_has_no_distractor_that_is_true_of_the_1997_study(
    modules: dict[str, LoadedModule],
) -> None:
    question = _question(modules, "serious-violent-crimes", "missing-why-act-at-once")
    unit = _question_unit("serious-violent-crimes", question)
    assert "1997" in _norm(question.prompt)
    # In 1997 strangers were the majority of offenders: a "most were strangers" distractor
    # would be keyed wrong although it is true of the study the stem names.
    assert not unit.has(r"never met|\bstrangers?\b")


# Must fix 3: a Red Notice against an abducting parent is never taught as routine.


def test_red_notices_for_parents_come_with_the_family_matters_restriction(
    modules: dict[str, LoadedModule],
) -> None:
    parent_and_red = r"^(?=.*red notice)(?=.*\bparent)"
    must = [r"art\. 83|family or private matters", r"\bhague\b", r"yellow notice"]
    units = _section_units(modules)
    assert _offending(units, parent_and_red, must) == []
    assert len([u for u in units if u.has(parent_and_red)]) >= 3


def test_the_red_notice_item_on_a_parent_states_the_restriction(
    modules: dict[str, LoadedModule],
) -> None:
    question = _question(modules, "serious-violent-crimes", "notice-red-legal-nature")
    unit = _question_unit("serious-violent-crimes", question)
    assert unit.has(r"rules on the processing of data \(art\. 83\)")
    assert unit.has(r"commission for the control of interpol's files")
    assert unit.has(r"1980 hague convention") and unit.has(r"yellow notice")


def test_the_data_rules_restriction_is_a_cited_fact(modules: dict[str, LoadedModule]) -> None:
    facts = [
        f
        for s in modules["serious-violent-crimes"].module.sections
        for f in s.facts
        if f.cite.source == "interpol-data-rules" and f.cite.locator == "Art. 83"
    ]
    assert facts and "family or private matters" in _norm(facts[0].text)


# Must fix 4: Lanzarote Art. 23 protects children below the legal age for sexual activities.


def test_wherever_article_23_is_explained_the_age_condition_is_stated(
    modules: dict[str, LoadedModule],
) -> None:
    article_23 = r"^(?=.*\bart(?:icle|\.) 23\b)(?=.*\bpropos)"
    units = _small_units(modules)
    assert _offending(units, article_23, [r"legal age for sexual activities"]) == []
    assert len([u for u in units if u.has(article_23)]) >= 3


def test_the_article_23_fact_and_item_name_article_18_2(
    modules: dict[str, LoadedModule],
) -> None:
    facts = [
        f
        for s in modules["internet-facilitated-crimes"].module.sections
        for f in s.facts
        if re.search(r"\bart\. 23 requires", _norm(f.text))
    ]
    assert facts and all("18(2)" in f.text and "18(1)(a) or 20(1)(a)" in f.text for f in facts)
    question = _question(modules, "internet-facilitated-crimes", "art23-meeting")
    unit = _question_unit("internet-facilitated-crimes", question)
    assert unit.has(r"legal age for sexual activities") and unit.has(r"18\(2\)")


# Should fix 5-15, where a simple rule captures the correction.


def test_accession_by_invitation_is_distinguished_from_signature_by_drafters(
    modules: dict[str, LoadedModule],
) -> None:
    invitation = r"^(?=.*\baccede\b)(?=.*invitation)"
    units = _small_units(modules)
    assert _offending(units, invitation, [r"drafting"]) == []
    question = _question(modules, "internet-facilitated-crimes", "non-european-accession")
    unit = _question_unit("internet-facilitated-crimes", question)
    assert unit.has(r"art\. 36") and unit.has(r"art\. 45") and unit.has(r"art\. 37")


def test_no_text_claims_the_crc_and_opsc_treat_everyone_under_18_as_a_child(
    modules: dict[str, LoadedModule],
) -> None:
    assert [u.where for u in _small_units(modules) if u.has(r"treats? everyone under 18")] == []
    question = _question(modules, "internet-facilitated-crimes", "budapest-age-floor")
    unit = _question_unit("internet-facilitated-crimes", question)
    assert unit.has(r"unless majority is attained earlier") and unit.has(r"opsc sets no age")


def test_online_sexual_coercion_and_extortion_is_attributed_to_europol(
    modules: dict[str, LoadedModule],
) -> None:
    both = r"^(?=.*online sexual coercion and extortion)(?=.*luxembourg guidelines)"
    units = _small_units(modules)
    assert _offending(units, both, [r"europol"]) == []
    assert len([u for u in units if u.has(both)]) >= 2


def test_an_evidence_sequence_is_marked_as_recommended_practice(
    modules: dict[str, LoadedModule],
) -> None:
    sequences = [
        (name, q)
        for name, q in _questions(modules)
        if q.type == "ordering" and q.cite is not None and q.cite.source == "acpo-digital-evidence"
    ]
    assert sequences
    for name, question in sequences:
        assert "recommend" in _norm(question.prompt), f"{name} {question.id}"
        assert "recommended practice" in _norm(question.explanation or ""), question.id


def test_worst_of_criteria_are_dated_and_flagged_as_worded_differently_today(
    modules: dict[str, LoadedModule],
) -> None:
    items: list[tuple[str, str, str | None]] = []
    for name, loaded in modules.items():
        for section in loaded.module.sections:
            for fact in section.facts:
                items.append((f"{name} fact", _norm(fact.text), fact.as_of))
    for name, question in _questions(modules):
        items.append((f"{name} {question.id}", _question_unit(name, question).text, question.as_of))
    criteria = r'"worst of".*verified'
    stated = [(where, text, as_of) for where, text, as_of in items if re.search(criteria, text)]
    assert len(stated) >= 2
    for where, text, as_of in stated:
        assert as_of == "2018", where
        assert "words the criteria differently" in text or "words them differently" in text, where


def test_baseline_and_worst_of_age_wordings_are_contrasted_wherever_one_is_taught(
    modules: dict[str, LoadedModule],
) -> None:
    units = [u for u in _small_units(modules) if " fact" not in u.where]
    either = r"younger than 13|13 and under"
    assert _offending(units, either, [r"younger than 13", r"13 and under"]) == []
    taught_in = {u.where.split()[0] for u in units if u.has(either)}
    assert taught_in >= {"internet-facilitated-crimes", "child-victim-identification"}


def test_the_perez_item_keeps_to_what_the_study_found(modules: dict[str, LoadedModule]) -> None:
    question = _question(modules, "child-victim-identification", "perez-finding")
    unit = _question_unit("child-victim-identification", question)
    assert not unit.has(r"experience did not remove")
    assert unit.has(r"cynicism") and unit.has(r"supportive relationships")


def test_notices_are_not_all_said_to_be_requested_through_an_ncb(
    modules: dict[str, LoadedModule],
) -> None:
    units = _small_units(modules)
    too_broad = r"all notices are requested|notices are requested through the ncb"
    assert [u.where for u in units if u.has(too_broad)] == []
    question = _question(modules, "serious-violent-crimes", "notice-or-channel")
    assert _question_unit("serious-violent-crimes", question).has(r"un security council")


def test_the_2006_figures_are_not_tied_to_the_175_new_cases_alone(
    modules: dict[str, LoadedModule],
) -> None:
    figures_with_175 = r"^(?=.*\b44%)(?=.*\b175\b)"
    units = _small_units(modules)
    assert _offending(units, figures_with_175, [r"across the cases"]) == []
    assert len([u for u in units if u.has(figures_with_175)]) >= 3


def test_static_99r_scope_names_the_victim_condition(modules: dict[str, LoadedModule]) -> None:
    scope = r"^(?=.*static-99r)(?=.*adult males?\b)"
    units = _small_units(modules)
    assert _offending(units, scope, [r"child or a non-consenting adult"]) == []
    question = _question(modules, "sex-offender-management", "static-99r-scope")
    assert _question_unit("sex-offender-management", question).has(r'"category b"')


def test_stigma_keeps_the_strength_of_claim_of_its_source(
    modules: dict[str, LoadedModule],
) -> None:
    units = _small_units(modules)
    assert [u.where for u in units if u.has(r"\bthe main barrier\b|stigma is the main")] == []
    mitchell = [
        _norm(f.text)
        for loaded in modules.values()
        for s in loaded.module.sections
        for f in s.facts
        if f.cite.source == "mitchell-2022" and "barrier" in f.text
    ]
    kept = r"most widely acknowledged (?:of the )?barrier|\ba barrier\b"
    assert mitchell and all(re.search(kept, t) for t in mitchell)
