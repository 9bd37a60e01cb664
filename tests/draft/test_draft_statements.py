# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, true/false statements worth asking and sound false twins (statements.py):
each class on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import analysed, run

from curriculum.draft.distractors import numbers_in, written_value
from curriculum.draft.questions import DraftQuestion, document_numbers, sentence_rules
from curriculum.draft.scoring import THRESHOLD, score
from curriculum.draft.themes import ThemeMatcher

NOT_WORTH = "-0.45 not worth a true/false item: "


def statement(tmp_path: Path, text: str, matcher: ThemeMatcher) -> DraftQuestion:
    """The one true/false candidate of a one-sentence text, scored."""
    analysis = analysed(tmp_path, text + "\n", matcher)
    found = [q for q in sentence_rules(analysis, matcher) if q.qtype == "true_false"]
    assert len(found) == 1, [q.prompt for q in found]
    judged = score(found[0])
    found[0].score, found[0].reasons = judged.final, judged.reasons
    return found[0]


@pytest.mark.parametrize(("sentence", "why"), [
    # a body's or a case's history, a trend, a plan, the document itself
    ("The Harbour Review was commissioned in 2023 after 3 children went missing from the same care home.",
     "the year of a past event: tests memory of a date, not practice"),
    ("Calls to the regional helpline about online grooming rose to 412 in 2022.",
     'a trend ("rose"): one body\'s figures over time, not a fact to act on'),
    ("The appellant was made subject to a travel restriction order for 10 years.",
     "a past event with no date: one body's or one case's history, not a standing fact"),
    ("The county unit will train 80 more officers in online grooming in 2026.",
     "a plan or a future event, not yet a fact to act on"),
    ("Table 3 shows the referrals about online grooming in each of the last 5 years.",
     "it describes the document itself (a table, a chapter), not the world"),
])
def test_history_trends_plans_and_the_document_are_not_worth_a_statement(tmp_path: Path, matcher: ThemeMatcher, sentence: str, why: str) -> None:
    q = statement(tmp_path, sentence, matcher)
    assert NOT_WORTH + why in q.reasons
    assert q.score < THRESHOLD


@pytest.mark.parametrize("sentence", [
    # a duty, a definition, a standing practice, a sourced finding, a dated figure with its actor
    "Officers must record a missing-child report on the national system within two hours of the first call.",
    "In Northland a child is any person younger than 18 years of age.",
    "Every report of online grooming is assessed by the regional hub within 24 hours.",
    "A study published by Moreau and Lindqvist in 2011 found that online offenders used 3 platforms on average.",
    "In March 2024 the National Crime Agency reported that officers had safeguarded 1,204 children in 2023.",
    "Registered offenders who fail to notify a journey face up to five years' imprisonment.",
])
def test_rules_definitions_findings_and_dated_figures_are_worth_a_statement(tmp_path: Path, matcher: ThemeMatcher, sentence: str) -> None:
    q = statement(tmp_path, sentence, matcher)
    assert not [r for r in q.reasons if "not worth" in r]
    assert q.score >= THRESHOLD, q.reasons


@pytest.mark.parametrize(("sentence", "false"), [
    # a year is never the changed figure: the count is (or nothing)
    ("A study published by Moreau and Lindqvist in 2011 found that online offenders used 3 platforms on average.", None),
    ("In March 2024 the National Crime Agency reported that officers had safeguarded 1,204 children in 2023.",
     "In March 2024 the National Crime Agency reported that officers had safeguarded 904 children in 2023."),
    # a penalty, a time limit in a rule: changed
    ("In May 2024 the Crown Court sentenced the organiser of the forum to 6 years' imprisonment.",
     "In May 2024 the Crown Court sentenced the organiser of the forum to 10 years' imprisonment."),
    ("Registered offenders in Northland must renew their notification every 12 months.",
     "Registered offenders in Northland must renew their notification every 9 months."),  # a length rules set (the month ladder), not 22
    # a body's staff, a count of platforms: never changed
    ("The regional unit has 14 analysts for victim identification.", None),
    ("Northland Police recorded 412 reports of online grooming in 2022.", None),
])
def test_a_false_twin_changes_only_a_figure_worth_getting_wrong(tmp_path: Path, matcher: ThemeMatcher, sentence: str, false: str | None) -> None:
    # alone in its text, the sentence is the first true/false: drafted false when it can be
    q = statement(tmp_path, sentence, matcher)
    if false is None:
        assert (q.rule, q.prompt, q.truth) == ("true-statement", sentence, True)
        return
    assert (q.rule, q.prompt, q.truth) == ("false-statement", false, False)
    # the key re-derived: the source's figure is gone, the new one is written nowhere
    doc = q.analysis.doc
    assert written_value(doc.display(*q.key)) not in numbers_in(q.prompt)
    assert written_value(q.replacement) not in document_numbers(doc.text)
    assert q.explanation.startswith(f"False: the source says {doc.display(*q.key)}, not {q.replacement}.")


GUIDE = """# Online grooming: a practice guide for Northland Police

The Grooming Review was commissioned in 2023 after 3 children were contacted by the same man.

Reports of online grooming to the regional hub rose to 412 in 2022.

Officers must record every report of online grooming on the national system within two hours of the first call.

In March 2024 the National Crime Agency reported that specialist officers had identified 1,204 child victims of online grooming in 2023.
"""


def test_the_module_asks_the_rule_and_the_figure_and_the_audit_says_why_not_the_rest(project: Path) -> None:
    (project / "sources" / "guide.md").write_text(GUIDE, "utf-8")
    assert run("draft", "sources/guide.md", "--out", "drafts").exit_code == 0
    module = yaml.safe_load((project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8"))
    statements = [(q["prompt"], q["answer"]) for q in module["quiz"]["questions"] if q["type"] == "true_false"]
    assert ("Officers must record every report of online grooming on the national system within two hours of the first call.", True) in statements
    assert not [p for p, _ in statements if "commissioned" in p or "rose to" in p]
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert "not worth a true/false item: the year of a past event" in audit
    assert 'not worth a true/false item: a trend ("rose")' in audit


def test_a_module_of_true_statements_without_sound_twins_keeps_fewer(tmp_path: Path, matcher: ThemeMatcher) -> None:
    from test_draft_value import drafted

    # four bounded rules: no figure a false twin may change for certain, so not one of
    # them can be made false; four all-true items would teach "always True"
    text = (
        "Registered offenders must give at least seven days' notice before any journey abroad.\n\n"
        "Registered offenders must renew their notification at least once every 12 months.\n\n"
        "Registered offenders who fail to notify a journey face up to five years' imprisonment.\n\n"
        "A registered offender must notify the police of any journey abroad of 3 days or more.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.truth) for q in kept] == [("true-statement", True)] * 3
    held = [q for q in below if q.rule == "true-statement"]
    assert [(q.prompt, q.reasons[-1]) for q in held] == [(
        "Registered offenders who fail to notify a journey face up to five years' imprisonment.",
        "held back: 4 of the module's 4 true/false items are true and none of them has a sound false twin; fewer items rather than all True",
    )]
