"""Saved progress (suspend_data) within SCORM 1.2's 4,096 characters, for large pools.

Every question of a large pool is answered in the real player inside the test LMS
(scorm-again), the learner leaves, and a new session must show every answer again:
the LMS's own limit (scorm-again refuses longer values) is what is tested against.
Where a state cannot fit, the learner is told, never silently left with fewer answers.
"""

from __future__ import annotations

from typing import Any

import pytest
from scorm_driver import Session

from curriculum.scorm.budget import worst_case_chars

pytestmark = pytest.mark.browser

FORMATS = ["scorm12", "scorm2004"]

ANSWER_ALL = """(long) => {
  const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
  document.querySelectorAll("[data-question-id]").forEach((q, k) => {
    const type = q.dataset.questionType;
    const inputs = Array.from(q.querySelectorAll("input[data-choice-id]"));
    if (type === "single_choice" || type === "true_false") {
      const input = inputs[k % inputs.length];
      input.checked = true;
      fire(input, "change");
    } else if (type === "multiple_choice") {
      inputs.forEach((input, j) => {
        if ((j + k) % 2 === 0) { input.checked = true; fire(input, "change"); }
      });
    } else if (type === "matching") {
      q.querySelectorAll("select[data-match-left]").forEach((select, j) => {
        const values = Array.from(select.options, (o) => o.value).filter(Boolean);
        select.value = values[(j + k) % values.length];
        fire(select, "change");
      });
    } else if (type === "ordering") {
      q.querySelectorAll("[data-move='up']")[1 + (k % 3)].click();
    } else {
      const field = q.querySelector("[data-answer-input]");
      field.value = type === "numeric" ? String(k) : type === "fill_blank" ? "word" + k
        : long ? "Answer " + k + ": " + "a written answer that goes on and on. ".repeat(5)
        : "Answer " + k;
      fire(field, "input");
    }
  });
}"""

SNAPSHOT = """() => Array.from(document.querySelectorAll("[data-question-id]"), (q) => [
  q.dataset.questionId,
  Array.from(q.querySelectorAll("input:checked"), (i) => i.dataset.choiceId).sort().join(","),
  Array.from(q.querySelectorAll("select"), (s) => s.value).join(","),
  Array.from(q.querySelectorAll("[data-order-item]"), (li) => li.dataset.orderItem).join(","),
  q.querySelector("[data-order-list]") ? q.querySelector("[data-order-list]").dataset.touched
    : "",
  Array.from(q.querySelectorAll("[data-answer-input]"), (f) => f.value).join("|"),
])"""


def answer_everything(s: Session, long_texts: bool = False) -> list[list[str]]:
    """Answer every shown question through its controls (varied choices, short texts)."""
    s.goto_step("quiz")
    s.page.frames[1].evaluate(ANSWER_ALL, long_texts)
    return list(s.page.frames[1].evaluate(SNAPSHOT))


def resumed(s: Session, saved: dict[str, str]) -> list[list[str]]:
    s.launch(previous=saved)
    s.goto_step("quiz")
    return list(s.page.frames[1].evaluate(SNAPSHOT))


