# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, coverage with precision: definitions, duties with a time limit and ordered
procedures become questions; look-alikes do not. Each class on a short text of our own,
with the exact outcome (the question in a module in the right form, or the audit's reason)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import analysed, run

from curriculum.draft.analysis import analyse
from curriculum.draft.candidates import might_yield
from curriculum.draft.choosing import choose
from curriculum.draft.definitions import definition_rules, vocabulary
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.pipeline import question_theme, rules_for
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def judged(questions: list[DraftQuestion]) -> list[DraftQuestion]:
    choose(questions)
    return questions


def correct(q: DraftQuestion) -> list[str]:
    return [t for t, ok in q.options if ok]


# -- definitions ---------------------------------------------------------------------------


def test_a_definition_asks_for_the_term_among_terms_of_its_kind(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Live online child sexual abuse is abuse of a child that is streamed in real time "
            "to viewers who pay to watch it.\n")
    [q] = judged(definition_rules(analysed(tmp_path, text, matcher)))
    assert q.qtype == "single_choice" and q.rule == "definition"
    assert q.prompt == "____ is abuse of a child that is streamed in real time to viewers who pay to watch it."
    assert correct(q) == ["Live online child sexual abuse"]
    wrong = [t for t, ok in q.options if not ok]
    assert len(wrong) == 3
    kinds = {t.casefold(): h for t, h in vocabulary()}
    # other acts of the field's vocabulary: never a person, never another kind of "abuse"
    assert all(kinds[w.casefold()] not in ("abuse", "offender", "child") for w in wrong)
    assert q.score >= 0.6 and "+0.10 a definition or legal threshold" in q.reasons


def test_terms_a_document_defines_are_each_others_options(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "A Yellow Alert is a request to find a missing person who cannot identify themselves.\n\n"
        "A Blue Alert is a request for information about a person of interest in an investigation.\n\n"
        "A Purple Alert is a notice that describes the methods offenders use to hide objects.\n\n"
        "A Black Alert is a request for information about bodies that have not been identified.\n"
    )
    questions = judged(definition_rules(analysed(tmp_path, text, matcher)))
    assert len(questions) == 4
    first = questions[0]
    assert first.prompt == "____ is a request to find a missing person who cannot identify themselves."
    assert correct(first) == ["Yellow Alert"]
    assert sorted(t for t, ok in first.options if not ok) == ["Black Alert", "Blue Alert", "Purple Alert"]


def test_a_definition_without_options_of_its_kind_stays_in_the_audit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "A Silver Alert is a request to locate an older adult who has gone missing from care.\n"
    [q] = judged(definition_rules(analysed(tmp_path, text, matcher)))
    assert q.score == 0
    assert "fatal: fewer than two other terms of the same kind to offer as options" in q.reasons


@pytest.mark.parametrize("text", [
    "The forum was a site that offenders used to share material.",            # past, definite
    "Online sexual coercion is a serious offence.",                            # no difference
    "Some viewers are registered offenders who may not travel abroad.",         # a quantifier
    "It is a crime in which an offender threatens to share a child's images.",  # a pronoun
    "Grooming is not a process that can be seen from outside the family.",      # negation
    "The unit is the largest team that works on these cases in the region.",    # identifies
])
def test_look_alikes_are_not_definitions(text: str, tmp_path: Path, matcher: ThemeMatcher) -> None:
    assert definition_rules(analysed(tmp_path, text + "\n", matcher)) == []


# -- duties with a time limit --------------------------------------------------------------


def test_a_duty_with_a_time_limit_asks_for_the_whole_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Where a registered sex offender moves into a home with children, the offender manager "
            "must inform children's services within one working day.\n")
    [q] = judged(procedure_rules(analysed(tmp_path, text, matcher)))
    assert q.rule == "time-limit" and q.qtype == "single_choice"
    assert q.prompt == ("Where a registered sex offender moves into a home with children, the offender "
                        "manager must inform children's services within ____.")
    assert q.options == [("one working day", True), ("two working days", False),
                         ("three working days", False), ("five working days", False)]
    assert q.score >= 0.6


def test_a_list_item_that_sets_a_duty_is_asked_too(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The review makes three recommendations:\n\n"
        "1. every region should keep a register of missing children;\n"
        "2. officers who find a missing child should inform the family within 24 hours;\n"
        "3. each case should be reviewed after six months.\n"
    )
    questions = judged(procedure_rules(analysed(tmp_path, text, matcher)))
    limits = [q for q in questions if q.rule == "time-limit"]
    assert [q.prompt for q in limits] == [
        "Officers who find a missing child should inform the family within ____."]
    assert limits[0].options == [("12 hours", False), ("24 hours", True), ("48 hours", False),
                                 ("72 hours", False)]
    # three recommendations are not a sequence: no ordering question
    assert not [q for q in questions if q.rule == "ordering"]


