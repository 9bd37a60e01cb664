"""Driving the SCORM player inside the test LMS, only through its documented data- attributes.

The answers come from the module's JSON package (``correct_response``), never from the
player's payload: the player only holds hashes.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VERSIONS = {"scorm12": "1.2", "scorm2004": "2004"}


@dataclass
class Session:
    """One learner session: the LMS page with the package in its frame."""

    page: Any
    base_url: str
    built: Any  # conftest.Built: where the packages were unpacked, and their JSON packages
    fmt: str
    module_id: str

    @property
    def package_dir(self) -> Path:
        return Path(self.built.root) / self.fmt / self.module_id

    @property
    def launch_path(self) -> str:
        return f"/pkg/{self.built.name}/{self.fmt}/{self.module_id}/index.html"

    @property
    def version(self) -> str:
        return VERSIONS[self.fmt]

    @property
    def frame(self) -> Any:
        return self.page.frame_locator("#sco")

    def launch(self, previous: dict[str, str] | None = None) -> None:
        """Open the LMS, give it what the manifest says and any saved data, start the SCO."""
        self.page.goto(f"{self.base_url}/lms/lms.html")
        args = [self.version, self.launch_path, self.mastery(), previous]
        self.page.evaluate("([v, u, m, p]) => window.launch(v, u, m, p)", args)
        self.frame.locator("[data-curriculum-player][data-ready]").wait_for()

    def mastery(self) -> str | None:
        """What an LMS reads from imsmanifest.xml: the mastery score or the scaled passing score."""
        text = (self.package_dir / "imsmanifest.xml").read_text(encoding="utf-8")
        tag = "masteryscore" if self.version == "1.2" else "minNormalizedMeasure"
        found = re.search(rf"<[a-z]+:{tag}>([^<]+)</", text)
        ET.fromstring(text)  # well-formed, or the test fails here
        return found.group(1) if found else None

    def cmi(self) -> dict[str, str]:
        """The LMS's run-time data, flattened (``cmi.core.lesson_status`` -> value)."""
        data: dict[str, str] = self.page.evaluate("window.cmi()")
        return data

    def interaction_map(self) -> dict[str, Any]:
        """The package's ``interactions.json``: how to read the LMS's records back."""
        data: dict[str, Any] = json.loads((self.package_dir / "interactions.json").read_bytes())
        return data

    def records(self) -> list[dict[str, Any]]:
        """The LMS's interaction records in index order, each with the question id and the
        attempt read back from the record id through ``interactions.json``."""
        rows: dict[int, dict[str, Any]] = {}
        for key, value in self.cmi().items():
            found = re.fullmatch(r"cmi\.interactions\.(\d+)\.(.+)", key)
            if found:
                rows.setdefault(int(found.group(1)), {})[found.group(2)] = value
        names = {q["interaction"]: q["question"] for q in self.interaction_map()["questions"]}
        records = [rows[n] for n in sorted(rows)]
        for row in records:
            base, _, attempt = row["id"].rpartition("_a")
            row["question"], row["attempt"] = names[base], attempt
        return records

    def values_set(self) -> dict[str, str]:
        """What the SCO itself set (last value per element), from the LMS's call log."""
        calls = self.page.evaluate("window.lmsCalls")
        return {element: value for name, element, value in calls if name.endswith("SetValue")}

    def events(self) -> dict[str, int]:
        events: dict[str, int] = self.page.evaluate("window.lmsEvents")
        return events

    def frame_eval(self, script: str) -> Any:
        return self.page.frames[1].evaluate(script)

    def goto_step(self, step: str) -> None:
        """Go to a step from the contents (unfolded first on a small screen)."""
        toggle = self.frame.locator("[data-toc-toggle]")
        if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
            toggle.click()
        self.frame.locator(f'[data-goto="{step}"]').click()
        self.frame.locator(f'[data-step="{step}"]').wait_for(state="visible")

    def question_order(self) -> list[str]:
        return list(self.frame.locator("[data-question-id]").evaluate_all(
            "els => els.map(e => e.dataset.questionId)"))

    def leave(self) -> None:
        """The learner leaves: the frame unloads and the SCO must save and finish itself."""
        self.page.evaluate("window.unloadCourse()")
        self.page.wait_for_function("window.lmsEvents.finished >= 1")

    def submit(self) -> None:
        """Submit, confirm in the dialog, and wait for the result."""
        self.frame.locator("[data-submit]").click()
        self.frame.locator("[data-confirm-dialog] [data-confirm]").click()
        self.frame.locator('[data-result="passed"], [data-result="failed"]').wait_for()


def items_by_id(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["identifier"]: item for item in package["assessments"][0]["items"]}


def answer(session: Session, item: dict[str, Any], correct: bool) -> None:
    """Answer one question right or wrong, as a learner would (click, type, select, move)."""
    question = session.frame.locator(f'[data-question-id="{item["identifier"]}"]')
    _ANSWER[item["type"]](question, item, correct)


def _choice(question: Any, item: dict[str, Any], correct: bool) -> None:
    right = item["correct_response"]
    wrong = [c["identifier"] for c in item["choices"] if c["identifier"] not in right]
    for choice_id in right if correct else wrong[:1]:
        question.locator(f'input[data-choice-id="{choice_id}"]').check()


def _true_false(question: Any, item: dict[str, Any], correct: bool) -> None:
    value = item["correct_response"][0] == correct
    question.locator(f'input[data-choice-id="{str(value).lower()}"]').check()


def _fill_blank(question: Any, item: dict[str, Any], correct: bool) -> None:
    text = f"  {item['correct_response'][0].upper()}  " if correct else "not the word"
    question.locator("[data-answer-input]").fill(text)


def _numeric(question: Any, item: dict[str, Any], correct: bool) -> None:
    response = item["correct_response"]
    value = response["value"] + (response["tolerance"] if correct else response["tolerance"] + 7)
    question.locator("[data-answer-input]").fill(str(value).replace(".", ","))


def _matching(question: Any, item: dict[str, Any], correct: bool) -> None:
    pairs = item["correct_response"]
    rights = [right for _, right in pairs]
    if not correct:
        rights = rights[1:] + rights[:1]
    for (left, _), right in zip(pairs, rights, strict=True):
        question.locator(f'select[data-match-left="{left}"]').select_option(right)


def _ordering(question: Any, item: dict[str, Any], correct: bool) -> None:
    target = list(item["correct_response"])
    if not correct:
        target[0], target[1] = target[1], target[0]
    moves = 0
    for position, wanted in enumerate(target):
        current = question.locator("[data-order-item]").evaluate_all(
            "els => els.map(e => e.dataset.orderItem)")
        for _ in range(current.index(wanted) - position):
            button = question.locator(f'[data-order-item="{wanted}"] [data-move="up"]')
            button.focus()
            button.press("Enter")  # keyboard, as a learner without a mouse would
            moves += 1
    if moves == 0:  # already in place: move and move back, so the answer counts as given
        question.locator("[data-order-item] [data-move='down']").first.press("Enter")
        question.locator("[data-order-item] [data-move='up']").nth(1).press("Enter")


def _short_answer(question: Any, item: dict[str, Any], correct: bool) -> None:
    question.locator("[data-answer-input]").fill("A written answer,\nover two lines.")


_ANSWER = {
    "single_choice": _choice,
    "multiple_choice": _choice,
    "true_false": _true_false,
    "fill_blank": _fill_blank,
    "numeric": _numeric,
    "matching": _matching,
    "ordering": _ordering,
    "short_answer": _short_answer,
}
