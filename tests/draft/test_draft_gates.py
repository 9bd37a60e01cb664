"""Quality gates: each hard gate catches its fault, and a failing draft is never written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from draft_fixtures import ARTICLE_NAME, run
from test_draft_questions import drafted

from curriculum.draft import pipeline
from curriculum.draft.gates import check_questions
from curriculum.draft.questions import DraftQuestion


@pytest.fixture
def questions(project: Path) -> list[DraftQuestion]:
    found, _ = drafted(project / "sources" / ARTICLE_NAME)
    return found


def quotes(questions: list[DraftQuestion]) -> dict[str, str]:
    return {q.qid: q.analysis.doc.raw[q.quote[0] : q.quote[1]] for q in questions}


def pick(questions: list[DraftQuestion], rule: str, line: int) -> DraftQuestion:
    return next(q for q in questions if q.rule == rule and q.sentence.line == line)


def failures(question: DraftQuestion, written: str | None = None) -> list[tuple[str, str]]:
    quote = question.analysis.doc.raw[question.quote[0] : question.quote[1]]
    report = check_questions([question], {question.qid: quote if written is None else written})
    return [(f.gate, f.detail) for f in report.failures]


def test_the_articles_questions_pass_every_hard_gate(questions: list[DraftQuestion]) -> None:
    report = check_questions(questions, quotes(questions))
    assert report.ok
    assert report.checked == {
        "provenance exact": 15, "answer grounded": 15, "answer not in stem": 15,
        "no duplicate options": 7, "numeric distractors not in sentence": 4,
    }
    # issue #9: the article's figures are a meeting's size, a founding year and a bound:
    # none may become a false statement (statements.twin_value), so all three are true
    assert report.figures["true_false"] == "3 true / 0 false"
    assert report.figures["stems_over_40_words"] == 0


def test_a_wrong_key_is_not_grounded(questions: list[DraftQuestion]) -> None:
    count = pick(questions, "count", 23)
    wrong = dataclasses.replace(count, options=[(t, t == "166") for t, _ in count.options])
    # 216, now a distractor, is in the sentence too: two gates see the fault.
    assert [g for g, _ in failures(wrong)] == [
        "answer grounded", "numeric distractors not in sentence"]
    blank = pick(questions, "acronym", 15)
    moved = dataclasses.replace(blank, answers=["International Child Sexual Abuse"])
    assert [g for g, _ in failures(moved)] == ["answer grounded"]


def test_an_answer_visible_in_its_stem(questions: list[DraftQuestion]) -> None:
    blank = pick(questions, "key-term", 34)
    leaky = dataclasses.replace(blank, prompt=blank.prompt + f" ({blank.answers[0]})")
    assert [g for g, _ in failures(leaky)] == ["answer not in stem"]


def test_duplicate_options_and_distractors_from_the_sentence(
    questions: list[DraftQuestion],
) -> None:
    count = pick(questions, "count", 23)
    doubled = dataclasses.replace(count, options=[*count.options, ("116", False)])
    assert [g for g, _ in failures(doubled)] == ["no duplicate options"]
    true_too = dataclasses.replace(count, options=[*count.options[:-1], ("50", False)])
    assert [g for g, _ in failures(true_too)] == ["numeric distractors not in sentence"]


def test_provenance_must_be_the_files_exact_slice(
    questions: list[DraftQuestion], project: Path
) -> None:
    question = pick(questions, "year", 38)
    assert failures(question, written=question.analysis.doc.raw[3980:4300]) == [
        ("provenance exact",
         f"the quote written ({question.analysis.doc.raw[3980:4300]!r}) is not the file's "
         "slice (3981, 4319)")]
    (project / "sources" / ARTICLE_NAME).write_text("changed", "utf-8")
    assert failures(question)[0][1].endswith("changed while drafting")


def test_a_candidate_failing_a_gate_is_dropped_and_the_rest_written(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #9: a bad candidate no longer stops the run ("nothing was written" is only for
    the author's own errors); it is dropped and named, with its rule, in the audit."""
    real = pipeline.sentence_rules

    def wrong_key(*args: object) -> list[DraftQuestion]:
        made = real(*args)  # type: ignore[arg-type]
        return [dataclasses.replace(q, truth=False) if q.rule == "true-statement" else q
                for q in made]

    monkeypatch.setattr(pipeline, "sentence_rules", wrong_key)
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert "1 dropped by the checks" in result.output
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    dropped = audit.split("## Candidates dropped by the module checks or gates")[1]
    assert f"(true-statement, `sources/{ARTICLE_NAME}` line 34): failed the gate 'answer " \
        "grounded': the question is malformed (ValueError" in dropped
    module = (project / "drafts" / "child-victim-identification-draft.yaml").read_text("utf-8")
    assert "# draft rule true-statement" not in module and "acronym-" in module


def test_a_candidate_the_model_rejects_is_dropped_and_the_rest_written(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.sentence_rules

    def all_correct(*args: object) -> list[DraftQuestion]:
        made = real(*args)  # type: ignore[arg-type]
        return [dataclasses.replace(q, qtype="single_choice", options=[("Asia", True),
                                                                       ("Africa", True)])
                if q.rule == "place" else q for q in made]

    monkeypatch.setattr(pipeline, "sentence_rules", all_correct)
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    dropped = audit.split("## Candidates dropped by the module checks or gates")[1]
    assert "single\\_choice needs exactly one correct option, found 2" in dropped
    assert f"drafted by rule place from sources/{ARTICLE_NAME} line 30" in dropped
    module = (project / "drafts" / "child-victim-identification-draft.yaml").read_text("utf-8")
    assert "place-" not in module and "acronym-" in module