@pytest.mark.parametrize("text", [
    "The report was published within 24 hours of the meeting.",   # no duty
    "Officers must report every case to the unit.",               # no time limit
])
def test_no_duty_or_no_limit_no_time_limit_question(text: str, tmp_path: Path, matcher: ThemeMatcher) -> None:
    assert procedure_rules(analysed(tmp_path, text + "\n", matcher)) == []


def test_a_limit_the_count_rule_asks_is_not_asked_twice(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Officers must refer every case of child trafficking to the national unit within 24 hours.\n"
    analysis = analysed(tmp_path, text, matcher)
    assert [q for q in rules_for(analysis, matcher) if q.rule == "time-limit"] == []


# -- ordered procedures --------------------------------------------------------------------

_STEPS = (
    "A search for a missing child in trafficking cases follows these steps:\n\n"
    "1. first contact, in which the officer records the report;\n"
    "2. risk assessment, which decides the level of response;\n"
    "3. the search itself;\n"
    "4. return interview, after the child is found.\n"
)


def test_a_numbered_sequence_becomes_an_ordering_question(tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, _STEPS, matcher)
    [q] = judged(procedure_rules(analysis))
    assert q.qtype == "ordering"
    assert q.prompt == ("A search for a missing child in trafficking cases follows these steps. "
                        "Put them in order, from first to last.")
    assert q.answers == ["First contact", "Risk assessment", "The search itself", "Return interview"]
    # "these steps" points to the list, which the question shows whole
    assert not any("points back" in r for r in q.reasons) and q.score >= 0.6
    assert question_theme(q, matcher) == "serious-violent-crimes"
    assert might_yield(q.sentence.text(analysis.doc))


@pytest.mark.parametrize("text", [
    # bullets, not numbers: the author did not say the order
    "A search follows these steps:\n\n- first contact;\n- risk assessment;\n- the search itself.\n",
    # numbered, but the lead does not say it is a sequence
    "The assessment names four indicators:\n\n1. no documents;\n2. no parent;\n3. a learned account;\n4. work.\n",
    # an item too long to be a name
    "The visit has these stages:\n\n1. the officer and the social worker arrive together at the home of the family;\n2. interview;\n3. report.\n",
])
def test_lists_whose_order_is_not_asked(text: str, tmp_path: Path, matcher: ThemeMatcher) -> None:
    assert [q for q in procedure_rules(analysed(tmp_path, text, matcher)) if q.rule == "ordering"] == []


def test_ordering_and_definition_reach_a_module_that_validates(project: Path) -> None:
    (project / "sources" / "guide.txt").write_text(
        _STEPS + "\nLive online child sexual abuse is abuse of a child that is streamed in real "
        "time over the internet to viewers who pay to watch it.\n", "utf-8")
    result = run("draft", "sources/guide.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    questions = {}
    for path in sorted((project / "drafts").glob("*-draft.yaml")):
        for q in (yaml.safe_load(path.read_text("utf-8")).get("quiz") or {}).get("questions", []):
            questions[q["tags"][1]] = (path.name, q)
    name, order = questions["ordering"]
    assert name == "serious-violent-crimes-draft.yaml"
    assert order["type"] == "ordering"
    assert order["items"] == ["First contact", "Risk assessment", "The search itself", "Return interview"]
    assert order["cite"]["quote"].startswith("A search for a missing child")
    name, definition = questions["definition"]
    assert name == "internet-facilitated-crimes-draft.yaml"
    assert [o["text"] for o in definition["options"] if o.get("correct")] == ["Live online child sexual abuse"]
    assert run("validate", "drafts").exit_code == 0


def test_the_audit_says_why_a_question_fits_no_theme(project: Path) -> None:
    (project / "sources" / "hearing.txt").write_text(
        "A hearing in the family court follows these stages:\n\n1. opening statements;\n"
        "2. evidence of the parties;\n3. closing speeches;\n4. the decision.\n", "utf-8")
    assert run("draft", "sources/hearing.txt", "--out", "drafts").exit_code == 0
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    part = audit.split("## Questions that fit no theme")[1]
    assert "(ordering, `sources/hearing.txt` line 1)" in part
    assert "Why no theme: no theme reaches 1.0 (no theme words)." in part


# -- glossaries ----------------------------------------------------------------------------

_GLOSSARY = (
    "Terms used in this guide:\n\n"
    "- **Hash value**: a short code computed from a file, which changes if a single bit of the file changes.\n"
    "- **Perceptual hash** - a code that stays similar when an image is resized or recompressed.\n"
    "- **Triage**: the first review of seized devices to decide which ones to examine first.\n"
    "- **Known material**: files that investigators have already seen and categorised.\n"
)


def test_a_glossary_asks_each_term_among_the_others(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "terms.md"
    path.write_text(_GLOSSARY, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    questions = judged(glossary_rules(analysis))
    assert [q.prompt for q in questions] == [
        'Which term is defined as "a short code computed from a file, which changes if a single bit of the file changes"?',
        'Which term is defined as "a code that stays similar when an image is resized or recompressed"?',
        'Which term is defined as "the first review of seized devices to decide which ones to examine first"?',
        'Which term is defined as "files that investigators have already seen and categorised"?',
    ]
    assert [correct(q) for q in questions] == [["Hash value"], ["Perceptual hash"], ["Triage"], ["Known material"]]
    terms = {"Hash value", "Perceptual hash", "Triage", "Known material"}
    assert all({t for t, _ in q.options} == terms for q in questions)
    assert all(q.score >= 0.6 for q in questions)


@pytest.mark.parametrize("text", [
    # three entries are too few to give three options
    "- Triage: the first review of seized devices.\n- Hash: a short code computed from a file.\n- Tag: a label on a file for later review.\n",
    # who is who, not what words mean
    "- Jane Roe: chair of the regional board since last year.\n- John Doe: head of the national unit for online abuse.\n"
    "- Anna Berg: lead analyst of the victim identification team.\n- Omar Said: prosecutor for the capital region and its courts.\n",
    # labels with numbers
    "- Category 1: offenders who must notify the police of their address.\n- Category 2: offenders sentenced to a year in custody or more.\n"
    "- Category 3: other offenders who need active management by agencies.\n- Category 4: offenders managed by one agency on its own.\n",
])
def test_lists_that_are_not_glossaries(text: str, tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "list.md"
    path.write_text("Notes:\n\n" + text, "utf-8")
    assert glossary_rules(analyse(read_source(path, tmp_path), "t", matcher)) == []


def test_an_entry_that_repeats_its_term_gives_itself_away(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "terms.md"
    path.write_text(_GLOSSARY + "- **Hash list**: a list of hash values of known files kept by the unit.\n", "utf-8")
    questions = judged(glossary_rules(analyse(read_source(path, tmp_path), "t", matcher)))
    [listed] = [q for q in questions if correct(q) == ["Hash list"]]
    assert listed.score == 0
    assert 'fatal: the definition repeats "hash" of its own term' in listed.reasons


def test_an_html_definition_list_is_a_glossary(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "terms.html"
    path.write_text(
        "<html><body><h1>Terms</h1><p>The guide uses these terms in every chapter.</p><dl>"
        "<dt>Triage</dt><dd>the first review of seized devices to decide which to examine first.</dd>"
        "<dt>Hash value</dt><dd>a short code computed from a file that changes with any bit.</dd>"
        "<dt>Known material</dt><dd>files that investigators have already seen and categorised.</dd>"
        "<dt>Perceptual hash</dt><dd>a code that stays similar when an image is resized.</dd>"
        "</dl></body></html>", "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    questions = judged(glossary_rules(analysis))
    assert [correct(q) for q in questions] == [["Triage"], ["Hash value"], ["Known material"], ["Perceptual hash"]]
    first = questions[0]
    assert first.prompt == 'Which term is defined as "the first review of seized devices to decide which to examine first"?'
    assert analysis.doc.raw[first.quote[0]:first.quote[1]] == (
        "Triage</dt><dd>the first review of seized devices to decide which to examine first.")
    assert all(q.score >= 0.6 for q in questions)


def test_a_proper_term_takes_the_documents_names_of_its_shape(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "A Red Alert asks police in other countries to locate a wanted person.\n\n"
        "The Blue Alerts of last year were about persons of interest.\n\n"
        "A Amber Alert is a public appeal to help find a child who has been abducted.\n"
    )
    [q] = judged(definition_rules(analysed(tmp_path, text, matcher)))
    assert q.prompt == "____ is a public appeal to help find a child who has been abducted."
    assert sorted(t for t, _ in q.options) == ["Amber Alert", "Blue Alert", "Red Alert"]
    assert correct(q) == ["Amber Alert"] and q.score >= 0.6


def test_a_standing_rule_in_the_present_asks_its_time_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("The duty inspector grades every report of a missing child within two hours of the call.\n\n"
            "Most children who go missing are found within two days.\n")
    [q] = judged(procedure_rules(analysed(tmp_path, text, matcher)))
    assert q.prompt == "The duty inspector grades every report of a missing child within ____ of the call."
    assert q.options == [("one hour", False), ("two hours", True), ("four hours", False), ("six hours", False)]


def test_every_new_kind_passes_the_pre_parse_tests(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "terms.md"
    path.write_text(_GLOSSARY + "\n" + _STEPS + "\nGrooming is a process in which an adult builds trust "
                    "with a child.\n\nThe inspector must call the family within one hour.\n", "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    questions = rules_for(analysis, matcher)
    assert {q.rule for q in questions} >= {"glossary", "ordering", "definition", "time-limit"}
    assert [q.rule for q in questions if not might_yield(q.sentence.text(analysis.doc))] == []


def test_within_the_same_period_is_not_a_limit_of_its_own(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "- Children's services inform the police within the same 24 hours.\n"
    assert procedure_rules(analysed(tmp_path, "Steps:\n\n" + text, matcher)) == []


def test_the_genus_itself_is_never_an_option(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Child sexual exploitation is a form of child sexual abuse in which a child is given "
            "something in return for sexual activity.\n")
    questions = judged(definition_rules(analysed(tmp_path, text, matcher)))
    offered = {t.casefold() for q in questions for t, _ in q.options}
    assert "sexual abuse of a child" not in offered
    assert "live online child sexual abuse" not in offered


@pytest.mark.parametrize("text", [
    "Victims are identified within six months of the first upload.",          # a finding about a group
    "The child is usually found within two days of the report.",               # hedged
    "Children who run away return home within 24 hours.",                      # plural, a finding
])
def test_findings_with_within_are_not_time_limits(text: str, tmp_path: Path, matcher: ThemeMatcher) -> None:
    assert procedure_rules(analysed(tmp_path, text + "\n", matcher)) == []


def test_a_block_of_header_lines_is_not_a_glossary(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "report.md"
    path.write_text(
        "The meeting was held in spring.\n\n"
        "Venue: Palm Conference Hall, Room 3, in the capital\n"
        "Organiser: Regional Anti-Trafficking Coordination Unit of the ministry\n"
        "Chair: Deputy Director of the national police academy\n"
        "Participants: 64 officers from the seven states\n", "utf-8")
    assert glossary_rules(analyse(read_source(path, tmp_path), "t", matcher)) == []


def test_a_long_glossary_does_not_push_a_texts_rules_out_of_its_module(project: Path) -> None:
    # the cap of five questions per text and theme takes the rules' figures first, then the
    # glossary's entries by score: the glossary's entries (0.85) outscored the long rules
    # (0.80) and pushed them out
    glossary = "".join(f"- **{term}**: {meaning}.\n" for term, meaning in [
        ("Grooming", "building trust with a child over the internet in order to abuse the child"),
        ("Sextortion", "threatening to share sexual images of a child online unless paid"),
        ("Live streaming", "sexual abuse of a child shown to paying viewers online as it happens"),
        ("Hash matching", "comparing the codes of online files with codes of known abuse images"),
        ("Solicitation", "asking a child online for sexual images or a meeting"),
        ("Self-generated imagery", "images a child was coerced online into taking of themselves"),
    ])
    (project / "sources" / "online.md").write_text(
        "# Online abuse of children: a guide for officers\n\n"
        "Whatever the outcome, an officer who learns that a child has been groomed online by an adult "
        "must report the grooming to the regional online abuse hub and to the safeguarding lead of "
        "the school of the child within 24 hours.\n\n"
        "Whatever the outcome, a platform that receives a report of online grooming from a parent, a "
        "teacher or a child must keep all the data about the accounts involved in the report for "
        "90 days from the day the report arrives.\n\n"
        "## Terms used in this guide\n\n" + glossary, "utf-8")
    result = run("draft", "sources/online.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    module = yaml.safe_load((project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8"))
    tags = [q["tags"][1] for q in module["quiz"]["questions"]]
    assert len(tags) == 5
    prompts = " ".join(q["prompt"] for q in module["quiz"]["questions"])
    assert "24" in prompts or "within ____ hours" in prompts
    assert "90" in prompts or "for ____ days" in prompts
    assert tags.count("glossary") == 3
