"""Learner handouts, quiz sheets and the course book never print answers or trainer notes.

Every answer-bearing field of the fixture modules is read back from the YAML
(not retyped here), and its text is looked for in the extracted PDF text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pdf_support import Built

from curriculum.pdf.questions import neutral_order

LEARNER_SIDE = ("learner", "quiz")


def norm(text: str) -> str:
    """Collapse white space: PDF text wraps lines anywhere."""
    return re.sub(r"\s+", " ", text).strip()


def secrets(module: dict[str, Any]) -> Iterator[str]:
    """Every text that reveals an answer or is for the trainer only."""
    for section in module["sections"]:
        if "trainer_notes" in section:
            yield from _lines(section["trainer_notes"])
    for question in module.get("quiz", {}).get("questions", []):
        for key in ("explanation", "feedback", "model_answer"):
            if key in question:
                yield question[key]
        yield from question.get("answers", [])
        for option in question.get("options", []):
            if "feedback" in option:
                yield option["feedback"]
        if question.get("cite", {}).get("quote"):
            yield question["cite"]["quote"]
        if question["type"] == "numeric":
            yield str(question["answer"])


def public(module: dict[str, Any]) -> str:
    """Text the learner side prints anyway (prompts, options, items, pairs, section bodies)."""
    parts = [module["title"]]
    for section in module["sections"]:
        parts += [section["body"], *section.get("key_points", [])]
        parts += [fact["text"] for fact in section.get("facts", [])]
    for question in module.get("quiz", {}).get("questions", []):
        parts += [question["prompt"], *question.get("items", [])]
        parts += [option["text"] for option in question.get("options", [])]
        parts += [pair[side] for pair in question.get("pairs", []) for side in ("left", "right")]
    return norm(" ".join(parts)).lower()


def checkable(module: dict[str, Any]) -> list[str]:
    """Secrets that are not also printed legitimately (e.g. a fill-in answer in an option)."""
    shown = public(module)
    return [s for s in secrets(module) if len(s) > 3 and norm(s).lower() not in shown]


def _lines(markdown: str) -> Iterator[str]:
    yield from (line.strip() for line in markdown.splitlines() if line.strip())


def modules(root: Path) -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text("utf-8")) for p in sorted((root / "modules").glob("*.yaml"))]


def learner_side(built: Built) -> list[str]:
    names = [f"{m['id']}.{kind}.pdf" for m in modules(built.root) for kind in LEARNER_SIDE]
    return [*names, "curriculum.pdf"]


def test_fixture_secrets_appear_only_on_the_trainer_side(fixture_build: Built) -> None:
    everything = [s for module in modules(fixture_build.root) for s in checkable(module)]
    assert len(everything) >= 10, "the fixture must have answers to look for"
    for module in modules(fixture_build.root):
        found = checkable(module)
        for name in learner_side(fixture_build):
            text = norm(fixture_build.text(name))
            leaked = [s for s in found if norm(s) in text]
            assert not leaked, f"{name} prints {leaked}"
    trainer = norm(fixture_build.text("amber-module.trainer.pdf"))
    key = norm(fixture_build.text("amber-module.answer-key.pdf"))
    for secret in secrets(modules(fixture_build.root)[0]):
        assert norm(secret) in trainer, secret
        if not secret.startswith("QZXTRAINER") and not secret.startswith("QZXSCENARIO"):
            assert norm(secret) in key, secret


def test_example_project_answers_stay_out_of_learner_outputs(example_build: Built) -> None:
    for module in modules(example_build.root):
        found = checkable(module)  # not "4" (page numbers) nor "custody" (an ordering item)
        assert len(found) >= 5
        for name in learner_side(example_build):
            text = norm(example_build.text(name))
            leaked = [s for s in found if norm(s) in text]
            assert not leaked, f"{name} prints {leaked}"


@pytest.mark.parametrize("name", ["amber-module.learner.pdf", "amber-module.quiz.pdf",
                                  "curriculum.pdf"])
def test_no_answer_key_headings_on_the_learner_side(fixture_build: Built, name: str) -> None:
    text = fixture_build.text(name)
    for marker in ("Answer key", "Model answer", "Trainer notes", "Why:", "Session plan"):
        assert marker not in text


def test_true_false_prints_the_statement_not_the_answer(fixture_build: Built) -> None:
    quiz = norm(fixture_build.text("amber-module.quiz.pdf"))
    statement = "The fixture statement is printed on the sheet."
    assert f"{statement} (1 point) Tick True or False. True False 4." in quiz  # two boxes only
    key = norm(fixture_build.text("amber-module.answer-key.pdf"))
    answer = key[key.find(statement):key.find("Handlers record")]
    assert "Answer True" in answer


def positions(text: str, items: list[str]) -> list[int]:
    return [text.find(item) for item in items]


def test_ordering_items_print_in_a_neutral_order(fixture_build: Built) -> None:
    items = ["Step Apple comes first", "Step Banana comes second", "Step Cherry comes third",
             "Step Damson comes fourth"]
    quiz = norm(fixture_build.text("amber-module.quiz.pdf"))
    printed = positions(quiz, items)
    assert all(p >= 0 for p in printed)
    assert printed != sorted(printed), "the sheet gives the correct order away"
    order = neutral_order("amber-module/order-steps", items)
    assert sorted(printed) == [printed[i] for i in order]  # the documented hash order


def test_matching_answers_print_in_a_neutral_order(fixture_build: Built) -> None:
    rights = ["Meaning Nectarine", "Meaning Satsuma", "Meaning Elderberry", "Meaning Watermelon"]
    quiz = norm(fixture_build.text("amber-module.quiz.pdf"))
    printed = positions(quiz, rights)
    assert all(p >= 0 for p in printed)
    assert printed != sorted(printed)


def test_answer_key_letters_match_the_printed_sheet(fixture_build: Built) -> None:
    quiz = norm(fixture_build.text("amber-module.quiz.pdf"))
    key = norm(fixture_build.text("amber-module.answer-key.pdf"))
    for item in ("Step Apple comes first", "Step Damson comes fourth"):
        letter = re.search(r"([A-D])\. " + item, quiz)
        assert letter is not None
        assert f"{letter.group(1)}: {item}" in key


def test_options_keep_the_authored_order(fixture_build: Built) -> None:
    quiz = norm(fixture_build.text("amber-module.quiz.pdf"))
    assert positions(quiz, ["a) Option alpha", "b) Option beta", "c) Option gamma"]) == sorted(
        positions(quiz, ["a) Option alpha", "b) Option beta", "c) Option gamma"]))