@pytest.mark.parametrize("module_id", ["pool-350", "pool-1200", "drawn-1100-of-3000"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_answer_of_a_large_pool_survives_suspend_and_resume(
    probe: Any, server: str, large_built: Any, fmt: str, module_id: str
) -> None:
    s = Session(probe.page, server, large_built, fmt, module_id)
    s.launch()
    before = answer_everything(s)
    shown = len(before)
    assert shown == {"pool-350": 350, "pool-1200": 1200, "drawn-1100-of-3000": 1100}[module_id]
    progress = s.frame.locator("[data-answered]").inner_text()
    assert progress.startswith(f"{shown} of {shown}"), progress
    s.leave()
    saved = s.cmi()
    data = saved["cmi.suspend_data"]
    assert 0 < len(data) <= 4096, len(data)
    assert len(data) <= worst_case_chars(large_built.modules[module_id])
    assert s.frame.locator("[data-progress-incomplete]").count() == 0
    after = resumed(s, saved)
    assert after == before  # every choice, match, order and text, in the same order
    progress = s.frame.locator("[data-answered]").inner_text()
    assert progress.startswith(f"{shown} of {shown}"), progress
    assert [e for e in probe.errors if "favicon" not in e] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_long_texts_are_shortened_and_the_learner_is_told(
    probe: Any, server: str, large_built: Any, fmt: str
) -> None:
    s = Session(probe.page, server, large_built, fmt, "long-texts")
    s.launch()
    before = answer_everything(s, long_texts=True)
    texts = [row[5] for row in before]
    assert len(texts) == 40 and sum(len(t) for t in texts) > 4096
    told = s.frame.locator("[data-progress-incomplete]")
    if fmt == "scorm12":
        assert told.is_visible()
        assert "cannot keep all of your answers" in told.inner_text()
    else:
        assert told.count() == 0  # 64,000 characters hold them all
    s.leave()
    saved = s.cmi()
    assert len(saved["cmi.suspend_data"]) <= (4096 if fmt == "scorm12" else 64000)
    again = [row[5] for row in resumed(s, saved)]
    if fmt == "scorm12":
        assert all(len(new) >= 16 and old.startswith(new) for old, new in zip(texts, again,
                                                                              strict=True))
    else:
        assert again == texts
    assert s.frame.locator("[data-answered]").inner_text().startswith("40 of 40")


def test_a_state_that_cannot_fit_keeps_the_first_answers_and_says_so(
    probe: Any, server: str, large_built: Any
) -> None:
    """Below the limit, encode() keeps whole answers of the first questions, never a half one."""
    page = probe.page
    page.goto(f"{server}/pkg/large/scorm12/pool-1200/index.html")
    page.locator("[data-ready]").wait_for()
    result = page.evaluate("""() => {
        const quiz = CURRICULUM_PAYLOAD.quiz;
        const order = CurriculumQuiz.selectItems(quiz, 7);
        const answers = {};
        order.forEach((i) => {
          const item = quiz.items[i];
          if (item.type === "true_false") answers[i] = "false";
          else if (item.type === "single_choice") answers[i] = item.choices[2].id;
          else if (item.type === "multiple_choice") answers[i] = [item.choices[1].id];
          else if (item.type === "ordering") answers[i] = item.choices.map((c) => c.id).reverse();
          else answers[i] = { [item.lefts[0].id]: item.rights[1].id };
        });
        const state = { seed: 7, order, answers, seen: ["1", "1", "1", "0"], submitted: false,
          completed: false };
        const small = CurriculumProgress.encode(state, CURRICULUM_PAYLOAD.fingerprint, quiz, 300);
        const full = CurriculumProgress.encode(state, CURRICULUM_PAYLOAD.fingerprint, quiz, 4096);
        const back = CurriculumProgress.decode(small.text, CURRICULUM_PAYLOAD.fingerprint, quiz,
          4);
        const kept = order.filter((i) => back.answers[i] !== undefined);
        const same = kept.every((i) => JSON.stringify(back.answers[i]) ===
          JSON.stringify(Array.isArray(answers[i]) && quiz.items[i].type === "multiple_choice"
            ? answers[i].slice().sort() : answers[i]));
        const prefix = kept.every((i, n) => order[n] === i);
        const other = CurriculumProgress.decode(full.text, "another-version", quiz, 4);
        return { small: small.text.length, smallComplete: small.complete, kept: kept.length,
          same, prefix, full: full.text.length, fullComplete: full.complete, other };
    }""")
    assert result["small"] <= 300 and result["smallComplete"] is False
    assert 0 < result["kept"] < 1200 and result["same"] and result["prefix"]
    assert result["full"] <= 4096 and result["fullComplete"] is True
    assert result["other"] is None
